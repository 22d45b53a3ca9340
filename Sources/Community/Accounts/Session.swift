import Foundation
import HongshuCore

/// A signed-in session. The secret token is given to the client once and stored only as a hash.
public struct Session: Hashable, Sendable {
    /// Bearer tokens are for API clients; web sessions live in a cookie.
    public enum Kind: String, Sendable, CaseIterable { case api, web }

    public let tokenHash: String
    public let user: User.ID
    public let kind: Kind
    public let createdAt: Date
    public let expiresAt: Date

    public init(tokenHash: String, user: User.ID, kind: Kind, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.user = user
        self.kind = kind
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// Where sessions are kept, by token hash. Each backend implements it.
public protocol SessionStore: Sendable {
    func insert(_ session: Session) async throws
    func session(tokenHash: String) async throws -> Session?
    func delete(tokenHash: String) async throws
    /// Removes sessions that expired before `date`; returns how many.
    @discardableResult func deleteExpired(before date: Date) async throws -> Int
}
