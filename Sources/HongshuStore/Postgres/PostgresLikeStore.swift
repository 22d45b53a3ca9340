import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresLikeStore: LikeStore {
    let database: PostgresDatabase

    func like(_ note: Note.ID, by user: User.ID, at date: Date) async throws -> Bool {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                INSERT INTO note_like (note_id, user_id, liked_at) VALUES (\(note.rawValue), \(user.rawValue), \(date.exact))
                ON CONFLICT DO NOTHING RETURNING 1
                """, logger: database.logger)
            guard try await rows.collect().count == 1 else { return false }
            try await connection.query(
                "UPDATE note SET like_count = like_count + 1 WHERE id = \(note.rawValue)", logger: database.logger)
            return true
        }
    }

    func unlike(_ note: Note.ID, by user: User.ID) async throws -> Bool {
        try await database.transaction { connection in
            let rows = try await connection.query(
                "DELETE FROM note_like WHERE note_id = \(note.rawValue) AND user_id = \(user.rawValue) RETURNING 1",
                logger: database.logger)
            guard try await rows.collect().count == 1 else { return false }
            try await connection.query(
                "UPDATE note SET like_count = like_count - 1 WHERE id = \(note.rawValue)", logger: database.logger)
            return true
        }
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
            "SELECT id, like_count, collect_count FROM note WHERE id = ANY(\(notes.map(\.rawValue)))")
        for try await (id, likes, collects) in rows.decode((Int64, Int32, Int32).self) {
            stats[NoteID(id)] = NoteStats(likes: Int(likes), collects: Int(collects))
        }
        return stats
    }
}
