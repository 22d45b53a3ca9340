import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteNoticeStore: NoticeStore {
    let database: any DatabaseWriter

    func record(_ notices: [(notice: Notice, key: String)]) async throws {
        guard !notices.isEmpty else { return }
        try await database.write { db in
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO notice (id, recipient_id, key, kind, actor_id, note_id, comment_id, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (recipient_id, key) DO UPDATE SET
                        actor_id = excluded.actor_id, actor_count = notice.actor_count + 1,
                        updated_at = excluded.updated_at, read = 0
                    """)
            for (notice, key) in notices {
                try upsert.execute(arguments: [
                    notice.id, notice.recipient.rawValue, key, notice.kind.rawValue, notice.actor.rawValue,
                    notice.note?.rawValue, notice.comment?.rawValue, notice.updatedAt.sqliteMilliseconds,
                ])
            }
        }
    }

    func notices(for recipient: User.ID, page: PageRequest) async throws -> Page<Notice> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = ["recipient_id = \(recipient.rawValue)"]
        if let after { conditions.append("(updated_at, id) < (\(after.time.sqliteMilliseconds), \(after.id))") }
        let request = SQLRequest<Row>(
            literal: """
                SELECT * FROM notice WHERE \(conditions.joined(operator: .and))
                ORDER BY updated_at DESC, id DESC LIMIT \(page.limit + 1)
                """)
        let notices = try await database.read { db in
            try request.fetchAll(db).compactMap { row -> Notice? in
                guard let kind = Notice.Kind(rawValue: row["kind"]) else { return nil }
                return Notice(
                    id: row["id"], recipient: UserID(row["recipient_id"] as Int64), kind: kind,
                    actor: UserID(row["actor_id"] as Int64), actorCount: row["actor_count"],
                    note: (row["note_id"] as Int64?).map(NoteID.init(rawValue:)),
                    comment: (row["comment_id"] as Int64?).map(CommentID.init(rawValue:)),
                    updatedAt: Date(sqliteMilliseconds: row["updated_at"]), isRead: row["read"])
            }
        }
        return TimeKey.page(notices, limit: page.limit, key: \.timeKey)
    }

    func unreadCount(for recipient: User.ID) async throws -> Int {
        try await database.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM notice WHERE recipient_id = ? AND read = 0",
                arguments: [recipient.rawValue])
                ?? 0
        }
    }

    func markAllRead(for recipient: User.ID) async throws -> Int {
        try await database.write { db in
            try db.execute(
                sql: "UPDATE notice SET read = 1 WHERE recipient_id = ? AND read = 0", arguments: [recipient.rawValue])
            return db.changesCount
        }
    }
}
