import Foundation
import HongshuCore

/// What a person can be interested in: an interest tag, a #topic, or an author.
public enum InterestKey: Hashable, Sendable {
    case tag(TagID)
    /// A #topic, folded (`#OOTD` and `#ootd` are one topic).
    case topic(String)
    case author(UserID)

    /// How a key is stored: its kind and its text.
    public var kind: String {
        switch self {
        case .tag: "tag"
        case .topic: "topic"
        case .author: "author"
        }
    }

    public var key: String {
        switch self {
        case .tag(let id): id.description
        case .topic(let topic): topic
        case .author(let id): id.description
        }
    }

    /// Reads a stored key back; `nil` for anything else.
    public init?(kind: String, key: String) {
        switch kind {
        case "tag": guard let id = Int64(key) else { return nil }; self = .tag(TagID(id))
        case "topic": self = .topic(key)
        case "author": guard let id = Int64(key) else { return nil }; self = .author(UserID(id))
        default: return nil
        }
    }
}

/// A weight that halves every half-life, known by its value at one time. Adding two is order-independent (both
/// are brought to the later time first), so events may arrive late or be replayed in any order.
public struct DecayedWeight: Hashable, Sendable {
    public var value: Double
    public var at: Date

    public init(value: Double, at: Date) {
        self.value = value
        self.at = at
    }

    /// The weight as it stands at `time` (a weight is never worth more later; before `at` it is taken as is).
    public func value(at time: Date, halfLife: TimeInterval) -> Double {
        value * Self.decay(time.timeIntervalSince(at), halfLife: halfLife)
    }

    /// The sum of both weights, at the later of their times.
    public func adding(_ other: DecayedWeight, halfLife: TimeInterval) -> DecayedWeight {
        let time = max(at, other.at)
        return DecayedWeight(
            value: value(at: time, halfLife: halfLife) + other.value(at: time, halfLife: halfLife), at: time)
    }

    static func decay(_ elapsed: TimeInterval, halfLife: TimeInterval) -> Double {
        elapsed <= 0 ? 1 : pow(0.5, elapsed / max(halfLife, 1))
    }
}

extension Dictionary where Key == InterestKey, Value == DecayedWeight {
    /// Adds `weight` to what `key` holds (``DecayedWeight/adding(_:halfLife:)``): how profiles are summed in memory.
    public mutating func add(_ weight: DecayedWeight, to key: InterestKey, halfLife: TimeInterval) {
        self[key] = self[key].map { $0.adding(weight, halfLife: halfLife) } ?? weight
    }
}

/// One change to one person's interest in one thing.
public struct InterestIncrement: Hashable, Sendable {
    public let user: UserID
    public let key: InterestKey
    public let weight: DecayedWeight

    public init(user: UserID, key: InterestKey, weight: DecayedWeight) {
        self.user = user
        self.key = key
        self.weight = weight
    }
}

/// A stored interest of one person.
public struct InterestWeight: Hashable, Sendable {
    public let key: InterestKey
    public let weight: DecayedWeight

    public init(key: InterestKey, weight: DecayedWeight) {
        self.key = key
        self.weight = weight
    }
}

/// One person's interests as they stand now: decayed weights over tags, topics and authors. Negative weights are
/// things they said they are not interested in.
public struct InterestProfile: Sendable {
    public let user: UserID?
    public let weights: [InterestKey: Double]
    /// The strongest positive weight of each kind (kept: ranking normalises by it for every note).
    private let strongestByKind: [String: Double]
    /// Whether any #topic has a weight (most notes have topics; folding each costs).
    public let hasTopics: Bool

    public init(user: UserID?, weights: [InterestKey: Double]) {
        self.user = user
        self.weights = weights
        var strongest: [String: Double] = [:]
        var hasTopics = false
        for (key, weight) in weights {
            strongest[key.kind] = max(strongest[key.kind] ?? 0, weight)
            if case .topic = key { hasTopics = true }
        }
        self.strongestByKind = strongest
        self.hasTopics = hasTopics
    }

    /// A profile of stored weights, decayed to `now`.
    public init(user: UserID?, stored: [InterestWeight], now: Date, halfLife: TimeInterval) {
        var weights: [InterestKey: Double] = [:]
        for item in stored { weights[item.key, default: 0] += item.weight.value(at: now, halfLife: halfLife) }
        self.init(user: user, weights: weights)
    }

    public static let empty = InterestProfile(user: nil, weights: [:])

    public var isEmpty: Bool { !weights.values.contains { $0 > 0 } }

    public subscript(key: InterestKey) -> Double { weights[key] ?? 0 }

    /// The strongest positive weight of a kind ("tag", "topic", "author"), for normalising.
    public func strongest(_ kind: String) -> Double { strongestByKind[kind] ?? 0 }

    /// The `count` strongest positive interests of a kind, strongest first.
    public func top(_ kind: String, _ count: Int) -> [(key: InterestKey, weight: Double)] {
        weights.filter { $0.key.kind == kind && $0.value > 0 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.key < $1.key.key }
            .prefix(count).map { ($0.key, $0.value) }
    }
}
