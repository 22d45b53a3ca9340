import Foundation
import HongshuCore

/// Where blocks are kept. Each backend implements it.
public protocol BlockStore: Sendable {
    /// Blocks, and removes any follow between the two (both ways, counts kept exact), in one
    /// transaction; `false` if already blocked.
    func block(_ blocked: User.ID, by blocker: User.ID, at date: Date) async throws -> Bool
    func unblock(_ blocked: User.ID, by blocker: User.ID) async throws -> Bool
    /// Among `users`, those who have blocked `user`.
    func blockers(of user: User.ID, among users: [User.ID]) async throws -> Set<User.ID>
    /// Whether either has blocked the other.
    func eitherBlocks(_ first: User.ID, _ second: User.ID) async throws -> Bool
    /// Whom `user` has blocked, most recent first.
    func blocked(by user: User.ID) async throws -> [User.ID]
}

public enum BlockError: DomainError, Equatable {
    case cannotBlockSelf
    case blocked

    public var kind: DomainErrorKind {
        switch self {
        case .cannotBlockSelf: .invalid
        case .blocked: .forbidden
        }
    }

    public var code: String {
        switch self {
        case .cannotBlockSelf: "block.self"
        case .blocked: "block.blocked"
        }
    }

    public var message: String {
        switch self {
        case .cannotBlockSelf: "You cannot block yourself."
        case .blocked: "You cannot do this: one of you has blocked the other."
        }
    }
}

/// Blocking people: a blocked person cannot follow, comment on the notes or comments of, or
/// mention the person who blocked them.
public struct Blocks: Sendable {
    let store: any BlockStore
    let users: any UserStore
    let now: @Sendable () -> Date

    public init(store: any BlockStore, users: any UserStore, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.users = users
        self.now = now
    }

    /// - Throws: ``BlockError/cannotBlockSelf``, ``AccountError/userNotFound(_:)``.
    public func block(_ blocked: User.ID, by blocker: User.ID) async throws {
        guard blocked != blocker else { throw BlockError.cannotBlockSelf }
        guard try await users.user(blocked) != nil else { throw AccountError.userNotFound(blocked) }
        _ = try await store.block(blocked, by: blocker, at: now().truncatedToMilliseconds)
    }

    public func unblock(_ blocked: User.ID, by blocker: User.ID) async throws {
        guard try await users.user(blocked) != nil else { throw AccountError.userNotFound(blocked) }
        _ = try await store.unblock(blocked, by: blocker)
    }

    public func blocked(by user: User.ID) async throws -> [User.ID] { try await store.blocked(by: user) }

    public func isBlocking(_ blocker: User.ID, _ blocked: User.ID) async throws -> Bool {
        try await !store.blockers(of: blocked, among: [blocker]).isEmpty
    }
}
