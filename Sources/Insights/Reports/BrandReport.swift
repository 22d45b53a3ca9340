import Foundation
import HongshuCore

/// The steps from seeing a brand's product to buying it, each counted in distinct people.
public enum FunnelStage: String, CaseIterable, Hashable, Sendable {
    /// A note showing the brand's product, or its product card, was on screen.
    case impression
    /// A note showing the brand's product was opened.
    case read
    /// Such a note was liked, collected, commented on or shared.
    case engage
    /// A product of the brand was opened or its card clicked.
    case productClick = "product_click"
    case addToCart = "add_to_cart"
    /// A purchase from the brand that was not refunded.
    case purchase
}

/// What a brand's report covers: `since..<until`.
public struct ReportPeriod: Hashable, Sendable {
    public let since: Date
    public let until: Date

    /// - Throws: ``ReportError`` for an empty, backwards or over-long period.
    public init(since: Date, until: Date) throws {
        guard since < until else { throw ReportError.badRange }
        guard until.timeIntervalSince(since) <= Self.longest else { throw ReportError.tooLong }
        self.since = since
        self.until = until
    }

    /// At most a year and a day.
    public static let longest: TimeInterval = 366 * 86_400
}

/// One day (or the whole period) of the funnel: distinct people at each stage; `nil` where fewer than
/// ``BrandReport/minimumPeople`` did it (suppressed, so that no cell points at an individual).
public struct FunnelCounts: Hashable, Sendable {
    public var people: [FunnelStage: Int?]

    public init(people: [FunnelStage: Int?]) { self.people = people }

    /// Each stage's people as a share of the stage before (`nil` when either is suppressed or the earlier is 0).
    public var conversion: [FunnelStage: Double] {
        var rates: [FunnelStage: Double] = [:]
        let stages = FunnelStage.allCases
        for (earlier, later) in zip(stages, stages.dropFirst()) {
            if let before = people[earlier] ?? nil, let after = people[later] ?? nil, before > 0 {
                rates[later] = Double(after) / Double(before)
            }
        }
        return rates
    }
}

/// One UTC day of the funnel.
public struct FunnelDay: Hashable, Sendable {
    /// The day's start.
    public let day: Date
    public let counts: FunnelCounts

    public init(day: Date, counts: FunnelCounts) {
        self.day = day
        self.counts = counts
    }
}

/// Attributed purchases grouped by what they came through (a note, a creator, a search query).
public struct AttributionRow<Key: Hashable & Sendable>: Hashable, Sendable {
    public let key: Key
    /// Which kind of touch took the credit.
    public let channel: Touchpoint.Channel
    /// Purchases with at least one touch of this key, and their distinct buyers.
    public let orders: Int
    public let buyers: Int
    /// The whole amount of those purchases (minor units).
    public let gmv: Int64
    /// The credit this key earned under each model (minor units).
    public let attributed: [AttributionModel: Int64]

    public init(
        key: Key, channel: Touchpoint.Channel, orders: Int, buyers: Int, gmv: Int64,
        attributed: [AttributionModel: Int64]
    ) {
        self.key = key
        self.channel = channel
        self.orders = orders
        self.buyers = buyers
        self.gmv = gmv
        self.attributed = attributed
    }
}

/// A brand's report over a period: the funnel by day, and purchases credited to notes, creators and search
/// queries under every model, click-through and view-through apart. Refunded purchases are left out. No
/// number describes fewer than ``minimumPeople`` people: such funnel cells are `nil` and such rows are left
/// out (and counted).
public struct BrandReport: Hashable, Sendable {
    public static let minimumPeople = 5

    public let brand: BrandID
    public let period: ReportPeriod
    /// Each UTC day of the period, oldest first.
    public let days: [FunnelDay]
    /// Distinct people over the whole period.
    public let total: FunnelCounts
    /// Purchases (not refunded) and their amount over the period, whatever led to them.
    public let orders: Int
    public let gmv: Int64
    public let currency: String?
    public let notes: [AttributionRow<NoteID>]
    public let creators: [AttributionRow<UserID>]
    public let queries: [AttributionRow<String>]
    public let campaigns: [AttributionRow<String>]
    /// Rows left out because fewer than ``minimumPeople`` bought through them.
    public let suppressedRows: Int
    /// `nil` when fewer than ``minimumPeople`` people engaged (or engaged from beyond the followers).
    public let seeding: Seeding?
    /// `nil` when fewer than ``minimumPeople`` people read, or fewer than that searched again (but not zero).
    public let research: Research?
    /// What the brand spent on notes, creators and queries in the period against what they brought (from the
    /// rows shown).
    public let returns: [SpendReturn]

