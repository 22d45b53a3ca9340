import Commerce
import Community
import Foundation
import HongshuCore

/// What a search looks for.
public enum SearchKind: String, Hashable, Sendable, CaseIterable {
    case note, product, user, topic
}

/// How results are ordered.
public enum SearchSort: String, Hashable, Sendable, CaseIterable {
    /// Text relevance blended with engagement quality, freshness and the searcher's interests.
    case relevance
    /// Newest first.
    case latest
    /// Most liked (notes), most sold (products), most followed (people) first.
    case popular
}

/// One search as asked.
public struct SearchRequest: Hashable, Sendable {
    public var text: String
    public var kind: SearchKind
    public var sort: SearchSort
    public var filters: NoteFilters
    public var page: PageRequest
    /// Whether each result carries the parts of its score.
    public var explain: Bool

    public init(
        _ text: String, kind: SearchKind = .note, sort: SearchSort = .relevance, filters: NoteFilters = NoteFilters(),
        page: PageRequest = .first(20), explain: Bool = false
    ) {
        self.text = text
        self.kind = kind
        self.sort = sort
        self.filters = filters
        self.page = page
        self.explain = explain
    }
}

/// The parts of a result's score: each signal in 0...1, its weight, and the sum of weight × value.
public struct ScoreExplanation: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        public let name: String
        public let value: Double
        public let weight: Double
        /// The raw figure the value was made from (BM25, a smoothed rate, days of age…).
        public let raw: Double
    }

    public let parts: [Part]
    public var total: Double { parts.reduce(0) { $0 + $1.value * $1.weight } }
}

/// A note found, with its marked title and a marked snippet of its body.
public struct NoteResult: Sendable {
    public let note: Note
    /// Who wrote it (`nil` only if the account is gone).
    public let author: User?
    public let title: Highlighted
    public let snippet: Highlighted
    public let score: Double
    public let explanation: ScoreExplanation?
    public let likes: Int
}

public struct ProductResult: Sendable {
    public let product: Product
    public let name: Highlighted
    public let score: Double
    public let explanation: ScoreExplanation?
}

public struct UserResult: Sendable {
    public let user: User
    public let name: Highlighted
    public let followers: Int
    public let score: Double
    public let explanation: ScoreExplanation?
}

/// A topic found: a tag of the taxonomy or a free #topic.
public struct TopicResult: Sendable {
    public let tag: Tag?
    public let name: Highlighted
    /// Notes using a #topic (`nil` for tags).
    public let notes: Int?
}

/// One page of results of one kind.
public struct SearchResults: Sendable {
    /// The search's id: clicks on its results refer to it.
    public let id: Int64
    public let request: SearchRequest
    public let query: SearchQuery
    /// How many results came before this page: the first result's position is `offset + 1`.
    public var offset = 0
    public var notes: [NoteResult] = []
    public var products: [ProductResult] = []
    public var users: [UserResult] = []
    public var topics: [TopicResult] = []
    public var next: Cursor?
    /// How many results there are in all: exact when `totalIsExact`, otherwise extrapolated.
    public var total: Int = 0
    public var totalIsExact = true
    /// When the query found nothing but a corrected spelling did, the query that was searched instead.
    public var correctedQuery: String?
    /// Offered when nothing was found.
    public var suggestions: [Suggestion] = []

    public var count: Int { notes.count + products.count + users.count + topics.count }
}

public enum SearchError: DomainError, Equatable {
    case emptyQuery
    case queryTooLong
    case badRange

    public static let queryLimit = 100

    public var kind: DomainErrorKind { .invalid }

    public var code: String {
        switch self {
        case .emptyQuery: "search.query_empty"
        case .queryTooLong: "search.query_length"
        case .badRange: "search.range_invalid"
        }
    }

    public var message: String {
        switch self {
        case .emptyQuery: "Type a word or two to search for."
        case .queryTooLong: "A search is at most \(Self.queryLimit) characters."
        case .badRange: "The start of the time range must be before its end."
        }
    }
}
