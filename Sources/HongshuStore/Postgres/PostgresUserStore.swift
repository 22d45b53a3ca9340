import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresUserStore: UserStore {
    let database: PostgresDatabase

    func insert(contentsOf users: [(user: User, passwordHash: String)]) async throws {
        guard !users.isEmpty else { return }
        let batch = JSONColumn.encode(users.map { AccountRecord($0.user, passwordHash: $0.passwordHash) })
        do {
            try await database.query(
                """
                INSERT INTO account (id, handle, display_name, password_hash, joined_at, search)
                SELECT id, handle, display_name, password_hash, to_timestamp(0) + joined_ms * interval '1 millisecond',
                       search::tsvector
                FROM jsonb_to_recordset(\(batch)::jsonb)
                    AS a(id bigint, handle text, display_name text, password_hash text, joined_ms bigint, search text)
                """)
        } catch let error as PSQLError where error.isUniqueViolation {
            throw AccountError.handleTaken(users.count == 1 ? users[0].user.handle : "")
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

    func users(page: PageRequest) async throws -> Page<User> {
        let query = PostgresKeysetQuery(select: "id, handle, display_name, joined_at FROM account")
        let users = try await fetch(query.page(page, time: "joined_at", id: "id"))
        return TimeKey.page(users, limit: page.limit, key: \.timeKey)
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

/// One account as a row of the JSON batch `insert(contentsOf:)` sends (keys are the column names).
private struct AccountRecord: Encodable {
    let id: Int64, handle: String, displayName: String, passwordHash: String, joinedMs: Int64, search: String

    enum CodingKeys: String, CodingKey {
        case id, handle, search
        case displayName = "display_name", passwordHash = "password_hash", joinedMs = "joined_ms"
    }

    init(_ user: User, passwordHash: String) {
        id = user.id.rawValue
        handle = user.handle
        displayName = user.displayName
        self.passwordHash = passwordHash
        joinedMs = Int64((user.joinedAt.timeIntervalSince1970 * 1000).rounded())
        search = PostgresSearchIndex.vector([(user.handle, "A"), (user.displayName, "B")])
    }
}
