import Commerce
import Community
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore
import Insights
import Search

/// The domain operations over fresh in-memory SQLite stores, a fixed clock, counting ids
/// and fast bcrypt: what domain tests use (no HTTP involved).
public struct TestDomain: Sendable {
    public let accounts: Accounts
    public let notes: Notes
    public let follows: Follows
    public let taxonomy: Taxonomy
    public let likes: Likes
    public let boards: Boards
    public let comments: Comments
    public let events: EventLog
    public let searches: Searches
    public let clock: TestClock

    public static func make(clock: TestClock = TestClock(), throttle: LoginThrottle.Limits = .standard) async throws
        -> TestDomain
    {
        let backend = try SQLiteBackend(path: nil, recentEvents: 5)
        try await backend.migrate()
        return make(stores: backend.stores, clock: clock, throttle: throttle)
    }

    /// The operations over the given stores (of either backend).
    public static func make(stores: Stores, clock: TestClock = TestClock(), throttle: LoginThrottle.Limits = .standard)
        -> TestDomain
    {
        let ids = CountingIDs()
        let now: @Sendable () -> Date = { clock.now }
        let events = EventLog(store: stores.events, now: now, newID: ids.next)
        return TestDomain(
            accounts: Accounts(
                users: stores.users, sessions: stores.sessions, hasher: BcryptHasher(cost: 4),
                throttle: LoginThrottle(limits: throttle), now: now, newID: ids.next),
            notes: Notes(store: stores.notes, users: stores.users, tags: stores.tags, now: now, newID: ids.next),
            follows: Follows(store: stores.follows, users: stores.users, now: now),
            taxonomy: Taxonomy(store: stores.tags),
            likes: Likes(store: stores.likes, notes: stores.notes, now: now),
            boards: Boards(store: stores.boards, notes: stores.notes, now: now, newID: ids.next),
            comments: Comments(
                store: stores.comments, notes: stores.notes, users: stores.users, now: now, newID: ids.next),
            events: events,
            searches: Searches(
                store: stores.search, notes: stores.notes, users: stores.users, products: stores.commerce.products,
                tags: stores.tags, events: events, depth: 50, operators: ["operator"], now: now, newID: ids.next),
            clock: clock)
    }

    /// Signs up a user with the password `password-HANDLE`.
    public func signUp(_ handle: String) async throws -> User {
        try await accounts.signUp(handle: handle, displayName: handle, password: "password-\(handle)")
    }
}
