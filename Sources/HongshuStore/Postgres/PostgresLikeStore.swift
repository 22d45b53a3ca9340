import Community
import Foundation
import HongshuCore
import Logging
import PostgresNIO

struct PostgresLikeStore: LikeStore {
    let database: PostgresDatabase

    func insert(contentsOf likes: [Like]) async throws -> Int {
        guard !likes.isEmpty else { return 0 }
        let batch = JSONColumn.encode(likes.map(LikeRecord.init))
        return try await database.transaction { connection in
            // Insert the new ones, then count them per note in the same statement.
            let rows = try await connection.query(
                """
                WITH added AS (
                    INSERT INTO note_like (note_id, user_id, liked_at)
                    SELECT note_id, user_id, to_timestamp(0) + liked_ms * interval '1 millisecond'
                    FROM jsonb_to_recordset(\(batch)::jsonb) AS l(note_id bigint, user_id bigint, liked_ms bigint)
                    ON CONFLICT DO NOTHING RETURNING note_id),
                counted AS (
                    UPDATE note SET like_count = like_count + per_note.n
                    FROM (SELECT note_id, count(*) AS n FROM added GROUP BY note_id) AS per_note
                    WHERE note.id = per_note.note_id RETURNING per_note.n)
                SELECT coalesce(sum(n), 0)::bigint FROM counted
                """, logger: database.logger)
            var added: Int64 = 0
            for try await count in rows.decode(Int64.self) { added = count }
            return Int(added)
        }
    }

    func like(_ note: Note.ID, by user: User.ID, at date: Date) async throws -> LikeOutcome? {
        let logger = database.logger
        return try await database.transaction { connection -> LikeOutcome? in
            var author: Int64?
            let owner = try await connection.query(
                "SELECT author_id FROM note WHERE id = \(note.rawValue) AND deleted_at IS NULL", logger: logger)
            for try await id in owner.decode(Int64.self) { author = id }
            guard let author, let stats = try await Self.liveStats(connection, note, logger) else { return nil }
            let added = try await connection.query(
                """
                INSERT INTO note_like (note_id, user_id, liked_at) VALUES (\(note.rawValue), \(user.rawValue), \(date.exact))
                ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger)
            guard try await added.collect().count == 1 else {
                return LikeOutcome(stats: stats, added: false, author: UserID(author))
            }
            let after = try await Self.counts(
                connection,
                "UPDATE note SET like_count = like_count + 1 WHERE id = \(note.rawValue) RETURNING like_count, collect_count, comment_count, share_count",
                logger)
            return LikeOutcome(stats: after ?? stats, added: true, author: UserID(author))
        }
    }

    func unlike(_ note: Note.ID, by user: User.ID) async throws -> NoteStats? {
        let logger = database.logger
        return try await database.transaction { connection in
            guard let stats = try await Self.liveStats(connection, note, logger) else { return nil }
            let removed = try await connection.query(
                "DELETE FROM note_like WHERE note_id = \(note.rawValue) AND user_id = \(user.rawValue) RETURNING 1",
                logger: logger)
            guard try await removed.collect().count == 1 else { return stats }
            return try await Self.counts(
                connection,
                "UPDATE note SET like_count = like_count - 1 WHERE id = \(note.rawValue) RETURNING like_count, collect_count, comment_count, share_count",
                logger) ?? stats
        }
    }

    private static func liveStats(_ connection: PostgresConnection, _ note: Note.ID, _ logger: Logger) async throws
        -> NoteStats?
    {
        try await counts(
            connection,
            "SELECT like_count, collect_count, comment_count, share_count FROM note WHERE id = \(note.rawValue) AND deleted_at IS NULL",
            logger)
    }

    private static func counts(_ connection: PostgresConnection, _ query: PostgresQuery, _ logger: Logger) async throws
        -> NoteStats?
    {
        for try await (likes, collects) in try await connection.query(query, logger: logger).decode((Int32, Int32).self)
        {
            return NoteStats(likes: Int(likes), collects: Int(collects))
        }
        return nil
    }

    func liked(_ notes: [Note.ID], by user: User.ID) async throws -> Set<Note.ID> {
        var liked = Set<Note.ID>()
        let rows = try await database.query(
            "SELECT note_id FROM note_like WHERE user_id = \(user.rawValue) AND note_id = ANY(\(notes.map(\.rawValue)))"
        )
        for try await id in rows.decode(Int64.self) { liked.insert(NoteID(id)) }
        return liked
    }

    func stats(_ notes: [Note.ID]) async throws -> [Note.ID: NoteStats] {
        var stats: [Note.ID: NoteStats] = [:]
        let rows = try await database.query(
            """
            SELECT id, like_count, collect_count, comment_count, share_count FROM note
            WHERE id = ANY(\(notes.map(\.rawValue)))
            """)
        for try await (id, likes, collects, comments, shares) in rows.decode((Int64, Int32, Int32, Int32, Int32).self) {
            stats[NoteID(id)] = NoteStats(
                likes: Int(likes), collects: Int(collects), comments: Int(comments), shares: Int(shares))
        }
        return stats
    }
}

/// One like as a row of the JSON batch `insert(contentsOf:)` sends (keys are the column names).
private struct LikeRecord: Encodable {
    let noteID: Int64, userID: Int64, likedMs: Int64

    enum CodingKeys: String, CodingKey { case noteID = "note_id", userID = "user_id", likedMs = "liked_ms" }

    init(_ like: Like) {
        noteID = like.note.rawValue
        userID = like.user.rawValue
        likedMs = Int64((like.at.timeIntervalSince1970 * 1000).rounded())
    }
}