    public init(
        brand: BrandID, period: ReportPeriod, days: [FunnelDay], total: FunnelCounts,
        orders: Int, gmv: Int64, currency: String?, notes: [AttributionRow<NoteID>], creators: [AttributionRow<UserID>],
        queries: [AttributionRow<String>], campaigns: [AttributionRow<String>] = [], suppressedRows: Int,
        seeding: Seeding? = nil, research: Research? = nil, returns: [SpendReturn] = []
    ) {
        self.campaigns = campaigns
        self.returns = returns
        self.seeding = seeding
        self.research = research
        self.brand = brand
        self.period = period
        self.days = days
        self.total = total
        self.orders = orders
        self.gmv = gmv
        self.currency = currency
        self.notes = notes
        self.creators = creators
        self.queries = queries
        self.suppressedRows = suppressedRows
    }
}

public enum ReportError: DomainError, Equatable {
    case badRange
    case tooLong

    public var kind: DomainErrorKind { .invalid }

    public var code: String {
        switch self {
        case .badRange: "report.bad_range"
        case .tooLong: "report.too_long"
        }
    }

    public var message: String {
        switch self {
        case .badRange: "The report's start comes before its end."
        case .tooLong: "A report covers at most 366 days."
        }
    }
}

/// Engagement with the brand's notes: "seeding" is what reaches beyond the author's followers.
public struct Seeding: Hashable, Sendable {
    /// Likes, collects, comments and shares of notes showing the brand's products (not by their authors).
    public var engagements: Int
    public var people: Int
    /// Of those, by people who do not follow the note's author.
    public var fromNonFollowers: Int
    public var nonFollowers: Int

    public init(engagements: Int = 0, people: Int = 0, fromNonFollowers: Int = 0, nonFollowers: Int = 0) {
        self.engagements = engagements
        self.people = people
        self.fromNonFollowers = fromNonFollowers
        self.nonFollowers = nonFollowers
    }

    /// The share of engagement from beyond the authors' followers.
    public var share: Double? { engagements > 0 ? Double(fromNonFollowers) / Double(engagements) : nil }
}

/// People who saw or read a note showing the brand's product, and how many of them searched for the brand
/// afterwards (a search naming the brand, or whose results showed its products or notes showing them).
public struct Research: Hashable, Sendable {
    public var readers: Int
    public var researchers: Int

    public init(readers: Int, researchers: Int) {
        self.readers = readers
        self.researchers = researchers
    }

    public var rate: Double? { readers > 0 ? Double(researchers) / Double(readers) : nil }
}

/// What a brand sells and is called: what re-search looks for.
public struct BrandCatalog: Hashable, Sendable {
    public let name: String
    public let products: Set<ProductID>
    public let notes: Set<NoteID>

    public init(name: String, products: Set<ProductID>, notes: Set<NoteID>) {
        self.name = name
        self.products = products
        self.notes = notes
    }
}

