import Foundation
import HongshuCore

/// Where discovery keeps interest profiles and what feeds showed; as a ``FeedSource``, where it finds candidate
/// notes. Each backend implements it; deleted notes never come back from it.
public protocol DiscoveryStore: FeedSource {
    // MARK: Interests

    /// Adds each increment to the stored weight of its person and key (``DecayedWeight/adding(_:halfLife:)``),
    /// in one transaction.
    func addInterests(_ increments: [InterestIncrement], halfLife: TimeInterval) async throws
    /// A person's stored interests.
    func interests(of user: UserID) async throws -> [InterestWeight]
    /// Replaces every stored interest (a rebuild from the event log) — `clear` first, then batches.
    func replaceInterests(_ weights: [(user: UserID, interest: InterestWeight)], clear: Bool) async throws
    /// Forgets interests worth less than `threshold` at `now`; returns how many went.
    func pruneInterests(below threshold: Double, now: Date, halfLife: TimeInterval) async throws -> Int

    // MARK: What events and candidates are about

    /// Live notes after `id` in id order (a scan of every note, for rebuilds and evaluation).
    func noteFacts(after id: NoteID?, limit: Int) async throws -> [NoteFacts]
    /// The tags of products.
    func productTags(_ ids: [ProductID]) async throws -> [ProductID: [TagID]]
    /// The products of orders.
    func orderProducts(_ ids: [OrderID]) async throws -> [OrderID: [ProductID]]

    // MARK: The follow and nearby feeds

    /// Live notes by people `user` follows, newest first.
    func following(of user: UserID, page: PageRequest) async throws -> Page<NoteID>
    /// Live notes placed in a city (its name in any case), newest first.
    func notes(inCity city: String, page: PageRequest) async throws -> Page<NoteID>
    /// Live notes placed within a box of latitudes and longitudes (the caller orders them by distance).
    func notes(within box: GeoBox, limit: Int) async throws -> [(note: NoteID, latitude: Double, longitude: Double)]

    // MARK: What feeds showed

    /// Remembers that these notes were shown to `user` at `at`.
    func markSeen(_ notes: [NoteID], by user: UserID, at: Date) async throws
    /// Keeps a ranked feed so its pages stay stable.
    func saveFeed(_ feed: RankedFeed) async throws
    /// A kept feed of `user`.
    func feed(_ id: Int64, of user: UserID?) async throws -> RankedFeed?
    /// Forgets feeds made before `made` and notes shown before `shown`; returns how many rows went.
    func pruneFeeds(madeBefore made: Date, shownBefore shown: Date) async throws -> Int
}

/// A box of latitudes and longitudes (degrees).
public struct GeoBox: Hashable, Sendable {
    public let latitudes: ClosedRange<Double>
    public let longitudes: ClosedRange<Double>

    public init(latitudes: ClosedRange<Double>, longitudes: ClosedRange<Double>) {
        self.latitudes = latitudes
        self.longitudes = longitudes
    }
}

/// A ranked feed as it was made for one person (or for a signed-out visitor), kept so its pages stay stable.
public struct RankedFeed: Hashable, Sendable {
    public let id: Int64
    public let user: UserID?
    public let createdAt: Date
    /// The notes in order, pages of ``Feeds/pageSize`` already diversified.
    public let notes: [NoteID]

    public init(id: Int64, user: UserID?, createdAt: Date, notes: [NoteID]) {
        self.id = id
        self.user = user
        self.createdAt = createdAt
        self.notes = notes
    }
}
