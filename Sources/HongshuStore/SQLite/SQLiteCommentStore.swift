import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteCommentStore: CommentStore {
    let database: any DatabaseWriter

    func insert(contentsOf comments: [Comment]) async throws {
        guard !comments.isEmpty else { return }
        try await database.write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO comment (id, note_id, author_id, thread_id, replying_to, body, mention_ids, created_at, rank)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let countNote = try db.cachedStatement(
                sql: "UPDATE note SET comment_count = comment_count + 1 WHERE id = ?")
            let countThread = try db.cachedStatement(
                sql: "UPDATE comment SET reply_count = reply_count + 1 WHERE id = ?")
            for comment in comments {
                try insert.execute(arguments: [
                    comment.id.rawValue, comment.note.rawValue, comment.author.rawValue, comment.thread?.rawValue,
                    comment.replyingTo?.rawValue, comment.body, JSONColumn.encode(comment.mentions.map(\.rawValue)),
                    comment.createdAt.sqliteMilliseconds, Comment.rank(createdAt: comment.createdAt, likes: 0),
                ])
                try countNote.execute(arguments: [comment.note.rawValue])
                if let thread = comment.thread { try countThread.execute(arguments: [thread.rawValue]) }
            }
        }
    }

    func comments(_ ids: [Comment.ID]) async throws -> [Comment] {
        guard !ids.isEmpty else { return [] }
        return try await database.read { db in
            try CommentRow.fetchAll(db, SQLRequest(literal: "SELECT * FROM comment WHERE id IN \(ids.map(\.rawValue))"))
                .map(\.comment)
        }
    }

    func comment(_ id: Comment.ID) async throws -> Comment? {
        try await database.read { db in
            try CommentRow.fetchOne(db, sql: "SELECT * FROM comment WHERE id = ?", arguments: [id.rawValue])?.comment
        }
    }

    func topComments(of note: Note.ID, page: PageRequest) async throws -> Page<Comment> {
        let after = try page.cursor.map(RankKey.init)
        var conditions: [SQL] = [
            "note_id = \(note.rawValue)", "thread_id IS NULL", "(deleted_at IS NULL OR reply_count > 0)",
        ]
        if let after { conditions.append("(rank, id) < (\(after.rank), \(after.id))") }
        let request = SQLRequest<Row>(
            literal: """
                SELECT * FROM comment WHERE \(conditions.joined(operator: .and))
                ORDER BY rank DESC, id DESC LIMIT \(page.limit + 1)
                """)
        let comments = try await database.read { db in try CommentRow.fetchAll(db, request).map(\.comment) }
        return RankKey.page(comments, limit: page.limit, key: \.rankKey)
    }

    func replies(in thread: Comment.ID, page: PageRequest) async throws -> Page<Comment> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = ["thread_id = \(thread.rawValue)", "deleted_at IS NULL"]
        if let after { conditions.append("(created_at, id) > (\(after.time.sqliteMilliseconds), \(after.id))") }
        let request = SQLRequest<Row>(
            literal: """
                SELECT * FROM comment WHERE \(conditions.joined(operator: .and))
                ORDER BY created_at, id LIMIT \(page.limit + 1)
                """)
        let comments = try await database.read { db in try CommentRow.fetchAll(db, request).map(\.comment) }
        return TimeKey.page(comments, limit: page.limit, key: \.timeKey)
    }

    func markDeleted(_ id: Comment.ID, at date: Date) async throws -> Bool {
        try await database.write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        UPDATE comment SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL RETURNING note_id, thread_id
                        """, arguments: [date.sqliteMilliseconds, id.rawValue])
            else { return false }
            try db.execute(
                sql: "UPDATE note SET comment_count = comment_count - 1 WHERE id = ?",
                arguments: [row["note_id"] as Int64])
            if let thread = row["thread_id"] as Int64? {
                try db.execute(
                    sql: "UPDATE comment SET reply_count = reply_count - 1 WHERE id = ?", arguments: [thread])
            }
            return true
        }
    }

    func like(_ id: Comment.ID, by user: User.ID, at date: Date) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO comment_like (comment_id, user_id, liked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                arguments: [id.rawValue, user.rawValue, date.sqliteMilliseconds])
            guard db.changesCount == 1 else { return false }
            try db.execute(
                sql: "UPDATE comment SET like_count = like_count + 1, rank = rank + ? WHERE id = ?",
                arguments: [Comment.rank(createdAt: Date(timeIntervalSince1970: 0), likes: 1), id.rawValue])
            return true
        }
    }

    func unlike(_ id: Comment.ID, by user: User.ID) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: "DELETE FROM comment_like WHERE comment_id = ? AND user_id = ?",
                arguments: [id.rawValue, user.rawValue])
            guard db.changesCount == 1 else { return false }
            try db.execute(
                sql: "UPDATE comment SET like_count = like_count - 1, rank = rank - ? WHERE id = ?",
                arguments: [Comment.rank(createdAt: Date(timeIntervalSince1970: 0), likes: 1), id.rawValue])
            return true
        }
    }

    func pinned(on note: Note.ID) async throws -> Comment.ID? {
        try await database.read { db in
            try Int64.fetchOne(db, sql: "SELECT pinned_comment_id FROM note WHERE id = ?", arguments: [note.rawValue])
                .map(CommentID.init(rawValue:))
        }
    }

    func pin(_ comment: Comment.ID?, on note: Note.ID) async throws {
        try await database.write { db in
            try db.execute(
                sql: "UPDATE note SET pinned_comment_id = ? WHERE id = ?",
                arguments: [comment?.rawValue, note.rawValue])
        }
    }

    func counts(_ notes: [Note.ID]) async throws -> [Note.ID: Int] {
        try await database.read { db in
            let request = SQLRequest<Row>(
                literal: "SELECT id, comment_count FROM note WHERE id IN \(notes.map(\.rawValue))")
            return Dictionary(
                uniqueKeysWithValues: try request.fetchAll(db).map {
                    (NoteID($0["id"] as Int64), $0["comment_count"] as Int)
                })
        }
    }
}

private struct CommentRow: FetchableRecord {
    let comment: Comment

    init(row: Row) throws {
        let deleted = (row["deleted_at"] as Int64?) != nil
        comment = Comment(
            id: CommentID(row["id"] as Int64), note: NoteID(row["note_id"] as Int64),
            author: UserID(row["author_id"] as Int64),
            thread: (row["thread_id"] as Int64?).map(CommentID.init(rawValue:)),
            replyingTo: (row["replying_to"] as Int64?).map(UserID.init(rawValue:)),
            body: deleted ? "" : row["body"],
            mentions: try JSONColumn.decode([Int64].self, from: row["mention_ids"]).map(UserID.init(rawValue:)),
            createdAt: Date(sqliteMilliseconds: row["created_at"]), isDeleted: deleted, likes: row["like_count"],
            replies: row["reply_count"])
    }
}
