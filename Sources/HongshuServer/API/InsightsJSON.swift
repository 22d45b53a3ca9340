import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights
import NIOCore

/// The tables of a brand's report (each also as CSV).
enum InsightsTable: String, CaseIterable {
    case funnel, notes, creators, queries, campaigns, returns

    /// The table a `{table}.csv` path names.
    init?(file: String?) {
        guard let file, file.hasSuffix(".csv") else { return nil }
        self.init(rawValue: String(file.dropLast(4)))
    }
}

/// What the API and the pages show of insights beyond the figures: the titles of notes and the creators they
/// name, the default period, and tables as CSV files.
struct InsightsDirectory: Sendable {
    let accounts: Accounts
    let notes: Notes

    /// The titles of the live notes among `ids`.
    func titles(_ ids: [NoteID]) async throws -> [NoteID: String] {
        Dictionary(uniqueKeysWithValues: try await notes.notes(ids).map { ($0.id, $0.title) })
    }

    /// The titles of the report's notes and its creators.
    func names(for report: BrandReport) async throws -> (titles: [NoteID: String], creators: [UserID: User]) {
        (try await titles(report.notes.map(\.key)), try await accounts.users(report.creators.map(\.key)))
    }

    /// A `YYYY-MM-DD` day (the start of it, UTC), or `nil`.
    static func day(_ text: String) -> Date? {
        let format = Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash)
        guard text.utf8.count == 10, let date = try? format.parse(text) else { return nil }
        return date
    }

    /// Without dates, a report covers the 30 days up to the end of `today`.
    static func defaultPeriod(today: Date) -> (since: Date, until: Date) {
        let until = today.utcDay.addingTimeInterval(86_400)
        return (until.addingTimeInterval(-30 * 86_400), until)
    }

    /// One table of the report as a CSV download.
    func csv(_ table: InsightsTable, of report: BrandReport) async throws -> Response {
        let (titles, creators) = try await names(for: report)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"insights-\(report.brand)-\(table.rawValue).csv\"",
            ],
            body: .init(
                byteBuffer: ByteBuffer(
                    string: InsightsCSV.table(table, of: report, titles: titles, creators: creators))))
    }
}

struct FunnelCountsJSON: Codable, Sendable {
    /// Distinct people at each stage; `null` where fewer than the minimum (withheld).
    let people: [String: Int?]
    let conversion: [String: Double]

    init(_ counts: FunnelCounts) {
        var people: [String: Int?] = [:]
        for stage in FunnelStage.allCases { people[stage.rawValue] = counts.people[stage] ?? nil }
        self.people = people
        conversion = Dictionary(uniqueKeysWithValues: counts.conversion.map { ($0.key.rawValue, $0.value) })
    }

    func encode(to encoder: any Encoder) throws {
        enum Keys: String, CodingKey { case people, conversion }
        var container = encoder.container(keyedBy: Keys.self)
        // Withheld cells are explicit nulls, not missing keys.
        var nested = container.nestedContainer(keyedBy: DynamicKey.self, forKey: .people)
        for stage in FunnelStage.allCases {
            try nested.encode(people[stage.rawValue] ?? nil, forKey: DynamicKey(stage.rawValue))
        }
        try container.encode(conversion, forKey: .conversion)
    }
}

struct DynamicKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ text: String) { stringValue = text }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

struct AttributionRowJSON: Codable, Sendable {
    let noteId: String?
    let title: String?
    let creator: UserSummaryJSON?
    let query: String?
    let campaign: String?
    let channel: String
    let orders: Int
    let buyers: Int
    let gmv: Int64
    /// Credit by model, in minor units.
    let attributed: [String: Int64]

    init<Key>(
        _ row: AttributionRow<Key>, noteId: String? = nil, title: String? = nil, creator: UserSummaryJSON? = nil,
        query: String? = nil, campaign: String? = nil
    ) {
        self.campaign = campaign
        self.noteId = noteId
        self.title = title
        self.creator = creator
        self.query = query
        channel = row.channel.rawValue
        orders = row.orders
        buyers = row.buyers
        gmv = row.gmv
        attributed = Dictionary(uniqueKeysWithValues: row.attributed.map { ($0.key.rawValue, $0.value) })
    }
}

