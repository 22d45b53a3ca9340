import Foundation

/// How the credit for a purchase is shared among the touchpoints that led to it.
public enum AttributionModel: String, CaseIterable, Hashable, Sendable {
    /// All to the last touch before the purchase.
    case lastTouch = "last_touch"
    /// All to the first touch in the lookback window.
    case firstTouch = "first_touch"
    /// Equal shares.
    case linear
    /// Shares halving with every `halfLife` a touch lies before the purchase.
    case timeDecay = "time_decay"
    /// 40% to the first touch, 40% to the last, 20% shared by those between (half each when there are two).
    case positionBased = "position_based"

    /// The share of each touch (sorted oldest first, at least one), summing to 1.
    public func weights(ages: [TimeInterval], halfLife: TimeInterval) -> [Double] {
        let count = ages.count
        guard count > 0 else { return [] }
        switch self {
        case .lastTouch: return (0..<count).map { $0 == count - 1 ? 1 : 0 }
        case .firstTouch: return (0..<count).map { $0 == 0 ? 1 : 0 }
        case .linear: return Array(repeating: 1 / Double(count), count: count)
        case .timeDecay:
            let raw = ages.map { pow(0.5, max($0, 0) / halfLife) }
            let total = raw.reduce(0, +)
            return raw.map { $0 / total }
        case .positionBased:
            if count == 1 { return [1] }
            if count == 2 { return [0.5, 0.5] }
            let middle = 0.2 / Double(count - 2)
            return (0..<count).map { $0 == 0 || $0 == count - 1 ? 0.4 : middle }
        }
    }
}

/// What attribution looks at.
public struct AttributionSettings: Hashable, Sendable {
    /// How far before a purchase touches count.
    public var lookback: TimeInterval
    /// The half-life of ``AttributionModel/timeDecay``.
    public var halfLife: TimeInterval

    public init(lookback: TimeInterval = 7 * 86_400, halfLife: TimeInterval = 86_400) {
        self.lookback = lookback
        self.halfLife = halfLife
    }
}

extension AttributionModel {
    /// `amount` (minor units) shared by `weights` in whole minor units that sum to it exactly: each share rounded
    /// down, and the units left over given to the largest remainders (the later touch first on a tie).
    public static func split(_ amount: Int64, by weights: [Double]) -> [Int64] {
        guard !weights.isEmpty else { return [] }
        let exact = weights.map { Double(amount) * $0 }
        var shares = exact.map { Int64($0.rounded(.down)) }
        var left = amount - shares.reduce(0, +)
        let order = exact.indices.sorted { lhs, rhs in
            let (a, b) = (exact[lhs] - exact[lhs].rounded(.down), exact[rhs] - exact[rhs].rounded(.down))
            return a != b ? a > b : lhs > rhs
        }
        var next = 0
        while left > 0 {
            shares[order[next % order.count]] += 1
            left -= 1
            next += 1
        }
        return shares
    }
}
