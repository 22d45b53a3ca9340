import Foundation

/// jieba 0.42.1's `Tokenizer.cut` and `cut_for_search`, reproduced on buffers of Unicode scalar values.
///
/// Pieces are appended to an `[Int32]` as `start, end` pairs of scalar offsets.
struct SegmentationEngine: Sendable {
    let trie: PrefixTrie
    /// The HMM for runs of unknown characters, or `nil` for jieba's `HMM=False`.
    let model: HiddenMarkovModel?

    // MARK: Character classes

    /// ASCII members of jieba's `re_han_default` block class `[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]`, bits 0..<64.
    private static let blockMaskLow: UInt64 = {
        var mask: UInt64 = 0
        for byte in Array("+#&._%-0123456789".utf8) { mask |= 1 << UInt64(byte) }
        return mask
    }()

    /// Bits 64..<128 of the ASCII block class.
    private static let blockMaskHigh: UInt64 = {
        var mask: UInt64 = 0
        for byte in Array("_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8) {
            mask |= 1 << UInt64(byte - 64)
        }
        return mask
    }()

    /// Whether `scalar` belongs to jieba's `re_han_default` class.
    @inline(__always)
    static func isBlockScalar(_ scalar: UInt32) -> Bool {
        if scalar < 64 { return blockMaskLow & (1 << UInt64(scalar)) != 0 }
        if scalar < 128 { return blockMaskHigh & (1 << UInt64(scalar - 64)) != 0 }
        return scalar &- 0x4E00 <= 0x9FD5 - 0x4E00
    }

    /// Whether `scalar` is in jieba's `re_han` class `[\u4E00-\u9FD5]`.
    @inline(__always)
    static func isHan(_ scalar: UInt32) -> Bool {
        scalar &- 0x4E00 <= 0x9FD5 - 0x4E00
    }

    /// Whether `scalar` is in `[a-zA-Z0-9]`.
    @inline(__always)
    static func isASCIIAlphanumeric(_ scalar: UInt32) -> Bool {
        scalar &- 0x30 < 10 || (scalar | 0x20) &- 0x61 < 26
    }

    /// Whether `scalar` is an ASCII digit.
    @inline(__always)
    static func isASCIIDigit(_ scalar: UInt32) -> Bool {
        scalar &- 0x30 < 10
    }

    // MARK: Cutting

    /// `jieba.cut(text, HMM=model != nil)`.
    func cut(_ text: UnsafeBufferPointer<UInt32>, into pieces: inout [Int32]) {
        let count = text.count
        if count == 0 { return }
        let routeValues = UnsafeMutablePointer<Double>.allocate(capacity: count + 1)
        let routeEnds = UnsafeMutablePointer<Int32>.allocate(capacity: count + 1)
        defer {
            routeValues.deallocate()
            routeEnds.deallocate()
        }
        var index = 0
        while index < count {
            let scalar = text[index]
            if Self.isBlockScalar(scalar) {
                var end = index &+ 1
                while end < count && Self.isBlockScalar(text[end]) { end &+= 1 }
                cutBlock(text, index, end, routeValues, routeEnds, &pieces)
                index = end
            } else if scalar == 0x0D && index &+ 1 < count && text[index &+ 1] == 0x0A {
                // re_skip_default = (\r\n|\s): "\r\n" stays one piece; every other character is its own piece.
                pieces.append(Int32(index))
                pieces.append(Int32(index &+ 2))
                index &+= 2
            } else {
                pieces.append(Int32(index))
                pieces.append(Int32(index &+ 1))
                index &+= 1
            }
        }
    }

    /// `jieba.cut_for_search(text, HMM=model != nil)`: before every piece longer than two characters, the
    /// dictionary words among its 2-grams, then (for pieces longer than three) among its 3-grams.
    func cutForSearch(_ text: UnsafeBufferPointer<UInt32>, into pieces: inout [Int32]) {
        var basic: [Int32] = []
        basic.reserveCapacity(text.count)
        cut(text, into: &basic)
        var index = 0
        while index < basic.count {
            let start = Int(basic[index])
            let end = Int(basic[index + 1])
            index += 2
            let length = end - start
            if length > 2 {
                for gram in start..<(end - 1) where trie.isWord(text, gram, gram + 2) {
                    pieces.append(Int32(gram))
                    pieces.append(Int32(gram + 2))
                }
            }
            if length > 3 {
                for gram in start..<(end - 2) where trie.isWord(text, gram, gram + 3) {
                    pieces.append(Int32(gram))
                    pieces.append(Int32(gram + 3))
                }
            }
            pieces.append(Int32(start))
            pieces.append(Int32(end))
        }
    }

    /// Segments one `re_han_default` block: jieba's `calc` over the DAG of dictionary words, then `__cut_DAG` (or
    /// `__cut_DAG_NO_HMM`).
    private func cutBlock(
        _ text: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int,
        _ routeValues: UnsafeMutablePointer<Double>, _ routeEnds: UnsafeMutablePointer<Int32>,
        _ pieces: inout [Int32]
    ) {
        let trie = self.trie
        let logProbabilities = trie.logProbabilities
        let unknownCost = -trie.logTotal
        routeValues[upper] = 0
        var index = upper &- 1
        while index >= lower {
            // route[idx] = max((log(FREQ[word] or 1) - logtotal + route[x + 1], x) for x in DAG[idx]); ties go to
            // the larger x.
            var best = -Double.infinity
            var bestEnd = -1
            var node = trie.child(0, text[index])
            var end = index
            while node >= 0 {
                let logProbability = logProbabilities[Int(node)]
                if logProbability > -Double.infinity {
                    let candidate = logProbability + routeValues[end &+ 1]
                    if candidate >= best {
                        best = candidate
                        bestEnd = end
                    }
                }
                end &+= 1
                if end >= upper { break }
                node = trie.child(node, text[end])
            }
            if bestEnd < 0 {
                best = unknownCost + routeValues[index &+ 1]
                bestEnd = index
            }
            routeValues[index] = best
            routeEnds[index] = Int32(bestEnd)
            index &-= 1
        }
        if model == nil {
            cutRouteWithoutModel(text, lower, upper, routeEnds, &pieces)
            return
        }
        var position = lower
        var bufferStart = -1
        while position < upper {
            let next = Int(routeEnds[position]) &+ 1
            if next &- position == 1 {
                if bufferStart < 0 { bufferStart = position }
            } else {
                if bufferStart >= 0 {
                    flushBuffer(text, bufferStart, position, &pieces)
                    bufferStart = -1
                }
                pieces.append(Int32(position))
                pieces.append(Int32(next))
            }
            position = next
        }
        if bufferStart >= 0 {
            flushBuffer(text, bufferStart, upper, &pieces)
        }
    }

