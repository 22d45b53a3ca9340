import Foundation
import Hummingbird
import Search

/// Text with the spans a query matched, as UTF-16 offsets `[start, end)` into `text`.
struct HighlightJSON: Codable, Equatable, Sendable {
    let text: String
    let spans: [[Int]]

    init(_ highlighted: Highlighted) {
        text = highlighted.text
        spans = highlighted.spans.map { [$0.lowerBound, $0.upperBound] }
    }
}

struct ScorePartJSON: Codable, Equatable, Sendable {
    let name: String
    let value: Double
    let weight: Double
    let raw: Double
}

struct ExplanationJSON: Codable, Equatable, Sendable {
    let parts: [ScorePartJSON]
    let total: Double

    init(_ explanation: ScoreExplanation) {
        parts = explanation.parts.map { ScorePartJSON(name: $0.name, value: $0.value, weight: $0.weight, raw: $0.raw) }
        total = explanation.total
    }
}

/// A note as a result card: enough to draw the two-column grid and open the note (`GET /api/v1/notes/{id}` has
/// the rest).
struct NoteCardJSON: Codable, Equatable, Sendable {
    let id: String
    let title: String
    let author: UserSummaryJSON
    let cover: MediaJSON?
    let likes: Int
    let publishedAt: Date
}

/// One result: `type` says which of `note`, `product`, `user` or `tag`/`topic` is set.
struct SearchHitJSON: Codable, Sendable {
    let type: String
    /// 1-based, across pages: what a click reports.
    let position: Int
    let score: Double?
    let explain: ExplanationJSON?
    var note: NoteCardJSON?
    var title: HighlightJSON?
    var snippet: HighlightJSON?
    var product: ProductCardJSON?
    var user: UserSummaryJSON?
    var followers: Int?
    var tag: TagJSON?
    var topic: String?
    var notes: Int?
    var name: HighlightJSON?
}

struct SuggestionJSON: Codable, Equatable, Sendable {
    let text: String
    let kind: String

    init(_ suggestion: Suggestion) {
        text = suggestion.text
        kind = suggestion.kind.rawValue
    }
}

struct SearchResultsJSON: ResponseCodable {
    let searchId: String
    let query: String
    let type: String
    let sort: String
    let total: Int?
    let totalIsExact: Bool
    let correctedQuery: String?
    let items: [SearchHitJSON]
    let nextCursor: String?
    let suggestions: [SuggestionJSON]
}

struct SuggestionsJSON: ResponseCodable {
    let suggestions: [SuggestionJSON]
}

struct QueryStatsJSON: Codable, Equatable, Sendable {
    let query: String
    let searches: Int
    let noHits: Int
    let clicks: Int
    let clickThrough: Double

    init(_ stats: QueryStats) {
        query = stats.query
        searches = stats.searches
        noHits = stats.noHits
        clicks = stats.clicks
        clickThrough = stats.clickThrough
    }
}

struct SearchReportJSON: ResponseCodable {
    let since: Date
    let until: Date
    let top: [QueryStatsJSON]
    let noHits: [QueryStatsJSON]
}

struct SearchClickJSON: Codable, Sendable {
    let searchId: String
    let position: Int
    let type: String
    let id: String
}
