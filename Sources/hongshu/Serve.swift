import ArgumentParser
import Community
import Discovery
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore
import Hummingbird
import Insights
import Logging
import UnixSignals

/// `hongshu serve`: migrates the database, then serves the site and the API until SIGINT/SIGTERM.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the web site and the JSON API.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on (env HONGSHU_HOST); 0.0.0.0 for every interface.")
    var host: String?

    @Option(help: "Port to listen on (env HONGSHU_PORT); 0 picks a free one.")
    var port: Int?

    @Flag(help: "Mark cookies Secure (set when the site is served over HTTPS).")
    var secureCookies = false

    @Option(help: "Comments one person may post a minute (env HONGSHU_COMMENTS_PER_MINUTE; default 20).")
    var commentsPerMinute: Int?

    @Option(help: "Likes and unlikes one person may make a minute (env HONGSHU_LIKES_PER_MINUTE; default 120).")
    var likesPerMinute: Int?

    @Option(help: "Minutes a buyer has to pay before an order is cancelled (env HONGSHU_MINUTES_TO_PAY; default 30).")
    var minutesToPay: Int?

    @Option(help: "Handles of the operators, comma-separated (env HONGSHU_OPERATORS): they read search analytics.")
    var operators: String?

    @Option(help: "Days before a purchase whose touches are credited (env HONGSHU_ATTRIBUTION_DAYS; default 7).")
    var attributionDays: Int?

    @Option(
        help: "Hours in which a touch's time-decay credit halves (env HONGSHU_ATTRIBUTION_HALF_LIFE_HOURS; default 24)."
    )
    var attributionHalfLifeHours: Int?

    @Option(
        help:
            "Days in which what a person did counts half as much in their interests (env HONGSHU_INTEREST_HALF_LIFE_DAYS; default 7)."
    )
    var interestHalfLifeDays: Double?

    @Option(help: "Days events are kept (env HONGSHU_EVENT_RETENTION_DAYS; default: kept for good). At least 8.")
    var eventRetentionDays: Int?

    @Flag(help: "Fill an empty database with a generated demo world (2,000 people, 20,000 notes) to explore.")
    var demo = false

    func validate() throws {
        if let port, !(0...65_535).contains(port) { throw ValidationError("--port must be 0…65535") }
        if let commentsPerMinute, commentsPerMinute < 1 { throw ValidationError("--comments-per-minute must be ≥ 1") }
        if let likesPerMinute, likesPerMinute < 1 { throw ValidationError("--likes-per-minute must be ≥ 1") }
        if let minutesToPay, !(1...10_080).contains(minutesToPay) {
            throw ValidationError("--minutes-to-pay must be 1…10080 (a week)")
        }
        if let attributionDays, !(1...30).contains(attributionDays) {
            throw ValidationError("--attribution-days must be 1…30")
        }
        if let attributionHalfLifeHours, !(1...720).contains(attributionHalfLifeHours) {
            throw ValidationError("--attribution-half-life-hours must be 1…720")
        }
        if let interestHalfLifeDays, !(0.1...365).contains(interestHalfLifeDays) {
            throw ValidationError("--interest-half-life-days must be 0.1…365")
        }
        if let eventRetentionDays, eventRetentionDays < 8 {
            throw ValidationError("--event-retention-days must be ≥ 8 (attribution looks back 7 days)")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let logger = Logs.make("hongshu")
        let metricsText = MetricsExport.bootstrap()

        let url = try store.url()
        let backend = try StoreBackend.open(url, logger: logger)
        let stores = backend.stores
        let limits = ActionLimiter.Limits(
            commentsPerMinute: commentsPerMinute ?? environment["HONGSHU_COMMENTS_PER_MINUTE"].flatMap(Int.init) ?? 20,
            likesPerMinute: likesPerMinute ?? environment["HONGSHU_LIKES_PER_MINUTE"].flatMap(Int.init) ?? 120)
        let minutes = minutesToPay ?? environment["HONGSHU_MINUTES_TO_PAY"].flatMap(Int.init) ?? 30
        let operatorHandles = Set(
            (operators ?? environment["HONGSHU_OPERATORS"] ?? "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }.filter { !$0.isEmpty })
        let lookback = attributionDays ?? environment["HONGSHU_ATTRIBUTION_DAYS"].flatMap(Int.init) ?? 7
        let halfLife =
            attributionHalfLifeHours ?? environment["HONGSHU_ATTRIBUTION_HALF_LIFE_HOURS"].flatMap(Int.init) ?? 24
        guard (1...30).contains(lookback), (1...720).contains(halfLife) else {
            throw ValidationError("HONGSHU_ATTRIBUTION_DAYS must be 1…30 and HONGSHU_ATTRIBUTION_HALF_LIFE_HOURS 1…720")
        }
        var signals = InterestSignals()
        let interestDays =
            interestHalfLifeDays ?? environment["HONGSHU_INTEREST_HALF_LIFE_DAYS"].flatMap(Double.init) ?? 7
        guard (0.1...365).contains(interestDays) else {
            throw ValidationError("HONGSHU_INTEREST_HALF_LIFE_DAYS must be 0.1…365")
        }
        signals.halfLife = interestDays * 86_400
        let features = Wiring.features(
            stores, limits: limits, timeToPay: TimeInterval(minutes * 60), writeBehind: true,
            operators: operatorHandles,
            attribution: AttributionSettings(
                lookback: TimeInterval(lookback) * 86_400, halfLife: TimeInterval(halfLife) * 3_600),
            interests: signals)
        let settings = ServerSettings(
            host: host ?? environment["HONGSHU_HOST"] ?? "127.0.0.1",
            port: port ?? environment["HONGSHU_PORT"].flatMap(Int.init) ?? 8080,
            secureCookies: secureCookies,
            metricsText: metricsText)

        var app = buildApplication(features: features, settings: settings, logger: logger)
        if let service = backend.service { app.addServices(service) }
        app.addServices(SessionPurgeService(accounts: features.accounts, feeds: features.feeds, logger: logger))
        app.addServices(WriteBehindService(features: features, logger: logger))
        app.addServices(OrderExpiryService(orders: features.orders, logger: logger))
        if let days = eventRetentionDays ?? environment["HONGSHU_EVENT_RETENTION_DAYS"].flatMap(Int.init) {
            guard days >= 8 else { throw ValidationError("HONGSHU_EVENT_RETENTION_DAYS must be ≥ 8") }
            app.addServices(EventRetentionService(events: features.events, retentionDays: days, logger: logger))
        }
        app.beforeServerStarts {
            try await backend.migrate()
            if demo {
                try await DemoWorld.addIfEmpty(
                    to: features, generator: try Wiring.generator(stores), plan: DemoWorld.plan(), logger: logger,
                    progress: ProgressBar())
            }
            logger.info("Database ready", metadata: ["db": "\(url)"])
        }
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
