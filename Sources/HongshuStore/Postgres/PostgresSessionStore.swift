import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresSessionStore: SessionStore {
    let database: PostgresDatabase

    func insert(_ session: Session) async throws {
        try await database.query(
            """
            INSERT INTO session (token_hash, user_id, kind, created_at, expires_at)
            VALUES (\(session.tokenHash), \(session.user.rawValue), \(session.kind.rawValue), \(session.createdAt.exact), \(session.expiresAt.exact))
            """)
    }

    func session(tokenHash: String) async throws -> Session? {
        let rows = try await database.query(
            "SELECT token_hash, user_id, kind, created_at, expires_at FROM session WHERE token_hash = \(tokenHash)")
        for try await (hash, user, kind, created, expires) in rows.decode((String, Int64, String, Date, Date).self) {
            guard let kind = Session.Kind(rawValue: kind) else { return nil }
            return Session(
                tokenHash: hash, user: UserID(user), kind: kind, createdAt: created.fromPostgres,
                expiresAt: expires.fromPostgres)
        }
        return nil
    }

    func delete(tokenHash: String) async throws {
        try await database.query("DELETE FROM session WHERE token_hash = \(tokenHash)")
    }

    func deleteExpired(before date: Date) async throws -> Int {
        var count = 0
        for try await _ in try await database.query("DELETE FROM session WHERE expires_at <= \(date.exact) RETURNING 1")
        { count += 1 }
        return count
    }
}