struct BrandReportJSON: ResponseCodable {
    struct Day: Codable, Sendable {
        let day: String
        let funnel: FunnelCountsJSON
    }

    let brandId: String
    let since: Date
    let until: Date
    /// Cells and rows describing fewer people than this are withheld.
    let minimumPeople: Int
    let currency: String?
    let orders: Int
    let gmv: Int64
    let funnel: FunnelCountsJSON
    let days: [Day]
    let notes: [AttributionRowJSON]
    let creators: [AttributionRowJSON]
    let queries: [AttributionRowJSON]
    /// Rows by the `campaign` the touches' events carried.
    let campaigns: [AttributionRowJSON]
    let suppressedRows: Int
    /// Engagement with the brand's notes and how much came from beyond the authors' followers (`null`: withheld).
    let seeding: SeedingJSON?
    /// Readers of the brand's notes who later searched for it (`null`: withheld).
    let research: ResearchJSON?
    /// What the brand spent on notes, creators and queries in the period, against what they brought.
    let returns: [SpendReturnJSON]

    struct SeedingJSON: Codable, Sendable {
        let engagements: Int
        let people: Int
        let fromNonFollowers: Int
        let nonFollowers: Int
        let share: Double?
    }

    struct ResearchJSON: Codable, Sendable {
        let readers: Int
        let researchers: Int
        let rate: Double?
    }

    init(_ report: BrandReport, titles: [NoteID: String], creators: [UserID: User]) {
        brandId = report.brand.description
        since = report.period.since
        until = report.period.until
        minimumPeople = BrandReport.minimumPeople
        currency = report.currency
        orders = report.orders
        gmv = report.gmv
        funnel = FunnelCountsJSON(report.total)
        days = report.days.map { Day(day: InsightsCSV.day($0.day), funnel: FunnelCountsJSON($0.counts)) }
        notes = report.notes.map { AttributionRowJSON($0, noteId: $0.key.description, title: titles[$0.key]) }
        self.creators = report.creators.map { row in
            AttributionRowJSON(row, creator: creators[row.key].map(UserSummaryJSON.init))
        }
        queries = report.queries.map { AttributionRowJSON($0, query: $0.key) }
        campaigns = report.campaigns.map { AttributionRowJSON($0, campaign: $0.key) }
        suppressedRows = report.suppressedRows
        seeding = report.seeding.map {
            SeedingJSON(
                engagements: $0.engagements, people: $0.people, fromNonFollowers: $0.fromNonFollowers,
                nonFollowers: $0.nonFollowers, share: $0.share)
        }
        research = report.research.map { ResearchJSON(readers: $0.readers, researchers: $0.researchers, rate: $0.rate) }
        returns = report.returns.map(SpendReturnJSON.init)
    }

    enum CodingKeys: String, CodingKey {
        case brandId, since, until, minimumPeople, currency, orders, gmv, funnel, days, notes, creators, queries
        case campaigns, suppressedRows, seeding, research, returns
    }

    /// Withheld figures are explicit nulls, not missing keys.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(brandId, forKey: .brandId)
        try container.encode(since, forKey: .since)
        try container.encode(until, forKey: .until)
        try container.encode(minimumPeople, forKey: .minimumPeople)
        try container.encode(currency, forKey: .currency)
        try container.encode(orders, forKey: .orders)
        try container.encode(gmv, forKey: .gmv)
        try container.encode(funnel, forKey: .funnel)
        try container.encode(days, forKey: .days)
        try container.encode(notes, forKey: .notes)
        try container.encode(creators, forKey: .creators)
        try container.encode(queries, forKey: .queries)
        try container.encode(campaigns, forKey: .campaigns)
        try container.encode(suppressedRows, forKey: .suppressedRows)
        try container.encode(seeding, forKey: .seeding)
        try container.encode(research, forKey: .research)
        try container.encode(returns, forKey: .returns)
    }
}

/// A spend as the API shows it.
struct SpendJSON: ResponseCodable {
    let id: String
    let dimension: String
    let key: String
    let amount: MoneyJSON
    /// The UTC day, `YYYY-MM-DD`.
    let day: String
    let label: String

