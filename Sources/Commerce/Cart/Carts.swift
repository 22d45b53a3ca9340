import Foundation
import HongshuCore
import Insights

/// Putting things in one's cart and reading it back.
public struct Carts: Sendable {
    let store: any CartStore
    let products: any ProductStore
    let brands: any BrandStore
    let events: EventLog?
    let now: @Sendable () -> Date

    public init(
        store: any CartStore, products: any ProductStore, brands: any BrandStore, events: EventLog? = nil,
        now: @escaping @Sendable () -> Date
    ) {
        self.store = store
        self.products = products
        self.brands = brands
        self.events = events
        self.now = now
    }

    /// Sets how many of a SKU the cart holds; 0 removes it. Adding checks the product is on
    /// sale and in stock; an add is an `add_to_cart` event.
    /// - Throws: ``CartError``, or ``ProductError/skuNotFound(_:)``.
    public func set(_ sku: SKU.ID, quantity: Int, for user: UserID, context: [String: String] = [:]) async throws
        -> Cart
    {
        guard (0...CartError.quantityLimit).contains(quantity) else { throw CartError.quantityInvalid }
        let items = try await store.items(of: user)
        let before = items.first { $0.sku == sku }?.quantity ?? 0
        var added: Product?
        if quantity > 0 {
            guard let product = try await products.products(owning: [sku]).first, let variant = product.sku(sku) else {
                throw ProductError.skuNotFound(sku)
            }
            added = product
            guard product.status == .active else { throw CartError.notOnSale(product.id) }
            guard quantity <= variant.stock else { throw CartError.overStock(sku, available: variant.stock) }
            guard before > 0 || items.count < CartError.itemLimit else { throw CartError.full }
        } else if before == 0 {
            return try await cart(of: user)
        }
        try await store.set(sku, quantity: quantity, for: user, at: now().truncatedToMilliseconds)
        if let added, quantity > before {
            var context = context
            context["sku"] = sku.description
            context["quantity"] = String(quantity - before)
            try await events?.record(.addToCart, by: user, on: .product(added.id), context: context)
        }
        return try await cart(of: user)
    }

    /// The cart with today's prices and stock, grouped by shop (shops in the order first added).
    public func cart(of user: UserID) async throws -> Cart {
        let items = try await store.items(of: user)
        guard !items.isEmpty else { return Cart(groups: []) }
        let owners = try await products.products(owning: items.map(\.sku))
        var bySKU: [SKU.ID: (Product, SKU)] = [:]
        for product in owners { for sku in product.skus { bySKU[sku.id] = (product, sku) } }
        var order: [Brand.ID] = []
        var lines: [Brand.ID: [Cart.Line]] = [:]
        for item in items {
            guard let (product, sku) = bySKU[item.sku] else { continue }
            if lines[product.brand] == nil { order.append(product.brand) }
            lines[product.brand, default: []].append(Cart.Line(product: product, sku: sku, quantity: item.quantity))
        }
        let shops = Dictionary(try await brands.brands(order).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return Cart(groups: order.compactMap { id in shops[id].map { Cart.Group(brand: $0, lines: lines[id] ?? []) } })
    }
}
