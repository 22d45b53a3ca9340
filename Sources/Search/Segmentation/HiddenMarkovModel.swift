import Foundation

/// jieba's `finalseg` BMES hidden Markov model, used to segment runs of characters the dictionary does not know.
///
/// States are numbered in jieba's tie-breaking order (Python compares the state letters): B = 0, E = 1, M = 2, S = 3.
final class HiddenMarkovModel: @unchecked Sendable {
    // Immutable after `init`; `emissions` is owned by this object and freed in `deinit`.
    static let minimumLogProbability = -3.14e100
    static let firstScalar: UInt32 = 0x4E00
    static let lastScalar: UInt32 = 0x9FD5
    static let begin = 0
    static let end = 1
    static let middle = 2
    static let single = 3

    let start: [Double]
    /// `transitions[from * 4 + to]`.
    let transitions: [Double]
    /// Four log-probabilities (B, E, M, S) for each scalar of U+4E00...U+9FD5, the only characters jieba's
    /// `finalseg` ever runs the Viterbi algorithm on.
    let emissions: UnsafeMutablePointer<Double>

    /// The model bundled with the module (jieba 0.42.1's tables), loaded once.
    static let bundled: HiddenMarkovModel = {
        do {
            guard let url = Bundle.module.url(forResource: "jieba-hmm", withExtension: "bin") else {
                throw SegmentationDictionary.LoadError.missingResource("jieba-hmm.bin")
            }
            return try HiddenMarkovModel(binary: Data(contentsOf: url))
        } catch {
            fatalError("Search: cannot load the bundled HMM tables: \(error)")
        }
    }()

    /// Parses the binary format written by `scripts/make_resources.py`.
    init(binary data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count >= 8 + 4 + 20 * 8 + 4, bytes.prefix(8).elementsEqual(Array("HSJBHMM\0".utf8)) else {
            throw SegmentationDictionary.LoadError.malformed("bad HMM magic")
        }
        func readUInt32(_ offset: Int) -> UInt32 {
            var value: UInt32 = 0
            for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * index) }
            return value
        }
        func readDouble(_ offset: Int) -> Double {
            var bits: UInt64 = 0
            for index in 0..<8 { bits |= UInt64(bytes[offset + index]) << (8 * index) }
            return Double(bitPattern: bits)
        }
        guard readUInt32(8) == 1 else {
            throw SegmentationDictionary.LoadError.malformed("unsupported HMM version")
        }
        var position = 12
        start = (0..<4).map { readDouble(position + 8 * $0) }
        position += 32
        transitions = (0..<16).map { readDouble(position + 8 * $0) }
        position += 128
        let count = Int(readUInt32(position))
        position += 4
        let size = Int(Self.lastScalar - Self.firstScalar + 1) * 4
        var table = [Double](repeating: Self.minimumLogProbability, count: size)
        for _ in 0..<count {
            guard position + 5 <= bytes.count else {
                throw SegmentationDictionary.LoadError.malformed("truncated HMM entry")
            }
            let scalar = readUInt32(position)
            let mask = bytes[position + 4]
            position += 5
            let inRange = scalar >= Self.firstScalar && scalar <= Self.lastScalar
            for state in 0..<4 where mask & (1 << state) != 0 {
                guard position + 8 <= bytes.count else {
                    throw SegmentationDictionary.LoadError.malformed("truncated HMM entry")
                }
                if inRange {
                    table[Int(scalar - Self.firstScalar) * 4 + state] = readDouble(position)
                }
                position += 8
            }
        }
        emissions = .allocate(capacity: size)
        emissions.initialize(from: table, count: size)
    }

    deinit {
        emissions.deallocate()
    }

    /// Runs jieba's `finalseg.viterbi` on `scalars[lower..<upper]` (all in U+4E00...U+9FD5) and reports the words of
    /// the best state path as jieba's `finalseg.__cut` does, as absolute `(start, end)` scalar offsets.
    func cut(_ scalars: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, emit: (Int, Int) -> Void) {
        let count = upper - lower
        if count <= 0 { return }
        var backPointers = [UInt8](repeating: 0, count: count * 4)
        var previous = (0.0, 0.0, 0.0, 0.0)
        var emission = emissions + Int(scalars[lower] - Self.firstScalar) * 4
        previous.0 = start[0] + emission[0]
        previous.1 = start[1] + emission[1]
        previous.2 = start[2] + emission[2]
        previous.3 = start[3] + emission[3]
        let bToE = transitions[0 * 4 + 1]
        let bToM = transitions[0 * 4 + 2]
        let eToB = transitions[1 * 4 + 0]
        let eToS = transitions[1 * 4 + 3]
        let mToE = transitions[2 * 4 + 1]
        let mToM = transitions[2 * 4 + 2]
        let sToB = transitions[3 * 4 + 0]
        let sToS = transitions[3 * 4 + 3]
        backPointers.withUnsafeMutableBufferPointer { back in
            for step in 1..<count {
                emission = emissions + Int(scalars[lower + step] - Self.firstScalar) * 4
                let base = step * 4
                // Python: max((V[t-1][y0] + trans_p[y0][y] + em_p, y0) for y0 in PrevStatus[y]); ties go to the
                // larger state letter, i.e. the larger state number.
                // B <- E, S
                let bFromE = previous.1 + eToB + emission[0]
                let bFromS = previous.3 + sToB + emission[0]
                let b: Double
                if bFromS >= bFromE {
                    b = bFromS
                    back[base + 0] = 3
                } else {
                    b = bFromE
                    back[base + 0] = 1
                }
                // E <- B, M
                let eFromB = previous.0 + bToE + emission[1]
                let eFromM = previous.2 + mToE + emission[1]
                let e: Double
                if eFromM >= eFromB {
                    e = eFromM
                    back[base + 1] = 2
                } else {
                    e = eFromB
                    back[base + 1] = 0
                }
                // M <- M, B
                let mFromM = previous.2 + mToM + emission[2]
                let mFromB = previous.0 + bToM + emission[2]
                let m: Double
                if mFromM >= mFromB {
                    m = mFromM
                    back[base + 2] = 2
                } else {
                    m = mFromB
                    back[base + 2] = 0
                }
                // S <- S, E
                let sFromS = previous.3 + sToS + emission[3]
                let sFromE = previous.1 + eToS + emission[3]
                let s: Double
                if sFromS >= sFromE {
                    s = sFromS
                    back[base + 3] = 3
                } else {
                    s = sFromE
                    back[base + 3] = 1
                }
                previous = (b, e, m, s)
            }
        }
        // max((V[last][y], y) for y in 'ES'): ties go to S.
        var state = previous.3 >= previous.1 ? Self.single : Self.end
        var states = [UInt8](repeating: 0, count: count)
        var step = count - 1
        while step >= 0 {
            states[step] = UInt8(state)
            state = Int(backPointers[step * 4 + state])
            step -= 1
        }
        var begin = 0
        var next = 0
        for index in 0..<count {
            switch Int(states[index]) {
            case Self.begin:
                begin = index
            case Self.end:
                emit(lower + begin, lower + index + 1)
                next = index + 1
            case Self.single:
                emit(lower + index, lower + index + 1)
                next = index + 1
            default:
                break
            }
        }
        if next < count {
            emit(lower + next, upper)
        }
    }
}
