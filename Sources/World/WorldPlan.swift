import Foundation

/// The size and shape of a world: how many people and notes, over how many days ending when,
/// from which seed. The same plan always gives the same world.
public struct WorldPlan: Hashable, Sendable {
    public var users: Int
    public var notes: Int
    public var days: Int
    public var seed: UInt64
    /// The moment the simulated period ends (notes and follows happen before it).
    public var end: Date
    /// How often an average person opens the app a day (the active ones far more often);
    /// each open shows them a handful of notes.
    public var opensPerDay: Double

    public init(users: Int, notes: Int, days: Int, seed: UInt64, end: Date, opensPerDay: Double = 3) {
        self.opensPerDay = opensPerDay
        self.users = users
        self.notes = notes
        self.days = days
        self.seed = seed
        self.end = end
    }

    /// The world `serve --demo` starts with: 2,000 people and 20,000 notes over two weeks.
    public static func demo(end: Date) -> WorldPlan {
        WorldPlan(users: 2_000, notes: 20_000, days: 14, seed: 2026, end: end)
    }

    public var start: Date { end.addingTimeInterval(-Double(days) * 86_400) }
}

/// How far generation has got, for progress bars.
public struct WorldProgress: Sendable {
    public let phase: String
    public let done: Int
    public let total: Int
}

/// What the world really is, kept apart from it: each person's latent interests and each
/// note's true tags and quality. Ranking and search never read it; evaluation does.
public struct GroundTruth: Codable, Sendable {
    public struct Interest: Codable, Hashable, Sendable {
        public let tag: String
        public let weight: Double
    }

    public struct Person: Codable, Hashable, Sendable {
        public let id: String
        public let handle: String
        public let city: String
        public let activity: Double
        public let creator: Bool
        public let interests: [Interest]
    }

    public struct Note: Codable, Hashable, Sendable {
        public let id: String
        public let author: String
        public let category: String
        public let tags: [String]
        public let quality: Double
    }

    public var people: [Person] = []
    public var notes: [Note] = []
    /// Each SKU's stock when its shop opened (by SKU id), before the world's purchases.
    public var openingStock: [String: Int] = [:]

    /// One JSON object a line: `{"person": …}` lines, then `{"note": …}` lines.
    public func jsonLines() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines: [String] = []
        for person in people { lines.append(String(decoding: try encoder.encode(["person": person]), as: UTF8.self)) }
        for note in notes { lines.append(String(decoding: try encoder.encode(["note": note]), as: UTF8.self)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
