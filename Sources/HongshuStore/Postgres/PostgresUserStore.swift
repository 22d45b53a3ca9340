import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresUserStore: UserStore {
    let database: PostgresDatabase

    func insert(_ user: User, passwordHash: String) async throws {
        do {
            try await database.query(
                """
                INSERT INTO account (id, handle, display_name, password_hash, joined_at)
                VALUES (\(user.id.rawValue), \(user.handle), \(user.displayName), \(passwordHash), \(user.joinedAt.exact))
                """)
        } catch let error as PSQLError where error.isUniqueViolation {
            throw AccountError.handleTaken(user.handle)
        }
    }

    func user(_ id: User.ID) async throws -> User? {
        try await fetch("SELECT id, handle, display_name, joined_at FROM account WHERE id = \(id.rawValue)").first
    }

    func user(handle: String) async throws -> User? {
        try await fetch(
            "SELECT id, handle, display_name, joined_at FROM account WHERE lower(handle) = lower(\(handle))"
        ).first
    }

    func users(_ ids: [User.ID]) async throws -> [User] {
        guard !ids.isEmpty else { return [] }
        return try await fetch(
            "SELECT id, handle, display_name, joined_at FROM account WHERE id = ANY(\(ids.map(\.rawValue)))")
    }

    func users(handles: [String]) async throws -> [User] {
        guard !handles.isEmpty else { return [] }
        return try await fetch(
            "SELECT id, handle, display_name, joined_at FROM account WHERE lower(handle) = ANY(\(handles.map { $0.lowercased() }))"
        )
    }

    func credentials(handle: String) async throws -> (user: User, passwordHash: String)? {
        let rows = try await database.query(
            """
            SELECT id, handle, display_name, joined_at, password_hash FROM account WHERE lower(handle) = lower(\(handle))
            """)
        for try await (id, handle, name, joined, hash) in rows.decode((Int64, String, String, Date, String).self) {
            return (User(id: UserID(id), handle: handle, displayName: name, joinedAt: joined.fromPostgres), hash)
        }
        return nil
    }

    func stats(_ id: User.ID) async throws -> UserStats {
        let rows = try await database.query(
            "SELECT note_count, follower_count, following_count FROM account WHERE id = \(id.rawValue)")
        for try await (notes, followers, following) in rows.decode((Int32, Int32, Int32).self) {
            return UserStats(notes: Int(notes), followers: Int(followers), following: Int(following))
        }
        return UserStats()
    }

    private func fetch(_ query: PostgresQuery) async throws -> [User] {
        var users: [User] = []
        for try await (id, handle, name, joined) in try await database.query(query).decode(
            (Int64, String, String, Date).self)
        {
            users.append(User(id: UserID(id), handle: handle, displayName: name, joinedAt: joined.fromPostgres))
        }
        return users
    }
}
