import Foundation
import HongshuCore

/// A purchase from one shop: lines priced at checkout, a total, and where it stands.
public struct Order: Identifiable, Hashable, Sendable {
    public typealias ID = OrderID

    public enum Status: String, Hashable, Sendable, CaseIterable {
        case pending, paid, shipped, delivered, completed, cancelled
        case refundRequested = "refund_requested"
        case refunded

        /// The states an order may move to from this one (the state machine, in one place).
        public var next: Set<Status> {
            switch self {
            case .pending: [.paid, .cancelled]
            case .paid: [.shipped, .refundRequested]
            case .shipped: [.delivered, .refundRequested]
            case .delivered: [.completed, .refundRequested]
            // A declined request returns to where the order was (paid, shipped or delivered).
            case .refundRequested: [.refunded, .paid, .shipped, .delivered]
            case .completed, .cancelled, .refunded: []
            }
        }

        /// Whether the order counts as a sale (money was taken and not given back).
        public var isSale: Bool { [.paid, .shipped, .delivered, .completed, .refundRequested].contains(self) }
    }

    /// One SKU bought, at the price it had at checkout.
    public struct Line: Hashable, Sendable {
        public let sku: SKU.ID
        public let product: Product.ID
        public let productName: String
        public let attributes: [SKU.Attribute]
        public let unitPrice: Money
        public let quantity: Int

        public init(
            sku: SKU.ID, product: Product.ID, productName: String, attributes: [SKU.Attribute], unitPrice: Money,
            quantity: Int
        ) {
            self.sku = sku
            self.product = product
            self.productName = productName
            self.attributes = attributes
            self.unitPrice = unitPrice
            self.quantity = quantity
        }

        public var total: Money { Money(amount: unitPrice.amount * Int64(quantity), currency: unitPrice.currency) }
    }

    /// A step in the order's life: the state it entered, when, and who moved it (`nil`: the system).
    public struct Transition: Hashable, Sendable {
        public let status: Status
        public let at: Date
        public let actor: UserID?

        public init(status: Status, at: Date, actor: UserID?) {
            self.status = status
            self.at = at
            self.actor = actor
        }
    }

    public let id: ID
    public let buyer: UserID
    public let brand: Brand.ID
    public var status: Status
    public let lines: [Line]
    public let subtotal: Money
    /// Taken off by a promo code (zero or positive).
    public let discount: Money
    public let total: Money
    public let promo: PromoID?
    public let placedAt: Date
    /// An unpaid order is cancelled at this time and its stock released.
    public let expiresAt: Date
    /// The payment provider's reference once paid.
    public var paymentReference: String?
    /// Every state it has been in, oldest first (the first is `pending` at `placedAt`).
    public var history: [Transition]

    public init(
        id: ID, buyer: UserID, brand: Brand.ID, status: Status, lines: [Line], subtotal: Money, discount: Money,
        total: Money, promo: PromoID?, placedAt: Date, expiresAt: Date, paymentReference: String? = nil,
        history: [Transition]
    ) {
        self.id = id
        self.buyer = buyer
        self.brand = brand
        self.status = status
        self.lines = lines
        self.subtotal = subtotal
        self.discount = discount
        self.total = total
        self.promo = promo
        self.placedAt = placedAt
        self.expiresAt = expiresAt
        self.paymentReference = paymentReference
        self.history = history
    }

    public var timeKey: TimeKey { TimeKey(time: placedAt, id: id.rawValue) }

    /// The state before a refund was requested (where a declined request returns).
    public var statusBeforeRefundRequest: Status? {
        history.last { $0.status != .refundRequested && $0.status.next.contains(.refundRequested) }?.status
    }
}

/// A claim on an `Idempotency-Key`: who sent it, and a fingerprint of the request it came with.
public struct IdempotencyClaim: Hashable, Sendable {
    public let user: UserID
    public let key: String
    public let fingerprint: String
    public let at: Date

    public init(user: UserID, key: String, fingerprint: String, at: Date) {
        self.user = user
        self.key = key
        self.fingerprint = fingerprint
        self.at = at
    }
}

/// What an `Idempotency-Key` already stands for.
public struct IdempotencyRecord: Hashable, Sendable {
    public let fingerprint: String
    public let order: OrderID?
    /// How the request ended ("paid", "declined: …"); `nil` while it is still running.
    public let outcome: String?

    public init(fingerprint: String, order: OrderID?, outcome: String?) {
        self.fingerprint = fingerprint
        self.order = order
        self.outcome = outcome
    }
}

/// How ``OrderStore/place(_:claim:removingFromCart:)`` ended.
public enum PlaceOutcome: Hashable, Sendable {
    case placed
    /// The key was used before: what it stands for (nothing was written).
    case keyUsed(IdempotencyRecord)
    /// A SKU had fewer units than the order needs (nothing was written).
    case outOfStock(SKU.ID)
    /// The promo code reached its usage limit (nothing was written).
    case promoUsedUp
}

/// A change of state to apply atomically, with what it gives back.
public struct OrderChange: Sendable {
    public let order: Order.ID
    /// The change happens only if the order is in one of these states.
    public let from: Set<Order.Status>
    public let to: Order.Status
    public let at: Date
    public let actor: UserID?
    /// Units to put back into stock, per SKU.
    public var restock: [SKU.ID: Int] = [:]
    /// Whether the order's promo use is given back.
    public var releasePromo = false
    public var paymentReference: String?

    public init(order: Order.ID, from: Set<Order.Status>, to: Order.Status, at: Date, actor: UserID?) {
        self.order = order
        self.from = from
        self.to = to
        self.at = at
        self.actor = actor
    }
}

/// Where orders, their history and idempotency keys are kept. Each backend implements it.
public protocol OrderStore: Sendable {
    /// In one transaction: claims the idempotency key, takes each line's units from stock
    /// (only if enough remain), counts a use of the promo code (only under its limit), stores
    /// the order and removes its SKUs from the buyer's cart. All or nothing.
    func place(_ order: Order, claim: IdempotencyClaim, removingFromCart: Bool) async throws -> PlaceOutcome
    func order(_ id: Order.ID) async throws -> Order?
    /// Applies a change if the order is in one of its `from` states; the order after, or `nil`.
    func apply(_ change: OrderChange) async throws -> Order?
    /// A buyer's orders, newest first.
    func orders(of buyer: UserID, page: PageRequest) async throws -> Page<Order>
    /// A shop's orders, newest first, optionally only those in some states.
    func orders(of brand: Brand.ID, statuses: Set<Order.Status>?, page: PageRequest) async throws -> Page<Order>
    /// Pending orders whose time to pay ran out by `date`.
    func unpaid(expiredBy date: Date, limit: Int) async throws -> [Order.ID]
    /// Claims a key for a request that is not an order placement (payment); `nil` if claimed,
    /// or what the key already stands for.
    func claim(_ claim: IdempotencyClaim, order: Order.ID) async throws -> IdempotencyRecord?
    /// Adds orders made elsewhere (the world generator) with their whole history, in one
    /// transaction: takes each line's units from stock (only if enough remain, else nothing is
    /// written and ``OrderError/outOfStock(_:)`` is thrown) and puts `restock` units back.
    func insert(imported orders: [(order: Order, restock: [SKU.ID: Int])]) async throws
    /// What a key already stands for, if it was used.
    func record(_ user: UserID, key: String) async throws -> IdempotencyRecord?
    /// Records how the request behind a claimed key ended.
    func settle(_ user: UserID, key: String, outcome: String) async throws
    /// Forgets a claimed key whose request did not finish (so it can be retried).
    func release(_ user: UserID, key: String) async throws
}
