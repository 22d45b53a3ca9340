import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresNoticeStore: NoticeStore {
    let database: PostgresDatabase

    func record(_ notices: [(notice: Notice, key: String)]) async throws {
        guard !notices.isEmpty else { return }
        let logger = database.logger
        try await database.transaction { connection in
            for (notice, key) in notices {
                try await connection.query(
                    """
                    INSERT INTO notice (id, recipient_id, key, kind, actor_id, note_id, comment_id, updated_at)
                    VALUES (\(notice.id), \(notice.recipient.rawValue), \(key), \(notice.kind.rawValue), \(notice.actor.rawValue),
                            \(notice.note?.rawValue), \(notice.comment?.rawValue), \(notice.updatedAt.exact))
                    ON CONFLICT (recipient_id, key) DO UPDATE SET
                        actor_id = excluded.actor_id, actor_count = notice.actor_count + 1,
                        updated_at = excluded.updated_at, read = false
                    """, logger: logger)
            }
        }
    }

    func notices(for recipient: User.ID, page: PageRequest) async throws -> Page<Notice> {
        var query = PostgresKeysetQuery(
            select: "id, recipient_id, kind, actor_id, actor_count, note_id, comment_id, updated_at, read FROM notice")
        query.filter("recipient_id", equals: recipient.rawValue)
        var notices: [Notice] = []
        let rows = try await database.query(query.page(page, time: "updated_at", id: "id"))
        for try await (id, recipientID, kind, actor, count, note, comment, updated, read) in rows.decode(
            (Int64, Int64, String, Int64, Int32, Int64?, Int64?, Date, Bool).self)
        {
            guard let kind = Notice.Kind(rawValue: kind) else { continue }
            notices.append(
                Notice(
                    id: id, recipient: UserID(recipientID), kind: kind, actor: UserID(actor), actorCount: Int(count),
                    note: note.map(NoteID.init(rawValue:)), comment: comment.map(CommentID.init(rawValue:)),
                    updatedAt: updated.fromPostgres, isRead: read))
        }
        return TimeKey.page(notices, limit: page.limit, key: \.timeKey)
    }

    func unreadCount(for recipient: User.ID) async throws -> Int {
        let rows = try await database.query(
            "SELECT count(*) FROM notice WHERE recipient_id = \(recipient.rawValue) AND NOT read")
        for try await count in rows.decode(Int64.self) { return Int(count) }
        return 0
    }

    func markAllRead(for recipient: User.ID) async throws -> Int {
        let rows = try await database.query(
            "UPDATE notice SET read = true WHERE recipient_id = \(recipient.rawValue) AND NOT read RETURNING 1")
        return try await rows.collect().count
    }
}
