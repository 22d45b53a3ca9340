import Community
import Foundation
import HongshuCore

/// Something a brand sells, in one or more variants (SKUs).
public struct Product: Identifiable, Hashable, Sendable {
    public typealias ID = ProductID

    /// Whether buyers can see and buy it.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case draft, active, archived
    }

    public let id: ID
    public let brand: Brand.ID
    public var name: String
    public var description: String
    public var status: Status
    public var tags: [TagID]
    public var media: [Media]
    /// Whether refunded units go back into stock (the product's stock policy).
    public var restockOnRefund: Bool
    public var skus: [SKU]
    public let createdAt: Date

    public init(
        id: ID, brand: Brand.ID, name: String, description: String, status: Status, tags: [TagID] = [],
        media: [Media] = [], restockOnRefund: Bool = true, skus: [SKU], createdAt: Date
    ) {
        self.id = id
        self.brand = brand
        self.name = name
        self.description = description
        self.status = status
        self.tags = tags
        self.media = media
        self.restockOnRefund = restockOnRefund
        self.skus = skus
        self.createdAt = createdAt
    }

    /// The lowest SKU price: what a card shows ("from ¥…").
    public var fromPrice: Money? { skus.min { $0.price.amount < $1.price.amount }?.price }

    public func sku(_ id: SKU.ID) -> SKU? { skus.first { $0.id == id } }

    public var timeKey: TimeKey { TimeKey(time: createdAt, id: id.rawValue) }
}

/// One variant of a product: its attributes (size, colour…), price and units in stock.
public struct SKU: Identifiable, Hashable, Sendable {
    public typealias ID = SKUID

    /// A named attribute such as size = M, in the order the brand gave them.
    public struct Attribute: Hashable, Sendable, Codable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public let id: ID
    public let product: Product.ID
    public var attributes: [Attribute]
    public var price: Money
    public var stock: Int

    public init(id: ID, product: Product.ID, attributes: [Attribute], price: Money, stock: Int) {
        self.id = id
        self.product = product
        self.attributes = attributes
        self.price = price
        self.stock = stock
    }

    /// "M · 红色", or "" for a product with one plain variant.
    public var label: String { attributes.map(\.value).joined(separator: " · ") }
}

/// What a brand fills in to list a product.
public struct ProductDraft: Hashable, Sendable {
    public var name: String
    public var description: String
    public var status: Product.Status
    public var tags: [TagID]
    public var media: [Media]
    public var restockOnRefund: Bool
    public var skus: [SKUDraft]

    public init(
        name: String, description: String = "", status: Product.Status = .active, tags: [TagID] = [],
        media: [Media] = [], restockOnRefund: Bool = true, skus: [SKUDraft]
    ) {
        self.name = name
        self.description = description
        self.status = status
        self.tags = tags
        self.media = media
        self.restockOnRefund = restockOnRefund
        self.skus = skus
    }
}

/// One variant in a ``ProductDraft``.
public struct SKUDraft: Hashable, Sendable {
    public var attributes: [SKU.Attribute]
    public var price: Money
    public var stock: Int

    public init(attributes: [SKU.Attribute] = [], price: Money, stock: Int) {
        self.attributes = attributes
        self.price = price
        self.stock = stock
    }
}
