import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteSessionStore: SessionStore {
    let database: any DatabaseWriter

    func insert(_ session: Session) async throws {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO session (token_hash, user_id, kind, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    session.tokenHash, session.user.rawValue, session.kind.rawValue,
                    session.createdAt.sqliteMilliseconds, session.expiresAt.sqliteMilliseconds,
                ])
        }
    }

    func session(tokenHash: String) async throws -> Session? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM session WHERE token_hash = ?", arguments: [tokenHash]).flatMap {
                row in
                Session.Kind(rawValue: row["kind"]).map { kind in
                    Session(
                        tokenHash: row["token_hash"], user: UserID(row["user_id"] as Int64), kind: kind,
                        createdAt: Date(sqliteMilliseconds: row["created_at"]),
                        expiresAt: Date(sqliteMilliseconds: row["expires_at"]))
                }
            }
        }
    }

    func delete(tokenHash: String) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM session WHERE token_hash = ?", arguments: [tokenHash])
        }
    }

    func deleteExpired(before date: Date) async throws -> Int {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM session WHERE expires_at <= ?", arguments: [date.sqliteMilliseconds])
            return db.changesCount
        }
    }
}
