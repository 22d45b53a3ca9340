import Foundation
import HongshuCore

/// The feeds: discovery (personalised, explainable), following (newest first) and nearby.
public struct Feeds: Sendable {
    let store: any DiscoveryStore
    public let profiles: InterestProfiles
    public let builder: FeedBuilder
    let shared: SharedSignals
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    /// A kept feed holds this many notes (then a fresh one is made, still without repeats).
    public static let depth = 200
    /// Shown notes are forgotten after this long…
    public static let memory: TimeInterval = 7 * 86_400
    /// …and kept feeds after this long (a cursor older than a day starts a new feed).
    public static let feedLifetime: TimeInterval = 86_400

    public init(
        store: any DiscoveryStore, profiles: InterestProfiles, builder: FeedBuilder = FeedBuilder(),
        now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> Int64
    ) {
        self.store = store
        self.profiles = profiles
        self.builder = builder
        self.shared = SharedSignals(store: store)
        self.now = now
        self.newID = newID
    }

    // MARK: Discover

    /// A page of the discovery feed. The first page ranks a fresh feed and keeps it; the cursor walks through it,
    /// so pages never overlap and reading one again gives the same notes. Notes on a page are remembered as
    /// shown to a signed-in reader (not shown again for 7 days while others remain).
    /// - Throws: `CursorError` for a cursor this server did not make (one of a feed forgotten or of someone
    ///   else starts a new feed).
    public func discover(for viewer: UserID?, page: PageRequest) async throws -> Page<NoteID> {
        var feed: RankedFeed
        var offset = 0
        if let cursor = page.cursor {
            let position = try FeedCursor(cursor)
            if let kept = try await store.feed(position.feed, of: viewer) {
                feed = kept
                offset = position.offset
            } else {  // forgotten (older than a day): a new feed, still without what was shown
                feed = try await rank(for: viewer)
            }
            if offset >= feed.notes.count {  // read to its end: continue with a new one
                feed = try await rank(for: viewer)
                offset = 0
            }
        } else {
            feed = try await rank(for: viewer)
        }
        let items = Array(feed.notes.dropFirst(offset).prefix(page.limit))
        if let viewer, !items.isEmpty { try await store.markSeen(items, by: viewer, at: now().truncatedToMilliseconds) }
        let end = offset + items.count
        let next = items.isEmpty ? nil : FeedCursor(feed: feed.id, offset: end).cursor
        return Page(items: items, next: next)
    }

    private func profile(of viewer: UserID?) async throws -> InterestProfile {
        guard let viewer else { return .empty }
        return try await profiles.profile(of: viewer)
    }

    private func rank(for viewer: UserID?) async throws -> RankedFeed {
        let at = now().truncatedToMilliseconds
        // Signed-out visitors share one feed for a minute (it has no profile and remembers nothing).
        if viewer == nil, let shared = await shared.anonymousFeed(at: at) { return shared }
        let profile = try await profile(of: viewer)
        let notes = try await builder.build(
            for: viewer, profile: profile, taxonomy: try await profiles.taxonomyMap(), source: shared, now: at,
            limit: Self.depth)
        let feed = RankedFeed(id: newID(), user: viewer, createdAt: at, notes: notes.map(\.id))
        try await store.saveFeed(feed)
        if viewer == nil { await shared.keepAnonymousFeed(feed) }
        return feed
    }

    // MARK: Explain

    /// Why `note` is (or would be) in `viewer`'s feed: its score's parts and what in their profile it matched.
    /// - Throws: ``DiscoveryError/noteNotFound(_:)``.
    public func explain(_ note: NoteID, for viewer: UserID?) async throws -> FeedExplanation {
        guard let facts = try await store.noteFacts([note]).first else { throw DiscoveryError.noteNotFound(note) }
        let at = now()
        let profile = try await profile(of: viewer)
        var followed = false
        if let viewer {
            followed = try await store.followees(of: viewer, limit: builder.depth.followees).contains(facts.author)
        }
        let prior = builder.ranking.engagement.priorRate(platform: try await shared.platformRecord())
        let score = builder.ranking.score(
            facts, profile: profile, taxonomy: try await profiles.taxonomyMap(), followed: followed, prior: prior,
            now: at)
        var reasons = score.reasons
        let trending = try await shared.trending(
            since: at.addingTimeInterval(-builder.depth.trendingWindow), limit: 100)
        if let hot = trending.first(where: { $0.note == note }) {
            reasons.append(FeedReason(kind: .trending, weight: Double(hot.engagements)))
        }
        if builder.ranking.isFresh(facts, now: at) { reasons.append(FeedReason(kind: .fresh, weight: 1)) }
        return FeedExplanation(note: facts, score: score, reasons: reasons, personal: viewer != nil)
    }

