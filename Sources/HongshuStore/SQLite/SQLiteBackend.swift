import Commerce
import Foundation
import GRDB

/// The embedded default: one SQLite file (WAL, foreign keys on) or an in-memory database.
public struct SQLiteBackend: Sendable {
    public let writer: any DatabaseWriter
    /// Document counts for ranking, shared by every store made from this backend.
    let frequencies = SQLiteDocumentFrequencies()
    public static let defaultRecentEvents = 500_000
    /// The newest events, moved into the log in bulk (shared by every store made from this backend).
    let recentEvents: SQLiteRecentEvents

    /// Opens (creating if needed) the database file; `nil` opens a private in-memory database.
    /// - Parameter recentEvents: how many new events wait in their own table before they move into the log
    ///   (tests make it small, so every test reads across both tables).
    public init(path: String?, recentEvents: Int = defaultRecentEvents) throws {
        self.recentEvents = SQLiteRecentEvents(limit: recentEvents)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            db.add(tokenizer: HongshuTokenizer.self)
            HongshuRankFunction.register(in: db)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The one writer reads through a memory map instead of a system call a page, with a larger
            // page cache: index pages stay in memory between transactions. Readers do not map the file:
            // while the writer checkpoints, mapped readers spent their time in page faults (a search's
            // p99 over HTTP was 35 ms mapped, 11 ms not; BENCHMARKS.md).
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA mmap_size = 4294967296")
                try db.execute(sql: "PRAGMA cache_size = -131072")
            }
        }
        if let path {
            writer = try DatabasePool(path: path, configuration: configuration)  // WAL mode
        } else {
            writer = try DatabaseQueue(configuration: configuration)
        }
    }

    /// Applies the migrations this database has not seen yet.
    public func migrate() async throws {
        try await SQLiteMigrations.migrator.migrate(writer)
    }

    /// The names of the migrations applied so far, in order.
    public func appliedMigrations() async throws -> [String] {
        try await writer.read { db in try SQLiteMigrations.migrator.appliedMigrations(db) }
    }

    public var stores: Stores {
        Stores(
            users: SQLiteUserStore(database: writer), sessions: SQLiteSessionStore(database: writer),
            notes: SQLiteNoteStore(database: writer), follows: SQLiteFollowStore(database: writer),
            tags: SQLiteTagStore(database: writer), likes: SQLiteLikeStore(database: writer),
            boards: SQLiteBoardStore(database: writer),
            comments: SQLiteCommentStore(database: writer),
            shares: SQLiteShareStore(database: writer),
            blocks: SQLiteBlockStore(database: writer),
            notices: SQLiteNoticeStore(database: writer),
            events: SQLiteEventStore(database: writer, recent: recentEvents),
            commerce: CommerceStores(
                brands: SQLiteBrandStore(database: writer), products: SQLiteProductStore(database: writer),
                carts: SQLiteCartStore(database: writer), orders: SQLiteOrderStore(database: writer),
                promos: SQLitePromoStore(database: writer), reviews: SQLiteReviewStore(database: writer)),
            search: SQLiteSearchStore(database: writer, frequencies: frequencies),
            attribution: SQLiteAttributionStore(database: writer), reports: SQLiteReportStore(database: writer),
            discovery: SQLiteDiscoveryStore(database: writer))
    }
}

extension Date {
    /// Milliseconds since 1970: how SQLite columns keep time.
    var sqliteMilliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    init(sqliteMilliseconds: Int64) { self.init(timeIntervalSince1970: Double(sqliteMilliseconds) / 1000) }
}

extension DatabaseError {
    var isUniqueViolation: Bool {
        extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE || extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
    }
}
