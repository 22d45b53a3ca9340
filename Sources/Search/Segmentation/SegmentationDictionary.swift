import Foundation

/// A word-frequency dictionary used by ``Segmenter``, stored as a prefix trie.
public struct SegmentationDictionary: Sendable {
    /// An error raised while reading a dictionary resource.
    public enum LoadError: Error, Sendable, Equatable {
        /// The resource is missing from the module bundle.
        case missingResource(String)
        /// The data is not in the expected binary format.
        case malformed(String)
    }

    let trie: PrefixTrie

    /// The number of words with a positive frequency.
    public var wordCount: Int { trie.wordCount }

    /// The sum of all frequencies (jieba's `total`); the probability of a word is `frequency / totalFrequency`.
    public var totalFrequency: Int { Int(trie.total) }

    init(trie: PrefixTrie) {
        self.trie = trie
    }

    /// jieba 0.42.1's dictionary (349,045 words), loaded once from the module's resources.
    public static let bundled: SegmentationDictionary = {
        do {
            return try SegmentationDictionary(resource: "jieba-dict")
        } catch {
            fatalError("Search: cannot load the bundled dictionary: \(error)")
        }
    }()

    /// Loads a dictionary resource in the binary format written by `scripts/make_resources.py`.
    init(resource name: String) throws {
        guard let url = Bundle.module.url(forResource: name, withExtension: "bin") else {
            throw LoadError.missingResource(name + ".bin")
        }
        try self.init(contentsOf: url)
    }

