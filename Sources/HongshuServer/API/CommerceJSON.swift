import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird

/// The wire types of commerce. Money is `{"amount": fen, "currency": "CNY"}`.
struct MoneyJSON: Codable, Equatable, Sendable {
    let amount: Int64
    let currency: String

    init(_ money: Money) {
        amount = money.amount
        currency = money.currency.rawValue
    }

    init(amount: Int64, currency: String) {
        self.amount = amount
        self.currency = currency
    }

    /// The domain value, or a 400 naming the field.
    func money(_ field: String) throws -> Money {
        guard let currency = Currency(rawValue: currency) else {
            throw RequestError.badParameter(field, "currency must be an ISO 4217 code such as CNY")
        }
        return Money(amount: amount, currency: currency)
    }
}

struct BrandJSON: ResponseCodable, Equatable {
    let id: String
    let name: String
    let description: String
    let createdAt: Date
    /// The caller's role in the brand (absent when they are not a member).
    let myRole: String?

    init(_ brand: Brand, role: BrandRole? = nil) {
        id = brand.id.description
        name = brand.name
        description = brand.description
        createdAt = brand.createdAt
        myRole = role?.rawValue
    }
}

struct BrandMemberJSON: ResponseCodable {
    let user: UserSummaryJSON
    let role: String
    let addedAt: Date
}

struct SKUJSON: Codable, Equatable, Sendable {
    let id: String
    let attributes: [String: String]
    let label: String
    let price: MoneyJSON
    let stock: Int

    init(_ sku: SKU) {
        id = sku.id.description
        attributes = Dictionary(sku.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        label = sku.label
        price = MoneyJSON(sku.price)
        stock = sku.stock
    }
}

struct RatingJSON: Codable, Equatable, Sendable {
    let count: Int
    let average: Double?

    init(_ summary: RatingSummary) {
        count = summary.count
        average = summary.average
    }
}

struct ProductJSON: ResponseCodable, Equatable {
    let id: String
    let brand: BrandJSON
    let name: String
    let description: String
    let status: String
    let tagIds: [String]
    let media: [MediaJSON]
    let restockOnRefund: Bool
    let skus: [SKUJSON]
    let fromPrice: MoneyJSON?
    let rating: RatingJSON?
    let createdAt: Date

    init(_ product: Product, brand: Brand, rating: RatingSummary? = nil) {
        id = product.id.description
        self.brand = BrandJSON(brand)
        name = product.name
        description = product.description
        status = product.status.rawValue
        tagIds = product.tags.map(\.description)
        media = product.media.map(MediaJSON.init)
        restockOnRefund = product.restockOnRefund
        skus = product.skus.map(SKUJSON.init)
        fromPrice = product.fromPrice.map(MoneyJSON.init)
        self.rating = rating.map(RatingJSON.init)
        createdAt = product.createdAt
    }
}

/// A product as a card under a note or in a list: enough to draw it and follow the link.
struct ProductCardJSON: Codable, Equatable, Sendable {
    let id: String
    let name: String
    let brandId: String
    let brandName: String
    let fromPrice: MoneyJSON?
    let cover: MediaJSON?
    let onSale: Bool
}

struct CartLineJSON: Codable, Sendable {
    let product: ProductCardJSON
    let sku: SKUJSON
    let quantity: Int
    let total: MoneyJSON
    let available: Bool
}

struct CartGroupJSON: Codable, Sendable {
    let brand: BrandJSON
    let lines: [CartLineJSON]
    let subtotal: MoneyJSON?
}

struct CartJSON: ResponseCodable {
    let groups: [CartGroupJSON]
    let itemCount: Int
}

struct OrderLineJSON: Codable, Equatable, Sendable {
    let skuId: String
    let productId: String
    let productName: String
    let attributes: [String: String]
    let unitPrice: MoneyJSON
    let quantity: Int
    let total: MoneyJSON
}

struct OrderTransitionJSON: Codable, Equatable, Sendable {
    let status: String
    let at: Date
    let actorId: String?
}

struct OrderJSON: ResponseCodable, Equatable {
    let id: String
    let buyerId: String
    let brandId: String
    let status: String
    let lines: [OrderLineJSON]
    let subtotal: MoneyJSON
    let discount: MoneyJSON
    let total: MoneyJSON
    let promoId: String?
    let placedAt: Date
    let expiresAt: Date
    let paid: Bool
    let history: [OrderTransitionJSON]

    init(_ order: Order) {
        id = order.id.description
        buyerId = order.buyer.description
        brandId = order.brand.description
        status = order.status.rawValue
        lines = order.lines.map { line in
            OrderLineJSON(
                skuId: line.sku.description, productId: line.product.description, productName: line.productName,
                attributes: Dictionary(line.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }),
                unitPrice: MoneyJSON(line.unitPrice), quantity: line.quantity, total: MoneyJSON(line.total))
        }
        subtotal = MoneyJSON(order.subtotal)
        discount = MoneyJSON(order.discount)
        total = MoneyJSON(order.total)
        promoId = order.promo?.description
        placedAt = order.placedAt
        expiresAt = order.expiresAt
        paid = order.paymentReference != nil
        history = order.history.map {
            OrderTransitionJSON(status: $0.status.rawValue, at: $0.at, actorId: $0.actor?.description)
        }
    }
}

struct PromoJSON: ResponseCodable, Equatable {
    let id: String
    let brandId: String
    let code: String
    let percentOff: Int?
    let amountOff: MoneyJSON?
    let usageLimit: Int?
    let used: Int
    let expiresAt: Date?
    let creatorId: String?
    let createdAt: Date

    init(_ promo: PromoCode) {
        id = promo.id.description
        brandId = promo.brand.description
        code = promo.code
        switch promo.discount {
        case .percent(let percent):
            percentOff = percent
            amountOff = nil
        case .amount(let amount):
            percentOff = nil
            amountOff = MoneyJSON(amount)
        }
        usageLimit = promo.usageLimit
        used = promo.used
        expiresAt = promo.expiresAt
        creatorId = promo.creator?.description
        createdAt = promo.createdAt
    }
}

struct PurchaseJSON: Codable, Equatable, Sendable {
    let orderId: String
    let productId: String
    let rating: Int
}

struct ReviewJSON: ResponseCodable {
    let orderId: String
    let productId: String
    let rating: Int
    let reviewedAt: Date
    let note: NoteJSON
}

extension MediaJSON {
    init(_ media: Media) {
        self.init(kind: media.kind.rawValue, url: media.url, width: media.width, height: media.height)
    }
}