    // MARK: Following and nearby

    /// Notes by the people `viewer` follows, newest first.
    public func following(for viewer: UserID, page: PageRequest) async throws -> Page<NoteID> {
        try await store.following(of: viewer, page: page)
    }

    /// Notes near a place: in a city (newest first), or within a radius of a point (nearest first).
    /// - Throws: ``DiscoveryError`` for a place out of range, `CursorError` for a bad cursor.
    public func nearby(_ place: NearbyPlace, page: PageRequest) async throws -> Page<NearbyNote> {
        switch place {
        case .city(let name):
            let city = name.trimmed
            guard !city.isEmpty, city.count <= 40 else { throw DiscoveryError.city }
            return try await store.notes(inCity: city, page: page).map { NearbyNote(note: $0, meters: nil) }
        case .point(let latitude, let longitude, let radius):
            guard (-90...90).contains(latitude), (-180...180).contains(longitude) else {
                throw DiscoveryError.coordinates
            }
            guard (100...NearbyPlace.maximumRadius).contains(radius) else { throw DiscoveryError.radius }
            let after = try page.cursor.map(DistanceKey.init)
            let box = GeoBox.around(latitude: latitude, longitude: longitude, meters: radius)
            let found = try await store.notes(within: box, limit: 5_000)
                .map { ($0.note, GeoBox.meters(from: (latitude, longitude), to: ($0.latitude, $0.longitude))) }
                .filter { $0.1 <= radius }
                .map { DistanceKey(meters: Int64($0.1.rounded()), id: $0.0.rawValue) }
                .sorted { ($0.meters, $0.id) < ($1.meters, $1.id) }
                .filter { key in after.map { (key.meters, key.id) > ($0.meters, $0.id) } ?? true }
            let items = Array(found.prefix(page.limit))
            let next = found.count > page.limit ? items.last?.cursor : nil
            return Page(
                items: items.map { NearbyNote(note: NoteID($0.id), meters: Double($0.meters)) }, next: next)
        }
    }

    /// Forgets kept feeds older than a day, shown notes older than a week, and interests that have faded.
    @discardableResult
    public func prune() async throws -> Int {
        let at = now()
        let feeds = try await store.pruneFeeds(
            madeBefore: at.addingTimeInterval(-Self.feedLifetime), shownBefore: at.addingTimeInterval(-Self.memory))
        return feeds + (try await profiles.prune())
    }
}

/// Where to look for nearby notes.
public enum NearbyPlace: Hashable, Sendable {
    case city(String)
    /// Degrees, and a radius in metres.
    case point(latitude: Double, longitude: Double, radius: Double)

    public static let defaultRadius = 5_000.0
    public static let maximumRadius = 50_000.0
}

/// A nearby note, and how far it is when the place was a point.
public struct NearbyNote: Hashable, Sendable {
    public let note: NoteID
    public let meters: Double?
}

/// Why a note is in someone's feed.
public struct FeedExplanation: Sendable {
    public let note: NoteFacts
    public let score: FeedScore
    public let reasons: [FeedReason]
    /// `false` for a signed-out visitor (no profile: quality and freshness only).
    public let personal: Bool
}

public enum DiscoveryError: DomainError, Equatable {
    case noteNotFound(NoteID)
    case tooManyPicks(Int)
    case city
    case coordinates
    case radius

    public var kind: DomainErrorKind {
        switch self {
        case .noteNotFound: .notFound
        case .tooManyPicks, .city, .coordinates, .radius: .invalid
        }
    }

    public var code: String {
        switch self {
        case .noteNotFound: "note.not_found"
        case .tooManyPicks: "interests.too_many"
        case .city: "nearby.city"
        case .coordinates: "nearby.coordinates"
        case .radius: "nearby.radius"
        }
    }

    public var message: String {
        switch self {
        case .noteNotFound(let id): "Note \(id) does not exist."
        case .tooManyPicks(let count):
            "Pick at most \(InterestProfiles.maximumPicks) interests (\(count) were picked)."
        case .city: "Give a city of 1 to 40 characters."
        case .coordinates: "Latitude must be within -90…90 and longitude within -180…180."
        case .radius: "The radius must be 100 to 50,000 metres."
        }
    }
}

/// A position in a kept feed: which feed, and how far into it.
struct FeedCursor {
    let feed: Int64
    let offset: Int

    var cursor: Cursor { Cursor(rawValue: "f\(String(feed, radix: 36))_\(String(offset, radix: 36))") }

    init(feed: Int64, offset: Int) {
        self.feed = feed
        self.offset = offset
    }

