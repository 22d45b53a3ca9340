import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteShareStore: ShareStore {
    let database: any DatabaseWriter

    func insert(_ share: Share) async throws {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO note_share (code, note_id, sharer_id, channel, recipient_id, shared_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    share.code, share.note.rawValue, share.sharer.rawValue, share.channel.rawValue,
                    share.recipient?.rawValue, share.at.sqliteMilliseconds,
                ])
            try db.execute(
                sql: "UPDATE note SET share_count = share_count + 1 WHERE id = ?", arguments: [share.note.rawValue])
        }
    }

    func share(code: String) async throws -> Share? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM note_share WHERE code = ?", arguments: [code]).flatMap { row in
                Share.Channel(rawValue: row["channel"]).map { channel in
                    Share(
                        code: row["code"], note: NoteID(row["note_id"] as Int64),
                        sharer: UserID(row["sharer_id"] as Int64),
                        channel: channel, recipient: (row["recipient_id"] as Int64?).map(UserID.init(rawValue:)),
                        at: Date(sqliteMilliseconds: row["shared_at"]))
                }
            }
        }
    }

    func counts(_ notes: [Note.ID]) async throws -> [Note.ID: Int] {
        try await database.read { db in
            let request = SQLRequest<Row>(
                literal: "SELECT id, share_count FROM note WHERE id IN \(notes.map(\.rawValue))")
            return Dictionary(
                uniqueKeysWithValues: try request.fetchAll(db).map {
                    (NoteID($0["id"] as Int64), $0["share_count"] as Int)
                })
        }
    }
}
