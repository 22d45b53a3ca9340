import Foundation

/// A term a text is indexed under, at a position (positions of one text count up from 0).
public struct IndexTerm: Hashable, Sendable {
    public let text: String
    public let position: Int

    public init(text: String, position: Int) {
        self.text = text
        self.position = position
    }
}

extension Segmenter {
    /// The terms `text` is indexed under: what both engines (FTS5 and `tsvector`) store.
    ///
    /// The text is cut into ``tokens(_:mode:)``. Latin words and numbers are terms as they are. Runs of adjacent
    /// Chinese tokens are indexed as overlapping character bigrams, one a position, and the run's last character
    /// alone at the last position: `口红推荐` gives `口红`@0 `红推`@1 `推荐`@2 `荐`@3. So any piece of two or more
    /// characters of the run is a phrase of consecutive bigrams whatever the segmenter made of it, and any single
    /// character is the first character of a term at its position (a prefix query finds it). A two-character
    /// word is its own bigram; longer words are phrases of bigrams.
    public func indexTerms(_ text: String) -> [IndexTerm] {
        var terms: [IndexTerm] = []
        var position = 0
        IndexRuns.forEach(in: tokens(text)) { run in
            switch run {
            case .word(let word):
                terms.append(IndexTerm(text: word, position: position))
                position += 1
            case .chinese(let characters):
                for gram in IndexRuns.grams(of: characters) {
                    terms.append(IndexTerm(text: gram, position: position))
                    position += 1
                }
            }
        }
        return terms
    }
}

/// Groups tokens into what the index treats alike: Latin words, and runs of adjacent Chinese tokens.
enum IndexRuns {
    enum Run {
        case word(String)
        /// The characters of a Chinese run, each with its UTF-16 range in the original text.
        case chinese([(character: Unicode.Scalar, utf16Range: Range<Int>)])
    }

    /// Whether a token holds Chinese (or other caseless CJK) characters.
    static func isChinese(_ token: Token) -> Bool {
        token.text.unicodeScalars.contains {
            TokenBuilder.isIdeograph($0.value) || TokenBuilder.isCaselessStable($0.value)
        }
    }

    /// Calls `body` for each Latin token and each run of Chinese tokens that touch in the original text.
    static func forEach(in tokens: [Token], _ body: (Run) -> Void) {
        var run: [(character: Unicode.Scalar, utf16Range: Range<Int>)] = []
        var runEnd = -1
        for token in tokens {
            if isChinese(token) {
                if !run.isEmpty && token.utf16Range.lowerBound != runEnd {
                    body(.chinese(run))
                    run.removeAll(keepingCapacity: true)
                }
                // Token text and original text line up scalar for scalar inside a Chinese token, but a
                // compatibility form may differ in length: spread the token's range over its characters.
                var offset = token.utf16Range.lowerBound
                let scalars = Array(token.text.unicodeScalars)
                for (index, scalar) in scalars.enumerated() {
                    let width = index == scalars.count - 1 ? token.utf16Range.upperBound - offset : scalar.utf16.count
                    run.append((scalar, offset..<(offset + max(width, 0))))
                    offset += width
                }
                runEnd = token.utf16Range.upperBound
            } else {
                if !run.isEmpty {
                    body(.chinese(run))
                    run.removeAll(keepingCapacity: true)
                }
                body(.word(token.text))
            }
        }
        if !run.isEmpty { body(.chinese(run)) }
    }

    /// The bigrams of a run and its last character.
    static func grams(of run: [(character: Unicode.Scalar, utf16Range: Range<Int>)]) -> [String] {
        var grams: [String] = []
        grams.reserveCapacity(run.count)
        for index in run.indices {
            var gram = String.UnicodeScalarView()
            gram.append(run[index].character)
            if index + 1 < run.count { gram.append(run[index + 1].character) }
            grams.append(String(gram))
        }
        return grams
    }

    /// The bigrams of a string of Chinese characters (the string itself if it has one or two).
    static func grams(of piece: String) -> [String] {
        let scalars = Array(piece.unicodeScalars)
        guard scalars.count > 2 else { return [piece] }
        return (0..<(scalars.count - 1)).map { index in
            var gram = String.UnicodeScalarView()
            gram.append(scalars[index])
            gram.append(scalars[index + 1])
            return String(gram)
        }
    }
}

/// The searchable words of a note's tags and #topics, as both backends index them: each tag's words (its name,
/// English name and aliases, looked up in `names` by tag id), then the topics.
public func searchableTagText(_ names: [Int64: String], tags: [Int64], topics: [String]) -> String {
    (tags.compactMap { names[$0] } + topics).joined(separator: " ").replacingOccurrences(of: "|", with: " ")
}
