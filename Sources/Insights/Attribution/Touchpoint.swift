import Foundation
import HongshuCore

/// A purchase, as its `purchase` event tells it.
public struct Purchase: Hashable, Sendable {
    public let order: OrderID
    public let buyer: UserID
    public let brand: BrandID
    public let at: Date
    /// The amount paid, in minor units.
    public let amount: Int64
    public let currency: String

    public init(order: OrderID, buyer: UserID, brand: BrandID, at: Date, amount: Int64, currency: String) {
        self.order = order
        self.buyer = buyer
        self.brand = brand
        self.at = at
        self.amount = amount
        self.currency = currency
    }

    /// The purchase a `purchase` event records, if it is one (with buyer, order, amount and brand).
    public init?(_ event: Event) {
        guard event.kind == .purchase, event.subject.type == "order", let buyer = event.user,
            let amount = event.amount, let brand = event.context["brand"].flatMap({ Int64($0) })
        else { return nil }
        self.init(
            order: OrderID(event.subject.id), buyer: buyer, brand: BrandID(brand), at: event.at, amount: amount.minor,
            currency: amount.currency)
    }
}

/// A step on a buyer's way to a purchase: something they did with the brand's products, or with notes showing
/// them, in the lookback window before it.
public struct Touchpoint: Hashable, Sendable {
    /// Click-through touches (the buyer acted: read a note, opened a product, clicked a search result, put it in
    /// the cart) take the credit when there are any; otherwise view-through touches (a note or product card on
    /// screen, a search whose results showed one) do.
    public enum Channel: String, Hashable, Sendable, CaseIterable {
        case click
        case view
    }

    public let event: Int64
    public let at: Date
    public let kind: Event.Kind
    public let channel: Channel
    /// The note read or shown (a product click from a note names the note).
    public let note: NoteID?
    /// The note's author.
    public let creator: UserID?
    public let product: ProductID?
    /// The search the touch came through: its normalised query.
    public let query: String?
    public let campaign: String?
    public let surface: String?

    public init(
        event: Int64, at: Date, kind: Event.Kind, channel: Channel, note: NoteID? = nil, creator: UserID? = nil,
        product: ProductID? = nil, query: String? = nil, campaign: String? = nil, surface: String? = nil
    ) {
        self.event = event
        self.at = at
        self.kind = kind
        self.channel = channel
        self.note = note
        self.creator = creator
        self.product = product
        self.query = query
        self.campaign = campaign
        self.surface = surface
    }
}

/// A purchase with the touches credited for it and each touch's credit under every model.
public struct AttributedPurchase: Hashable, Sendable {
    public let purchase: Purchase
    /// The credited touches, oldest first: the click-through ones when there are any, else the view-through ones.
    public let touches: [Touchpoint]
    /// Each model's credit for each touch (minor units, summing to the purchase's amount), in `touches` order.
    public let credits: [AttributionModel: [Int64]]
    /// When it was refunded (refunded purchases leave every total).
    public var refundedAt: Date?

    public init(
        purchase: Purchase, touches: [Touchpoint], credits: [AttributionModel: [Int64]], refundedAt: Date? = nil
    ) {
        self.purchase = purchase
        self.touches = touches
        self.credits = credits
        self.refundedAt = refundedAt
    }

    /// Which kind of touch took the credit; `nil` for a purchase nothing led to.
    public var channel: Touchpoint.Channel? { touches.first?.channel }

    /// Credits the touches that led to `purchase` under every model.
    public init(_ purchase: Purchase, touches: [Touchpoint], settings: AttributionSettings) {
        let clicks = touches.filter { $0.channel == .click }
        let credited = (clicks.isEmpty ? touches : clicks).sorted { ($0.at, $0.event) < ($1.at, $1.event) }
        let ages = credited.map { purchase.at.timeIntervalSince($0.at) }
        var credits: [AttributionModel: [Int64]] = [:]
        for model in AttributionModel.allCases where !credited.isEmpty {
            credits[model] = AttributionModel.split(
                purchase.amount, by: model.weights(ages: ages, halfLife: settings.halfLife))
        }
        self.init(purchase: purchase, touches: credited, credits: credits)
    }
}
