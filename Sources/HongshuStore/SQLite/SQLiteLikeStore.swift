import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteLikeStore: LikeStore {
    let database: any DatabaseWriter

    func insert(contentsOf likes: [Like]) async throws -> Int {
        guard !likes.isEmpty else { return 0 }
        return try await database.write { db in
            let insert = try db.cachedStatement(
                sql: "INSERT INTO note_like (note_id, user_id, liked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            let count = try db.cachedStatement(sql: "UPDATE note SET like_count = like_count + 1 WHERE id = ?")
            var added = 0
            for like in likes {
                try insert.execute(arguments: [like.note.rawValue, like.user.rawValue, like.at.sqliteMilliseconds])
                guard db.changesCount == 1 else { continue }
                try count.execute(arguments: [like.note.rawValue])
                added += 1
            }
            return added
        }
    }

    func like(_ note: Note.ID, by user: User.ID, at date: Date) async throws -> LikeOutcome? {
        try await database.write { db in
            guard
                let author = try Int64.fetchOne(
                    try db.cachedStatement(sql: "SELECT author_id FROM note WHERE id = ? AND deleted_at IS NULL"),
                    arguments: [note.rawValue]), var stats = try Self.liveStats(db, note)
            else { return nil }
            try db.cachedStatement(
                sql: "INSERT INTO note_like (note_id, user_id, liked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
            ).execute(arguments: [note.rawValue, user.rawValue, date.sqliteMilliseconds])
            let added = db.changesCount == 1
            if added {
                try db.cachedStatement(sql: "UPDATE note SET like_count = like_count + 1 WHERE id = ?")
                    .execute(arguments: [note.rawValue])
                stats.likes += 1
            }
            return LikeOutcome(stats: stats, added: added, author: UserID(author))
        }
    }

    func unlike(_ note: Note.ID, by user: User.ID) async throws -> NoteStats? {
        try await database.write { db in
            guard var stats = try Self.liveStats(db, note) else { return nil }
            try db.cachedStatement(sql: "DELETE FROM note_like WHERE note_id = ? AND user_id = ?")
                .execute(arguments: [note.rawValue, user.rawValue])
            guard db.changesCount == 1 else { return stats }
            try db.cachedStatement(sql: "UPDATE note SET like_count = like_count - 1 WHERE id = ?")
                .execute(arguments: [note.rawValue])
            stats.likes -= 1
            return stats
        }
    }

    private static let counts = "like_count, collect_count, comment_count, share_count"

    private static func stats(_ row: Row) -> NoteStats {
        NoteStats(
            likes: row["like_count"], collects: row["collect_count"], comments: row["comment_count"],
            shares: row["share_count"])
    }

    private static func liveStats(_ db: Database, _ note: Note.ID) throws -> NoteStats? {
        try Row.fetchOne(
            try db.cachedStatement(
                sql: "SELECT \(Self.counts) FROM note WHERE id = ? AND deleted_at IS NULL"),
            arguments: [note.rawValue]
        ).map(Self.stats)
    }

    func liked(_ notes: [Note.ID], by user: User.ID) async throws -> Set<Note.ID> {
        try await database.read { db in
            let request = SQLRequest<Int64>(
                literal:
                    "SELECT note_id FROM note_like WHERE user_id = \(user.rawValue) AND note_id IN \(notes.map(\.rawValue))"
            )
            return Set(try request.fetchAll(db).map(NoteID.init(rawValue:)))
        }
    }

    func stats(_ notes: [Note.ID]) async throws -> [Note.ID: NoteStats] {
        try await database.read { db in
            let request = SQLRequest<Row>(
                literal: "SELECT id, \(sql: Self.counts) FROM note WHERE id IN \(notes.map(\.rawValue))")
            return Dictionary(
                uniqueKeysWithValues: try request.fetchAll(db).map { row in
                    (NoteID(row["id"] as Int64), Self.stats(row))
                })
        }
    }
}
