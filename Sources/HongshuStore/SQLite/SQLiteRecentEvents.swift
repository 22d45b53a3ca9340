import Foundation
import GRDB

/// The event log in two tables. New events go to `event_recent`, small enough that its indexes stay in the page
/// cache; once it holds `limit` events they all move into `event` in one transaction. Appending straight to
/// the large log dirtied about one page of each of its random-order indexes (by person, by subject) per event,
/// and every commit wrote those pages to the WAL; a move of many events writes each page once for many
/// (BENCHMARKS.md). Readers read `event_all`, or both tables where SQLite cannot push a condition into the view.
///
/// The move holds the writer for a while: 12–18 s for half a million events into a log of 12–14 million on the
/// benchmark machine, during which other writes wait (the event log's promise of a second does not hold
/// then). The count is kept in memory, taken from the table at the first append; another process appending
/// to the same file only makes a move come a little later.
final class SQLiteRecentEvents: @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var count: Int?

    init(limit: Int) { self.limit = max(limit, 1) }

    /// The names of the two tables, for queries written once for each (`UNION ALL`).
    static let tables = ["event", "event_recent"]

    /// Counts `added` events just appended to `event_recent` in the writer's transaction, and moves them all
    /// into the log once there are `limit`.
    func appended(_ added: Int, _ db: Database) throws {
        let known = lock.withLock { count.map { $0 + added } }
        let current = try known ?? Int.fetchOne(db, sql: "SELECT count(*) FROM event_recent") ?? 0
        guard current >= limit else {
            lock.withLock { count = current }
            return
        }
        try Self.move(db)
        lock.withLock { count = 0 }
    }

    /// Moves every recent event into the log. The page cache is enlarged for it, so the log's index pages
    /// the move touches are written once, at the commit; rows go in the order of the index by subject, whose
    /// pages are then visited in order (a move of a million: 15.6 s, against 17.6 s by id).
    static func move(_ db: Database) throws {
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
        try db.execute(sql: "PRAGMA cache_size = -1048576")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
        try db.execute(
            sql: """
                INSERT INTO event (id, at, user_id, kind, subject_type, subject_id, context, device_id, session_id)
                SELECT id, at, user_id, kind, subject_type, subject_id, context, device_id, session_id
                FROM event_recent ORDER BY subject_type, subject_id, kind, at, user_id, device_id;
                DELETE FROM event_recent;
                """)
    }
}
