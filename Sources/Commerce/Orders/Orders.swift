import Foundation
import HongshuCore
import Insights

/// An order's life after checkout: payment, fulfilment, delivery, refunds, expiry.
/// Every change goes through ``Order/Status/next`` and is recorded with its time and actor.
public struct Orders: Sendable {
    let store: any OrderStore
    let products: any ProductStore
    let brands: Brands
    let payments: any PaymentProvider
    let events: EventLog?
    let now: @Sendable () -> Date

    public init(
        store: any OrderStore, products: any ProductStore, brands: Brands, payments: any PaymentProvider,
        events: EventLog? = nil, now: @escaping @Sendable () -> Date
    ) {
        self.store = store
        self.products = products
        self.brands = brands
        self.payments = payments
        self.events = events
        self.now = now
    }

    /// An order as its buyer or the shop's members see it; nobody else learns it exists.
    /// - Throws: ``OrderError/notFound(_:)``.
    public func order(_ id: Order.ID, viewer: UserID) async throws -> Order {
        guard let order = try await store.order(id) else { throw OrderError.notFound(id) }
        if order.buyer == viewer { return order }
        guard try await brands.role(of: viewer, in: order.brand) != nil else { throw OrderError.notFound(id) }
        return order
    }

    /// A buyer's own orders, newest first.
    public func orders(of buyer: UserID, page: PageRequest) async throws -> Page<Order> {
        try await store.orders(of: buyer, page: page)
    }

    /// A shop's orders for its members, newest first.
    public func orders(of brand: Brand.ID, statuses: Set<Order.Status>?, by user: UserID, page: PageRequest)
        async throws -> Page<Order>
    {
        try await brands.requireMember(brand, user)
        return try await store.orders(of: brand, statuses: statuses, page: page)
    }

    /// Pays a pending order with a card. The same `key` with the same card returns the same
    /// outcome; the provider is charged at most once per order whatever the retries.
    /// - Throws: ``OrderError`` (declined: 402; provider timeout: 503; expired or not pending: 409).
    public func pay(_ id: Order.ID, card: String, by buyer: UserID, key: String, context: [String: String] = [:])
        async throws -> Order
    {
        try Idempotency.check(key)
        let card = card.filter { $0 != " " && $0 != "-" }
        guard CardNumber.isValid(card) else { throw OrderError.cardInvalid }
        let order = try await order(id, viewer: buyer)
        guard order.buyer == buyer else { throw OrderError.notFound(id) }
        let claim = IdempotencyClaim(
            user: buyer, key: key, fingerprint: Idempotency.digest("pay|\(id)|\(card)"),
            at: now().truncatedToMilliseconds)
        if let record = try await store.claim(claim, order: id) {
            guard record.fingerprint == claim.fingerprint, record.order == id else {
                throw OrderError.idempotencyKeyReused
            }
            guard let outcome = record.outcome else { throw OrderError.paymentInProgress }
            if outcome.hasPrefix("declined: ") { throw OrderError.paymentDeclined(String(outcome.dropFirst(10))) }
            return try await self.order(id, viewer: buyer)
        }
        do {
            let paid = try await charge(order, card: card, buyer: buyer, context: context)
            try await store.settle(buyer, key: key, outcome: "paid")
            return paid
        } catch OrderError.paymentDeclined(let reason) {
            try await store.settle(buyer, key: key, outcome: "declined: \(reason)")
            throw OrderError.paymentDeclined(reason)
        } catch {
            try await store.release(buyer, key: key)
            throw error
        }
    }

