import ArgumentParser
import Foundation
import HongshuStore
import Logging

/// `--db`, shared by every command that opens the database.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "Database URL: sqlite:PATH, sqlite::memory: or postgres://user:pass@host:port/db (env HONGSHU_DB).",
            valueName: "url"))
    var database: String?

    /// The URL from the flag, else `HONGSHU_DB`, else `sqlite:hongshu.sqlite` in the working directory.
    func url() throws -> DatabaseURL {
        let text = database ?? ProcessInfo.processInfo.environment["HONGSHU_DB"] ?? "sqlite:hongshu.sqlite"
        do { return try DatabaseURL(parsing: text) } catch let error as DatabaseURL.ParseError {
            throw ValidationError(error.description)
        }
    }

    func validate() throws { _ = try url() }
}

enum Logs {
    /// A logger at `LOG_LEVEL` (default info).
    static func make(_ label: String) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel =
            ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }
}
