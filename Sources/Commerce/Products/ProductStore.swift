import Foundation
import HongshuCore

/// Where products and their SKUs are kept. Each backend implements it.
public protocol ProductStore: Sendable {
    /// Adds a product with its SKUs in one transaction.
    func insert(_ product: Product) async throws
    /// Changes a product's own fields (not its SKUs); `false` if it does not exist.
    func update(_ product: Product) async throws -> Bool
    /// Sets a SKU's price and moves its stock by `stockChange` (relative, so units reserved by
    /// checkouts at the same moment are not overwritten); the stock after, or `nil` if the SKU
    /// does not exist or the change would take it below zero.
    func update(_ sku: SKU.ID, price: Money, stockChange: Int) async throws -> Int?
    func product(_ id: Product.ID) async throws -> Product?
    /// Products by id (missing ones are left out), in no particular order.
    func products(_ ids: [Product.ID]) async throws -> [Product]
    /// The products that own these SKUs.
    func products(owning skus: [SKU.ID]) async throws -> [Product]
    /// A brand's products, newest first, only those with the given statuses.
    func products(of brand: Brand.ID, statuses: Set<Product.Status>, page: PageRequest) async throws -> Page<Product>
    /// Active products of every brand, newest first.
    func active(page: PageRequest) async throws -> Page<Product>
    /// Which of `ids` exist and are active.
    func activeIDs(_ ids: [Product.ID]) async throws -> Set<Product.ID>
}

public enum ProductError: DomainError, Equatable {
    case nameInvalid
    case descriptionTooLong
    case skuCount
    case attributesInvalid(index: Int)
    case priceInvalid(index: Int)
    case stockInvalid(index: Int)
    case currencyMismatch
    case tooManyTags
    case unknownTag(TagID)
    case tooManyMedia
    case mediaInvalid(index: Int)
    case notFound(Product.ID)
    case skuNotFound(SKU.ID)
    case stockChanged(SKU.ID)

    public static let nameLimit = 40
    public static let descriptionLimit = 2_000
    public static let skuLimit = 50
    public static let attributeLimit = 3
    public static let tagLimit = 5
    public static let mediaLimit = 9
    public static let stockLimit = 1_000_000
    /// ¥1,000,000.00: a price above this is a typo.
    public static let priceLimit: Int64 = 100_000_000

    public var kind: DomainErrorKind {
        switch self {
        case .notFound, .skuNotFound: .notFound
        case .stockChanged: .conflict
        default: .invalid
        }
    }

    public var code: String {
        switch self {
        case .nameInvalid: "product.name_invalid"
        case .descriptionTooLong: "product.description_too_long"
        case .skuCount: "product.sku_count"
        case .attributesInvalid: "product.attributes_invalid"
        case .priceInvalid: "product.price_invalid"
        case .stockInvalid: "product.stock_invalid"
        case .currencyMismatch: "product.currency_mismatch"
        case .tooManyTags: "product.too_many_tags"
        case .unknownTag: "product.unknown_tag"
        case .tooManyMedia: "product.too_many_media"
        case .mediaInvalid: "product.media_invalid"
        case .notFound: "product.not_found"
        case .skuNotFound: "sku.not_found"
        case .stockChanged: "sku.stock_changed"
        }
    }

    public var message: String {
        switch self {
        case .nameInvalid: "A product name is 1 to \(Self.nameLimit) characters."
        case .descriptionTooLong: "A product description is at most \(Self.descriptionLimit) characters."
        case .skuCount: "A product has 1 to \(Self.skuLimit) variants (SKUs)."
        case .attributesInvalid(let index):
            "Variant \(index + 1): at most \(Self.attributeLimit) attributes, each a name and value of 1 to 20 characters, names not repeated, and no two variants alike."
        case .priceInvalid(let index):
            "Variant \(index + 1): a price is a whole number of minor units (fen) from 1 to \(Self.priceLimit)."
        case .stockInvalid(let index): "Variant \(index + 1): stock is a whole number from 0 to \(Self.stockLimit)."
        case .currencyMismatch: "All variants of a product are priced in one currency."
        case .tooManyTags: "A product has at most \(Self.tagLimit) tags."
        case .unknownTag(let id): "Tag \(id) does not exist."
        case .tooManyMedia: "A product has at most \(Self.mediaLimit) images."
        case .mediaInvalid(let index):
            "Image \(index + 1) needs an http(s) URL of at most 2,048 characters and a size of 1 to 20,000 pixels."
        case .notFound(let id): "Product \(id) does not exist."
        case .skuNotFound(let id): "SKU \(id) does not exist."
        case .stockChanged: "Units sold while you edited: the stock changed. Look again and retry."
        }
    }
}