    private func charge(_ order: Order, card: String, buyer: UserID, context: [String: String]) async throws -> Order {
        guard order.status == .pending else { throw OrderError.transitionNotAllowed(from: order.status, to: .paid) }
        guard order.expiresAt > now() else {
            try await expire(order.id)
            throw OrderError.expired(order.id)
        }
        let result: PaymentResult
        do {
            result = try await payments.charge(order.total, card: card, reference: order.id.description)
        } catch is PaymentTimeout {
            throw OrderError.paymentUnavailable
        }
        switch result {
        case .declined(let reason): throw OrderError.paymentDeclined(reason)
        case .succeeded(let reference):
            var change = OrderChange(
                order: order.id, from: [.pending], to: .paid, at: now().truncatedToMilliseconds, actor: buyer)
            change.paymentReference = reference
            guard let paid = try await store.apply(change) else {
                // Cancelled or expired while the card was charged: give the money back.
                try await payments.refund(charge: reference, amount: order.total)
                let current = try await store.order(order.id)?.status ?? .cancelled
                throw OrderError.transitionNotAllowed(from: current, to: .paid)
            }
            var context = context
            context["amount"] = String(paid.total.amount)
            context["currency"] = paid.total.currency.rawValue
            context["brand"] = paid.brand.description
            try await events?.record(.purchase, by: buyer, on: .order(paid.id), context: context)
            return paid
        }
    }

    /// The buyer cancels an unpaid order: its stock and promo use are given back.
    public func cancel(_ id: Order.ID, by buyer: UserID) async throws -> Order {
        let order = try await buyersOrder(id, buyer)
        return try await move(order, to: .cancelled, by: buyer, restock: restockAll(order), releasePromo: true)
    }

    /// A shop member marks a paid order shipped.
    public func ship(_ id: Order.ID, by user: UserID) async throws -> Order {
        try await move(try await shopsOrder(id, user), to: .shipped, by: user)
    }

    /// A shop member (or the buyer) marks a shipped order delivered.
    public func deliver(_ id: Order.ID, by user: UserID) async throws -> Order {
        let order = try await self.order(id, viewer: user)
        return try await move(order, to: .delivered, by: user)
    }

    /// The buyer confirms a delivered order is complete.
    public func complete(_ id: Order.ID, by buyer: UserID) async throws -> Order {
        try await move(try await buyersOrder(id, buyer), to: .completed, by: buyer)
    }

    /// The buyer asks for their money back on a paid, shipped or delivered order.
    public func requestRefund(_ id: Order.ID, by buyer: UserID) async throws -> Order {
        try await move(try await buyersOrder(id, buyer), to: .refundRequested, by: buyer)
    }

    /// A shop member approves a refund: the money goes back, and units go back into stock
    /// for products whose policy says so.
    public func approveRefund(_ id: Order.ID, by user: UserID) async throws -> Order {
        let order = try await shopsOrder(id, user)
        let policies = Dictionary(
            uniqueKeysWithValues: try await products.products(order.lines.map(\.product)).map {
                ($0.id, $0.restockOnRefund)
            })
        var restock: [SKU.ID: Int] = [:]
        for line in order.lines where policies[line.product] ?? true { restock[line.sku, default: 0] += line.quantity }
        let refunded = try await move(order, to: .refunded, by: user, restock: restock)
        if let reference = order.paymentReference {
            try await payments.refund(charge: reference, amount: order.total)
        }
        try await events?.record(
            .refund, by: order.buyer, on: .order(order.id),
            context: ["amount": String(order.total.amount), "currency": order.total.currency.rawValue])
        return refunded
    }

    /// A shop member declines a refund: the order returns to where it was.
    public func declineRefund(_ id: Order.ID, by user: UserID) async throws -> Order {
        let order = try await shopsOrder(id, user)
        guard order.status == .refundRequested, let back = order.statusBeforeRefundRequest else {
            throw OrderError.transitionNotAllowed(from: order.status, to: .paid)
        }
        return try await move(order, to: back, by: user)
    }

