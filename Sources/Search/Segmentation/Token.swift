import Foundation

/// A normalised word of a text, for indexing and querying, with its place in the original text.
public struct Token: Sendable, Hashable, CustomStringConvertible {
    /// The normalised word: NFKC, lower-cased, English words lightly stemmed.
    public let text: String
    /// The UTF-16 offsets of the word in the original text (`NSRange`-compatible, usable for highlighting).
    public let utf16Range: Range<Int>

    /// Creates a token.
    public init(text: String, utf16Range: Range<Int>) {
        self.text = text
        self.utf16Range = utf16Range
    }

    /// The range of the word in `original`, the string the token was made from.
    public func range(in original: String) -> Range<String.Index> {
        let utf16 = original.utf16
        let lower = utf16.index(utf16.startIndex, offsetBy: utf16Range.lowerBound)
        let upper = utf16.index(lower, offsetBy: utf16Range.count)
        return lower..<upper
    }

    /// The token text and its UTF-16 range.
    public var description: String {
        "\(text)@\(utf16Range.lowerBound)..<\(utf16Range.upperBound)"
    }
}

extension Segmenter {
    /// The normalised words of `text`, in order, for indexing or querying.
    ///
    /// The text is first normalised character by character with NFKC (full-width forms become ASCII, the ideographic
    /// space a space) and cut as ``cut(_:mode:)`` cuts it. Then whitespace, punctuation, symbols and emoji are
    /// dropped. Pieces containing Chinese characters stay whole (lower-cased, so `T恤` gives `t恤`). Everything else
    /// — Latin, digits, other scripts — is re-joined across jieba's piece boundaries, split on non-alphanumerics and
    /// at letter–digit boundaries (`iPhone15` gives `iphone` and `15`; a decimal number such as `3.14` stays whole),
    /// lower-cased, and ASCII words are stemmed lightly (see ``EnglishStemmer``). In ``SegmentationMode/search`` the
    /// dictionary 2- and 3-character words inside longer Chinese words are emitted too, before the word, with their
    /// own ranges.
    public func tokens(_ text: String, mode: SegmentationMode = .default) -> [Token] {
        let original = ScalarText(text, withUTF16: true)
        var builder = TokenBuilder(original: original, trie: dictionary.trie, mode: mode)
        builder.normalize()
        let pieces = cutPieces(builder.normalized, mode: .default)
        builder.build(pieces: pieces)
        return builder.tokens
    }

    /// The tokens of `text` as ``tokens(_:mode:)`` makes them, except that each run of Chinese characters is one
    /// token, not cut into words: for what needs Latin words and where the Chinese characters are, but not
    /// Chinese words (highlighting), at a fraction of the cost. A dictionary word mixing Latin and Chinese (`T恤`)
    /// is two tokens here.
    public func lexicalTokens(_ text: String) -> [Token] {
        let original = ScalarText(text, withUTF16: true)
        var builder = TokenBuilder(original: original, trie: dictionary.trie, mode: .default)
        builder.normalize()
        builder.build(pieces: TokenBuilder.classPieces(builder.normalized))
        return builder.tokens
    }
}

/// Turns the cut of a normalised text into tokens.
struct TokenBuilder {
    let original: ScalarText
    let trie: PrefixTrie
    let mode: SegmentationMode
    /// The per-scalar NFKC form of the original scalars.
    var normalized: [UInt32] = []
    /// For every normalised scalar, the index of the original scalar it comes from.
    var sources: [Int32] = []
    var tokens: [Token] = []

    init(original: ScalarText, trie: PrefixTrie, mode: SegmentationMode) {
        self.original = original
        self.trie = trie
        self.mode = mode
    }

    // MARK: Normalisation

    /// Fills `normalized` and `sources`.
    mutating func normalize() {
        normalized.reserveCapacity(original.scalars.count)
        sources.reserveCapacity(original.scalars.count)
        var cache: [UInt32: [UInt32]] = [:]
        for (index, scalar) in original.scalars.enumerated() {
            if Self.isStable(scalar) {
                normalized.append(scalar)
                sources.append(Int32(index))
            } else if scalar &- 0xFF01 <= 0xFF5E - 0xFF01 {
                normalized.append(scalar - 0xFEE0)
                sources.append(Int32(index))
            } else if scalar == 0x3000 {
                normalized.append(0x20)
                sources.append(Int32(index))
            } else {
                let mapped: [UInt32]
                if let cached = cache[scalar] {
                    mapped = cached
                } else {
                    mapped = Self.compatibilityForm(of: scalar)
                    cache[scalar] = mapped
                }
                for value in mapped {
                    normalized.append(value)
                    sources.append(Int32(index))
                }
            }
        }
    }

