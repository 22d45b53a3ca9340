import Foundation
import HongshuCore
import Insights
import PostgresNIO

struct PostgresEventStore: EventStore {
    let database: PostgresDatabase

    func append(_ events: [Event]) async throws {
        guard !events.isEmpty else { return }
        let batch = JSONColumn.encode(events.map(EventRecord.init))
        try await database.transaction { connection in
            try await connection.query(
                """
                INSERT INTO event (id, at, user_id, kind, subject_type, subject_id, context)
                SELECT id, to_timestamp(0) + at_ms * interval '1 millisecond', user_id, kind, subject_type, subject_id,
                       context
                FROM jsonb_to_recordset(\(batch)::jsonb) AS e(
                    id bigint, at_ms bigint, user_id bigint, kind text, subject_type text, subject_id bigint, context jsonb)
                """, logger: database.logger)
            // Notes' read counts follow their read events (search ranking smooths engagement per read).
            guard events.contains(where: { $0.kind == .read && $0.subject.type == "note" }) else { return }
            try await connection.query(
                """
                UPDATE note SET read_count = read_count + r.count
                FROM (SELECT subject_id, count(*) AS count
                      FROM jsonb_to_recordset(\(batch)::jsonb) AS e(kind text, subject_type text, subject_id bigint)
                      WHERE kind = 'read' AND subject_type = 'note' GROUP BY subject_id) AS r
                WHERE note.id = r.subject_id
                """, logger: database.logger)
        }
    }

    func events(by user: UserID, page: PageRequest) async throws -> Page<Event> {
        var query = PostgresKeysetQuery(
            select: "id, at, user_id, kind, subject_type, subject_id, context::text FROM event")
        query.filter("user_id", equals: user.rawValue)
        var events: [Event] = []
        let rows = try await database.query(query.page(page, time: "at", id: "id"))
        for try await (id, at, user, kind, type, subject, context) in rows.decode(
            (Int64, Date, Int64?, String, String, Int64, String).self)
        {
            guard let kind = Event.Kind(rawValue: kind) else { continue }
            events.append(
                Event(
                    id: id, at: at.fromPostgres, user: user.map(UserID.init(rawValue:)), kind: kind,
                    subject: Event.Subject(type: type, id: subject),
                    context: (try? JSONColumn.decode([String: String].self, from: context)) ?? [:]))
        }
        return TimeKey.page(events, limit: page.limit) { TimeKey(time: $0.at, id: $0.id) }
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
private struct EventRecord: Encodable {
    let id: Int64, atMs: Int64, userID: Int64?, kind: String, subjectType: String, subjectID: Int64
    let context: [String: String]

    enum CodingKeys: String, CodingKey {
        case id, kind, context
        case atMs = "at_ms", userID = "user_id", subjectType = "subject_type", subjectID = "subject_id"
    }

    init(_ event: Event) {
        id = event.id
        atMs = Int64((event.at.timeIntervalSince1970 * 1000).rounded())
        userID = event.user?.rawValue
        kind = event.kind.rawValue
        subjectType = event.subject.type
        subjectID = event.subject.id
        context = event.context
    }
}
