import Commerce
import Community
import Foundation
import HongshuCore

/// What shops are made from: for each top-level category, fictional brands, the variant
/// attribute people choose by, and products with realistic price ranges (in yuan) and tags.
/// Kept in `Resources/commerce.json`.
public struct ShopCatalog: Decodable, Sendable {
    public struct Category: Decodable, Sendable {
        public struct BrandEntry: Decodable, Sendable {
            public let name: String
            public let description: String
        }

        public struct Attribute: Decodable, Sendable {
            public let name: String
            public let values: [String]
        }

        public struct ProductEntry: Decodable, Sendable {
            public let name: String
            /// Lowest and highest price, in yuan.
            public let price: [Int]
            public let tags: [Int64]
        }

        public let brands: [BrandEntry]
        public let attribute: Attribute
        public let products: [ProductEntry]
    }

    /// By top-level tag id, as a string ("1" … "32").
    public let categories: [String: Category]

    public static func bundled() throws -> ShopCatalog {
        guard let url = Bundle.module.url(forResource: "commerce", withExtension: "json") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(ShopCatalog.self, from: Data(contentsOf: url))
    }
}

/// The commerce operations the generator writes through.
public struct WorldCommerce: Sendable {
    let brands: Brands
    let products: Products
    let orders: Orders
    let catalog: ShopCatalog

    public init(brands: Brands, products: Products, orders: Orders, catalog: ShopCatalog) {
        self.brands = brands
        self.products = products
        self.orders = orders
        self.catalog = catalog
    }
}

/// A product on sale in the world, as notes and the purchase simulation need it.
struct ShelfItem: Sendable {
    let product: ProductID
    let name: String
    let skus: [SKU]
    let brand: BrandID
    let owner: UserID
    let category: TagID
    let openingStock: [SKUID: Int]
}

/// Makes the world's brands and products: a few shops per category, owned by people who care
/// about it, each with a handful of the category's products at plausible prices.
struct ShopWriter {
    let catalog: ShopCatalog
    let taxonomy: TaxonomyIndex

    /// About one brand per 60 people (at least three, at most six per category), in the categories
    /// most people care about first.
    func make(
        for people: [Person], plan: WorldPlan, ids: inout WorldIDs, random: inout SeededRandom
    ) -> [(brand: Brand, owner: UserID, category: TagID, products: [Product])] {
        let wanted = max(3, min(people.count / 60, taxonomy.categories.count * 6))
        var byCategory: [TagID: [Int]] = [:]
        for (index, person) in people.enumerated() where !person.creator {
            for category in Set(person.interests.map(\.category)) { byCategory[category, default: []].append(index) }
        }
        let categories = taxonomy.categories.map(\.id).filter {
            catalog.categories[$0.description] != nil && byCategory[$0] != nil
        }.sorted { (byCategory[$0]?.count ?? 0, $1.rawValue) > (byCategory[$1]?.count ?? 0, $0.rawValue) }
        guard !categories.isEmpty else { return [] }
        var shops: [(Brand, UserID, TagID, [Product])] = []
        for index in 0..<wanted {
            let category = categories[index % categories.count]
            guard let entry = catalog.categories[category.description],
                index / categories.count < entry.brands.count,
                let candidates = byCategory[category]
            else { continue }
            let named = entry.brands[index / categories.count]
            let owner = people[random.pick(candidates)].account
            let opened = max(plan.start, owner.joinedAt)
            let brand = Brand(
                id: BrandID(ids.next(at: opened)), name: named.name, description: named.description, createdAt: opened)
            var pool = Array(entry.products.indices)
            var products: [Product] = []
            for _ in 0..<min(pool.count, 4 + random.below(5)) {
                let item = entry.products[pool.remove(at: random.below(pool.count))]
                products.append(product(item, entry.attribute, brand: brand, ids: &ids, random: &random))
            }
            shops.append((brand, owner.id, category, products))
        }
        return shops
    }

    /// "山茶花手作出品的粗陶茶杯。现货速发，7天无理由退换。"
    static func description(_ name: String, brand: String, random: inout SeededRandom) -> String {
        let promises = ["现货速发", "7天无理由退换", "顺丰包邮", "官方正品保障", "支持开发票", "48小时内发货", "破损包赔"]
        let first = random.pick(promises)
        let second = random.pick(promises.filter { $0 != first })
        return "\(brand)出品的\(name)。\(first)，\(second)。"
    }

    private func product(
        _ item: ShopCatalog.Category.ProductEntry, _ attribute: ShopCatalog.Category.Attribute, brand: Brand,
        ids: inout WorldIDs, random: inout SeededRandom
    ) -> Product {
        let id = ProductID(ids.next(at: brand.createdAt))
        let low = Double(item.price.first ?? 10)
        let high = Double(max(item.price.last ?? 100, item.price.first ?? 10))
        // Prices end in 9 as shops set them: ¥39, ¥129, ¥1,299.
        let yuan = Int64(low + (high - low) * random.unit())
        let price = Money.fen(max(9, yuan - yuan % 10 + 9) * 100)
        let variants =
            random.chance(0.3) || attribute.values.isEmpty
            ? [[SKU.Attribute]()]
            : Array(attribute.values.prefix(2 + random.below(max(1, attribute.values.count - 1)))).map {
                [SKU.Attribute(name: attribute.name, value: $0)]
            }
        let skus = variants.enumerated().map { offset, attributes in
            SKU(
                id: SKUID(ids.next(at: brand.createdAt)), product: id, attributes: attributes,
                price: Money(amount: price.amount + Int64(offset) * 1_000, currency: .cny),
                stock: 200 + random.below(1_800))
        }
        let tags = item.tags.map(TagID.init(rawValue:)).filter { taxonomy.byID[$0] != nil }
        return Product(
            id: id, brand: brand.id, name: item.name,
            description: Self.description(item.name, brand: brand.name, random: &random),
            status: .active, tags: Array(tags.prefix(ProductError.tagLimit)),
            media: [
                Media(kind: .image, url: "/media/placeholder/\(Int(id.rawValue % 360)).svg", width: 1080, height: 1080)
            ],
            skus: skus, createdAt: brand.createdAt)
    }
}
