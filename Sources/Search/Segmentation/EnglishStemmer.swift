/// A deliberately light English stemmer for lower-case ASCII words of four letters or more.
///
/// Rules, first match wins (words in ``exceptions`` are left alone):
/// - `-ies` → `-y` when at least five letters (`batteries` → `battery`);
/// - `-sses` → `-ss`; `-xes`, `-ches`, `-shes`, `-zzes` lose `-es` (`boxes` → `box`, `watches` → `watch`);
/// - `-s` is dropped unless the word ends in `-ss`, `-us` or `-is` (`cases` → `case`, `cables` → `cable`);
/// - `-ing` is dropped when at least three letters with a vowel remain (`charging` → `charg`);
/// - `-ed` is dropped, unless `-eed`, when the word has six letters or more and a vowel remains (`printed` → `print`);
/// - after `-ing` or `-ed`, a doubled final consonant other than `l`, `s` or `z` is undoubled (`running` → `run`).
public enum EnglishStemmer {
    /// Words that look inflected but are not.
    static let exceptions: Set<[UInt8]> = Set(
        [
            "news", "series", "species", "always", "perhaps", "lens", "bias", "christmas", "physics", "mathematics",
            "electronics", "hundred", "kindred", "sacred", "naked", "wicked", "during", "nothing", "something",
            "anything", "everything", "morning", "evening", "ceiling", "pudding", "wedding", "king", "thing",
        ].map { Array($0.utf8) })

    /// The stem of `word`, a lower-case ASCII word.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 &- 0x61 < 26 }) else { return word }
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems lower-case ASCII letters in place.
    static func stem(_ word: inout [UInt8]) {
        let count = word.count
        guard count >= 4, !exceptions.contains(word) else { return }
        if ends(word, "ies") {
            if count >= 5 {
                word.removeLast(3)
                word.append(0x79)
            }
        } else if ends(word, "sses") {
            word.removeLast(2)
        } else if ends(word, "xes") || ends(word, "ches") || ends(word, "shes") || ends(word, "zzes") {
            word.removeLast(2)
        } else if ends(word, "s") {
            if !ends(word, "ss") && !ends(word, "us") && !ends(word, "is") {
                word.removeLast()
            }
        } else if ends(word, "ing") {
            if count >= 6 && hasVowel(word[..<(count - 3)]) {
                word.removeLast(3)
                undouble(&word)
            }
        } else if ends(word, "ed") {
            if count >= 6 && !ends(word, "eed") && hasVowel(word[..<(count - 2)]) {
                word.removeLast(2)
                undouble(&word)
            }
        }
    }

    private static func ends(_ word: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count >= count else { return false }
        return suffix.withUTF8Buffer { buffer in
            word[(word.count - count)...].elementsEqual(buffer)
        }
    }

    private static func hasVowel(_ letters: ArraySlice<UInt8>) -> Bool {
        letters.contains { $0 == 0x61 || $0 == 0x65 || $0 == 0x69 || $0 == 0x6F || $0 == 0x75 || $0 == 0x79 }
    }

    private static func undouble(_ word: inout [UInt8]) {
        let count = word.count
        guard count >= 3, word[count - 1] == word[count - 2] else { return }
        let last = word[count - 1]
        let isVowel = last == 0x61 || last == 0x65 || last == 0x69 || last == 0x6F || last == 0x75
        if !isVowel && last != 0x6C && last != 0x73 && last != 0x7A {
            word.removeLast()
        }
    }
}
