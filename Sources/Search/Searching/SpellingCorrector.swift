/// Corrects Latin words of a query against known names (brands, products, tag names): a word that is not a
/// known word becomes the closest known word within one edit (two for words of eight letters or more), ties going
/// to the heavier name. `lancme` → `lancome`.
struct SpellingCorrector: Sendable {
    /// Known words and their weight.
    let words: [String: Int]

    init(names: [Suggestion]) {
        var words: [String: Int] = [:]
        for name in names {
            for token in Segmenter.shared.tokens(name.text) where token.text.allSatisfy(\.isASCII) {
                guard token.text.count >= 3, token.text.contains(where: \.isLetter) else { continue }
                words[token.text, default: 0] += max(name.weight, 1)
            }
        }
        self.words = words
    }

    /// The corrected form of `word`, or `nil` when it is known or nothing is close enough.
    func correction(of word: String) -> String? {
        guard word.count >= 4, words[word] == nil, word.allSatisfy(\.isASCII) else { return nil }
        let limit = word.count >= 8 ? 2 : 1
        var best: (word: String, distance: Int, weight: Int)?
        let letters = Array(word.utf8)
        for (candidate, weight) in words where abs(candidate.utf8.count - letters.count) <= limit {
            let distance = Self.distance(letters, Array(candidate.utf8), limit: limit)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && weight > best!.weight) {
                best = (candidate, distance, weight)
            }
        }
        return best?.word
    }

    /// The optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), stopping early
    /// once every alignment exceeds `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowBest = min(rowBest, value)
            }
            if rowBest > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
