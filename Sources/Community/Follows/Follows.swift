import Foundation
import HongshuCore
import Insights

/// One user following another.
public struct Follow: Hashable, Sendable {
    public let follower: User.ID
    public let followee: User.ID
    public let since: Date

    public init(follower: User.ID, followee: User.ID, since: Date) {
        self.follower = follower
        self.followee = followee
        self.since = since
    }

    /// The keyset follower lists are ordered by (newest first).
    public func timeKey(listing side: KeyPath<Follow, User.ID>) -> TimeKey {
        TimeKey(time: since, id: self[keyPath: side].rawValue)
    }
}

/// Where the follow graph is kept. Each backend implements it; counts change in the same
/// transaction as the edge, so they stay exact.
public protocol FollowStore: Sendable {
    /// Adds the edges that do not exist yet and counts them, in one transaction; returns how many were new.
    func insert(contentsOf follows: [Follow]) async throws -> Int
    /// Removes the edge; `false` if there was none.
    func delete(follower: User.ID, followee: User.ID) async throws -> Bool
    func isFollowing(_ follower: User.ID, _ followee: User.ID) async throws -> Bool
    /// Who follows `user`, newest first.
    func followers(of user: User.ID, page: PageRequest) async throws -> Page<Follow>
    /// Whom `user` follows, newest first.
    func following(of user: User.ID, page: PageRequest) async throws -> Page<Follow>
}

public enum FollowError: DomainError, Equatable {
    case cannotFollowSelf

    public var kind: DomainErrorKind { .invalid }
    public var code: String { "follow.self" }
    public var message: String { "You cannot follow yourself." }
}

extension FollowStore {
    /// Adds one edge; `false` (and nothing changes) if it already existed.
    public func insert(_ follow: Follow) async throws -> Bool { try await insert(contentsOf: [follow]) == 1 }
}

/// Following and unfollowing. Both are idempotent.
public struct Follows: Sendable {
    let store: any FollowStore
    let users: any UserStore
    let blocks: (any BlockStore)?
    let notices: Notices?
    let events: EventLog?
    let now: @Sendable () -> Date

    public init(
        store: any FollowStore, users: any UserStore, blocks: (any BlockStore)? = nil, notices: Notices? = nil,
        events: EventLog? = nil, now: @escaping @Sendable () -> Date
    ) {
        self.events = events
        self.notices = notices
        self.store = store
        self.users = users
        self.blocks = blocks
        self.now = now
    }

    /// - Throws: ``FollowError/cannotFollowSelf``, ``AccountError/userNotFound(_:)``.
    public func follow(_ followee: User.ID, by follower: User.ID) async throws {
        guard followee != follower else { throw FollowError.cannotFollowSelf }
        try await requireUser(followee)
        if let blocks, try await blocks.eitherBlocks(follower, followee) { throw BlockError.blocked }
        if try await store.insert(Follow(follower: follower, followee: followee, since: now().truncatedToMilliseconds))
        {
            try await notices?.notify(followee, .follow, by: follower)
            try await events?.record(.follow, by: follower, on: .user(followee))
        }
    }

    /// - Throws: ``AccountError/userNotFound(_:)``.
    public func unfollow(_ followee: User.ID, by follower: User.ID) async throws {
        try await requireUser(followee)
        _ = try await store.delete(follower: follower, followee: followee)
    }

    /// Adds follows made elsewhere (the world generator, an import) with their own times, in one
    /// transaction; existing edges are kept. Returns how many were new.
    /// - Throws: ``FollowError/cannotFollowSelf`` (nothing is added).
    @discardableResult
    public func follow(imported follows: [Follow]) async throws -> Int {
        guard !follows.contains(where: { $0.follower == $0.followee }) else { throw FollowError.cannotFollowSelf }
        let people = Set(follows.flatMap { [$0.follower, $0.followee] })
        let found = Set(try await users.users(Array(people)).map(\.id))
        if let missing = people.first(where: { !found.contains($0) }) { throw AccountError.userNotFound(missing) }
        return try await store.insert(contentsOf: follows)
    }

    public func isFollowing(_ follower: User.ID, _ followee: User.ID) async throws -> Bool {
        try await store.isFollowing(follower, followee)
    }

    public func followers(of user: User.ID, page: PageRequest) async throws -> Page<Follow> {
        try await requireUser(user)
        return try await store.followers(of: user, page: page)
    }

    public func following(of user: User.ID, page: PageRequest) async throws -> Page<Follow> {
        try await requireUser(user)
        return try await store.following(of: user, page: page)
    }

    private func requireUser(_ id: User.ID) async throws {
        guard try await users.user(id) != nil else { throw AccountError.userNotFound(id) }
    }
}
