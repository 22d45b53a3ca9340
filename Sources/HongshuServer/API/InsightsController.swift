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
    let notes: Notes
    let now: @Sendable () -> Date

    func addRoutes(members: RouterGroup<AppRequestContext>) {
        members.get("brands/:id/insights", use: report)
        members.get("brands/:id/insights/:file", use: csv)
        members.get("brands/:id/insights/orders/:orderId/path", use: path)
    }

    /// The report over `since..<until` (dates or times; by default the 30 days up to tomorrow).
    func report(request: Request, context: AppRequestContext) async throws -> BrandReportJSON {
        let (report, titles, creators) = try await load(request, context)
        return BrandReportJSON(report, titles: titles, creators: creators)
    }

    /// One table of the report as CSV: `funnel.csv`, `notes.csv`, `creators.csv` or `queries.csv`.
    func csv(request: Request, context: AppRequestContext) async throws -> Response {
        guard let file = context.parameters.get("file"), file.hasSuffix(".csv"),
            let table = InsightsTable(rawValue: String(file.dropLast(4)))
        else { throw HTTPError(.notFound) }
        let (report, titles, creators) = try await load(request, context)
        let text = InsightsCSV.table(table, of: report, titles: titles, creators: creators)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"insights-\(report.brand)-\(table.rawValue).csv\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func load(_ request: Request, _ context: AppRequestContext) async throws
        -> (BrandReport, [NoteID: String], [UserID: User])
    {
        let user = try context.requireUser()
        let brand = try context.parameters.id(as: BrandID.self)
        let until = try request.queryDate("until") ?? now().utcDay.addingTimeInterval(86_400)
        let since = try request.queryDate("since") ?? until.addingTimeInterval(-30 * 86_400)
        let report = try await reports.report(
            of: brand, period: try ReportPeriod(since: since, until: until), by: user.id)
        let titles = Dictionary(
            uniqueKeysWithValues: try await notes.notes(report.notes.map(\.key)).map { ($0.id, $0.title) })
        let creators = try await accounts.users(report.creators.map(\.key))
        return (report, titles, creators)
    }

    /// The touches credited for one purchase, oldest first, with each model's credit.
    func path(request: Request, context: AppRequestContext) async throws -> PurchasePathJSON {
        let user = try context.requireUser()
        let brand = try context.parameters.id(as: BrandID.self)
        let order = try context.parameters.id("orderId", as: OrderID.self)
        let attributed = try await attribution.path(of: order, brand: brand, by: user.id)
        let creators = try await accounts.users(attributed.touches.compactMap(\.creator))
        let titles = Dictionary(
            uniqueKeysWithValues: try await notes.notes(attributed.touches.compactMap(\.note)).map {
                ($0.id, $0.title)
            })
        let currency = attributed.purchase.currency
        return PurchasePathJSON(
            orderId: order.description, brandId: brand.description, at: attributed.purchase.at,
            amount: PathMoneyJSON(amount: attributed.purchase.amount, currency: currency),
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

struct PathMoneyJSON: Codable, Sendable {
    let amount: Int64
    let currency: String
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
    let amount: PathMoneyJSON
    /// `click` or `view`: which kind of touch took the credit; `null` when nothing led to the purchase.
    let channel: String?
    let refundedAt: Date?
    let touches: [Touch]
}
