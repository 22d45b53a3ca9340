import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights

/// `/brands/{id}/insights`: what brands learn of the purchases their products made (members of the brand only).
struct InsightsController {
    let attribution: Attribution
    let accounts: Accounts
    let notes: Notes

    func addRoutes(members: RouterGroup<AppRequestContext>) {
        members.get("brands/:id/insights/orders/:orderId/path", use: path)
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
