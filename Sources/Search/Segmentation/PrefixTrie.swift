import Foundation

/// A sorted, de-duplicated list of words stored as one flat buffer of Unicode scalar values.
struct WordList: Sendable {
    /// The scalar values of all words, back to back.
    var scalars: [UInt32] = []
    /// `offsets[i]..<offsets[i + 1]` are the scalars of word `i`.
    var offsets: [Int32] = [0]
    /// The frequency of each word.
    var frequencies: [UInt32] = []

    /// The number of words.
    var count: Int { frequencies.count }

    /// Appends a word given as scalar values.
    mutating func append<C: Collection<UInt32>>(_ word: C, frequency: UInt32) {
        scalars.append(contentsOf: word)
        offsets.append(Int32(scalars.count))
        frequencies.append(frequency)
    }

    /// The scalars of word `index`.
    func word(_ index: Int) -> ArraySlice<UInt32> {
        scalars[Int(offsets[index])..<Int(offsets[index + 1])]
    }

    /// Compares two scalar sequences in code point order.
    static func less(_ lhs: ArraySlice<UInt32>, _ rhs: ArraySlice<UInt32>) -> Bool {
        lhs.lexicographicallyPrecedes(rhs)
    }
}

/// An immutable prefix trie over Unicode scalars, laid out breadth-first so that the children of every node are
/// contiguous and sorted by label (looked up by binary search; the root's children through a direct table).
///
/// Node 0 is the root. Every node stores the log-probability `log(freq) - log(total)` of the word ending there, or
/// `-infinity` when the node is only a prefix of longer words (jieba's frequency-0 prefix entries).
final class PrefixTrie: @unchecked Sendable {
    // Immutable after `init`; the raw buffers are owned by this object and freed in `deinit`.
    let nodeCount: Int
    let childStart: UnsafeMutablePointer<Int32>
    let labels: UnsafeMutablePointer<UInt32>
    let frequencies: UnsafeMutablePointer<UInt32>
    let logProbabilities: UnsafeMutablePointer<Double>
    /// Child of the root for every BMP scalar, or -1.
    let rootTable: UnsafeMutablePointer<Int32>
    let wordCount: Int
    let total: UInt64
    /// `log(total)`, the cost of an unknown single character.
    let logTotal: Double

    static let rootTableSize = 0x10000

    /// Builds the trie from a word list sorted in code point order without duplicates.
    init(sorted list: WordList, total: UInt64) {
        let wordTotal = list.count
        let capacity = list.scalars.count + 1
        let starts = UnsafeMutablePointer<Int32>.allocate(capacity: capacity + 1)
        let labels = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        let freqs = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        var lows = [Int32](repeating: 0, count: capacity)
        var highs = [Int32](repeating: 0, count: capacity)
        var depths = [Int32](repeating: 0, count: capacity)
        labels[0] = 0
        freqs[0] = 0
        highs[0] = Int32(wordTotal)
        var count = 1
        list.scalars.withUnsafeBufferPointer { scalars in
            list.offsets.withUnsafeBufferPointer { offsets in
                var node = 0
                while node < count {
                    let depth = Int(depths[node])
                    var word = Int(lows[node])
                    let high = Int(highs[node])
                    starts[node] = Int32(count)
                    if word < high && Int(offsets[word + 1] - offsets[word]) == depth {
                        word += 1
                    }
                    while word < high {
                        let label = scalars[Int(offsets[word]) + depth]
                        let first = word
                        word += 1
                        while word < high && scalars[Int(offsets[word]) + depth] == label {
                            word += 1
                        }
                        labels[count] = label
                        let isWord = Int(offsets[first + 1] - offsets[first]) == depth + 1
                        freqs[count] = isWord ? list.frequencies[first] : 0
                        lows[count] = Int32(first)
                        highs[count] = Int32(word)
                        depths[count] = Int32(depth + 1)
                        count += 1
                    }
                    node += 1
                }
            }
        }
        starts[count] = Int32(count)
        let logTotal = log(Double(total))
        let logs = UnsafeMutablePointer<Double>.allocate(capacity: count)
        for node in 0..<count {
            let freq = freqs[node]
            logs[node] = freq > 0 ? log(Double(freq)) - logTotal : -Double.infinity
        }
        let table = UnsafeMutablePointer<Int32>.allocate(capacity: Self.rootTableSize)
        table.initialize(repeating: -1, count: Self.rootTableSize)
        for node in Int(starts[0])..<Int(starts[1]) where labels[node] < Self.rootTableSize {
            table[Int(labels[node])] = Int32(node)
        }
        self.nodeCount = count
        self.childStart = starts
        self.labels = labels
        self.frequencies = freqs
        self.logProbabilities = logs
        self.rootTable = table
        self.wordCount = wordTotal
        self.total = total
        self.logTotal = logTotal
    }

    deinit {
        childStart.deallocate()
        labels.deallocate()
        frequencies.deallocate()
        logProbabilities.deallocate()
        rootTable.deallocate()
    }

    /// The child of `node` labelled `scalar`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ scalar: UInt32) -> Int32 {
        if node == 0 && scalar < Self.rootTableSize {
            return rootTable[Int(scalar)]
        }
        var low = Int(childStart[Int(node)])
        var high = Int(childStart[Int(node) + 1])
        while low < high {
            let middle = (low &+ high) >> 1
            let label = labels[middle]
            if label < scalar {
                low = middle &+ 1
            } else if label > scalar {
                high = middle
            } else {
                return Int32(middle)
            }
        }
        return -1
    }

    /// The node reached by `word`, or -1.
    func node<C: Collection<UInt32>>(for word: C) -> Int32 {
        var node: Int32 = 0
        for scalar in word {
            node = child(node, scalar)
            if node < 0 { return -1 }
        }
        return node
    }

    /// The frequency of `word`, 0 for unknown words and mere prefixes.
    func frequency<C: Collection<UInt32>>(of word: C) -> UInt32 {
        let node = node(for: word)
        return node > 0 ? frequencies[Int(node)] : 0
    }

    /// Whether `scalars[start..<end]` is a word with a positive frequency.
    @inline(__always)
    func isWord(_ scalars: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        var node: Int32 = 0
        var index = start
        while index < end {
            node = child(node, scalars[index])
            if node < 0 { return false }
            index &+= 1
        }
        return node > 0 && frequencies[Int(node)] > 0
    }

    /// All words with their frequencies, in code point order.
    func wordList() -> WordList {
        var list = WordList()
        list.scalars.reserveCapacity(nodeCount)
        list.offsets.reserveCapacity(wordCount + 1)
        list.frequencies.reserveCapacity(wordCount)
        var path: [UInt32] = []
        // Depth-first walk; the stack holds (node, depth) pairs, children pushed in reverse label order.
        var stack: [(node: Int32, depth: Int)] = [(0, 0)]
        while let (node, depth) = stack.popLast() {
            if node > 0 {
                path.removeSubrange((depth - 1)...)
                path.append(labels[Int(node)])
                let freq = frequencies[Int(node)]
                if freq > 0 {
                    list.append(path, frequency: freq)
                }
            }
            let start = Int(childStart[Int(node)])
            let end = Int(childStart[Int(node) + 1])
            var child = end - 1
            while child >= start {
                stack.append((Int32(child), depth + 1))
                child -= 1
            }
        }
        return list
    }
}
