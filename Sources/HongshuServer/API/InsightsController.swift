import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights
import NIOCore

/// `/brands/{id}/insights`: what brands learn of the purchases their products made (members of the brand only).
struct InsightsController {
    let attribution: Attribution
    let reports: BrandReports
    let accounts: Accounts
    let directory: InsightsDirectory
    let now: @Sendable () -> Date

    init(features: Features) {
        attribution = features.attribution
        reports = features.reports
        accounts = features.accounts
        directory = InsightsDirectory(accounts: features.accounts, notes: features.notes)
        now = features.now
    }

    func addRoutes(members: RouterGroup<AppRequestContext>) {
        members.get("brands/:id/insights", use: report)
        members.get("brands/:id/insights/:file", use: csv)
        members.get("brands/:id/insights/orders/:orderId/path", use: path)
        members.get("brands/:id/spend", use: spends)
        members.post("brands/:id/spend", use: addSpend)
        members.delete("brands/:id/spend/:spendId", use: removeSpend)
    }

    /// The brand's spends dated in `since..<until` (by default the report's 30 days).
    func spends(request: Request, context: AppRequestContext) async throws -> SpendListJSON {
        let user = try context.requireUser()
        let brand = try context.parameters.id(as: BrandID.self)
        let spends = try await reports.spends(of: brand, period: try period(request), by: user.id)
        return SpendListJSON(items: spends.map(SpendJSON.init))
    }

    /// Records what the brand spent on a note, a creator or a query.
    func addSpend(request: Request, context: AppRequestContext) async throws -> EditedResponse<SpendJSON> {
        let user = try context.requireUser()
        let brand = try context.parameters.id(as: BrandID.self)
        let body = try await request.decode(as: NewSpendJSON.self, context: context)
        guard let dimension = ReportDimension(rawValue: body.dimension) else {
            throw RequestError.badParameter("dimension", "is note, creator or query")
        }
        guard let day = InsightsDirectory.day(body.day) else {
            throw RequestError.badParameter("day", "is a date, YYYY-MM-DD")
        }
        let spend = try await reports.addSpend(
            SpendDraft(
                dimension: dimension, key: body.key, amount: body.amount.amount, currency: body.amount.currency,
                day: day, label: body.label ?? ""),
            to: brand, by: user.id)
        return EditedResponse(status: .created, response: SpendJSON(spend))
    }

    func removeSpend(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let user = try context.requireUser()
        let brand = try context.parameters.id(as: BrandID.self)
        guard let id = context.parameters.get("spendId").flatMap({ Int64($0) }) else {
            throw RequestError.badID("spendId")
        }
        try await reports.removeSpend(id, of: brand, by: user.id)
        return .noContent
    }

    /// The report over `since..<until` (dates or times; by default the 30 days up to the end of today).
    func report(request: Request, context: AppRequestContext) async throws -> BrandReportJSON {
        let report = try await load(request, context)
        let (titles, creators) = try await directory.names(for: report)
        return BrandReportJSON(report, titles: titles, creators: creators)
    }

    /// One table of the report as CSV: `funnel.csv`, `notes.csv`, `creators.csv` or `queries.csv` (the brand
    /// console's downloads are served by this too).
    func csv(request: Request, context: AppRequestContext) async throws -> Response {
        guard let table = InsightsTable(file: context.parameters.get("file")) else { throw HTTPError(.notFound) }
        return try await directory.csv(table, of: try await load(request, context))
    }

    private func load(_ request: Request, _ context: AppRequestContext) async throws -> BrandReport {
        let user = try context.requireUser()
        let brand = try context.parameters.id(as: BrandID.self)
        return try await reports.report(of: brand, period: try period(request), by: user.id)
    }

    /// `since..<until` from the query (dates or times; by default the 30 days up to the end of today).
    private func period(_ request: Request) throws -> ReportPeriod {
        let fallback = InsightsDirectory.defaultPeriod(today: now())
        let until = try request.queryDate("until") ?? fallback.until
        let since = try request.queryDate("since") ?? until.addingTimeInterval(-30 * 86_400)
        return try ReportPeriod(since: since, until: until)
    }

    /// The touches credited for one purchase, oldest first, with each model's credit.
    func path(request: Request, context: AppRequestContext) async throws -> PurchasePathJSON {
        let user = try context.requireUser()
        let brand = try context.parameters.id(as: BrandID.self)
        let order = try context.parameters.id("orderId", as: OrderID.self)
        let attributed = try await attribution.path(of: order, brand: brand, by: user.id)
        let creators = try await accounts.users(attributed.touches.compactMap(\.creator))
        let titles = try await directory.titles(attributed.touches.compactMap(\.note))
        let currency = attributed.purchase.currency
        return PurchasePathJSON(
            orderId: order.description, brandId: brand.description, at: attributed.purchase.at,
            amount: MoneyJSON(amount: attributed.purchase.amount, currency: currency),
            channel: attributed.channel?.rawValue, refundedAt: attributed.refundedAt,
            touches: attributed.touches.enumerated().map { index, touch in
                PurchasePathJSON.Touch(
                    eventId: String(touch.event), at: touch.at, kind: touch.kind.rawValue,
                    channel: touch.channel.rawValue,
                    note: touch.note.map { .init(id: $0.description, title: titles[$0]) },
                    creator: touch.creator.flatMap { creators[$0] }.map(UserSummaryJSON.init),
                    productId: touch.product?.description, query: touch.query, campaign: touch.campaign,
                    surface: touch.surface,
                    credits: Dictionary(
                        uniqueKeysWithValues: AttributionModel.allCases.map { model in
                            (model.rawValue, attributed.credits[model]?[index] ?? 0)
                        }))
            })
    }
}

struct PurchasePathJSON: ResponseCodable {
    struct NoteRef: Codable, Sendable {
        let id: String
        /// `nil` when the note has since been deleted.
        let title: String?
    }

    struct Touch: Codable, Sendable {
        let eventId: String
        let at: Date
        let kind: String
        let channel: String
        let note: NoteRef?
        let creator: UserSummaryJSON?
        let productId: String?
        let query: String?
        let campaign: String?
        let surface: String?
        /// Each model's credit, in minor units of the purchase's currency.
        let credits: [String: Int64]
    }

    let orderId: String
    let brandId: String
    let at: Date
    let amount: MoneyJSON
    /// `click` or `view`: which kind of touch took the credit; `null` when nothing led to the purchase.
    let channel: String?
    let refundedAt: Date?
    let touches: [Touch]
}
