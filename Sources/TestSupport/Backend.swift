import Foundation
import HongshuStore
import Logging
import PostgresNIO

/// A storage backend the contract suite runs against: SQLite in memory always, PostgreSQL
/// when `POSTGRES_TEST_URL` is set (each test in a fresh schema, dropped afterwards).
public enum Backend: Sendable, CustomStringConvertible {
    case sqlite
    case postgres(url: String)

    public static var available: [Backend] {
        [.sqlite] + (postgresURL.map { [.postgres(url: $0)] } ?? [])
    }

    /// `POSTGRES_TEST_URL`, when set and not empty.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["POSTGRES_TEST_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Set by `.ci/run`: PostgreSQL tests must run, never skip.
    public static var postgresRequired: Bool {
        ProcessInfo.processInfo.environment["HONGSHU_REQUIRE_POSTGRES"] == "1"
    }

    public var description: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres: "postgres"
        }
    }

    /// Runs `body` with freshly migrated, empty stores of this backend.
    public func withStores<T: Sendable>(_ body: @Sendable (Stores) async throws -> T) async throws -> T {
        try await withBackend { backend in try await body(backend.stores) }
    }

    /// Runs `body` with a freshly migrated, empty backend.
    public func withBackend<T: Sendable>(_ body: @Sendable (StoreBackend) async throws -> T) async throws -> T {
        var logger = Logger(label: "test.store")
        logger.logLevel = .error
        switch self {
        case .sqlite:
            let backend = StoreBackend.sqlite(try SQLiteBackend(path: nil, recentEvents: 5))
            try await backend.migrate()
            return try await body(backend)
        case .postgres(let url):
            var settings = try PostgresSettings(url: url)
            let schema = "test_" + String(UInt64.random(in: .min ... .max), radix: 36)
            settings.schema = schema
            let postgres = try PostgresBackend(settings: settings, logger: logger, maximumConnections: 8)
            return try await StoreBackend.postgres(postgres).withRunning { backend in
                do {
                    try await backend.migrate()
                    let result = try await body(backend)
                    try await postgres.client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema) CASCADE"))
                    return result
                } catch {
                    _ = try? await postgres.client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema) CASCADE"))
                    throw error
                }
            }
        }
    }
}
