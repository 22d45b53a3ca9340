/// How finely ``Segmenter`` cuts text.
public enum SegmentationMode: String, Sendable, Hashable, CaseIterable {
    /// jieba's accurate mode (`jieba.cut`): the most probable segmentation.
    case `default`
    /// jieba's search-engine mode (`jieba.cut_for_search`): also the dictionary 2- and 3-character words inside
    /// longer words, each emitted before the word that contains it.
    case search
}

/// A dictionary-based Chinese word segmenter reproducing jieba 0.42.1: the most probable path through the DAG of
/// dictionary words, with jieba's BMES hidden Markov model for runs of unknown characters.
public struct Segmenter: Sendable {
    /// The dictionary the segmenter cuts with.
    public let dictionary: SegmentationDictionary
    /// Whether runs of unknown characters go through the hidden Markov model (jieba's `HMM=True`).
    public let usesHiddenMarkovModel: Bool

    let engine: SegmentationEngine

    /// A segmenter with the bundled dictionary and the HMM, created on first use and shared.
    public static let shared = Segmenter()

    /// Creates a segmenter over `dictionary` extended with `extraWords` (see
    /// ``SegmentationDictionary/adding(words:frequency:)``).
    public init(
        dictionary: SegmentationDictionary = .bundled, extraWords: [String] = [], usesHiddenMarkovModel: Bool = true
    ) {
        let extended = extraWords.isEmpty ? dictionary : dictionary.adding(words: extraWords)
        self.dictionary = extended
        self.usesHiddenMarkovModel = usesHiddenMarkovModel
        self.engine = SegmentationEngine(
            trie: extended.trie, model: usesHiddenMarkovModel ? HiddenMarkovModel.bundled : nil)
    }

    /// Cuts `text` exactly as jieba's `cut` (or `cut_for_search` in ``SegmentationMode/search``): in the default
    /// mode the pieces are consecutive and together are the whole text; spaces and punctuation are pieces too.
    public func cut(_ text: String, mode: SegmentationMode = .default) -> [Substring] {
        let decoded = ScalarText(text)
        let pieces = cutPieces(decoded.scalars, mode: mode)
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        var result: [Substring] = []
        result.reserveCapacity(pieces.count / 2)
        var index = 0
        while index < pieces.count {
            let lower = utf8.index(utf8.startIndex, offsetBy: Int(decoded.utf8Offsets[Int(pieces[index])]))
            let upper = utf8.index(utf8.startIndex, offsetBy: Int(decoded.utf8Offsets[Int(pieces[index + 1])]))
            result.append(Substring(scalars[lower..<upper]))
            index += 2
        }
        return result
    }

    /// The pieces of `text`, as ``cut(_:mode:)`` returns them, as ranges of UTF-16 offsets.
    public func cutRanges(_ text: String, mode: SegmentationMode = .default) -> [Range<Int>] {
        let decoded = ScalarText(text, withUTF16: true)
        let pieces = cutPieces(decoded.scalars, mode: mode)
        var result: [Range<Int>] = []
        result.reserveCapacity(pieces.count / 2)
        var index = 0
        while index < pieces.count {
            let lower = Int(decoded.utf16Offsets[Int(pieces[index])])
            let upper = Int(decoded.utf16Offsets[Int(pieces[index + 1])])
            result.append(lower..<upper)
            index += 2
        }
        return result
    }

    /// What `python -m jieba -d ' '` prints for `line`: trailing `\r` and `\n` removed, then the pieces of
    /// ``cut(_:mode:)`` joined by single spaces. Every character of the line is kept; a space of the input is a piece
    /// of its own, so it appears between two separators.
    public func segmentLine(_ line: String, mode: SegmentationMode = .default) -> String {
        var decoded = ScalarText(line)
        var length = decoded.scalars.count
        while length > 0 && (decoded.scalars[length - 1] == 0x0A || decoded.scalars[length - 1] == 0x0D) {
            length -= 1
        }
        decoded.scalars.removeSubrange(length...)
        let pieces = cutPieces(decoded.scalars, mode: mode)
        var output: [UInt8] = []
        output.reserveCapacity(Int(decoded.utf8Offsets[length]) + pieces.count / 2)
        line.utf8.withContiguousStorageIfAvailable { bytes in
            Self.join(pieces, decoded.utf8Offsets, bytes, into: &output)
        }
            ?? Array(line.utf8).withUnsafeBufferPointer { bytes in
                Self.join(pieces, decoded.utf8Offsets, bytes, into: &output)
            }
        return String(decoding: output, as: UTF8.self)
    }

    private static func join(
        _ pieces: [Int32], _ offsets: [Int32], _ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]
    ) {
        var index = 0
        while index < pieces.count {
            if index > 0 { output.append(0x20) }
            let lower = Int(offsets[Int(pieces[index])])
            let upper = Int(offsets[Int(pieces[index + 1])])
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
            index += 2
        }
    }

    /// Runs the engine; pieces come back as `start, end` pairs of scalar offsets.
    func cutPieces(_ scalars: [UInt32], mode: SegmentationMode) -> [Int32] {
        var pieces: [Int32] = []
        pieces.reserveCapacity(scalars.count + scalars.count / 2)
        scalars.withUnsafeBufferPointer { buffer in
            switch mode {
            case .default:
                engine.cut(buffer, into: &pieces)
            case .search:
                engine.cutForSearch(buffer, into: &pieces)
            }
        }
        return pieces
    }
}

/// ``Segmenter/segmentLine(_:mode:)`` with ``Segmenter/shared``: the behaviour of `hongshu segment`.
public func segmentLine(_ line: String, mode: SegmentationMode = .default) -> String {
    Segmenter.shared.segmentLine(line, mode: mode)
}
