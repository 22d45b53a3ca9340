import Foundation
import HongshuCore

/// One SKU in a person's cart.
public struct CartItem: Hashable, Sendable {
    public let sku: SKU.ID
    public var quantity: Int
    public let addedAt: Date

    public init(sku: SKU.ID, quantity: Int, addedAt: Date) {
        self.sku = sku
        self.quantity = quantity
        self.addedAt = addedAt
    }
}

/// A cart as a buyer sees it: each item with its product and today's price, grouped by shop.
public struct Cart: Sendable {
    public struct Line: Sendable {
        public let product: Product
        public let sku: SKU
        public let quantity: Int
        /// Whether it can be bought now (product on sale and enough stock).
        public var isAvailable: Bool { product.status == .active && sku.stock >= quantity }
        public var total: Money { sku.price.times(quantity) ?? sku.price }
    }

    /// The lines of one shop: what one checkout buys.
    public struct Group: Sendable {
        public let brand: Brand
        public let lines: [Line]

        /// The sum of the available lines; `nil` if their currencies differ.
        public var subtotal: Money? {
            let available = lines.filter(\.isAvailable)
            guard let first = available.first else { return nil }
            return available.dropFirst().reduce(Optional(first.total)) { sum, line in sum?.adding(line.total) }
        }
    }

    public let groups: [Group]

    public var itemCount: Int { groups.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.quantity } } }
    public var isEmpty: Bool { groups.isEmpty }
}

/// Where carts are kept. Each backend implements it.
public protocol CartStore: Sendable {
    /// Sets the quantity of a SKU in the cart (adding it at `date` if new); 0 removes it.
    func set(_ sku: SKU.ID, quantity: Int, for user: UserID, at date: Date) async throws
    /// The items, oldest first.
    func items(of user: UserID) async throws -> [CartItem]
}

public enum CartError: DomainError, Equatable {
    case quantityInvalid
    case overStock(SKU.ID, available: Int)
    case notOnSale(Product.ID)
    case full

    public static let quantityLimit = 99
    public static let itemLimit = 50

    public var kind: DomainErrorKind {
        switch self {
        case .overStock: .conflict
        default: .invalid
        }
    }

    public var code: String {
        switch self {
        case .quantityInvalid: "cart.quantity_invalid"
        case .overStock: "cart.over_stock"
        case .notOnSale: "cart.not_on_sale"
        case .full: "cart.full"
        }
    }

    public var message: String {
        switch self {
        case .quantityInvalid: "A quantity is a whole number from 0 to \(Self.quantityLimit) (0 removes the item)."
        case .overStock(_, let available): "Only \(available) left in stock."
        case .notOnSale(let id): "Product \(id) is not on sale."
        case .full: "A cart holds at most \(Self.itemLimit) different items."
        }
    }
}