    /// Whether NFKC leaves `scalar` unchanged, for the common ranges of Chinese text (checked against Unicode's
    /// tables by `unicodedata`).
    @inline(__always)
    static func isStable(_ scalar: UInt32) -> Bool {
        if scalar < 0xA0 { return true }
        if scalar < 0x3400 {
            return scalar &- 0xC0 <= 0xFF - 0xC0 || scalar &- 0x400 <= 0x4FF - 0x400
                || scalar &- 0x3001 <= 0x3035 - 0x3001 || scalar == 0x2010
                || (scalar &- 0x2012 <= 0x2023 - 0x2012 && scalar != 0x2017) || scalar &- 0x2027 <= 0x202E - 0x2027
                || scalar &- 0x2030 <= 0x2032 - 0x2030 || scalar &- 0x2190 <= 0x21FF - 0x2190
                || scalar &- 0x2500 <= 0x27BF - 0x2500 || scalar &- 0x3041 <= 0x3096 - 0x3041
                || scalar &- 0x30A1 <= 0x30FA - 0x30A1
        }
        return scalar &- 0x3400 <= 0x4DBF - 0x3400 || scalar &- 0x4E00 <= 0x9FFF - 0x4E00
            || scalar &- 0xAC00 <= 0xD7A3 - 0xAC00 || scalar &- 0x1F300 <= 0x1FAFF - 0x1F300
    }

    /// The NFKC form of one scalar.
    static func compatibilityForm(of scalar: UInt32) -> [UInt32] {
        guard let value = Unicode.Scalar(scalar) else { return [scalar] }
        let form = String(Character(value)).precomposedStringWithCompatibilityMapping
        return form.unicodeScalars.map(\.value)
    }

    // MARK: Classes

    /// Whether `scalar` is a BMP ideograph, kana or hangul syllable: caseless, NFKC-stable, three UTF-8 bytes.
    @inline(__always)
    static func isCaselessStable(_ scalar: UInt32) -> Bool {
        scalar &- 0x4E00 <= 0x9FFF - 0x4E00 || scalar &- 0x3400 <= 0x4DBF - 0x3400
            || scalar &- 0x3041 <= 0x3096 - 0x3041 || scalar &- 0x30A1 <= 0x30FA - 0x30A1
            || scalar &- 0xAC00 <= 0xD7A3 - 0xAC00
    }

    /// Whether `scalar` is a CJK ideograph (unified, extensions, compatibility).
    @inline(__always)
    static func isIdeograph(_ scalar: UInt32) -> Bool {
        scalar &- 0x4E00 <= 0x9FFF - 0x4E00 || scalar &- 0x3400 <= 0x4DBF - 0x3400
            || scalar &- 0xF900 <= 0xFAFF - 0xF900 || scalar &- 0x20000 <= 0x3134F - 0x20000
    }

