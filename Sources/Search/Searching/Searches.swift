import Commerce
import Community
import Foundation
import HongshuCore
import Insights

/// Searching notes, products, people and topics; suggestions; and what operators learn from searches.
public struct Searches: Sendable {
    let store: any SearchStore
    let notes: any NoteStore
    let users: any UserStore
    let products: any ProductStore
    let tags: any TagStore
    let events: EventLog
    let segmenter: Segmenter
    let ranking: Ranking
    /// How many matches, newest first, are ranked for a relevance or popularity search: the engine never
    /// scores every match of a common word (ANCHORS.md), and results are paged within these.
    let depth: Int
    /// Handles of the people who may read search analytics.
    let operators: Set<String>
    let vocabulary: VocabularyCache
    /// The week's most searched queries, offered when a search finds nothing (read again after a minute).
    let popular = Expiring<Bool, [QueryStats]>(lifetime: 60)
    /// Completions offered when a search finds nothing, by the query's first character (or first three Latin
    /// letters), read again after a minute.
    let completions = Expiring<String, [Suggestion]>(lifetime: 60)
    /// When set, searches are counted in batches by a service, off the request's path (like events).
    let recorder: WriteBehind<SearchRecord>?
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        store: any SearchStore, notes: any NoteStore, users: any UserStore, products: any ProductStore,
        tags: any TagStore, events: EventLog, segmenter: Segmenter = .shared, ranking: Ranking = Ranking(),
        depth: Int = 500, operators: Set<String> = [], buffered: Bool = false, now: @escaping @Sendable () -> Date,
        newID: @escaping @Sendable () -> Int64
    ) {
        self.recorder = buffered ? WriteBehind { searches in try await store.record(searches) } : nil
        self.store = store
        self.notes = notes
        self.users = users
        self.products = products
        self.tags = tags
        self.events = events
        self.segmenter = segmenter
        self.ranking = ranking
        self.depth = depth
        self.operators = operators
        self.vocabulary = VocabularyCache(store: store, tags: tags, base: segmenter)
        self.now = now
        self.newID = newID
    }

    // MARK: Searching

    /// Runs a search and records it (an event, and the query's counts). A query that finds nothing is retried
    /// with Latin words spelled as known names, and answers with suggestions if that finds nothing either.
    /// - Throws: ``SearchError`` for an empty or over-long query or a backwards time range, `CursorError`.
    public func search(_ request: SearchRequest, by viewer: UserID?) async throws -> SearchResults {
        let text = request.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw SearchError.emptyQuery }
        guard text.count <= SearchError.queryLimit else { throw SearchError.queryTooLong }
        if let since = request.filters.since, let until = request.filters.until, since >= until {
            throw SearchError.badRange
        }
        let id = newID()
        var request = request
        request.text = text
        let segmenter = try await vocabulary.segmenter()
        let typed = segmenter.query(text)
        var results = try await run(typed, request, id: id, viewer: viewer, segmenter: segmenter)
        if results.count == 0 && request.page.cursor == nil {
            if let corrected = try await corrected(results.query, segmenter: segmenter) {
                var retried = try await run(corrected, request, id: id, viewer: viewer, segmenter: segmenter)
                if retried.count > 0 {
                    retried.correctedQuery = corrected.text
                    results = retried
                }
            }
            if results.count == 0 { results.suggestions = try await suggestions(after: results.query) }
        }
        try await record(results, typed: typed, by: viewer)
        return results
    }

    /// The query `text` makes: cut by the segmenter that knows the platform's names, as ``search(_:by:)`` cuts it.
    public func query(_ text: String) async throws -> SearchQuery {
        try await vocabulary.segmenter().query(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func run(
        _ query: SearchQuery, _ request: SearchRequest, id: Int64, viewer: UserID?, segmenter: Segmenter
    ) async throws -> SearchResults {
        var results = SearchResults(id: id, request: request, query: query)
        guard !query.isEmpty else { return results }
        switch request.kind {
        case .note: try await searchNotes(into: &results, viewer: viewer, segmenter: segmenter)
        case .product:
            try await searchOthers(into: &results, find: store.products) { ids, page in
                let found = Dictionary(uniqueKeysWithValues: try await products.products(ids).map { ($0.id, $0) })
                return page.compactMap { entry in
                    found[entry.match.id].map {
                        ProductResult(
                            product: $0,
                            name: Highlighted(text: $0.name, spans: segmenter.highlights(in: $0.name, for: query)),
                            score: entry.score, explanation: request.explain ? entry.explanation : nil)
                    }
                }
            } store: {
                $0.products = $1
            }
        case .user:
            try await searchOthers(into: &results, find: store.users) { ids, page in
                let found = Dictionary(uniqueKeysWithValues: try await users.users(ids).map { ($0.id, $0) })
                return page.compactMap { entry in
                    found[entry.match.id].map {
                        let name = "\($0.displayName) @\($0.handle)"
                        return UserResult(
                            user: $0, name: Highlighted(text: name, spans: segmenter.highlights(in: name, for: query)),
                            followers: entry.match.popularity, score: entry.score,
                            explanation: request.explain ? entry.explanation : nil)
                    }
                }
            } store: {
                $0.users = $1
            }
        case .topic: try await searchTopics(into: &results, segmenter: segmenter)
        }
        return results
    }

    private func searchNotes(into results: inout SearchResults, viewer: UserID?, segmenter: Segmenter) async throws {
        let request = results.request
        let query = results.query
        let limit = request.page.limit
        var page: [(match: NoteMatch, score: Double, explanation: ScoreExplanation?)]
        if request.sort == .latest, let cursor = request.page.cursor {
            // `b<id>-<offset>`: the notes before that id, and how many came before them.
            let parts = cursor.rawValue.dropFirst().split(separator: "-")
            guard cursor.rawValue.first == "b", parts.count == 2, let before = Int64(parts[0]),
                let offset = Int(parts[1]), offset >= 0
            else { throw CursorError() }
            results.offset = offset
            let matches = try await store.notes(
                matching: query, filters: request.filters, before: NoteID(before), depth: limit + 1)
            page = matches.map { ($0, 0, nil) }
            results.next =
                page.count > limit
                ? Cursor(rawValue: "b\(page[limit - 1].match.id.rawValue)-\(offset + limit)") : nil
            page = Array(page.prefix(limit))
            results.total = 0
            results.totalIsExact = false
        } else {
            let matches = try await store.notes(matching: query, filters: request.filters, before: nil, depth: depth)
            try await estimateTotal(of: matches, into: &results)
            var personal: [TagID: Double] = [:]
            if request.sort == .relevance, let viewer {
                personal = SearchInterests.weights(try await store.recentLikes(of: viewer), now: now())
            }
            // Tags whose name or alias is the whole query.
            let named = try await vocabulary.tags(named: SuggestionKey.of(request.text))
            let platform = try await vocabulary.platform()
            var scored = ranking.score(matches, interests: personal, named: named, platform: platform, now: now()).map {
                (match: $0.match, score: $0.score, explanation: Optional($0.explanation))
            }
            switch request.sort {
            case .relevance: scored.sort { ($0.score, $0.match.id.rawValue) > ($1.score, $1.match.id.rawValue) }
            case .popular: scored.sort { ($0.match.likes, $0.score) > ($1.match.likes, $1.score) }
            case .latest: break
            }
            let offset = try request.page.cursor.map { Int(try Self.decode($0, prefix: "o")) } ?? 0
            guard offset >= 0 else { throw CursorError() }
            results.offset = offset
            page = Array(scored.dropFirst(offset).prefix(limit))
            if offset + limit < scored.count {
                results.next = Cursor(
                    rawValue: request.sort == .latest
                        ? "b\(page[page.count - 1].match.id.rawValue)-\(offset + limit)" : "o\(offset + limit)")
            }
        }
        // The page's notes and their authors, read side by side.
        let noteIDs = page.map(\.match.id)
        let authorIDs = Array(Set(page.map(\.match.author)))
        async let pageNotes = notes.notes(noteIDs)
        async let pageAuthors = users.users(authorIDs)
        let found = Dictionary(uniqueKeysWithValues: try await pageNotes.map { ($0.id, $0) })
        let authors = Dictionary(uniqueKeysWithValues: try await pageAuthors.map { ($0.id, $0) })
        results.notes = page.compactMap { entry in
            guard let note = found[entry.match.id] else { return nil }
            return NoteResult(
                note: note, author: authors[note.author],
                title: Highlighted(text: note.title, spans: segmenter.highlights(in: note.title, for: query)),
                snippet: segmenter.snippet(of: note.body, for: query), score: entry.score,
                explanation: request.explain ? entry.explanation : nil, likes: entry.match.likes)
        }
    }

    /// The number of matches: exact when fewer than the depth matched, otherwise extrapolated from how far back
    /// in time the newest `depth` matches reach.
    private func estimateTotal(of matches: [NoteMatch], into results: inout SearchResults) async throws {
        guard matches.count >= depth, let newest = matches.first, let oldest = matches.last else {
            results.total = matches.count
            results.totalIsExact = true
            return
        }
        results.totalIsExact = false
        let reached = newest.publishedAt.timeIntervalSince(oldest.publishedAt)
        guard reached > 0, let first = try await store.firstNoteTime() else {
            results.total = matches.count
            return
        }
        let whole = newest.publishedAt.timeIntervalSince(first)
        results.total = max(matches.count, Int((Double(matches.count) * whole / reached).rounded()))
    }

    private func searchOthers<ID, Result: Sendable>(
        into results: inout SearchResults, find: (SearchQuery, Int) async throws -> [OtherMatch<ID>],
        load: ([ID], [(match: OtherMatch<ID>, score: Double, explanation: ScoreExplanation)]) async throws -> [Result],
        store assign: (inout SearchResults, [Result]) -> Void
    ) async throws {
        let request = results.request
        let matches = try await find(results.query, depth)
        var scored = ranking.score(matches)
        switch request.sort {
        case .relevance: scored.sort { $0.score > $1.score }
        case .popular: scored.sort { ($0.match.popularity, $0.score) > ($1.match.popularity, $1.score) }
        case .latest: scored.sort { $0.match.time > $1.match.time }
        }
        let offset = try request.page.cursor.map { Int(try Self.decode($0, prefix: "o")) } ?? 0
        guard offset >= 0 else { throw CursorError() }
        results.offset = offset
        let page = Array(scored.dropFirst(offset).prefix(request.page.limit))
        assign(&results, try await load(page.map(\.match.id), page))
        results.total = matches.count
        results.totalIsExact = matches.count < depth
        if offset + request.page.limit < scored.count {
            results.next = Cursor(rawValue: "o\(offset + request.page.limit)")
        }
    }

    /// Tags of the taxonomy whose names or aliases match, then free #topics, most used first.
    private func searchTopics(into results: inout SearchResults, segmenter: Segmenter) async throws {
        let query = results.query
        let request = results.request
        let offset = try request.page.cursor.map { Int(try Self.decode($0, prefix: "o")) } ?? 0
        guard offset >= 0 else { throw CursorError() }
        results.offset = offset
        let matchedTags = try await tags.search(request.text, limit: 50)
        let topics = try await store.topics(matching: query, depth: depth)
        var scored = ranking.score(topics)
        switch request.sort {
        case .latest: scored.sort { $0.match.time > $1.match.time }
        case .relevance, .popular: scored.sort { ($0.match.popularity, $0.score) > ($1.match.popularity, $1.score) }
        }
        let all: [TopicResult] =
            matchedTags.map {
                TopicResult(
                    tag: $0, name: Highlighted(text: $0.name, spans: segmenter.highlights(in: $0.name, for: query)),
                    notes: nil)
            }
            + scored.map {
                TopicResult(
                    tag: nil,
                    name: Highlighted(text: $0.match.id, spans: segmenter.highlights(in: $0.match.id, for: query)),
                    notes: $0.match.popularity)
            }
        results.topics = Array(all.dropFirst(offset).prefix(request.page.limit))
        results.total = all.count
        results.totalIsExact = topics.count < depth
        if offset + request.page.limit < all.count {
            results.next = Cursor(rawValue: "o\(offset + request.page.limit)")
        }
    }

    static func decode(_ cursor: Cursor, prefix: Character) throws -> Int64 {
        guard cursor.rawValue.first == prefix, let value = Int64(cursor.rawValue.dropFirst()) else {
            throw CursorError()
        }
        return value
    }

    // MARK: Corrections and suggestions

    /// The query with its unknown Latin words spelled as the closest known names, if any changed.
    private func corrected(_ query: SearchQuery, segmenter: Segmenter) async throws -> SearchQuery? {
        let words = query.words
        guard !words.isEmpty else { return nil }
        let corrector = try await vocabulary.corrector()
        var changed = false
        let tokens = segmenter.tokens(query.text).map { token -> String in
            if let better = corrector.correction(of: token.text) {
                changed = true
                return better
            }
            return token.text
        }
        return changed ? segmenter.query(tokens.joined(separator: " ")) : nil
    }

    /// Completions for what someone is typing: popular queries that found something, and tag, brand and
    /// product names, in Chinese and Latin.
    public func suggest(_ prefix: String, limit: Int = 8) async throws -> [Suggestion] {
        let key = SuggestionKey.of(prefix)
        guard !key.isEmpty else { return [] }
        guard key.count <= SearchError.queryLimit else { throw SearchError.queryTooLong }
        return try await store.suggestions(startingWith: key, limit: min(max(limit, 1), 20))
    }

    /// What to offer when a query found nothing: completions of its first characters, then popular queries.
    private func suggestions(after query: SearchQuery) async throws -> [Suggestion] {
        var offered: [Suggestion] = []
        let key = SuggestionKey.of(query.text)
        if let first = key.first {
            let head = first.isASCII ? String(key.prefix(3)) : String(first)
            offered += try await completions.value(for: head, at: now()) {
                try await store.suggestions(startingWith: head, limit: 5)
            }
        }
        let today = now()
        let popular = try await popular.value(at: today) {
            try await store.queries(
                since: today.addingTimeInterval(-7 * 86_400), until: today, noHitsOnly: false, limit: 10)
        }
        for stats in popular
        where !offered.contains(where: { SuggestionKey.of($0.text) == stats.query }) && offered.count < 8 {
            offered.append(Suggestion(text: stats.query, kind: .query, weight: stats.searches))
        }
        return offered
    }

    // MARK: Analytics

    /// The search event (query, kind, results shown with their positions) and the query's counts.
    /// Counted under the query as typed (a misspelt query that was corrected still counts as itself).
    private func record(_ results: SearchResults, typed: SearchQuery, by viewer: UserID?) async throws {
        let offset = results.offset
        let shown: [String] =
            results.notes.map { "note:\($0.note.id)" } + results.products.map { "product:\($0.product.id)" }
            + results.users.map { "user:\($0.user.id)" }
            + results.topics.map { $0.tag.map { "tag:\($0.id)" } ?? "topic:\($0.name.text)" }
        var context: [String: String] = [
            "query": results.request.text, "normalized": typed.normalized,
            "type": results.request.kind.rawValue, "sort": results.request.sort.rawValue,
            "hits": String(results.total),
            "results": shown.enumerated().map { "\($1)@\(offset + $0 + 1)" }.joined(separator: ","),
        ]
        if let corrected = results.correctedQuery { context["corrected"] = corrected }
        try await events.record(.search, by: viewer, on: .search(results.id), context: context)
        // Operators count searches, not pages: a next page is an event but not another search.
        guard results.request.page.cursor == nil else { return }
        let record = SearchRecord(
            id: results.id, query: typed.normalized, kind: results.request.kind,
            at: now().truncatedToMilliseconds, user: viewer, hits: results.total,
            corrected: results.correctedQuery != nil)
        if let recorder { await recorder.add(record) } else { try await store.record([record]) }
    }

    /// Records a click on a result of the search `id` at `position` (1-based).
    /// - Throws: ``SearchError`` when the search is unknown or the position is not positive.
    public func click(search id: Int64, position: Int, on subject: Event.Subject, by viewer: UserID?) async throws {
        guard position > 0, position <= 10_000 else { throw SearchClickError.positionInvalid }
        var found = try await store.recordClick(search: id, at: now().truncatedToMilliseconds)
        if !found, let recorder, await recorder.pending > 0 {
            // The search may still be waiting to be written.
            try await recorder.flush()
            found = try await store.recordClick(search: id, at: now().truncatedToMilliseconds)
        }
        guard found else { throw SearchClickError.unknownSearch }
        try await events.record(
            .searchClick, by: viewer, on: subject, context: ["searchId": String(id), "position": String(position)])
    }

    /// Top queries, queries that found nothing, and click-through by query, over `since..<until` (by default the
    /// seven days up to now).
    /// - Throws: ``SearchClickError/notOperator`` unless `user` is an operator.
    public func report(since: Date? = nil, until: Date? = nil, limit: Int = 50, by user: User) async throws
        -> SearchReport
    {
        guard operators.contains(user.handle) else { throw SearchClickError.notOperator }
        let until = until ?? now().addingTimeInterval(1)
        let since = since ?? until.addingTimeInterval(-7 * 86_400)
        guard since < until else { throw SearchError.badRange }
        let limit = min(max(limit, 1), 200)
        return SearchReport(
            since: since, until: until,
            top: try await store.queries(since: since, until: until, noHitsOnly: false, limit: limit),
            noHits: try await store.queries(since: since, until: until, noHitsOnly: true, limit: limit))
    }

    /// Writes the searches counted but not yet written (a no-op when unbuffered).
    public func flush() async throws { try await recorder?.flush() }

    /// Whether `user` may read search analytics.
    public func isOperator(_ user: User) -> Bool { operators.contains(user.handle) }

    /// Offers names to complete: every tag (name, English name, aliases), brand and product.
    public func offer(_ suggestions: [Suggestion]) async throws {
        try await store.offer(suggestions)
        await vocabulary.invalidate()
        await completions.invalidate()
    }
}

/// What operators see of searches over a period.
public struct SearchReport: Sendable {
    public let since: Date
    public let until: Date
    /// Queries by number of searches (with their no-hit and click counts: click-through by query).
    public let top: [QueryStats]
    /// Queries that found nothing, most frequent first.
    public let noHits: [QueryStats]
}

public enum SearchClickError: DomainError, Equatable {
    case unknownSearch
    case positionInvalid
    case notOperator

    public var kind: DomainErrorKind {
        switch self {
        case .unknownSearch: .notFound
        case .positionInvalid: .invalid
        case .notOperator: .forbidden
        }
    }

    public var code: String {
        switch self {
        case .unknownSearch: "search.not_found"
        case .positionInvalid: "search.position_invalid"
        case .notOperator: "search.operators_only"
        }
    }

    public var message: String {
        switch self {
        case .unknownSearch: "There is no such search."
        case .positionInvalid: "A result's position is a whole number from 1."
        case .notOperator: "Only operators can read search analytics."
        }
    }
}

extension Event.Subject {
    public static func search(_ id: Int64) -> Event.Subject { Event.Subject(type: "search", id: id) }
}

/// What Hongshu knows of the names people search for (tag names and aliases, brand and product names): the
/// segmenter queries are cut with (the bundled dictionary extended with them), the spelling corrector, and tags by
/// name; and the platform's engagement per read. Rebuilt in the background at most every ten minutes, and at once after ``Searches/offer(_:)``.
actor VocabularyCache {
    let store: any SearchStore
    let tagStore: any TagStore
    let base: Segmenter
    struct Built {
        let segmenter: Segmenter
        let corrector: SpellingCorrector
        let tags: [String: Set<TagID>]
        /// The platform's engagement, the prior of every note's quality.
        let platform: AuthorRecord
        let at: ContinuousClock.Instant
    }

    private var current: Built?
    private var refreshing = false

    init(store: any SearchStore, tags: any TagStore, base: Segmenter) {
        self.store = store
        self.tagStore = tags
        self.base = base
    }

    func segmenter() async throws -> Segmenter { try await latest().segmenter }

    func corrector() async throws -> SpellingCorrector { try await latest().corrector }

    /// The tags with this folded name, English name or alias (see ``SuggestionKey``).
    func tags(named key: String) async throws -> Set<TagID> { try await latest().tags[key] ?? [] }

    /// What every author's notes together have received.
    func platform() async throws -> AuthorRecord { try await latest().platform }

    private func latest() async throws -> Built {
        guard let current else {
            let built = try await build()
            self.current = built
            return built
        }
        if current.at.duration(to: .now) > .seconds(600) && !refreshing {
            refreshing = true
            Task { await self.refresh() }
        }
        return current
    }

    func invalidate() { current = nil }

    private func refresh() async {
        if let built = try? await build() { current = built }
        refreshing = false
    }

    private func build() async throws -> Built {
        let names = try await store.names()
        let words = names.map(\.text).filter { name in
            name.unicodeScalars.contains { TokenBuilder.isIdeograph($0.value) } && name.unicodeScalars.count <= 12
                && !name.contains(" ")
        }
        var tags: [String: Set<TagID>] = [:]
        for tag in try await tagStore.all() {
            for name in [tag.name, tag.englishName] + tag.aliases where !name.isEmpty {
                tags[SuggestionKey.of(name), default: []].insert(tag.id)
            }
        }
        return Built(
            segmenter: Segmenter(dictionary: base.dictionary, extraWords: words),
            corrector: SpellingCorrector(names: names), tags: tags, platform: try await store.engagementReceived(),
            at: .now)
    }
}