/// What reports read, as each backend counts it.
public protocol ReportStore: Sendable {
    /// Engagement with the brand's notes in the period (not by the notes' authors), and how much of it came from
    /// people who do not follow the author.
    func seeding(of brand: BrandID, period: ReportPeriod) async throws -> Seeding
    /// Signed-in people who saw or read a note showing the brand's product in the period, with the first time.
    func readers(of brand: BrandID, period: ReportPeriod) async throws -> [UserID: Date]
    /// The `search` events of these people in the period.
    func searches(by users: [UserID], period: ReportPeriod) async throws -> [Event]
    func catalog(of brand: BrandID) async throws -> BrandCatalog
    /// Distinct people at each funnel stage of the brand, per UTC day of the period (`day` is the day's start)
    /// and, with `day == nil`, over the whole period. People are users, or devices for the signed-out.
    func funnel(of brand: BrandID, period: ReportPeriod) async throws -> [(day: Date?, stage: FunnelStage, people: Int)]
    /// Purchases of the brand in the period that were not refunded: how many, their amount, their currency.
    func sales(of brand: BrandID, period: ReportPeriod) async throws -> (orders: Int, gmv: Int64, currency: String?)
    /// Attributed purchases of the brand in the period (not refunded), grouped by `dimension` and channel.
    func attribution(of brand: BrandID, period: ReportPeriod, by dimension: ReportDimension) async throws
        -> [AttributionRow<String>]
    func addSpend(_ spend: Spend) async throws
    /// The brand's spends dated in `since..<until`, oldest first.
    func spends(of brand: BrandID, since: Date, until: Date) async throws -> [Spend]
    /// Removes the brand's spend; `false` if it has none with that id.
    func removeSpend(_ id: Int64, of brand: BrandID) async throws -> Bool
}

/// What attributed purchases are grouped by.
public enum ReportDimension: String, CaseIterable, Sendable {
    case note
    case creator
    case query
    /// The `campaign` a touch's event carried (reported by clients, such as a promotion's link).
    case campaign
}

/// Brand reports, for the brand's members.
public struct BrandReports: Sendable {
    let store: any ReportStore
    let access: any BrandAccess
    let newID: @Sendable () -> Int64

    public init(store: any ReportStore, access: any BrandAccess, newID: @escaping @Sendable () -> Int64) {
        self.store = store
        self.access = access
        self.newID = newID
    }

    /// Records what the brand spent on a note, a creator or a search query.
    /// - Throws: the access check's error; ``SpendError`` for a malformed spend (nothing is written).
    public func addSpend(_ draft: SpendDraft, to brand: BrandID, by user: UserID) async throws -> Spend {
        try await access.requireMember(brand, user)
        let key = Spend.key(draft.key, draft.dimension)
        switch draft.dimension {
        case .note, .creator: guard let id = Int64(key), id > 0 else { throw SpendError.keyInvalid }
        case .query, .campaign:
            guard !key.isEmpty, key.count <= Spend.queryLimit else { throw SpendError.keyInvalid }
        }
        guard draft.amount > 0, draft.amount <= 10_000_000_000 else { throw SpendError.amountInvalid }
        guard let currency = Currency(rawValue: draft.currency) else { throw SpendError.currencyInvalid }
        let label = draft.label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard label.count <= Spend.labelLimit else { throw SpendError.labelTooLong }
        let spend = Spend(
            id: newID(), brand: brand, dimension: draft.dimension, key: key, amount: draft.amount, currency: currency,
            day: draft.day.utcDay, label: label)
        try await store.addSpend(spend)
        return spend
    }

    /// The brand's spends dated in the period, oldest first.
    public func spends(of brand: BrandID, period: ReportPeriod, by user: UserID) async throws -> [Spend] {
        try await access.requireMember(brand, user)
        return try await store.spends(of: brand, since: period.since, until: period.until)
    }

    /// - Throws: the access check's error; ``SpendError/notFound`` when the brand has no such spend.
    public func removeSpend(_ id: Int64, of brand: BrandID, by user: UserID) async throws {
        try await access.requireMember(brand, user)
        guard try await store.removeSpend(id, of: brand) else { throw SpendError.notFound }
    }

