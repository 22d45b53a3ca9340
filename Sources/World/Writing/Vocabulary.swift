import Foundation

/// What notes are written from: for each top-level category, the things people post about,
/// title templates and the sentences of a small story (pain point → what I tried → how it
/// went → tips), plus openers, closers, cities and emoji shared by all. Kept in
/// `Resources/vocabulary.json`; placeholders are `{subject}`, `{place}`, `{city}`, `{n}`.
public struct Vocabulary: Decodable, Sendable {
    public struct Common: Decodable, Sendable {
        public let cities: [String]
        public let openers: [String]
        public let closers: [String]
        public let emoji: [String]
    }

    public struct Category: Decodable, Sendable {
        public let subjects: [String]
        public let places: [String]
        public let titles: [String]
        public let pains: [String]
        public let tries: [String]
        public let outcomes: [String]
        public let tips: [String]
        public let topics: [String]
        public let english: [String]
    }

    public let common: Common
    /// By top-level tag id, as a string ("1" … "32").
    public let categories: [String: Category]

    public static func bundled() throws -> Vocabulary {
        guard let url = Bundle.module.url(forResource: "vocabulary", withExtension: "json") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(Vocabulary.self, from: Data(contentsOf: url))
    }
}