    /// `__cut_DAG_NO_HMM`: consecutive single `[a-zA-Z0-9]` characters are joined.
    private func cutRouteWithoutModel(
        _ text: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, _ routeEnds: UnsafeMutablePointer<Int32>,
        _ pieces: inout [Int32]
    ) {
        var position = lower
        var bufferStart = -1
        while position < upper {
            let next = Int(routeEnds[position]) &+ 1
            if next &- position == 1 && Self.isASCIIAlphanumeric(text[position]) {
                if bufferStart < 0 { bufferStart = position }
            } else {
                if bufferStart >= 0 {
                    pieces.append(Int32(bufferStart))
                    pieces.append(Int32(position))
                    bufferStart = -1
                }
                pieces.append(Int32(position))
                pieces.append(Int32(next))
            }
            position = next
        }
        if bufferStart >= 0 {
            pieces.append(Int32(bufferStart))
            pieces.append(Int32(upper))
        }
    }

    /// A run of single-character route words: one character stays as is; a run that is not a dictionary word goes
    /// to `finalseg.cut`; a run that is a word is split into characters.
    private func flushBuffer(_ text: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, _ pieces: inout [Int32]) {
        if upper &- lower == 1 {
            pieces.append(Int32(lower))
            pieces.append(Int32(upper))
        } else if !trie.isWord(text, lower, upper) {
            finalSegmentation(text, lower, upper, &pieces)
        } else {
            for position in lower..<upper {
                pieces.append(Int32(position))
                pieces.append(Int32(position &+ 1))
            }
        }
    }

    /// `finalseg.cut`: Viterbi on `[\u4E00-\u9FD5]+` runs; the rest split by `([a-zA-Z0-9]+(?:\.\d+)?%?)`, both the
    /// matches and the non-empty text between them becoming pieces.
    private func finalSegmentation(
        _ text: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, _ pieces: inout [Int32]
    ) {
        var index = lower
        while index < upper {
            var end = index &+ 1
            if Self.isHan(text[index]) {
                while end < upper && Self.isHan(text[end]) { end &+= 1 }
                model?.cut(text, index, end) { start, stop in
                    pieces.append(Int32(start))
                    pieces.append(Int32(stop))
                }
            } else {
                while end < upper && !Self.isHan(text[end]) { end &+= 1 }
                splitSkipPattern(text, index, end, &pieces)
            }
            index = end
        }
    }

    /// `re.split("([a-zA-Z0-9]+(?:\.\d+)?%?)", run)` keeping the non-empty parts. Inside a `re_han_default` block
    /// `\d` can only meet ASCII digits.
    private func splitSkipPattern(
        _ text: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, _ pieces: inout [Int32]
    ) {
        var pending = lower
        var index = lower
        while index < upper {
            guard Self.isASCIIAlphanumeric(text[index]) else {
                index &+= 1
                continue
            }
            var end = index &+ 1
            while end < upper && Self.isASCIIAlphanumeric(text[end]) { end &+= 1 }
            if end &+ 1 < upper && text[end] == 0x2E && Self.isASCIIDigit(text[end &+ 1]) {
                end &+= 2
                while end < upper && Self.isASCIIDigit(text[end]) { end &+= 1 }
            }
            if end < upper && text[end] == 0x25 { end &+= 1 }
            if pending < index {
                pieces.append(Int32(pending))
                pieces.append(Int32(index))
            }
            pieces.append(Int32(index))
            pieces.append(Int32(end))
            index = end
            pending = end
        }
        if pending < upper {
            pieces.append(Int32(pending))
            pieces.append(Int32(upper))
        }
    }

    // MARK: Frequencies

    /// jieba's `suggest_freq(word, tune=False)` against `total`: the product of the probabilities of the pieces of
    /// `cut(word, HMM=False)`, scaled back to a count, plus one; never below the current frequency. Unlike jieba, a
    /// piece that is only a prefix in the dictionary counts as frequency 1 rather than 0.
    func suggestedFrequency(for word: [UInt32], total: UInt64) -> UInt32 {
        let engine = SegmentationEngine(trie: trie, model: nil)
        var pieces: [Int32] = []
        let floatTotal = Double(total)
        var probability = 1.0
        word.withUnsafeBufferPointer { buffer in
            engine.cut(buffer, into: &pieces)
            var index = 0
            while index < pieces.count {
                let frequency = trie.frequency(of: buffer[Int(pieces[index])..<Int(pieces[index + 1])])
                probability *= Double(max(frequency, 1)) / floatTotal
                index += 2
            }
        }
        let suggested = UInt32(clamping: Int(probability * floatTotal) + 1)
        return max(suggested, max(trie.frequency(of: word), 1))
    }
}
