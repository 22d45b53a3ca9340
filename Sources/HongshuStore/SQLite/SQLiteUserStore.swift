import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteUserStore: UserStore {
    let database: any DatabaseWriter

    func insert(contentsOf users: [(user: User, passwordHash: String)]) async throws {
        do {
            try await database.write { db in
                let statement = try db.cachedStatement(
                    sql:
                        "INSERT INTO account (id, handle, display_name, password_hash, joined_at) VALUES (?, ?, ?, ?, ?)"
                )
                for (user, hash) in users {
                    try statement.execute(arguments: [
                        user.id.rawValue, user.handle, user.displayName, hash, user.joinedAt.sqliteMilliseconds,
                    ])
                    try SQLiteSearchIndex.indexUser(
                        db, id: user.id.rawValue, handle: user.handle, displayName: user.displayName)
                }
            }
        } catch let error as DatabaseError where error.isUniqueViolation {
            throw AccountError.handleTaken(users.count == 1 ? users[0].user.handle : "")
        }
    }

    func user(_ id: User.ID) async throws -> User? {
        try await database.read { db in
            try UserRow.fetchOne(
                db, sql: "SELECT \(UserRow.columns) FROM account WHERE id = ?", arguments: [id.rawValue])?.user
        }
    }

    func user(handle: String) async throws -> User? {
        try await database.read { db in
            try UserRow.fetchOne(
                db, sql: "SELECT \(UserRow.columns) FROM account WHERE handle = ?", arguments: [handle])?.user
        }
    }

    func users(_ ids: [User.ID]) async throws -> [User] {
        guard !ids.isEmpty else { return [] }
        return try await database.read { db in
            try UserRow.fetchAll(
                db,
                SQLRequest(
                    sql: "SELECT \(UserRow.columns) FROM account WHERE id IN (SELECT value FROM json_each(?))",
                    arguments: [JSONColumn.ids(ids.map(\.rawValue))], cached: true)
            ).map(\.user)
        }
    }

    func users(handles: [String]) async throws -> [User] {
        guard !handles.isEmpty else { return [] }
        return try await database.read { db in
            try UserRow.fetchAll(
                db, SQLRequest(literal: "SELECT \(sql: UserRow.columns) FROM account WHERE handle IN \(handles)")
            ).map(\.user)
        }
    }

    func credentials(handle: String) async throws -> (user: User, passwordHash: String)? {
        try await database.read { db -> (User, String)? in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT \(UserRow.columns), password_hash FROM account WHERE handle = ?",
                    arguments: [handle])
            else { return nil }
            return (UserRow(row: row).user, row["password_hash"])
        }
    }

    func stats(_ id: User.ID) async throws -> UserStats {
        try await database.read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT note_count, follower_count, following_count FROM account WHERE id = ?",
                arguments: [id.rawValue])
            return UserStats(
                notes: row?["note_count"] ?? 0, followers: row?["follower_count"] ?? 0,
                following: row?["following_count"] ?? 0)
        }
    }
}

extension SQLiteUserStore {
    func users(page: PageRequest) async throws -> Page<User> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = []
        if let after { conditions.append("(joined_at, id) < (\(after.time.sqliteMilliseconds), \(after.id))") }
        let filter: SQL = conditions.isEmpty ? "" : "WHERE \(conditions.joined(operator: .and))"
        let request = SQLRequest<Row>(
            literal: """
                SELECT \(sql: UserRow.columns) FROM account \(filter)
                ORDER BY joined_at DESC, id DESC LIMIT \(page.limit + 1)
                """)
        let users = try await database.read { db in try UserRow.fetchAll(db, request).map(\.user) }
        return TimeKey.page(users, limit: page.limit, key: \.timeKey)
    }
}

private struct UserRow: FetchableRecord {
    static let columns = "id, handle, display_name, joined_at"
    let user: User

    init(row: Row) {
        user = User(
            id: UserID(row["id"] as Int64), handle: row["handle"], displayName: row["display_name"],
            joinedAt: Date(sqliteMilliseconds: row["joined_at"]))
    }
}