    /// Loads a dictionary file in the binary format written by `scripts/make_resources.py`.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url, options: .mappedIfSafe)
        try self.init(binary: data)
    }

    /// Parses a dictionary in the binary format written by `scripts/make_resources.py`.
    public init(binary data: Data) throws {
        let (list, total) = try data.withUnsafeBytes { raw in
            try Self.parse(raw.bindMemory(to: UInt8.self))
        }
        self.init(trie: PrefixTrie(sorted: list, total: total))
    }

    /// Builds a dictionary from words and frequencies, as jieba loads a `word freq` text file: a repeated word keeps
    /// its last frequency and the total counts every entry.
    public init(entries: [(word: String, frequency: Int)]) {
        var byWord: [[UInt32]: UInt32] = [:]
        var total: UInt64 = 0
        for entry in entries {
            let frequency = UInt32(clamping: max(entry.frequency, 0))
            byWord[entry.word.unicodeScalars.map(\.value)] = frequency
            total += UInt64(frequency)
        }
        var list = WordList()
        for (word, frequency) in byWord.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) where !word.isEmpty {
            list.append(word, frequency: frequency)
        }
        self.init(trie: PrefixTrie(sorted: list, total: max(total, 1)))
    }

    /// The frequency of `word`, or `nil` when it is not a word of the dictionary.
    public func frequency(of word: String) -> Int? {
        let frequency = trie.frequency(of: word.unicodeScalars.map(\.value))
        return frequency > 0 ? Int(frequency) : nil
    }

    /// Returns a copy extended with `words`.
    ///
    /// Each word gets `frequency` when given; otherwise the frequency jieba's `suggest_freq(word, tune=False)`
    /// computes — just enough for the word to beat its own segmentation without the HMM — and never less than its
    /// current frequency. A word whose NFKC form differs (full-width letters, for instance) is also added in that
    /// form, so that ``Segmenter/tokens(_:mode:)``, which normalises its input, finds it. As with jieba's `add_word`,
    /// every added frequency is added to ``totalFrequency``.
    public func adding(words: [String], frequency: Int? = nil) -> SegmentationDictionary {
        var additions: [[UInt32]: UInt32] = [:]
        var total = trie.total
        let engine = SegmentationEngine(trie: trie, model: nil)
        for word in words {
            var forms = [word.unicodeScalars.map(\.value)]
            let normalized = word.precomposedStringWithCompatibilityMapping.unicodeScalars.map(\.value)
            if normalized != forms[0] {
                forms.append(normalized)
            }
            for scalars in forms where !scalars.isEmpty {
                let value: UInt32
                if let frequency {
                    value = UInt32(clamping: max(frequency, 0))
                } else {
                    value = engine.suggestedFrequency(for: scalars, total: total)
                }
                additions[scalars] = max(value, additions[scalars] ?? 0)
                total += UInt64(value)
            }
        }
        if additions.isEmpty {
            return self
        }
        let sortedAdditions = additions.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        let existing = trie.wordList()
        var merged = WordList()
        merged.scalars.reserveCapacity(existing.scalars.count + sortedAdditions.count * 4)
        var index = 0
        for (word, value) in sortedAdditions {
            while index < existing.count && existing.word(index).lexicographicallyPrecedes(word) {
                merged.append(existing.word(index), frequency: existing.frequencies[index])
                index += 1
            }
            if index < existing.count && existing.word(index).elementsEqual(word) {
                index += 1
            }
            merged.append(word, frequency: value)
        }
        while index < existing.count {
            merged.append(existing.word(index), frequency: existing.frequencies[index])
            index += 1
        }
        return SegmentationDictionary(trie: PrefixTrie(sorted: merged, total: total))
    }

    /// Decodes the front-coded word list.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> (WordList, UInt64) {
        let magic: [UInt8] = Array("HSJBDICT".utf8)
        guard bytes.count >= 24, bytes.prefix(8).elementsEqual(magic) else {
            throw LoadError.malformed("bad magic")
        }
        func readUInt32(_ offset: Int) -> UInt32 {
            var value: UInt32 = 0
            for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * index) }
            return value
        }
        guard readUInt32(8) == 1 else {
            throw LoadError.malformed("unsupported version")
        }
        let count = Int(readUInt32(12))
        let total = UInt64(readUInt32(16)) | UInt64(readUInt32(20)) << 32
        var list = WordList()
        list.scalars.reserveCapacity(bytes.count / 2)
        list.offsets.reserveCapacity(count + 1)
        list.frequencies.reserveCapacity(count)
        var position = 24
        var previousStart = 0
        for _ in 0..<count {
            guard position + 2 <= bytes.count else { throw LoadError.malformed("truncated entry") }
            let shared = Int(bytes[position])
            let length = Int(bytes[position + 1])
            position += 2
            guard position + length <= bytes.count else { throw LoadError.malformed("truncated word") }
            let start = list.scalars.count
            if shared > 0 {
                guard previousStart + shared <= start else { throw LoadError.malformed("bad shared prefix") }
                for index in previousStart..<(previousStart + shared) {
                    list.scalars.append(list.scalars[index])
                }
            }
            let end = position + length
            while position < end {
                let lead = UInt32(bytes[position])
                if lead < 0x80 {
                    list.scalars.append(lead)
                    position += 1
                } else if lead < 0xE0 {
                    guard position + 1 < end else { throw LoadError.malformed("bad UTF-8") }
                    list.scalars.append((lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F))
                    position += 2
                } else if lead < 0xF0 {
                    guard position + 2 < end else { throw LoadError.malformed("bad UTF-8") }
                    let value =
                        (lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6
                        | UInt32(bytes[position + 2] & 0x3F)
                    list.scalars.append(value)
                    position += 3
                } else {
                    guard position + 3 < end else { throw LoadError.malformed("bad UTF-8") }
                    let value =
                        (lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
                        | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F)
                    list.scalars.append(value)
                    position += 4
                }
            }
            var frequency: UInt32 = 0
            var shift: UInt32 = 0
            while true {
                guard position < bytes.count, shift < 32 else { throw LoadError.malformed("bad frequency") }
                let byte = bytes[position]
                position += 1
                frequency |= UInt32(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            guard list.scalars.count > start else { throw LoadError.malformed("empty word") }
            list.offsets.append(Int32(list.scalars.count))
            list.frequencies.append(frequency)
            previousStart = start
        }
        return (list, total)
    }
}
