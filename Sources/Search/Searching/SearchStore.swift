import Foundation
import HongshuCore

/// A live note matching every clause of a query, with what ranking needs.
public struct NoteMatch: Hashable, Sendable {
    public let id: NoteID
    public let author: UserID
    public let publishedAt: Date
    /// Text relevance from the engine (BM25 on SQLite, `ts_rank` on PostgreSQL): higher is better.
    public let relevance: Double
    public let likes: Int
    public let collects: Int
    public let comments: Int
    /// How many times the note was read (counted from `read` events).
    public let reads: Int
    public let tags: [TagID]
    /// The author's track record.
    public let authorRecord: AuthorRecord

    public init(
        id: NoteID, author: UserID, publishedAt: Date, relevance: Double, likes: Int, collects: Int, comments: Int,
        reads: Int, tags: [TagID], authorRecord: AuthorRecord = AuthorRecord()
    ) {
        self.id = id
        self.author = author
        self.publishedAt = publishedAt
        self.relevance = relevance
        self.likes = likes
        self.collects = collects
        self.comments = comments
        self.reads = reads
        self.tags = tags
        self.authorRecord = authorRecord
    }
}

/// A product on sale, a person, or a #topic matching a query.
public struct OtherMatch<ID: Hashable & Sendable>: Hashable, Sendable {
    public let id: ID
    public let relevance: Double
    /// Popularity: units sold for a product, followers for a person, notes for a topic.
    public let popularity: Int
    public let time: Date

    public init(id: ID, relevance: Double, popularity: Int, time: Date) {
        self.id = id
        self.relevance = relevance
        self.popularity = popularity
        self.time = time
    }
}

/// Narrows a note search.
public struct NoteFilters: Hashable, Sendable {
    /// Notes under this tag or any of its descendants.
    public var tag: TagID?
    public var since: Date?
    public var until: Date?
    /// Notes whose place is in this city.
    public var city: String?

    public init(tag: TagID? = nil, since: Date? = nil, until: Date? = nil, city: String? = nil) {
        self.tag = tag
        self.since = since
        self.until = until
        self.city = city
    }
}

/// One search as counted for operators: the normalised query, when, how many results, and the first results.
public struct SearchRecord: Hashable, Sendable {
    public let id: Int64
    public let query: String
    public let kind: SearchKind
    public let at: Date
    public let user: UserID?
    public let hits: Int
    /// Whether the results are those of a corrected spelling (the query itself is then not offered as a
    /// suggestion).
    public let corrected: Bool

    public init(
        id: Int64, query: String, kind: SearchKind, at: Date, user: UserID?, hits: Int, corrected: Bool = false
    ) {
        self.corrected = corrected
        self.id = id
        self.query = query
        self.kind = kind
        self.at = at
        self.user = user
        self.hits = hits
    }
}

/// How a query did over a period.
public struct QueryStats: Hashable, Sendable {
    public let query: String
    public let searches: Int
    public let noHits: Int
    public let clicks: Int

    public init(query: String, searches: Int, noHits: Int, clicks: Int) {
        self.query = query
        self.searches = searches
        self.noHits = noHits
        self.clicks = clicks
    }

    /// Clicks per search.
    public var clickThrough: Double { searches == 0 ? 0 : Double(clicks) / Double(searches) }
}

/// A completion for what someone is typing.
public struct Suggestion: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable { case query, tag, brand, product }
    public let text: String
    public let kind: Kind
    public let weight: Int

    public init(text: String, kind: Kind, weight: Int) {
        self.text = text
        self.kind = kind
        self.weight = weight
    }
}

/// Where the search index lives. Each backend keeps it in the same transaction as the writes it indexes (a note
/// is searchable as soon as it is published and gone as soon as it is deleted).
public protocol SearchStore: Sendable {
    /// Live notes matching every clause, newest first (ids below `before`, if given), at most `depth`.
    func notes(matching query: SearchQuery, filters: NoteFilters, before: NoteID?, depth: Int) async throws
        -> [NoteMatch]
    /// When the oldest live note was published (`nil` when there are none): for estimating totals.
    func firstNoteTime() async throws -> Date?
    /// What every author's notes together have received: the platform's engagement per read, the prior a note's
    /// quality is smoothed towards (`notes` is not counted).
    func engagementReceived() async throws -> AuthorRecord
    /// Active products matching every clause, at most `depth`, newest first.
    func products(matching query: SearchQuery, depth: Int) async throws -> [OtherMatch<ProductID>]
    /// People whose handle or name match every clause, at most `depth`.
    func users(matching query: SearchQuery, depth: Int) async throws -> [OtherMatch<UserID>]
    /// #topics (free hashtags) matching every clause, at most `depth`; `time` is when one was last used.
    func topics(matching query: SearchQuery, depth: Int) async throws -> [OtherMatch<String>]
    /// The tags of the notes a person liked most recently (at most 200), newest first, for personal ranking.
    func recentLikes(of user: UserID) async throws -> [LikedTags]

    /// Counts searches for operators and offers the queries that found something as suggestions, in one
    /// transaction.
    func record(_ searches: [SearchRecord]) async throws
    /// Counts a click on a result of the search `id`; `false` if there is no such search.
    func recordClick(search id: Int64, at: Date) async throws -> Bool
    /// Queries by number of searches in `since..<until`, at most `limit`; `noHitsOnly` keeps queries that
    /// found nothing at least once, ordered by those.
    func queries(since: Date, until: Date, noHitsOnly: Bool, limit: Int) async throws -> [QueryStats]
    /// Completions whose folded text starts with `prefix` (see ``SuggestionKey``), heaviest first.
    func suggestions(startingWith prefix: String, limit: Int) async throws -> [Suggestion]
    /// Adds or re-weights names to complete (tags, brands, products).
    func offer(_ suggestions: [Suggestion]) async throws
    /// The names that can be completed, for spelling correction of Latin words.
    func names() async throws -> [Suggestion]
}

/// The folded form suggestions are matched by (see `String.folded`).
public enum SuggestionKey {
    public static func of(_ text: String) -> String { text.folded }
}