    /// The brand's report over `period`.
    /// - Throws: the access check's error.
    public func report(of brand: BrandID, period: ReportPeriod, by user: UserID) async throws -> BrandReport {
        try await access.requireMember(brand, user)
        // The parts read nothing of each other: they are read side by side (the funnel and the re-search rate
        // take the longest, each about half the report's time when read one after the other).
        async let funnel = store.funnel(of: brand, period: period)
        async let researched = research(of: brand, period: period)
        async let byNote = store.attribution(of: brand, period: period, by: .note)
        async let byCreator = store.attribution(of: brand, period: period, by: .creator)
        async let byQuery = store.attribution(of: brand, period: period, by: .query)
        async let byCampaign = store.attribution(of: brand, period: period, by: .campaign)
        async let sold = store.sales(of: brand, period: period)
        async let seeded = store.seeding(of: brand, period: period)
        async let spent = store.spends(of: brand, since: period.since, until: period.until)
        let minimum = BrandReport.minimumPeople
        var byDay: [Date: [FunnelStage: Int?]] = [:]
        var total: [FunnelStage: Int?] = Dictionary(uniqueKeysWithValues: FunnelStage.allCases.map { ($0, 0) })
        for cell in try await funnel {
            let people: Int? = cell.people < minimum ? nil : cell.people
            if let day = cell.day {
                byDay[day, default: [:]][cell.stage] = people
            } else {
                total[cell.stage] = people
            }
        }
        var days: [FunnelDay] = []
        var day = period.since.utcDay
        while day < period.until {
            var cells = byDay[day] ?? [:]
            for stage in FunnelStage.allCases where cells[stage] == nil { cells[stage] = .some(0) }
            days.append(FunnelDay(day: day, counts: FunnelCounts(people: cells)))
            day = day.addingTimeInterval(86_400)
        }
        var suppressed = 0
        func visible(_ rows: [AttributionRow<String>]) -> [AttributionRow<String>] {
            let kept = rows.filter { $0.buyers >= minimum }
            suppressed += rows.count - kept.count
            return kept.sorted { ($0.attributed[.linear] ?? 0, $0.key) > ($1.attributed[.linear] ?? 0, $1.key) }
        }
        func typed<Key>(_ rows: [AttributionRow<String>], _ make: (Int64) -> Key) -> [AttributionRow<Key>] {
            rows.compactMap { row in
                Int64(row.key).map {
                    AttributionRow(
                        key: make($0), channel: row.channel, orders: row.orders, buyers: row.buyers, gmv: row.gmv,
                        attributed: row.attributed)
                }
            }
        }
        let notes = visible(try await byNote)
        let creators = visible(try await byCreator)
        let queries = visible(try await byQuery)
        let campaigns = visible(try await byCampaign)
        let sales = try await sold
        let seeding = try await seeded
        let research = try await researched
        let returns = SpendReturn.of(
            try await spent, rows: [.note: notes, .creator: creators, .query: queries, .campaign: campaigns],
            soldIn: sales.currency)
        // Whole-period purchase totals are shown only above the threshold too.
        let enoughBuyers = (total[.purchase] ?? nil) != nil
        return BrandReport(
            brand: brand, period: period, days: days, total: FunnelCounts(people: total),
            orders: enoughBuyers ? sales.orders : 0, gmv: enoughBuyers ? sales.gmv : 0, currency: sales.currency,
            notes: typed(notes) { NoteID($0) }, creators: typed(creators) { UserID($0) }, queries: queries,
            campaigns: campaigns,
            suppressedRows: suppressed,
            seeding: seeding.people >= minimum && (seeding.nonFollowers == 0 || seeding.nonFollowers >= minimum)
                ? seeding : nil,
            research: research.readers >= minimum
                && (research.researchers == 0 || research.researchers >= minimum) ? research : nil,
            returns: returns)
    }

    /// Who, after seeing or reading a note showing the brand's product, searched for the brand.
    func research(of brand: BrandID, period: ReportPeriod) async throws -> Research {
        async let readersRead = store.readers(of: brand, period: period)
        async let catalogRead = store.catalog(of: brand)
        let readers = try await readersRead
        guard !readers.isEmpty else { return Research(readers: 0, researchers: 0) }
        let catalog = try await catalogRead
        let name = catalog.name.folded
        var researchers: Set<UserID> = []
        for search in try await store.searches(by: Array(readers.keys), period: period) {
            guard let user = search.user, let first = readers[user], search.at > first else { continue }
            let query = (search.context["query"] ?? "").folded
            let named = !name.isEmpty && query.contains(name)
            let shown = Attribution.shown(search).contains { shown in
                switch shown {
                case .note(let id): catalog.notes.contains(id)
                case .product(let id): catalog.products.contains(id)
                }
            }
            if named || shown { researchers.insert(user) }
        }
        return Research(readers: readers.count, researchers: researchers.count)
    }
}