    /// Whether `scalar` is a letter or a number (and so may start a word).
    @inline(__always)
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return SegmentationEngine.isASCIIAlphanumeric(scalar) }
        if isIdeograph(scalar) { return true }
        guard let value = Unicode.Scalar(scalar) else { return false }
        let properties = value.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Whether `scalar` is a combining mark that continues a word (variation selectors and the keycap mark do not).
    static func isContinuingMark(_ scalar: UInt32) -> Bool {
        guard scalar >= 0x300, let value = Unicode.Scalar(scalar) else { return false }
        if scalar &- 0xFE00 <= 0xF || scalar &- 0xE0100 <= 0xEF || scalar == 0x20E3 { return false }
        switch value.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Whether `scalar` counts as a digit for letter–digit splitting.
    static func isDigit(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return SegmentationEngine.isASCIIDigit(scalar) }
        guard let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.numericType != nil
    }

    /// Pieces (`start, end` pairs) that alternate between runs of ideographs and runs of anything else.
    static func classPieces(_ scalars: [UInt32]) -> [Int32] {
        var pieces: [Int32] = []
        var start = 0
        while start < scalars.count {
            let ideograph = isIdeograph(scalars[start])
            var end = start + 1
            while end < scalars.count && isIdeograph(scalars[end]) == ideograph { end += 1 }
            pieces.append(Int32(start))
            pieces.append(Int32(end))
            start = end
        }
        return pieces
    }

    // MARK: Tokens

    /// Builds the tokens from the default-mode pieces of `normalized`.
    mutating func build(pieces: [Int32]) {
        tokens.reserveCapacity(pieces.count / 2)
        var groupStart = -1
        var groupEnd = -1
        var index = 0
        while index < pieces.count {
            let start = Int(pieces[index])
            let end = Int(pieces[index + 1])
            index += 2
            var hasIdeograph = false
            for position in start..<end where Self.isIdeograph(normalized[position]) {
                hasIdeograph = true
                break
            }
            if hasIdeograph {
                if groupStart >= 0 {
                    emitGroup(groupStart, groupEnd)
                    groupStart = -1
                }
                emitChinesePiece(start, end)
            } else {
                if groupStart < 0 { groupStart = start }
                groupEnd = end
            }
        }
        if groupStart >= 0 {
            emitGroup(groupStart, groupEnd)
        }
    }

    /// The end of the word run starting at `start` (a word scalar), before `limit`. Combining marks continue a run,
    /// and so does a `.` between two ASCII digits when `decimals` is set.
    private func runEnd(from start: Int, limit: Int, decimals: Bool) -> Int {
        var end = start + 1
        while end < limit {
            let scalar = normalized[end]
            if Self.isWordScalar(scalar) || Self.isContinuingMark(scalar) {
                end += 1
            } else if decimals && scalar == 0x2E && end + 1 < limit
                && SegmentationEngine.isASCIIDigit(normalized[end - 1])
                && SegmentationEngine.isASCIIDigit(normalized[end + 1])
            {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// Tokens of consecutive pieces without Chinese characters.
    private mutating func emitGroup(_ lower: Int, _ upper: Int) {
        var index = lower
        while index < upper {
            guard Self.isWordScalar(normalized[index]) else {
                index += 1
                continue
            }
            let end = runEnd(from: index, limit: upper, decimals: true)
            // Split at letter-digit boundaries; marks and decimal points follow what precedes them.
            var segmentStart = index
            var segmentIsDigit = Self.isDigit(normalized[index])
            var position = index + 1
            while position < end {
                let scalar = normalized[position]
                if scalar != 0x2E && !Self.isContinuingMark(scalar) {
                    let isDigit = Self.isDigit(scalar)
                    if isDigit != segmentIsDigit {
                        emitWord(segmentStart, position, stem: true)
                        segmentStart = position
                        segmentIsDigit = isDigit
                    }
                }
                position += 1
            }
            emitWord(segmentStart, end, stem: true)
            index = end
        }
    }

    /// Tokens of one piece containing Chinese characters, with its dictionary sub-words in search mode.
    private mutating func emitChinesePiece(_ lower: Int, _ upper: Int) {
        var index = lower
        while index < upper {
            guard Self.isWordScalar(normalized[index]) else {
                index += 1
                continue
            }
            let end = runEnd(from: index, limit: upper, decimals: false)
            let length = end - index
            if mode == .search && length > 2 {
                var grams: [Int] = []
                normalized.withUnsafeBufferPointer { buffer in
                    for gram in index..<(end - 1) where trie.isWord(buffer, gram, gram + 2) {
                        grams.append(gram)
                        grams.append(gram + 2)
                    }
                    if length > 3 {
                        for gram in index..<(end - 2) where trie.isWord(buffer, gram, gram + 3) {
                            grams.append(gram)
                            grams.append(gram + 3)
                        }
                    }
                }
                for pair in stride(from: 0, to: grams.count, by: 2) {
                    emitWord(grams[pair], grams[pair + 1], stem: false)
                }
            }
            emitWord(index, end, stem: false)
            index = end
        }
    }

    /// Appends the token for `normalized[lower..<upper]`.
    private mutating func emitWord(_ lower: Int, _ upper: Int, stem: Bool) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity((upper - lower) * 3)
        var isASCII = true
        var isLetters = true
        var isSimple = true
        for position in lower..<upper {
            let scalar = normalized[position]
            if scalar < 0x80 {
                var byte = UInt8(scalar)
                if byte &- 0x41 < 26 {
                    byte |= 0x20
                } else if byte &- 0x61 >= 26 {
                    isLetters = false
                }
                bytes.append(byte)
            } else if Self.isCaselessStable(scalar) {
                isASCII = false
                bytes.append(UInt8(0xE0 | scalar >> 12))
                bytes.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            } else {
                isASCII = false
                isSimple = false
                break
            }
        }
        let text: String
        if isASCII {
            if stem && isLetters {
                EnglishStemmer.stem(&bytes)
            }
            text = String(decoding: bytes, as: UTF8.self)
        } else if isSimple {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            var view = String.UnicodeScalarView()
            for position in lower..<upper {
                if let value = Unicode.Scalar(normalized[position]) { view.append(value) }
            }
            text = String(view).precomposedStringWithCompatibilityMapping.lowercased()
        }
        let first = Int(sources[lower])
        let last = Int(sources[upper - 1])
        let range = Int(original.utf16Offsets[first])..<Int(original.utf16Offsets[last + 1])
        tokens.append(Token(text: text, utf16Range: range))
    }
}
