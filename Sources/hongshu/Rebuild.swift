import ArgumentParser
import Discovery
import Foundation
import HongshuServer
import HongshuStore
import Insights
import Logging

/// `hongshu rebuild`: derives again what is kept from the event log (interest profiles, attribution), for events
/// that were imported rather than recorded as they happened. `seed` does it for the worlds it makes.
struct Rebuild: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild interest profiles and attribution from the event log.")

    enum Part: String, ExpressibleByArgument, CaseIterable { case interests, attribution, all }

    @OptionGroup var store: StoreOptions
    @Option(help: "What to rebuild: interests, attribution or all.") var only: Part = .all

    func run() async throws {
        let logger = Logs.make("hongshu.rebuild")
        let backend = try StoreBackend.open(try store.url(), logger: logger)
        try await backend.withRunning { backend in
            try await backend.migrate()
            let features = Wiring.features(backend.stores)
            let bar = ProgressBar()
            let started = Date()
            if only != .interests {
                let count = try await features.attribution.attributeAll {
                    bar.update(phase: "attribution", done: $0, total: $0)
                }
                logger.info("Purchases attributed", metadata: ["purchase.count": "\(count)"])
            }
            if only != .attribution {
                let people = try await features.profiles.rebuild(from: features.events) {
                    bar.update(phase: "interests", done: $0, total: $0)
                }
                logger.info("Interest profiles rebuilt", metadata: ["user.count": "\(people)"])
            }
            logger.info(
                "Rebuilt", metadata: ["seconds": "\(String(format: "%.1f", Date().timeIntervalSince(started)))"])
        }
    }
}
