import Foundation
import Logging
import ServiceLifecycle

/// The backend a `--db` URL names, opened: its stores, its migrations, and (for PostgreSQL)
/// the connection pool that must run while the stores are used.
public enum StoreBackend: Sendable {
    case sqlite(SQLiteBackend)
    case postgres(PostgresBackend)

    /// SQLite keeps its newest events apart until there are `HONGSHU_RECENT_EVENTS` of them (default 500,000;
    /// see ``SQLiteBackend/init(path:recentEvents:)``).
    public static func open(_ url: DatabaseURL, logger: Logger) throws -> StoreBackend {
        switch url {
        case .sqliteFile(let path):
            .sqlite(
                try SQLiteBackend(
                    path: path,
                    recentEvents: ProcessInfo.processInfo.environment["HONGSHU_RECENT_EVENTS"].flatMap { Int($0) }
                        .flatMap { $0 > 0 ? $0 : nil } ?? SQLiteBackend.defaultRecentEvents))
        case .sqliteMemory: .sqlite(try SQLiteBackend(path: nil))
        case .postgres(let settings): .postgres(try PostgresBackend(settings: settings, logger: logger))
        }
    }

    public var stores: Stores {
        switch self {
        case .sqlite(let backend): backend.stores
        case .postgres(let backend): backend.stores
        }
    }

    public func migrate() async throws {
        switch self {
        case .sqlite(let backend): try await backend.migrate()
        case .postgres(let backend): try await backend.migrate()
        }
    }

    public func appliedMigrations() async throws -> [String] {
        switch self {
        case .sqlite(let backend): try await backend.appliedMigrations()
        case .postgres(let backend): try await backend.appliedMigrations()
        }
    }

    /// What must run for the lifetime of the process (the PostgreSQL pool), if anything.
    public var service: (any Service)? {
        switch self {
        case .sqlite: nil
        case .postgres(let backend): backend.client
        }
    }

    /// Runs `body` while the backend is usable (the PostgreSQL pool running), then stops it.
    public func withRunning<T: Sendable>(_ body: @Sendable (StoreBackend) async throws -> T) async throws -> T {
        guard case .postgres(let backend) = self else { return try await body(self) }
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await backend.run() }
            defer { group.cancelAll() }
            return try await body(self)
        }
    }
}
