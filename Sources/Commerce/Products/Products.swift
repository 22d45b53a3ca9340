import Community
import Foundation
import HongshuCore

/// Listing products, changing them, and reading the catalogue.
public struct Products: ProductCatalog {
    let store: any ProductStore
    let brands: Brands
    let tags: any TagStore
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        store: any ProductStore, brands: Brands, tags: any TagStore, now: @escaping @Sendable () -> Date,
        newID: @escaping @Sendable () -> Int64
    ) {
        self.store = store
        self.brands = brands
        self.tags = tags
        self.now = now
        self.newID = newID
    }

    /// Lists a product in a brand's shop (members only).
    /// - Throws: ``BrandError`` for a non-member, ``ProductError`` for the first rule the draft breaks.
    public func create(_ draft: ProductDraft, in brand: Brand.ID, by user: UserID) async throws -> Product {
        try await brands.requireMember(brand, user)
        return try await create(draft, in: brand, id: ProductID(newID()), at: now(), skuID: newID)
    }

    /// Lists a product made elsewhere (the world generator) with its own ids and time, under the
    /// same rules, without a member check.
    public func create(imported product: Product) async throws {
        let draft = ProductDraft(
            name: product.name, description: product.description, status: product.status, tags: product.tags,
            media: product.media, restockOnRefund: product.restockOnRefund,
            skus: product.skus.map { SKUDraft(attributes: $0.attributes, price: $0.price, stock: $0.stock) })
        var given = product.skus.map(\.id).makeIterator()
        _ = try await create(draft, in: product.brand, id: product.id, at: product.createdAt) {
            given.next()?.rawValue ?? 0
        }
    }

    private func create(
        _ draft: ProductDraft, in brand: Brand.ID, id: ProductID, at date: Date, skuID: () -> Int64
    ) async throws -> Product {
        let fields = try await validFields(draft)
        let skus = try Self.validSKUs(draft.skus, product: id, newID: skuID)
        let product = Product(
            id: id, brand: brand, name: fields.name, description: fields.description, status: draft.status,
            tags: fields.tags, media: draft.media, restockOnRefund: draft.restockOnRefund, skus: skus,
            createdAt: date.truncatedToMilliseconds)
        try await store.insert(product)
        return product
    }

    /// Changes name, description, status, tags, media and stock policy (members only); SKUs stay.
    public func update(_ id: Product.ID, with draft: ProductDraft, by user: UserID) async throws -> Product {
        var product = try await editable(id, by: user)
        let fields = try await validFields(draft)
        product.name = fields.name
        product.description = fields.description
        product.status = draft.status
        product.tags = fields.tags
        product.media = draft.media
        product.restockOnRefund = draft.restockOnRefund
        guard try await store.update(product) else { throw ProductError.notFound(id) }
        return product
    }

    /// Sets a SKU's price and stock (members only). The currency stays the product's.
    /// - Throws: ``ProductError/stockChanged(_:)`` when sales since the read leave too little to apply the change.
    public func update(sku id: SKU.ID, price: Money?, stock: Int?, by user: UserID) async throws -> Product {
        guard var product = try await store.products(owning: [id]).first else { throw ProductError.skuNotFound(id) }
        try await brands.requireMember(product.brand, user)
        guard let index = product.skus.firstIndex(where: { $0.id == id }) else { throw ProductError.skuNotFound(id) }
        var sku = product.skus[index]
        let before = sku.stock
        if let price {
            guard Self.validPrice(price) else { throw ProductError.priceInvalid(index: index) }
            guard price.currency == sku.price.currency else { throw ProductError.currencyMismatch }
            sku.price = price
        }
        if let stock {
            guard (0...ProductError.stockLimit).contains(stock) else { throw ProductError.stockInvalid(index: index) }
            sku.stock = stock
        }
        // Stock moves by the difference from what was read, so a checkout that reserved units
        // in between keeps its reservation; if that would leave less than zero, nothing changes.
        guard let stock = try await store.update(id, price: sku.price, stockChange: sku.stock - before) else {
            throw ProductError.stockChanged(id)
        }
        sku.stock = stock
        product.skus[index] = sku
        return product
    }

    /// A product as `viewer` may see it: active products for everyone, others for the brand's members.
    /// - Throws: ``ProductError/notFound(_:)``.
    public func product(_ id: Product.ID, viewer: UserID?) async throws -> Product {
        guard let product = try await store.product(id) else { throw ProductError.notFound(id) }
        if product.status == .active { return product }
        guard try await isMember(viewer, of: product.brand) else { throw ProductError.notFound(id) }
        return product
    }

    /// The product a SKU belongs to, if any.
    public func owner(of sku: SKU.ID) async throws -> Product? { try await store.products(owning: [sku]).first }

    /// Products by id for cards (missing ones left out), in the order asked.
    public func products(_ ids: [Product.ID]) async throws -> [Product] {
        guard !ids.isEmpty else { return [] }
        let found = Dictionary(uniqueKeysWithValues: try await store.products(ids).map { ($0.id, $0) })
        return ids.compactMap { found[$0] }
    }

    /// A shop's products: active ones for everyone; members see drafts and archived ones too.
    public func products(of brand: Brand.ID, viewer: UserID?, page: PageRequest) async throws -> Page<Product> {
        _ = try await brands.brand(brand)
        let statuses: Set<Product.Status> =
            try await isMember(viewer, of: brand) ? Set(Product.Status.allCases) : [.active]
        return try await store.products(of: brand, statuses: statuses, page: page)
    }

    /// Every shop's active products, newest first.
    public func active(page: PageRequest) async throws -> Page<Product> { try await store.active(page: page) }

    public func activeProducts(_ products: [ProductID]) async throws -> Set<ProductID> {
        products.isEmpty ? [] : try await store.activeIDs(products)
    }

    private func isMember(_ user: UserID?, of brand: Brand.ID) async throws -> Bool {
        guard let user else { return false }
        return try await brands.role(of: user, in: brand) != nil
    }

    private func editable(_ id: Product.ID, by user: UserID) async throws -> Product {
        guard let product = try await store.product(id) else { throw ProductError.notFound(id) }
        try await brands.requireMember(product.brand, user)
        return product
    }

    private func validFields(_ draft: ProductDraft) async throws -> (name: String, description: String, tags: [TagID]) {
        let name = draft.name.trimmed
        guard (1...ProductError.nameLimit).contains(name.count) else { throw ProductError.nameInvalid }
        let description = draft.description.trimmed
        guard description.count <= ProductError.descriptionLimit else { throw ProductError.descriptionTooLong }
        var seen = Set<TagID>()
        let tagIDs = draft.tags.filter { seen.insert($0).inserted }
        guard tagIDs.count <= ProductError.tagLimit else { throw ProductError.tooManyTags }
        let known = Set(try await tags.tags(tagIDs).map(\.id))
        if let unknown = tagIDs.first(where: { !known.contains($0) }) { throw ProductError.unknownTag(unknown) }
        guard draft.media.count <= ProductError.mediaLimit else { throw ProductError.tooManyMedia }
        if let index = draft.media.firstIndex(where: { !$0.isValid }) { throw ProductError.mediaInvalid(index: index) }
        return (name, description, tagIDs)
    }

    static func validPrice(_ price: Money) -> Bool { (1...ProductError.priceLimit).contains(price.amount) }

    static func validSKUs(_ drafts: [SKUDraft], product: Product.ID, newID: () -> Int64) throws -> [SKU] {
        guard (1...ProductError.skuLimit).contains(drafts.count) else { throw ProductError.skuCount }
        var seenVariants = Set<[SKU.Attribute]>()
        return try drafts.enumerated().map { index, draft in
            let attributes = draft.attributes.map { SKU.Attribute(name: $0.name.trimmed, value: $0.value.trimmed) }
            guard attributes.count <= ProductError.attributeLimit,
                attributes.allSatisfy({ (1...20).contains($0.name.count) && (1...20).contains($0.value.count) }),
                Set(attributes.map(\.name)).count == attributes.count,
                seenVariants.insert(attributes).inserted
            else { throw ProductError.attributesInvalid(index: index) }
            guard validPrice(draft.price) else { throw ProductError.priceInvalid(index: index) }
            guard draft.price.currency == drafts[0].price.currency else { throw ProductError.currencyMismatch }
            guard (0...ProductError.stockLimit).contains(draft.stock) else {
                throw ProductError.stockInvalid(index: index)
            }
            return SKU(
                id: SKUID(newID()), product: product, attributes: attributes, price: draft.price, stock: draft.stock)
        }
    }
}