    /// Records orders made elsewhere (the world generator) with their whole history, in one
    /// transaction, under the same rules as orders placed here: lines priced as the shop prices
    /// them, one shop an order, quantities in range, totals that add up, every step allowed by
    /// the state machine, stock taken (never below zero) and given back for cancelled orders
    /// and for refunds of products that restock.
    /// - Throws: ``OrderError`` for the first order that breaks a rule (nothing is written).
    public func record(imported orders: [Order]) async throws {
        guard !orders.isEmpty else { return }
        let owners = try await products.products(owning: Array(Set(orders.flatMap { $0.lines.map(\.sku) })))
        var bySKU: [SKU.ID: (Product, SKU)] = [:]
        for product in owners { for sku in product.skus { bySKU[sku.id] = (product, sku) } }
        var batch: [(order: Order, restock: [SKU.ID: Int])] = []
        for order in orders {
            guard !order.lines.isEmpty else { throw OrderError.nothingToBuy }
            guard order.lines.count <= OrderError.lineLimit else { throw OrderError.tooManyLines }
            for line in order.lines {
                guard (1...CartError.quantityLimit).contains(line.quantity) else { throw OrderError.quantityInvalid }
                guard let (product, sku) = bySKU[line.sku] else { throw ProductError.skuNotFound(line.sku) }
                guard product.status == .active, product.id == line.product else {
                    throw OrderError.notOnSale(line.product)
                }
                guard product.brand == order.brand else { throw OrderError.multipleShops }
                guard sku.price == line.unitPrice else {
                    throw OrderError.importInvalid(order.id, "a price differs from the shop's")
                }
            }
            let subtotal = order.lines.reduce(0) { $0 + $1.total.amount }
            guard order.promo == nil, order.discount.amount == 0, order.subtotal.amount == subtotal,
                order.total.amount == subtotal, order.total.currency == order.lines[0].unitPrice.currency
            else { throw OrderError.importInvalid(order.id, "its totals do not add up") }
            let steps = order.history.map(\.status)
            guard steps.first == .pending, steps.last == order.status, order.history.first?.at == order.placedAt,
                zip(steps, steps.dropFirst()).allSatisfy({ $0.next.contains($1) }),
                zip(order.history, order.history.dropFirst()).allSatisfy({ $0.at <= $1.at }),
                (order.paymentReference != nil) == steps.contains(.paid)
            else { throw OrderError.importInvalid(order.id, "its history breaks the order state machine") }
            var restock: [SKU.ID: Int] = [:]
            if order.status == .cancelled || order.status == .refunded {
                for line in order.lines where order.status == .cancelled || bySKU[line.sku]?.0.restockOnRefund == true {
                    restock[line.sku, default: 0] += line.quantity
                }
            }
            batch.append((order, restock))
        }
        try await store.insert(imported: batch)
    }

    /// Cancels every unpaid order whose time ran out, giving back stock and promo uses.
    /// Returns how many were cancelled.
    @discardableResult
    public func expireUnpaid(limit: Int = 500) async throws -> Int {
        var cancelled = 0
        for id in try await store.unpaid(expiredBy: now(), limit: limit) where try await expire(id) {
            cancelled += 1
        }
        return cancelled
    }

    @discardableResult
    private func expire(_ id: Order.ID) async throws -> Bool {
        guard let order = try await store.order(id), order.status == .pending else { return false }
        var change = OrderChange(
            order: id, from: [.pending], to: .cancelled, at: now().truncatedToMilliseconds, actor: nil)
        change.restock = restockAll(order)
        change.releasePromo = true
        return try await store.apply(change) != nil
    }

    private func move(
        _ order: Order, to status: Order.Status, by actor: UserID, restock: [SKU.ID: Int] = [:],
        releasePromo: Bool = false
    ) async throws -> Order {
        guard order.status.next.contains(status) else {
            throw OrderError.transitionNotAllowed(from: order.status, to: status)
        }
        var change = OrderChange(
            order: order.id, from: [order.status], to: status, at: now().truncatedToMilliseconds, actor: actor)
        change.restock = restock
        change.releasePromo = releasePromo
        guard let moved = try await store.apply(change) else {
            // Someone else moved it first: report against where it is now.
            let current = try await store.order(order.id)?.status ?? order.status
            throw OrderError.transitionNotAllowed(from: current, to: status)
        }
        return moved
    }

    private func restockAll(_ order: Order) -> [SKU.ID: Int] {
        order.lines.reduce(into: [:]) { $0[$1.sku, default: 0] += $1.quantity }
    }

    private func buyersOrder(_ id: Order.ID, _ buyer: UserID) async throws -> Order {
        let order = try await self.order(id, viewer: buyer)
        guard order.buyer == buyer else { throw OrderError.notFound(id) }
        return order
    }

    private func shopsOrder(_ id: Order.ID, _ user: UserID) async throws -> Order {
        let order = try await self.order(id, viewer: user)
        try await brands.requireMember(order.brand, user)
        return order
    }
}
