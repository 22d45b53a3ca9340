import Foundation
import GRDB
import HongshuCore
import Insights

struct SQLiteEventStore: EventStore {
    let database: any DatabaseWriter
    let recent: SQLiteRecentEvents

    func append(_ events: [Event]) async throws {
        guard !events.isEmpty else { return }
        try await database.write { [recent] db in try Self.insert(events, recent, db) }
    }

    func append(reported events: [(event: Event, actor: String, clientID: String)]) async throws -> Set<Int64> {
        guard !events.isEmpty else { return [] }
        return try await database.write { [recent] db in
            let key = try db.cachedStatement(
                sql: """
                    INSERT INTO event_client_key (actor, client_id, event_id, at) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """)
            var fresh: [Event] = []
            for entry in events {
                try key.execute(arguments: [
                    entry.actor, entry.clientID, entry.event.id, entry.event.at.sqliteMilliseconds,
                ])
                if db.changesCount > 0 { fresh.append(entry.event) }
            }
            try Self.insert(fresh, recent, db)
            return Set(fresh.map(\.id))
        }
    }

    func prune(before cutoff: Date) async throws -> Int {
        let cutoff = cutoff.sqliteMilliseconds
        var removed = 0
        // In slices, so the writer is never held for long.
        while true {
            let count = try await database.write { db in
                var count = 0
                for table in SQLiteRecentEvents.tables {
                    try db.execute(
                        // Oldest first by id (ids grow with time), so each slice finds its rows at once.
                        sql: """
                            DELETE FROM \(table) WHERE id IN (SELECT id FROM \(table) WHERE at < ? ORDER BY id LIMIT 10000)
                            """,
                        arguments: [cutoff])
                    count += db.changesCount
                }
                try db.execute(sql: "DELETE FROM event_client_key WHERE at < ?", arguments: [cutoff])
                return count
            }
            removed += count
            if count < 10_000 { return removed }
        }
    }

    private static func insert(_ events: [Event], _ recent: SQLiteRecentEvents, _ db: Database) throws {
        guard !events.isEmpty else { return }
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO event_recent (id, at, user_id, kind, subject_type, subject_id, context, device_id, session_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for event in events {
            try insert.execute(arguments: [
                event.id, event.at.sqliteMilliseconds, event.user?.rawValue, event.kind.rawValue, event.subject.type,
                event.subject.id, JSONColumn.encode(event.context), event.device, event.session,
            ])
        }
        try recent.appended(events.count, db)
    }

    func addReads(_ reads: [NoteID: Int]) async throws {
        guard !reads.isEmpty else { return }
        try await database.write { db in
            let count = try db.cachedStatement(sql: "UPDATE note SET read_count = read_count + ? WHERE id = ?")
            for (note, added) in reads.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try count.execute(arguments: [added, note.rawValue])
            }
        }
    }

    func events(by user: UserID, page: PageRequest) async throws -> Page<Event> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = ["user_id = \(user.rawValue)"]
        if let after { conditions.append("(at, id) < (\(after.time.sqliteMilliseconds), \(after.id))") }
        let request = SQLRequest<Row>(
            literal: """
                SELECT * FROM event_all WHERE \(conditions.joined(operator: .and)) ORDER BY at DESC, id DESC LIMIT \(page.limit + 1)
                """)
        let events = try await database.read { db in
            try request.fetchAll(db).compactMap(Self.event)
        }
        return TimeKey.page(events, limit: page.limit) { TimeKey(time: $0.at, id: $0.id) }
    }

    func events(after last: (at: Date, id: Int64)?, limit: Int) async throws -> [Event] {
        try await database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM event_all WHERE id > ? ORDER BY id LIMIT ?",
                arguments: [last?.id ?? Int64.min, limit]
            ).compactMap(Self.event)
        }
    }

    /// The event a row of `event` holds (`nil` for a kind this build does not know).
    static func event(_ row: Row) -> Event? {
        guard let kind = Event.Kind(rawValue: row["kind"]) else { return nil }
        return Event(
            id: row["id"], at: Date(sqliteMilliseconds: row["at"]),
            user: (row["user_id"] as Int64?).map(UserID.init(rawValue:)), kind: kind,
            subject: Event.Subject(type: row["subject_type"], id: row["subject_id"]),
            context: (try? JSONColumn.decode([String: String].self, from: row["context"])) ?? [:],
            device: row["device_id"], session: row["session_id"])
    }

    func count(_ kind: Event.Kind, subject: Event.Subject) async throws -> Int {
        try await database.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM event_all WHERE subject_type = ? AND subject_id = ? AND kind = ?",
                arguments: [subject.type, subject.id, kind.rawValue]) ?? 0
        }
    }
}
