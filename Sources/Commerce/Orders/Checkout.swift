import Crypto
import Foundation
import HongshuCore
import Insights

/// What a buyer asks to buy: explicit items, or (when `items` is `nil`) their cart, optionally
/// only one shop's part of it; and a promo code.
public struct CheckoutRequest: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public let sku: SKU.ID
        public let quantity: Int

        public init(sku: SKU.ID, quantity: Int) {
            self.sku = sku
            self.quantity = quantity
        }
    }

    public var items: [Item]?
    public var brand: Brand.ID?
    public var promoCode: String?

    public init(items: [Item]? = nil, brand: Brand.ID? = nil, promoCode: String? = nil) {
        self.items = items
        self.brand = brand
        self.promoCode = promoCode
    }

    /// A digest of what was asked: the same key with another request is refused.
    var fingerprint: String {
        let items = self.items.map { $0.map { "\($0.sku)x\($0.quantity)" }.joined(separator: ",") } ?? "cart"
        return Idempotency.digest("order|\(items)|\(brand?.description ?? "")|\(promoCode?.trimmed.uppercased() ?? "")")
    }
}

/// Turning a cart (or a list of items) into an order: prices taken from the shop at this
/// moment, never from the client; stock reserved atomically; a promo code applied.
public struct Checkout: Sendable {
    let orders: any OrderStore
    let carts: any CartStore
    let products: any ProductStore
    let promos: Promos
    let events: EventLog?
    /// How long a buyer has to pay before the order is cancelled and its stock released.
    let timeToPay: TimeInterval
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        orders: any OrderStore, carts: any CartStore, products: any ProductStore, promos: Promos,
        events: EventLog? = nil, timeToPay: TimeInterval = 30 * 60, now: @escaping @Sendable () -> Date,
        newID: @escaping @Sendable () -> Int64
    ) {
        self.orders = orders
        self.carts = carts
        self.products = products
        self.promos = promos
        self.events = events
        self.timeToPay = timeToPay
        self.now = now
        self.newID = newID
    }

    /// Places an order. The same `key` with the same request returns the same order (nothing
    /// new is written); with another request it is refused.
    /// - Throws: ``OrderError``, ``PromoError``, ``ProductError/skuNotFound(_:)``.
    public func place(_ request: CheckoutRequest, by buyer: UserID, key: String, context: [String: String] = [:])
        async throws -> Order
    {
        let (order, placed) = try await place(request, by: buyer, key: key)
        if placed {
            var context = context
            context["amount"] = String(order.total.amount)
            context["currency"] = order.total.currency.rawValue
            try await events?.record(.checkout, by: buyer, on: .order(order.id), context: context)
        }
        return order
    }

    /// The order and whether it is new (`false`: a retry answered from its key).
    private func place(_ request: CheckoutRequest, by buyer: UserID, key: String) async throws
        -> (order: Order, placed: Bool)
    {
        try Idempotency.check(key)
        let placedAt = now().truncatedToMilliseconds
        let claim = IdempotencyClaim(user: buyer, key: key, fingerprint: request.fingerprint, at: placedAt)
        // A retry is answered from what the key stands for, before the cart (now empty) is read.
        if let record = try await orders.record(buyer, key: key) { return (try await replay(record, claim), false) }
        var wanted = try await items(request, of: buyer)
        let owners = try await products.products(owning: wanted.map(\.sku))
        var bySKU: [SKU.ID: (Product, SKU)] = [:]
        for product in owners { for sku in product.skus { bySKU[sku.id] = (product, sku) } }
        if request.items == nil, let brand = request.brand {  // one shop's part of the cart
            wanted = wanted.filter { bySKU[$0.sku]?.0.brand == brand }
            guard !wanted.isEmpty else { throw OrderError.nothingToBuy }
        }
        var lines: [Order.Line] = []
        for item in wanted {
            guard let (product, sku) = bySKU[item.sku] else { throw ProductError.skuNotFound(item.sku) }
            guard product.status == .active else { throw OrderError.notOnSale(product.id) }
            lines.append(
                Order.Line(
                    sku: sku.id, product: product.id, productName: product.name, attributes: sku.attributes,
                    unitPrice: sku.price, quantity: item.quantity))
        }
        let brands = Set(wanted.compactMap { bySKU[$0.sku]?.0.brand })
        guard brands.count == 1, let brand = brands.first else { throw OrderError.multipleShops }
        let currency = lines[0].unitPrice.currency
        guard lines.allSatisfy({ $0.unitPrice.currency == currency }) else { throw OrderError.currencyMismatch }
        let subtotal = Money(amount: lines.reduce(0) { $0 + $1.total.amount }, currency: currency)
        var promo: PromoCode?
        if let code = request.promoCode, !code.trimmed.isEmpty { promo = try await promos.usable(code, at: brand) }
        let discount = try promo?.discount(on: subtotal) ?? .zero(currency)
        let order = Order(
            id: OrderID(newID()), buyer: buyer, brand: brand, status: .pending, lines: lines, subtotal: subtotal,
            discount: discount, total: Money(amount: subtotal.amount - discount.amount, currency: currency),
            promo: promo?.id, placedAt: placedAt, expiresAt: placedAt.addingTimeInterval(timeToPay),
            history: [Order.Transition(status: .pending, at: placedAt, actor: buyer)])
        switch try await orders.place(order, claim: claim, removingFromCart: request.items == nil) {
        case .placed: return (order, true)
        case .keyUsed(let record): return (try await replay(record, claim), false)
        case .outOfStock(let sku): throw OrderError.outOfStock(sku)
        case .promoUsedUp: throw PromoError.usedUp(promo?.code ?? "")
        }
    }

    private func replay(_ record: IdempotencyRecord, _ claim: IdempotencyClaim) async throws -> Order {
        guard record.fingerprint == claim.fingerprint, let id = record.order, let order = try await orders.order(id)
        else { throw OrderError.idempotencyKeyReused }
        return order
    }

    /// The items asked for, merged per SKU, checked for sane quantities.
    private func items(_ request: CheckoutRequest, of buyer: UserID) async throws -> [CheckoutRequest.Item] {
        var wanted: [CheckoutRequest.Item]
        if let items = request.items {
            wanted = items
        } else {
            wanted = try await carts.items(of: buyer).map { CheckoutRequest.Item(sku: $0.sku, quantity: $0.quantity) }
        }
        guard !wanted.isEmpty else { throw OrderError.nothingToBuy }
        guard wanted.allSatisfy({ (1...CartError.quantityLimit).contains($0.quantity) }) else {
            throw OrderError.quantityInvalid
        }
        var merged: [SKU.ID: Int] = [:]
        var order: [SKU.ID] = []
        for item in wanted {
            if merged[item.sku] == nil { order.append(item.sku) }
            merged[item.sku, default: 0] += item.quantity
        }
        guard order.count <= OrderError.lineLimit else { throw OrderError.tooManyLines }
        guard merged.values.allSatisfy({ $0 <= CartError.quantityLimit }) else { throw OrderError.quantityInvalid }
        return order.map { CheckoutRequest.Item(sku: $0, quantity: merged[$0] ?? 0) }
    }
}

/// `Idempotency-Key` rules shared by checkout and payment.
enum Idempotency {
    static func check(_ key: String) throws {
        guard !key.isEmpty else { throw OrderError.idempotencyKeyMissing }
        guard (8...100).contains(key.utf8.count), key.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw OrderError.idempotencyKeyInvalid
        }
    }

    static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
