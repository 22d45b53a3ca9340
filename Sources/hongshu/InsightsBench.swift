import ArgumentParser
import Commerce
import Community
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore
import Insights
import World

/// `hongshu bench insights`: on a seeded world, attributes its purchases if that was never done, appends
/// `--events` more events (impressions, reads, product views and cart adds of the brands' notes and products by
/// the world's people, over its period) through the buffered event log as the server writes them, and times brand
/// reports over the whole period.
struct InsightsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "insights", abstract: "Event ingest rate and brand report latency on a seeded world.")

    @Option(help: "A database URL (a world made by `hongshu seed`).") var db: String
    @Option(help: "Events to append (0: only time reports).") var events = 1_000_000
    @Option(
        help: "Events in each flush of the buffered log (the server flushes every 0.5 s: 10,000 at 20,000 a second).")
    var batch = 10_000
    @Option(help: "Brands to report on (those with the most products).") var brands = 10
    @Option(help: "Reports per brand.") var repeats = 5
    @Option(help: "Days the reports cover, up to the last event.") var days = 30
    @Flag(help: "Attribute every purchase first (a world seeded before attribution existed).") var attribute = false

    func run() async throws {
        let backend = try StoreBackend.open(try DatabaseURL(parsing: db), logger: Logs.make("hongshu.bench"))
        try await backend.withRunning { backend in
            try await backend.migrate()
            let features = Wiring.features(backend.stores, writeBehind: true)
            var products: [Product] = []
            var page = PageRequest.first(100)
            while true {
                let found = try await features.products.active(page: page)
                products += found.items
                guard let next = found.next else { break }
                page = PageRequest(limit: 100, after: next)
            }
            guard !products.isEmpty else { throw ValidationError("The world has no shops (seed one with shops).") }
            var notes: [NoteID] = []
            for product in products {
                notes += try await features.notes.notes(featuring: product.id, page: .first(20)).items.map(\.id)
            }
            var people: [UserID] = []
            var members = try await features.accounts.members(page: .first(100))
            while people.count < 20_000 {
                people += members.items.map(\.id)
                guard let next = members.next else { break }
                members = try await features.accounts.members(page: PageRequest(limit: 100, after: next))
            }
            let latest = try await features.notes.latest(page: .first(1)).items.first?.publishedAt ?? Date()
            print(
                "world: \(products.count) products, \(notes.count) notes showing them, \(people.count) people sampled")

            if attribute {
                var count = 0
                let seconds =
                    try await SearchBench.time { count = try await features.attribution.attributeAll() } / 1000
                print(
                    String(
                        format: "attribution of %d purchases: %.1f s (%.0f a second)", count, seconds,
                        Double(count) / seconds))
            }

            if events > 0 {
                var random = SeededRandom(seed: 5)
                let ids = Snowflake()
                let span = Double(days) * 86_400
                var written = 0
                var batches: [Double] = []
                let started = ContinuousClock.now
                while written < events {
                    let count = min(batch, events - written)
                    var made: [Event] = []
                    made.reserveCapacity(count)
                    for _ in 0..<count {
                        let at = latest.addingTimeInterval(-random.unit() * span).truncatedToMilliseconds
                        let user = random.pick(people)
                        let roll = random.unit()
                        let (kind, subject): (Event.Kind, Event.Subject) =
                            roll < 0.6
                            ? (.impression, .note(random.pick(notes)))
                            : roll < 0.85
                                ? (.read, .note(random.pick(notes)))
                                : roll < 0.95
                                    ? (.productView, .product(random.pick(products).id))
                                    : (.addToCart, .product(random.pick(products).id))
                        made.append(
                            Event(
                                id: ids.next(), at: at, user: user, kind: kind, subject: subject,
                                context: ["surface": "feed", "position": String(1 + random.below(40))]))
                    }
                    batches.append(try await SearchBench.time { try await features.events.record(imported: made) })
                    written += count
                }
                try await features.events.flush()  // the last reads' counts are part of the ingest
                let elapsed = ContinuousClock.now - started
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                let sorted = batches.sorted()
                print(
                    String(
                        format:
                            "ingest: %d events in %.1f s = %.0f events/s (batches of %d: p50 %.1f ms, p99 %.1f ms, max %.1f ms)",
                        written, seconds, Double(written) / seconds, batch, sorted[sorted.count / 2],
                        sorted[min(sorted.count - 1, sorted.count * 99 / 100)], sorted.last ?? 0))
            }

            var byBrand: [BrandID: Int] = [:]
            for product in products { byBrand[product.brand, default: 0] += 1 }
            let chosen = byBrand.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(brands).map(\.key)
            let until = latest.utcDay.addingTimeInterval(86_400)
            let period = try ReportPeriod(since: until.addingTimeInterval(-Double(days) * 86_400), until: until)
            var samples: [Double] = []
            var rows = 0
            for brand in chosen {
                let owner = try await backend.stores.commerce.brands.members(of: brand).first!.user
                for _ in 0..<repeats {
                    samples.append(
                        try await SearchBench.time {
                            let report = try await features.reports.report(of: brand, period: period, by: owner)
                            rows = report.notes.count + report.creators.count + report.queries.count
                        })
                }
            }
            let sorted = samples.sorted()
            print(
                String(
                    format:
                        "brand report over %d days, %d brands × %d: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d rows)",
                    days, chosen.count, repeats, sorted[sorted.count / 2],
                    sorted[min(sorted.count - 1, sorted.count * 99 / 100)], sorted.last ?? 0, rows))
        }
    }
}
