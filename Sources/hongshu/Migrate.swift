import ArgumentParser
import HongshuStore
import Logging

/// `hongshu migrate`: brings the database's schema up to date and lists what is applied.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let logger = Logs.make("hongshu.migrate")
        let url = try store.url()
        let backend = try StoreBackend.open(url, logger: logger)
        let applied = try await backend.withRunning { backend in
            try await backend.migrate()
            return try await backend.appliedMigrations()
        }
        logger.info("Database is up to date", metadata: ["db": "\(url)", "migrations": "\(applied.count)"])
        for name in applied { print(name) }
    }
}
