import Foundation
import HongshuCore

/// A person on Hongshu. Every account is a user; creators and brand members are users too.
public struct User: Identifiable, Hashable, Sendable {
    public typealias ID = UserID
    public let id: ID
    /// Unique, lower-case `[a-z0-9_]{3,24}`; shown as `@handle`.
    public let handle: String
    public var displayName: String
    public let joinedAt: Date

    public init(id: ID, handle: String, displayName: String, joinedAt: Date) {
        self.id = id
        self.handle = handle
        self.displayName = displayName
        self.joinedAt = joinedAt
    }
}

/// Exact counts for a profile, kept in step with the rows they count.
extension User {
    /// The keyset member lists are ordered by.
    public var timeKey: TimeKey { TimeKey(time: joinedAt, id: id.rawValue) }
}

public struct UserStats: Hashable, Sendable {
    public var notes: Int
    public var followers: Int
    public var following: Int

    public init(notes: Int = 0, followers: Int = 0, following: Int = 0) {
        self.notes = notes
        self.followers = followers
        self.following = following
    }
}

/// Where accounts are kept. Each backend implements it.
public protocol UserStore: Sendable {
    /// Adds users with their password hashes, in one transaction.
    /// - Throws: ``AccountError/handleTaken(_:)`` when a handle is in use (nothing is added).
    func insert(contentsOf users: [(user: User, passwordHash: String)]) async throws
    func user(_ id: User.ID) async throws -> User?
    func user(handle: String) async throws -> User?
    /// The users among `ids` that exist, in no particular order.
    func users(_ ids: [User.ID]) async throws -> [User]
    /// The users among `handles` (lower-case) that exist, in no particular order.
    func users(handles: [String]) async throws -> [User]
    /// The user with this handle and their password hash, for signing in.
    func credentials(handle: String) async throws -> (user: User, passwordHash: String)?
    func stats(_ id: User.ID) async throws -> UserStats
    /// Everyone, newest members first.
    func users(page: PageRequest) async throws -> Page<User>
}

extension UserStore {
    /// Adds one user (see ``insert(contentsOf:)``).
    public func insert(_ user: User, passwordHash: String) async throws {
        try await insert(contentsOf: [(user, passwordHash)])
    }
}

/// An account made elsewhere (the world generator, an import), with its own id and join time.
public struct ImportedAccount: Hashable, Sendable {
    public var id: User.ID
    public var handle: String
    public var displayName: String
    public var joinedAt: Date

    public init(id: User.ID, handle: String, displayName: String, joinedAt: Date) {
        self.id = id
        self.handle = handle
        self.displayName = displayName
        self.joinedAt = joinedAt
    }
}
