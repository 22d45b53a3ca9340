/// A stretch of a result's text with the spans a query matched in it.
public struct Highlighted: Hashable, Sendable {
    /// The text shown (a title, or a snippet of a body).
    public let text: String
    /// The matched spans, as UTF-16 offsets into `text`, sorted and not overlapping.
    public let spans: [Range<Int>]

    public init(text: String, spans: [Range<Int>]) {
        self.text = text
        self.spans = spans
    }

    /// The text cut at the spans: pairs of a piece and whether it matched (for pages).
    public var pieces: [(text: Substring, matched: Bool)] {
        let utf16 = text.utf16
        var result: [(Substring, Bool)] = []
        var last = 0
        func index(_ offset: Int) -> String.Index { utf16.index(utf16.startIndex, offsetBy: offset) }
        for span in spans {
            if span.lowerBound > last { result.append((text[index(last)..<index(span.lowerBound)], false)) }
            result.append((text[index(span.lowerBound)..<index(span.upperBound)], true))
            last = span.upperBound
        }
        if last < utf16.count { result.append((text[index(last)...], false)) }
        return result
    }
}

extension Segmenter {
    /// The exact spans of `text` the query matched: each Chinese piece wherever it occurs (only those characters,
    /// not the whole run around them) and each Latin word where a word of the text is the same after
    /// normalisation. UTF-16 offsets, sorted, overlapping spans merged.
    public func highlights(in text: String, for query: SearchQuery) -> [Range<Int>] {
        guard !query.needles.isEmpty else { return [] }
        var pieces: [[Unicode.Scalar]] = []
        var words: Set<String> = []
        for needle in query.needles {
            switch needle {
            case .chinese(let piece): pieces.append(Array(piece.unicodeScalars))
            case .word(let word): words.insert(word)
            }
        }
        var spans: [Range<Int>] = []
        // Chinese words do not matter here (pieces match anywhere in a run of characters), only Latin words and
        // where the Chinese characters are.
        let tokens = lexicalTokens(text)
        for token in tokens where !IndexRuns.isChinese(token) && words.contains(token.text) {
            spans.append(token.utf16Range)
        }
        if !pieces.isEmpty {
            IndexRuns.forEach(in: tokens) { run in
                guard case .chinese(let characters) = run else { return }
                for piece in pieces where piece.count <= characters.count {
                    var start = 0
                    while start + piece.count <= characters.count {
                        var matches = true
                        for offset in piece.indices where characters[start + offset].character != piece[offset] {
                            matches = false
                            break
                        }
                        if matches {
                            spans.append(
                                characters[start].utf16Range
                                    .lowerBound..<characters[start + piece.count - 1].utf16Range.upperBound)
                        }
                        start += 1
                    }
                }
            }
        }
        return Self.merged(spans)
    }

    /// A window of `text` around its first match, at most about `length` characters, with its spans.
    public func snippet(of text: String, for query: SearchQuery, length: Int = 80) -> Highlighted {
        let spans = highlights(in: text, for: query)
        let utf16 = text.utf16
        guard utf16.count > length else { return Highlighted(text: text, spans: spans) }
        let first = spans.first?.lowerBound ?? 0
        var start = max(0, first - length / 4)
        var end = min(utf16.count, start + length)
        start = max(0, min(start, end - length))
        // Never cut a surrogate pair.
        while start > 0, UTF16.isTrailSurrogate(utf16[utf16.index(utf16.startIndex, offsetBy: start)]) { start -= 1 }
        while end < utf16.count, UTF16.isTrailSurrogate(utf16[utf16.index(utf16.startIndex, offsetBy: end)]) {
            end += 1
        }
        let lower = utf16.index(utf16.startIndex, offsetBy: start)
        let upper = utf16.index(utf16.startIndex, offsetBy: end)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < utf16.count ? "…" : ""
        let shift = prefix.utf16.count - start
        let inside = spans.compactMap { span -> Range<Int>? in
            let lowerBound = max(span.lowerBound, start)
            let upperBound = min(span.upperBound, end)
            return lowerBound < upperBound ? (lowerBound + shift)..<(upperBound + shift) : nil
        }
        return Highlighted(text: prefix + String(text[lower..<upper]) + suffix, spans: inside)
    }

    static func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, span.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
