import ArgumentParser
import Foundation
import HongshuServer
import HongshuStore
import Logging
import World

/// `hongshu seed`: generates a deterministic world into the database.
struct Seed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a realistic, deterministic world of people, follows and notes.",
        discussion: "Every generated account signs in with the password \(WorldGenerator.password).")

    @OptionGroup var store: StoreOptions

    @Option(help: "How many people.") var users = 2_000
    @Option(help: "How many notes.") var notes = 20_000
    @Option(help: "Over how many days, ending at --end.") var days = 14
    @Option(help: "The random seed: the same seed and sizes give the same world.") var seed: UInt64 = 2026
    @Option(help: "The end of the simulated period, YYYY-MM-DD (UTC); default today.") var end: String?
    @Option(help: "How often an average person opens the app a day (the active ones far more often).")
    var opensPerDay: Double = 3
    @Option(help: "Also write the ground truth (latent interests, note quality) as JSON lines to this file.")
    var exportTruth: String?

    func validate() throws {
        guard users >= 1, users <= 10_000_000 else { throw ValidationError("--users must be 1…10,000,000") }
        guard notes >= 0, notes <= 100_000_000 else { throw ValidationError("--notes must be 0…100,000,000") }
        guard days >= 1, days <= 3_650 else { throw ValidationError("--days must be 1…3,650") }
        guard opensPerDay > 0, opensPerDay <= 50 else {
            throw ValidationError("--opens-per-day must be above 0 and at most 50")
        }
        _ = try endDate()
    }

    func endDate() throws -> Date {
        guard let end else { return Calendar.utc.startOfDay(for: Date()) }
        guard let date = Self.dayFormat.date(from: end) else { throw ValidationError("--end takes YYYY-MM-DD") }
        return date
    }

    static let dayFormat: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }()

    func run() async throws {
        let logger = Logs.make("hongshu.seed")
        let backend = try StoreBackend.open(try store.url(), logger: logger)
        let plan = WorldPlan(
            users: users, notes: notes, days: days, seed: seed, end: try endDate(), opensPerDay: opensPerDay)
        let started = Date()
        let truth = try await backend.withRunning { backend in
            try await backend.migrate()
            let generator = try Wiring.generator(backend.stores)
            let bar = ProgressBar()
            return try await generator.generate(plan) { bar.update(phase: $0.phase, done: $0.done, total: $0.total) }
        }
        if let exportTruth { try truth.jsonLines().write(toFile: exportTruth, atomically: true, encoding: .utf8) }
        logger.info(
            "World generated",
            metadata: [
                "users": "\(users)", "notes": "\(notes)", "days": "\(days)", "seed": "\(seed)",
                "seconds": "\(String(format: "%.1f", Date().timeIntervalSince(started)))",
            ])
    }
}

/// `hongshu export`: the stored world as canonical JSON lines (compare two to check determinism).
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the stored world as canonical JSON lines.")

    @OptionGroup var store: StoreOptions

    @Option(help: "The file to write (default: standard output).") var output: String?

    func run() async throws {
        let backend = try StoreBackend.open(try store.url(), logger: Logs.make("hongshu.export"))
        let output = output
        try await backend.withRunning { backend in
            let features = Wiring.features(backend.stores)
            let export = WorldExport(
                accounts: features.accounts, notes: features.notes, follows: features.follows, likes: features.likes,
                comments: features.comments, products: features.products)
            if let output {
                FileManager.default.createFile(atPath: output, contents: nil)
                let file = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
                defer { try? file.close() }
                try await export.export { file.write(Data(($0 + "\n").utf8)) }
            } else {
                try await export.export { print($0) }
            }
        }
    }
}

extension Calendar {
    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
}