    init(_ spend: Spend) {
        id = String(spend.id)
        dimension = spend.dimension.rawValue
        key = spend.key
        amount = MoneyJSON(amount: spend.amount, currency: spend.currency.rawValue)
        day = InsightsCSV.day(spend.day)
        label = spend.label
    }
}

struct SpendListJSON: ResponseCodable {
    let items: [SpendJSON]
}

/// `{dimension, key, amount: {amount, currency}, day, label}`: a spend to record.
struct NewSpendJSON: Decodable {
    let dimension: String
    let key: String
    let amount: MoneyJSON
    let day: String
    let label: String?
}

struct SpendReturnJSON: Codable, Sendable {
    let dimension: String
    let key: String
    let cost: MoneyJSON
    /// Each model's attributed amount in minor units (empty when the spend's currency is not the sales').
    let attributed: [String: Int64]
    /// Attributed amount over cost, by model.
    let roi: [String: Double]

    init(_ spend: SpendReturn) {
        dimension = spend.dimension.rawValue
        key = spend.key
        cost = MoneyJSON(amount: spend.cost, currency: spend.currency.rawValue)
        attributed = Dictionary(uniqueKeysWithValues: spend.attributed.map { ($0.key.rawValue, $0.value) })
        roi = Dictionary(uniqueKeysWithValues: spend.roi.map { ($0.key.rawValue, $0.value) })
    }
}

/// A report's tables as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they need it).
enum InsightsCSV {
    static func table(
        _ table: InsightsTable, of report: BrandReport, titles: [NoteID: String], creators: [UserID: User]
    )
        -> String
    {
        let models = AttributionModel.allCases.map(\.rawValue)
        var rows: [[String]] = []
        switch table {
        case .funnel:
            rows.append(["day"] + FunnelStage.allCases.map(\.rawValue))
            for day in report.days {
                rows.append([Self.day(day.day)] + FunnelStage.allCases.map { cell(day.counts.people[$0] ?? nil) })
            }
            rows.append(["total"] + FunnelStage.allCases.map { cell(report.total.people[$0] ?? nil) })
        case .notes:
            rows.append(["note_id", "title", "channel", "orders", "buyers", "gmv"] + models)
            for row in report.notes {
                rows.append([row.key.description, titles[row.key] ?? ""] + figures(row))
            }
        case .creators:
            rows.append(["creator_id", "handle", "channel", "orders", "buyers", "gmv"] + models)
            for row in report.creators {
                rows.append([row.key.description, creators[row.key]?.handle ?? ""] + figures(row))
            }
        case .queries:
            rows.append(["query", "channel", "orders", "buyers", "gmv"] + models)
            for row in report.queries { rows.append([row.key] + figures(row)) }
        case .campaigns:
            rows.append(["campaign", "channel", "orders", "buyers", "gmv"] + models)
            for row in report.campaigns { rows.append([row.key] + figures(row)) }
        case .returns:
            rows.append(["dimension", "key", "currency", "cost"] + models + models.map { "roi_" + $0 })
            for spend in report.returns {
                rows.append(
                    [spend.dimension.rawValue, spend.key, spend.currency.rawValue, String(spend.cost)]
                        + AttributionModel.allCases.map { spend.attributed[$0].map(String.init) ?? "" }
                        + AttributionModel.allCases.map { spend.roi[$0].map { String(format: "%.4f", $0) } ?? "" })
            }
        }
        return rows.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func figures<Key>(_ row: AttributionRow<Key>) -> [String] {
        [row.channel.rawValue, String(row.orders), String(row.buyers), String(row.gmv)]
            + AttributionModel.allCases.map { String(row.attributed[$0] ?? 0) }
    }

    /// A withheld cell is empty.
    private static func cell(_ value: Int?) -> String { value.map(String.init) ?? "" }

    static func quoted(_ field: String) -> String {
        // A leading =, +, - or @ would be a formula in a spreadsheet: prefix it with a quote.
        let safe = field.first.map { "=+-@".contains($0) } == true ? "'" + field : field
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash))
    }
}
