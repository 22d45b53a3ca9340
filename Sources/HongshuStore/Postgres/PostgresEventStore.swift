import Foundation
import HongshuCore
import Insights
import PostgresNIO

struct PostgresEventStore: EventStore {
    let database: PostgresDatabase

    func append(_ events: [Event]) async throws {
        guard !events.isEmpty else { return }
        try await database.transaction { connection in
            try await Self.insert(events, connection, logger: database.logger)
        }
    }

    func append(reported events: [(event: Event, actor: String, clientID: String)]) async throws -> Set<Int64> {
        guard !events.isEmpty else { return [] }
        let keys = JSONColumn.encode(
            events.map {
                ClientKey(
                    actor: $0.actor, clientID: $0.clientID, eventID: $0.event.id,
                    atMs: Int64(($0.event.at.timeIntervalSince1970 * 1000).rounded()))
            })
        return try await database.transaction { connection in
            let rows = try await connection.query(
                """
                INSERT INTO event_client_key (actor, client_id, event_id, at)
                SELECT actor, client_id, event_id, to_timestamp(0) + at_ms * interval '1 millisecond'
                FROM jsonb_to_recordset(\(keys)::jsonb) AS k(actor text, client_id text, event_id bigint, at_ms bigint)
                ON CONFLICT DO NOTHING
                RETURNING event_id
                """, logger: database.logger)
            var fresh: Set<Int64> = []
            for try await id in rows.decode(Int64.self) { fresh.insert(id) }
            try await Self.insert(
                events.map(\.event).filter { fresh.contains($0.id) }, connection, logger: database.logger)
            return fresh
        }
    }

    func prune(before cutoff: Date) async throws -> Int {
        // Whole days go with their partitions; what is left before the cutoff, row by row.
        let day = Calendar.utc.startOfDay(for: cutoff)
        var removed = 0
        let partitions = try await database.query(
            """
            SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'event'::regclass AND c.relname ~ '^event_[0-9]{8}$'
            """)
        var old: [String] = []
        for try await name in partitions.decode(String.self) {
            guard let start = Self.partitionDay(name), start.addingTimeInterval(86_400) <= day else { continue }
            old.append(name)
        }
        for name in old.sorted() {
            try await database.transaction { connection in
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(name)"), logger: database.logger)
                for try await count in rows.decode(Int64.self) { removed += Int(count) }
                try await connection.query(PostgresQuery(unsafeSQL: "DROP TABLE \(name)"), logger: database.logger)
            }
        }
        let rows = try await database.query(
            """
            WITH gone AS (DELETE FROM event WHERE at < \(cutoff.exact) RETURNING 1) SELECT count(*) FROM gone
            """)
        for try await count in rows.decode(Int64.self) { removed += Int(count) }
        try await database.query("DELETE FROM event_client_key WHERE at < \(cutoff.exact)")
        return removed
    }

    /// The UTC day an `event_YYYYMMDD` partition holds.
    static func partitionDay(_ name: String) -> Date? {
        let digits = name.dropFirst("event_".count)
        guard digits.count == 8, let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
            let day = Int(digits.suffix(2))
        else { return nil }
        return Calendar.utc.date(from: DateComponents(year: year, month: month, day: day))
    }

    private static func insert(_ events: [Event], _ connection: PostgresConnection, logger: Logger) async throws {
        guard !events.isEmpty else { return }
        let batch = JSONColumn.encode(events.map(EventRecord.init))
        // Each day's partition exists before its events arrive (nothing lands in a catch-all partition).
        let days = Set(events.map { Calendar.utc.startOfDay(for: $0.at) }).map { Self.dayFormat($0) }
        try await connection.query(
            "SELECT event_partition(day::date) FROM unnest(\(days)::text[]) AS day", logger: logger)
        try await connection.query(
            """
            INSERT INTO event (id, at, user_id, kind, subject_type, subject_id, context, device_id, session_id)
            SELECT id, to_timestamp(0) + at_ms * interval '1 millisecond', user_id, kind, subject_type, subject_id,
                   context, device_id, session_id
            FROM jsonb_to_recordset(\(batch)::jsonb) AS e(
                id bigint, at_ms bigint, user_id bigint, kind text, subject_type text, subject_id bigint, context jsonb,
                device_id text, session_id text)
            """, logger: logger)
    }