    init(_ cursor: Cursor) throws {
        let text = cursor.rawValue
        guard text.first == "f", let split = text.firstIndex(of: "_"),
            let feed = Int64(text[text.index(after: text.startIndex)..<split], radix: 36),
            let offset = Int(text[text.index(after: split)...], radix: 36), offset >= 0, offset <= Feeds.depth
        else { throw CursorError() }
        self.init(feed: feed, offset: offset)
    }
}

/// The keyset of nearest-first lists: metres, then id (ascending).
struct DistanceKey {
    let meters: Int64
    let id: Int64

    init(meters: Int64, id: Int64) {
        self.meters = meters
        self.id = id
    }

    var cursor: Cursor { Cursor(rawValue: "d\(String(meters, radix: 36))_\(String(id, radix: 36))") }

    init(_ cursor: Cursor) throws {
        let text = cursor.rawValue
        guard text.first == "d", let split = text.firstIndex(of: "_"),
            let meters = Int64(text[text.index(after: text.startIndex)..<split], radix: 36),
            let id = Int64(text[text.index(after: split)...], radix: 36)
        else { throw CursorError() }
        self.init(meters: meters, id: id)
    }
}

extension GeoBox {
    static let earthRadius = 6_371_000.0

    /// The box holding every point within `meters` of a point (longitudes widen towards the poles).
    static func around(latitude: Double, longitude: Double, meters: Double) -> GeoBox {
        let latitudeSpan = meters / earthRadius * 180 / .pi
        let cosine = max(cos(latitude * .pi / 180), 0.01)
        let longitudeSpan = min(180, latitudeSpan / cosine)
        return GeoBox(
            latitudes: max(-90, latitude - latitudeSpan)...min(90, latitude + latitudeSpan),
            longitudes: max(-180, longitude - longitudeSpan)...min(180, longitude + longitudeSpan))
    }

    /// The great-circle distance between two points, in metres (haversine).
    static func meters(from a: (Double, Double), to b: (Double, Double)) -> Double {
        let radians = Double.pi / 180
        let dLatitude = (b.0 - a.0) * radians
        let dLongitude = (b.1 - a.1) * radians
        let h =
            sin(dLatitude / 2) * sin(dLatitude / 2) + cos(a.0 * radians) * cos(b.0 * radians) * sin(dLongitude / 2)
            * sin(dLongitude / 2)
        return 2 * earthRadius * asin(min(1, sqrt(h)))
    }
}

/// The store as the feed reads it, with what everyone shares (trending notes, the platform's record) kept for a
/// minute instead of computed per request.
actor SharedSignals: FeedSource {
    let store: any DiscoveryStore
    /// Trending notes by the minute their window starts (so a feed clock moved by tests reads them again).
    let trendingNotes = Expiring<Int64, [(note: NoteID, engagements: Int)]>(
        lifetime: SharedSignals.lifetime, capacity: 4)
    let platform = Expiring<Bool, AuthorRecord>(lifetime: SharedSignals.lifetime)
    var anonymous: RankedFeed?
    static let lifetime: TimeInterval = 60

    /// The feed made for signed-out visitors in the last minute (by the feed's own clock), if any.
    func anonymousFeed(at time: Date) -> RankedFeed? {
        guard let anonymous, abs(time.timeIntervalSince(anonymous.createdAt)) < Self.lifetime else { return nil }
        return anonymous
    }

    func keepAnonymousFeed(_ feed: RankedFeed) { anonymous = feed }

    init(store: any DiscoveryStore) { self.store = store }

    nonisolated func trending(since: Date, limit: Int) async throws -> [(note: NoteID, engagements: Int)] {
        let store = store
        let notes = try await trendingNotes.value(for: Int64(since.timeIntervalSince1970 / 60), at: Date()) {
            try await store.trending(since: since, limit: max(limit, 100))
        }
        return Array(notes.prefix(limit))
    }

    nonisolated func platformRecord() async throws -> AuthorRecord {
        let store = store
        return try await platform.value(at: Date()) { try await store.platformRecord() }
    }

    nonisolated func noteFacts(_ ids: [NoteID]) async throws -> [NoteFacts] { try await store.noteFacts(ids) }
    nonisolated func latest(tagged tag: TagID, in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        try await store.latest(tagged: tag, in: window, limit: limit)
    }
    nonisolated func latest(by authors: [UserID], in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        try await store.latest(by: authors, in: window, limit: limit)
    }
    nonisolated func latest(in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        try await store.latest(in: window, limit: limit)
    }
    nonisolated func followees(of user: UserID, limit: Int) async throws -> [UserID] {
        try await store.followees(of: user, limit: limit)
    }
    nonisolated func blocked(around user: UserID) async throws -> Set<UserID> {
        try await store.blocked(around: user)
    }
    nonisolated func seen(by user: UserID, since: Date) async throws -> Set<NoteID> {
        try await store.seen(by: user, since: since)
    }
}
