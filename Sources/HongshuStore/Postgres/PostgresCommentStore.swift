import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresCommentStore: CommentStore {
    let database: PostgresDatabase

    private static let columns = """
        id, note_id, author_id, thread_id, replying_to, body, mention_ids::text, created_at, deleted_at IS NOT NULL,
        like_count, reply_count
        """
    private static let likeLift = Comment.rank(createdAt: Date(timeIntervalSince1970: 0), likes: 1)

    func insert(contentsOf comments: [Comment]) async throws {
        guard !comments.isEmpty else { return }
        let batch = JSONColumn.encode(comments.map(CommentRecord.init))
        let logger = database.logger
        try await database.transaction { connection in
            try await connection.query(
                """
                INSERT INTO comment (id, note_id, author_id, thread_id, replying_to, body, mention_ids, created_at, rank)
                SELECT id, note_id, author_id, thread_id, replying_to, body, mention_ids,
                       to_timestamp(0) + created_ms * interval '1 millisecond', rank
                FROM jsonb_to_recordset(\(batch)::jsonb) AS c(
                    id bigint, note_id bigint, author_id bigint, thread_id bigint, replying_to bigint, body text,
                    mention_ids jsonb, created_ms bigint, rank bigint)
                """, logger: logger)
            try await connection.query(
                """
                UPDATE note SET comment_count = comment_count + added.n
                FROM (SELECT note_id, count(*) AS n FROM jsonb_to_recordset(\(batch)::jsonb) AS c(note_id bigint)
                      GROUP BY note_id) AS added
                WHERE note.id = added.note_id
                """, logger: logger)
            try await connection.query(
                """
                UPDATE comment SET reply_count = reply_count + added.n
                FROM (SELECT thread_id, count(*) AS n FROM jsonb_to_recordset(\(batch)::jsonb) AS c(thread_id bigint)
                      WHERE thread_id IS NOT NULL GROUP BY thread_id) AS added
                WHERE comment.id = added.thread_id
                """, logger: logger)
        }
    }

    func comments(_ ids: [Comment.ID]) async throws -> [Comment] {
        guard !ids.isEmpty else { return [] }
        return try await fetch("SELECT \(unescaped: Self.columns) FROM comment WHERE id = ANY(\(ids.map(\.rawValue)))")
    }

    func comment(_ id: Comment.ID) async throws -> Comment? {
        try await fetch("SELECT \(unescaped: Self.columns) FROM comment WHERE id = \(id.rawValue)").first
    }

    func topComments(of note: Note.ID, page: PageRequest) async throws -> Page<Comment> {
        let after = try page.cursor.map(RankKey.init)
        let query: PostgresQuery =
            if let after {
                """
                SELECT \(unescaped: Self.columns) FROM comment
                WHERE note_id = \(note.rawValue) AND thread_id IS NULL AND (deleted_at IS NULL OR reply_count > 0)
                  AND (rank, id) < (\(after.rank), \(after.id))
                ORDER BY rank DESC, id DESC LIMIT \(page.limit + 1)
                """
            } else {
                """
                SELECT \(unescaped: Self.columns) FROM comment
                WHERE note_id = \(note.rawValue) AND thread_id IS NULL AND (deleted_at IS NULL OR reply_count > 0)
                ORDER BY rank DESC, id DESC LIMIT \(page.limit + 1)
                """
            }
        return RankKey.page(try await fetch(query), limit: page.limit, key: \.rankKey)
    }

    func replies(in thread: Comment.ID, page: PageRequest) async throws -> Page<Comment> {
        let after = try page.cursor.map(TimeKey.init)
        let query: PostgresQuery =
            if let after {
                """
                SELECT \(unescaped: Self.columns) FROM comment
                WHERE thread_id = \(thread.rawValue) AND deleted_at IS NULL
                  AND (created_at, id) > (\(after.time.exact), \(after.id))
                ORDER BY created_at, id LIMIT \(page.limit + 1)
                """
            } else {
                """
                SELECT \(unescaped: Self.columns) FROM comment WHERE thread_id = \(thread.rawValue) AND deleted_at IS NULL
                ORDER BY created_at, id LIMIT \(page.limit + 1)
                """
            }
        return TimeKey.page(try await fetch(query), limit: page.limit, key: \.timeKey)
    }

    func markDeleted(_ id: Comment.ID, at date: Date) async throws -> Bool {
        let logger = database.logger
        return try await database.transaction { connection in
            let rows = try await connection.query(
                """
                UPDATE comment SET deleted_at = \(date.exact) WHERE id = \(id.rawValue) AND deleted_at IS NULL
                RETURNING note_id, thread_id
                """, logger: logger)
            var found: (Int64, Int64?)?
            for try await row in rows.decode((Int64, Int64?).self) { found = row }
            guard let (note, thread) = found else { return false }
            try await connection.query(
                "UPDATE note SET comment_count = comment_count - 1 WHERE id = \(note)", logger: logger)
            if let thread {
                try await connection.query(
                    "UPDATE comment SET reply_count = reply_count - 1 WHERE id = \(thread)", logger: logger)
            }
            return true
        }
    }

    func like(_ id: Comment.ID, by user: User.ID, at date: Date) async throws -> Bool {
        let logger = database.logger
        return try await database.transaction { connection in
            let rows = try await connection.query(
                """
                INSERT INTO comment_like (comment_id, user_id, liked_at) VALUES (\(id.rawValue), \(user.rawValue), \(date.exact))
                ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger)
            guard try await rows.collect().count == 1 else { return false }
            try await connection.query(
                "UPDATE comment SET like_count = like_count + 1, rank = rank + \(Self.likeLift) WHERE id = \(id.rawValue)",
                logger: logger)
            return true
        }
    }

    func unlike(_ id: Comment.ID, by user: User.ID) async throws -> Bool {
        let logger = database.logger
        return try await database.transaction { connection in
            let rows = try await connection.query(
                "DELETE FROM comment_like WHERE comment_id = \(id.rawValue) AND user_id = \(user.rawValue) RETURNING 1",
                logger: logger)
            guard try await rows.collect().count == 1 else { return false }
            try await connection.query(
                "UPDATE comment SET like_count = like_count - 1, rank = rank - \(Self.likeLift) WHERE id = \(id.rawValue)",
                logger: logger)
            return true
        }
    }

    func pinned(on note: Note.ID) async throws -> Comment.ID? {
        let rows = try await database.query("SELECT pinned_comment_id FROM note WHERE id = \(note.rawValue)")
        for try await id in rows.decode(Int64?.self) { return id.map(CommentID.init(rawValue:)) }
        return nil
    }

    func pin(_ comment: Comment.ID?, on note: Note.ID) async throws {
        try await database.query("UPDATE note SET pinned_comment_id = \(comment?.rawValue) WHERE id = \(note.rawValue)")
    }

    func counts(_ notes: [Note.ID]) async throws -> [Note.ID: Int] {
        var counts: [Note.ID: Int] = [:]
        let rows = try await database.query(
            "SELECT id, comment_count FROM note WHERE id = ANY(\(notes.map(\.rawValue)))")
        for try await (id, count) in rows.decode((Int64, Int32).self) { counts[NoteID(id)] = Int(count) }
        return counts
    }

    private func fetch(_ query: PostgresQuery) async throws -> [Comment] {
        var comments: [Comment] = []
        let rows = try await database.query(query)
        for try await (id, note, author, thread, replyingTo, body, mentions, created, deleted, likes, replies)
            in rows
            .decode((Int64, Int64, Int64, Int64?, Int64?, String, String, Date, Bool, Int32, Int32).self)
        {
            comments.append(
                Comment(
                    id: CommentID(id), note: NoteID(note), author: UserID(author),
                    thread: thread.map(CommentID.init(rawValue:)), replyingTo: replyingTo.map(UserID.init(rawValue:)),
                    body: deleted ? "" : body,
                    mentions: try JSONColumn.decode([Int64].self, from: mentions).map(UserID.init(rawValue:)),
                    createdAt: created.fromPostgres, isDeleted: deleted, likes: Int(likes), replies: Int(replies)))
        }
        return comments
    }
}

/// One comment as a row of the JSON batch `insert(contentsOf:)` sends (keys are the column names).
private struct CommentRecord: Encodable {
    let id: Int64, noteID: Int64, authorID: Int64, threadID: Int64?, replyingTo: Int64?, body: String
    let mentionIDs: [Int64], createdMs: Int64, rank: Int64

    enum CodingKeys: String, CodingKey {
        case id, body, rank
        case noteID = "note_id", authorID = "author_id", threadID = "thread_id", replyingTo = "replying_to"
        case mentionIDs = "mention_ids", createdMs = "created_ms"
    }

    init(_ comment: Comment) {
        id = comment.id.rawValue
        noteID = comment.note.rawValue
        authorID = comment.author.rawValue
        threadID = comment.thread?.rawValue
        replyingTo = comment.replyingTo?.rawValue
        body = comment.body
        mentionIDs = comment.mentions.map(\.rawValue)
        createdMs = Int64((comment.createdAt.timeIntervalSince1970 * 1000).rounded())
        rank = Comment.rank(createdAt: comment.createdAt, likes: 0)
    }
}
