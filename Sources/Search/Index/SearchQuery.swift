/// What a search asks the engine for: clauses that must all match, built from the words of a query.
public struct SearchQuery: Hashable, Sendable {
    /// One condition on a document.
    public enum Clause: Hashable, Sendable {
        /// Terms at consecutive positions: a Latin word (one term) or a piece of Chinese as its bigrams.
        case phrase([String])
        /// A term starting with this text: a lone Chinese character.
        case prefix(String)
    }

    /// The query as typed.
    public let text: String
    /// The normalised query (NFKC, lower-case, words separated by single spaces): how queries are counted.
    public let normalized: String
    /// Clauses a document must all match; empty when the query has no words.
    public let clauses: [Clause]
    /// What to mark in results: Chinese pieces (as substrings) and Latin words (whole).
    public let needles: [Needle]

    /// Something to highlight.
    public enum Needle: Hashable, Sendable {
        case chinese(String)
        case word(String)
    }

    public var isEmpty: Bool { clauses.isEmpty }

    /// The Latin words of the query (the ones spelling correction may replace).
    public var words: [String] {
        needles.compactMap { if case .word(let word) = $0 { word } else { nil } }
    }
}

extension Segmenter {
    /// Plans the search for `text`.
    ///
    /// The query is cut into words. Every Latin word must appear as a word. In Chinese, each word of two or more
    /// characters must appear as a substring (a phrase of bigrams), so the words need not be adjacent in the note
    /// (`面膜推荐` finds a note saying `推荐这款面膜`); runs of single characters are joined into one piece (`膜推`).
    /// A lone character next to longer words is left out of the match (it only narrows), and a query that is
    /// one character alone matches it anywhere. So any query that is a contiguous piece of a text finds it.
    public func query(_ text: String) -> SearchQuery {
        let tokens = tokens(text)
        var clauses: [SearchQuery.Clause] = []
        var needles: [SearchQuery.Needle] = []
        var lone: [String] = []
        var runs: [String] = []
        IndexRuns.forEach(in: tokens) { run in
            switch run {
            case .word(let word):
                clauses.append(.phrase([word]))
                needles.append(.word(word))
            case .chinese(let characters):
                var text = String.UnicodeScalarView()
                text.append(contentsOf: characters.map(\.character))
                runs.append(String(text))
            }
        }
        // Chinese runs again, now word by word: the cut of the query decides its pieces.
        var pieces: [String] = []
        var single = ""
        var previousEnd = -1
        func closeSingles() {
            guard !single.isEmpty else { return }
            if single.unicodeScalars.count >= 2 { pieces.append(single) } else { lone.append(single) }
            single = ""
        }
        for token in tokens {
            guard IndexRuns.isChinese(token) else {
                closeSingles()
                previousEnd = -1
                continue
            }
            if token.utf16Range.lowerBound != previousEnd { closeSingles() }
            previousEnd = token.utf16Range.upperBound
            if token.text.unicodeScalars.count == 1 {
                single += token.text
            } else {
                closeSingles()
                pieces.append(token.text)
            }
        }
        closeSingles()
        for piece in pieces {
            clauses.append(.phrase(IndexRuns.grams(of: piece)))
            needles.append(.chinese(piece))
        }
        // A whole run of the query is marked where it occurs whole, lone characters included.
        for run in runs where run.unicodeScalars.count >= 2 && !pieces.contains(run) {
            needles.append(.chinese(run))
        }
        if clauses.isEmpty {
            for character in lone {
                clauses.append(.prefix(character))
                needles.append(.chinese(character))
            }
        }
        var seen = Set<SearchQuery.Clause>()
        clauses = clauses.filter { seen.insert($0).inserted }
        let normalized = tokens.map(\.text).joined(separator: " ")
        return SearchQuery(text: text, normalized: normalized, clauses: clauses, needles: needles)
    }
}
