import Foundation
import HongshuCore

/// Where the feed finds candidates and what it knows about them. The store is one; the offline evaluation keeps
/// another in memory, cut at the held-out day, so the same ranking code runs on both.
public protocol FeedSource: Sendable {
    /// The live notes among `ids` with their counters and their authors' records, in no particular order.
    func noteFacts(_ ids: [NoteID]) async throws -> [NoteFacts]
    /// What every author's notes received, summed: the platform's record.
    func platformRecord() async throws -> AuthorRecord
    /// The newest live notes under a tag (or its descendants) published in `window`, newest first.
    func latest(tagged tag: TagID, in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID]
    /// The newest live notes by any of `authors` published in `window`, newest first.
    func latest(by authors: [UserID], in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID]
    /// The newest live notes published in `window`, newest first.
    func latest(in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID]
    /// Notes with the most likes, collects, comments and shares (events) since `since`, most first.
    func trending(since: Date, limit: Int) async throws -> [(note: NoteID, engagements: Int)]
    /// Whom a person follows (most recent first, at most `limit`).
    func followees(of user: UserID, limit: Int) async throws -> [UserID]
    /// People a person blocked or who blocked them.
    func blocked(around user: UserID) async throws -> Set<UserID>
    /// The notes shown to `user` since `since`.
    func seen(by user: UserID, since: Date) async throws -> Set<NoteID>
}

/// How many candidates the feed gathers from each source.
public struct CandidateDepth: Hashable, Sendable {
    /// The strongest interest tags to look under, and how many notes under each.
    public var tags = 8
    public var perTag = 60
    public var followees = 300
    public var followed = 100
    public var trending = 100
    public var fresh = 100
    /// Candidates are notes of the last `window`; follows' notes of the last `followWindow`.
    public var window: TimeInterval = 30 * 86_400
    public var followWindow: TimeInterval = 14 * 86_400
    public var trendingWindow: TimeInterval = 48 * 3_600
    public var freshWindow: TimeInterval = 48 * 3_600
    /// Notes shown in this long are not shown again while others remain.
    public var seenWindow: TimeInterval = 7 * 86_400

    public init() {}
}

/// Gathers, scores and lays out one person's discovery feed. Pure apart from reading its source.
public struct FeedBuilder: Sendable {
    public var ranking: FeedRanking
    public var depth: CandidateDepth

    public init(ranking: FeedRanking = FeedRanking(), depth: CandidateDepth = CandidateDepth()) {
        self.ranking = ranking
        self.depth = depth
    }

    /// The ranked, diversified feed for `user` (a signed-out visitor when `nil`) at `now`, at most `limit` notes.
    public func build(
        for user: UserID?, profile: InterestProfile, taxonomy: TaxonomyMap, source: any FeedSource, now: Date,
        limit: Int
    ) async throws -> [NoteFacts] {
        let window = now.addingTimeInterval(-depth.window)...now
        var candidates: [NoteID] = []
        var followees: Set<UserID> = []
        var blocked: Set<UserID> = []
        var seen: Set<NoteID> = []
        if let user {
            let following = try await source.followees(of: user, limit: depth.followees)
            followees = Set(following)
            blocked = try await source.blocked(around: user)
            seen = try await source.seen(by: user, since: now.addingTimeInterval(-depth.seenWindow))
            if !following.isEmpty {
                candidates += try await source.latest(
                    by: following, in: now.addingTimeInterval(-depth.followWindow)...now, limit: depth.followed)
            }
        }
        for (key, _) in profile.top("tag", depth.tags) {
            guard case .tag(let tag) = key else { continue }
            candidates += try await source.latest(tagged: tag, in: window, limit: depth.perTag)
        }
        candidates += try await source.trending(
            since: now.addingTimeInterval(-depth.trendingWindow), limit: depth.trending
        )
        .map(\.note)
        let fresh = try await source.latest(in: now.addingTimeInterval(-depth.freshWindow)...now, limit: depth.fresh)
        candidates += fresh
        let facts = try await source.noteFacts(Array(Set(candidates)))
            .filter { $0.author != user && !blocked.contains($0.author) && $0.publishedAt <= now }
        let prior = ranking.engagement.priorRate(platform: try await source.platformRecord())
        let scored = facts.map { note in
            (
                note: note,
                score: ranking.score(
                    note, profile: profile, taxonomy: taxonomy, followed: followees.contains(note.author),
                    prior: prior, now: now, explain: false
                ).total
            )
        }
        .sorted { $0.score != $1.score ? $0.score > $1.score : $0.note.id > $1.note.id }
        let unseen = scored.filter { !seen.contains($0.note.id) }.map(\.note)
        let freshIDs = Set(fresh)
        let explorers = unseen.filter { freshIDs.contains($0.id) && ranking.isFresh($0, now: now) }
        var feed = ranking.paginate(unseen, explorers: explorers, limit: limit)
        if feed.count < limit {  // everything new has been shown: what was seen comes back, best first
            let again = scored.filter { seen.contains($0.note.id) }.map(\.note)
            feed += ranking.paginate(again, explorers: [], limit: limit - feed.count)
        }
        return feed
    }
}