    func addReads(_ reads: [NoteID: Int]) async throws {
        guard !reads.isEmpty else { return }
        let sorted = reads.sorted { $0.key.rawValue < $1.key.rawValue }  // rows locked in one order
        let notes = sorted.map(\.key.rawValue)
        let counts = sorted.map { Int64($0.value) }
        try await database.query(
            """
            UPDATE note SET read_count = read_count + r.count
            FROM unnest(\(notes)::bigint[], \(counts)::bigint[]) AS r(note_id, count)
            WHERE note.id = r.note_id
            """)
    }

    private static func dayFormat(_ day: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// The columns ``events(from:)`` reads, in its order (`SELECT \(columns) FROM event …`).
    static let columns = "id, at, user_id, kind, subject_type, subject_id, context::text, device_id, session_id"

    /// The events of rows selected with ``columns`` (kinds this build does not know are skipped).
    static func events(from rows: PostgresRowSequence) async throws -> [Event] {
        var events: [Event] = []
        for try await (id, at, user, kind, type, subject, context, device, session) in rows.decode(
            (Int64, Date, Int64?, String, String, Int64, String, String?, String?).self)
        {
            guard let kind = Event.Kind(rawValue: kind) else { continue }
            events.append(
                Event(
                    id: id, at: at.fromPostgres, user: user.map(UserID.init(rawValue:)), kind: kind,
                    subject: Event.Subject(type: type, id: subject),
                    context: (try? JSONColumn.decode([String: String].self, from: context)) ?? [:], device: device,
                    session: session))
        }
        return events
    }

    func events(by user: UserID, page: PageRequest) async throws -> Page<Event> {
        var query = PostgresKeysetQuery(select: "\(Self.columns) FROM event")
        query.filter("user_id", equals: user.rawValue)
        let events = try await Self.events(from: try await database.query(query.page(page, time: "at", id: "id")))
        return TimeKey.page(events, limit: page.limit) { TimeKey(time: $0.at, id: $0.id) }
    }

    func events(after last: (at: Date, id: Int64)?, limit: Int) async throws -> [Event] {
        let at = (last?.at ?? Date(timeIntervalSince1970: 0)).exact
        let id = last?.id ?? Int64.min
        return try await Self.events(
            from: try await database.query(
                """
                SELECT \(unescaped: Self.columns) FROM event WHERE (at, id) > (\(at), \(id))
                ORDER BY at, id LIMIT \(limit)
                """))
    }

    func count(_ kind: Event.Kind, subject: Event.Subject) async throws -> Int {
        let rows = try await database.query(
            """
            SELECT count(*) FROM event WHERE subject_type = \(subject.type) AND subject_id = \(subject.id)
              AND kind = \(kind.rawValue)
            """)
        for try await count in rows.decode(Int64.self) { return Int(count) }
        return 0
    }
}

/// One event as a row of the JSON batch `append` sends (keys are the column names).
private struct ClientKey: Encodable {
    let actor: String, clientID: String, eventID: Int64, atMs: Int64

    enum CodingKeys: String, CodingKey {
        case actor
        case clientID = "client_id", eventID = "event_id", atMs = "at_ms"
    }
}

private struct EventRecord: Encodable {
    let id: Int64, atMs: Int64, userID: Int64?, kind: String, subjectType: String, subjectID: Int64
    let context: [String: String]
    let device: String?, session: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, context
        case atMs = "at_ms", userID = "user_id", subjectType = "subject_type", subjectID = "subject_id"
        case device = "device_id", session = "session_id"
    }

    init(_ event: Event) {
        id = event.id
        atMs = Int64((event.at.timeIntervalSince1970 * 1000).rounded())
        userID = event.user?.rawValue
        kind = event.kind.rawValue
        subjectType = event.subject.type
        subjectID = event.subject.id
        context = event.context
        device = event.device
        session = event.session
    }
}
