import Commerce
import Community
import Foundation
import HongshuCore
import HongshuStore

/// A brand owned by a user, with one product of two SKUs (M and L at ¥129.00), ready to sell.
public struct ShopFixture: Sendable {
    public let owner: User
    public let brand: Brand
    public let product: Product

    public var medium: SKU { product.skus[0] }
    public var large: SKU { product.skus[1] }

    /// Inserts `owner` (unless it exists) and creates the brand and product through the domain.
    public static func make(
        brands: Brands, products: Products, stores: Stores, owner: User = .ada, name: String = "山茶花",
        stock: Int = 10, price: Int64 = 12_900, restockOnRefund: Bool = true
    ) async throws -> ShopFixture {
        if try await stores.users.user(owner.id) == nil { try await stores.users.insert(owner, passwordHash: "x") }
        let brand = try await brands.create(name: name, description: "手工茶具", by: owner.id)
        let product = try await products.create(
            ProductDraft(
                name: "粗陶茶杯", description: "一杯一窑", restockOnRefund: restockOnRefund,
                skus: [
                    SKUDraft(attributes: [SKU.Attribute(name: "size", value: "M")], price: .fen(price), stock: stock),
                    SKUDraft(
                        attributes: [SKU.Attribute(name: "size", value: "L")], price: .fen(price + 2_000), stock: stock),
                ]), in: brand.id, by: owner.id)
        return ShopFixture(owner: owner, brand: brand, product: product)
    }

    /// The same, through commerce operations made for tests.
    public static func make(
        _ commerce: TestCommerce, stores: Stores, owner: User = .ada, name: String = "山茶花", stock: Int = 10,
        price: Int64 = 12_900, restockOnRefund: Bool = true
    ) async throws -> ShopFixture {
        try await make(
            brands: commerce.brands, products: commerce.products, stores: stores, owner: owner, name: name,
            stock: stock, price: price, restockOnRefund: restockOnRefund)
    }

    /// `buyer` checks out `quantity` of the M size and pays with the sandbox's good card; the paid order.
    /// `key` (8 or more characters) keys both the order and the payment.
    public func buy(
        _ quantity: Int = 1, by buyer: UserID, checkout: Checkout, orders: Orders, key: String
    ) async throws -> Order {
        let order = try await checkout.place(
            CheckoutRequest(items: [.init(sku: medium.id, quantity: quantity)]), by: buyer, key: key)
        return try await orders.pay(order.id, card: "4242424242424242", by: buyer, key: key + "-pay")
    }

    /// `count` buyers inserted straight into the user store (ids from 500), for concurrency tests.
    public static func buyers(_ count: Int, stores: Stores) async throws -> [User] {
        let buyers = (0..<count).map { User.fixture(500 + Int64($0), "buyer\($0)") }
        try await stores.users.insert(contentsOf: buyers.map { ($0, "x") })
        return buyers
    }
}
