import Foundation

/// A deterministic random number generator (xoshiro256**, seeded through SplitMix64): the same
/// seed gives the same sequence on every machine and Swift version, which the world's
/// determinism rests on. Not for secrets.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var mix = seed
        func splitMix() -> UInt64 {
            mix &+= 0x9E37_79B9_7F4A_7C15
            var z = mix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// An independent stream for one part of the world (so adding a part never shifts another).
    public func fork(_ stream: UInt64) -> SeededRandom {
        var copy = self
        return SeededRandom(seed: copy.next() ^ (stream &* 0xD6E8_FEB8_6659_FD93))
    }

    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A number in 0..<1 with 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// An integer in 0..<bound (bound > 0), without modulo bias.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let value = next()
            if value >= threshold { return Int(value % limit) }
        }
    }

    /// An integer in the closed range.
    public mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element, uniformly.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct elements in random order (all of them if there are fewer).
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        let take = min(count, pool.count)
        for index in 0..<take { pool.swapAt(index, index + below(pool.count - index)) }
        return Array(pool.prefix(take))
    }

    /// A Pareto-distributed value ≥ 1 (heavy-tailed: most small, a few very large).
    public mutating func pareto(shape: Double) -> Double { 1 / pow1m(unit(), 1 / shape) }

    /// An exponentially distributed value with mean 1.
    public mutating func exponential() -> Double { -log1m(unit()) }

    /// (1 - u)^p, for u in 0..<1.
    private func pow1m(_ u: Double, _ p: Double) -> Double { exp(p * log1m(u)) }
    private func log1m(_ u: Double) -> Double { log(1 - u) }
}

/// Picks indices with probability proportional to fixed weights, in O(log n) a draw.
public struct WeightedPicker: Sendable {
    private let cumulative: [Double]

    /// - Parameter weights: non-negative, not all zero.
    public init(_ weights: [Double]) {
        var total = 0.0
        cumulative = weights.map { weight in
            total += max(weight, 0)
            return total
        }
    }

    public var isEmpty: Bool { (cumulative.last ?? 0) <= 0 }

    public func pick(_ random: inout SeededRandom) -> Int {
        let target = random.unit() * (cumulative.last ?? 0)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
