import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresShareStore: ShareStore {
    let database: PostgresDatabase

    func insert(_ share: Share) async throws {
        let logger = database.logger
        try await database.transaction { connection in
            try await connection.query(
                """
                INSERT INTO note_share (code, note_id, sharer_id, channel, recipient_id, shared_at)
                VALUES (\(share.code), \(share.note.rawValue), \(share.sharer.rawValue), \(share.channel.rawValue),
                        \(share.recipient?.rawValue), \(share.at.exact))
                """, logger: logger)
            try await connection.query(
                "UPDATE note SET share_count = share_count + 1 WHERE id = \(share.note.rawValue)", logger: logger)
        }
    }

    func share(code: String) async throws -> Share? {
        let rows = try await database.query(
            "SELECT code, note_id, sharer_id, channel, recipient_id, shared_at FROM note_share WHERE code = \(code)")
        for try await (code, note, sharer, channel, recipient, at) in rows.decode(
            (String, Int64, Int64, String, Int64?, Date).self)
        {
            guard let channel = Share.Channel(rawValue: channel) else { return nil }
            return Share(
                code: code, note: NoteID(note), sharer: UserID(sharer), channel: channel,
                recipient: recipient.map(UserID.init(rawValue:)), at: at.fromPostgres)
        }
        return nil
    }

    func counts(_ notes: [Note.ID]) async throws -> [Note.ID: Int] {
        var counts: [Note.ID: Int] = [:]
        let rows = try await database.query("SELECT id, share_count FROM note WHERE id = ANY(\(notes.map(\.rawValue)))")
        for try await (id, count) in rows.decode((Int64, Int32).self) { counts[NoteID(id)] = Int(count) }
        return counts
    }
}
