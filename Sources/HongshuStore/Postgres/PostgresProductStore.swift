import Commerce
import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresProductStore: ProductStore {
    let database: PostgresDatabase

    private static let columns =
        "id, brand_id, name, description, status, tag_ids::text, media::text, restock_on_refund, created_at"

    func insert(_ product: Product) async throws {
        let skus = JSONColumn.encode(product.skus.enumerated().map { SKURecord($1, position: $0) })
        try await database.transaction { connection in
            try await connection.query(
                """
                INSERT INTO product (id, brand_id, name, description, status, tag_ids, media, restock_on_refund,
                                     created_at)
                VALUES (\(product.id.rawValue), \(product.brand.rawValue), \(product.name), \(product.description),
                        \(product.status.rawValue), \(JSONColumn.encode(product.tags.map(\.rawValue)))::jsonb,
                        \(JSONColumn.encode(product.media))::jsonb, \(product.restockOnRefund),
                        \(product.createdAt.exact))
                """, logger: database.logger)
            try await connection.query(
                """
                INSERT INTO sku (id, product_id, position, attributes, price, currency, stock)
                SELECT id, \(product.id.rawValue), position, attributes, price, currency, stock
                FROM jsonb_to_recordset(\(skus)::jsonb) AS s(
                    id bigint, position integer, attributes jsonb, price bigint, currency text, stock integer)
                """, logger: database.logger)
            try await PostgresSearchIndex.indexProduct(product.id.rawValue, on: connection, logger: database.logger)
        }
    }

    func update(_ product: Product) async throws -> Bool {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                UPDATE product SET name = \(product.name), description = \(product.description),
                    status = \(product.status.rawValue),
                    tag_ids = \(JSONColumn.encode(product.tags.map(\.rawValue)))::jsonb,
                    media = \(JSONColumn.encode(product.media))::jsonb, restock_on_refund = \(product.restockOnRefund)
                WHERE id = \(product.id.rawValue) RETURNING 1
                """, logger: database.logger)
            guard try await rows.collect().count == 1 else { return false }
            try await PostgresSearchIndex.indexProduct(product.id.rawValue, on: connection, logger: database.logger)
            return true
        }
    }

    func update(_ sku: SKU.ID, price: Money, stockChange: Int) async throws -> Int? {
        let rows = try await database.query(
            """
            UPDATE sku SET price = \(price.amount), currency = \(price.currency.rawValue), stock = stock + \(stockChange)
            WHERE id = \(sku.rawValue) AND stock + \(stockChange) >= 0 RETURNING stock
            """)
        for try await stock in rows.decode(Int32.self) { return Int(stock) }
        return nil
    }

    func product(_ id: Product.ID) async throws -> Product? {
        try await products([id]).first
    }

    func products(_ ids: [Product.ID]) async throws -> [Product] {
        guard !ids.isEmpty else { return [] }
        return try await fetch(
            "SELECT \(unescaped: Self.columns) FROM product WHERE id = ANY(\(ids.map(\.rawValue)))")
    }

    func products(owning skus: [SKU.ID]) async throws -> [Product] {
        guard !skus.isEmpty else { return [] }
        return try await fetch(
            """
            SELECT \(unescaped: Self.columns) FROM product
            WHERE id IN (SELECT product_id FROM sku WHERE id = ANY(\(skus.map(\.rawValue))))
            """)
    }

    func products(of brand: Brand.ID, statuses: Set<Product.Status>, page: PageRequest) async throws -> Page<Product> {
        var query = PostgresKeysetQuery(select: "\(Self.columns) FROM product")
        query.filter("brand_id", equals: brand.rawValue)
        // The statuses are the domain's own enum values, never user text.
        query.filter("status IN (\(statuses.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))")
        return try await list(query, page: page)
    }

    func active(page: PageRequest) async throws -> Page<Product> {
        var query = PostgresKeysetQuery(select: "\(Self.columns) FROM product")
        query.filter("status = 'active'")
        return try await list(query, page: page)
    }

    func activeIDs(_ ids: [Product.ID]) async throws -> Set<Product.ID> {
        guard !ids.isEmpty else { return [] }
        var active = Set<Product.ID>()
        let rows = try await database.query(
            "SELECT id FROM product WHERE status = 'active' AND id = ANY(\(ids.map(\.rawValue)))")
        for try await id in rows.decode(Int64.self) { active.insert(ProductID(id)) }
        return active
    }

    private func list(_ query: PostgresKeysetQuery, page: PageRequest) async throws -> Page<Product> {
        let products = try await fetch(query.page(page, time: "created_at", id: "id"))
        return TimeKey.page(products, limit: page.limit, key: \.timeKey)
    }

    /// The products a query selects (in its order), each with its SKUs.
    private func fetch(_ query: PostgresQuery) async throws -> [Product] {
        var products: [Product] = []
        let rows = try await database.query(query)
        for try await (id, brand, name, description, status, tags, media, restock, created) in rows.decode(
            (Int64, Int64, String, String, String, String, String, Bool, Date).self)
        {
            products.append(
                Product(
                    id: ProductID(id), brand: BrandID(brand), name: name, description: description,
                    status: Product.Status(rawValue: status) ?? .draft,
                    tags: try JSONColumn.decode([Int64].self, from: tags).map(TagID.init(rawValue:)),
                    media: try JSONColumn.decode([Media].self, from: media), restockOnRefund: restock, skus: [],
                    createdAt: created.fromPostgres))
        }
        guard !products.isEmpty else { return [] }
        var skus: [Int64: [SKU]] = [:]
        let skuRows = try await database.query(
            """
            SELECT id, product_id, attributes::text, price, currency, stock FROM sku
            WHERE product_id = ANY(\(products.map(\.id.rawValue))) ORDER BY product_id, position
            """)
        for try await (id, product, attributes, price, currency, stock) in skuRows.decode(
            (Int64, Int64, String, Int64, String, Int32).self)
        {
            skus[product, default: []].append(
                SKU(
                    id: SKUID(id), product: ProductID(product),
                    attributes: try JSONColumn.decode([SKU.Attribute].self, from: attributes),
                    price: Money(amount: price, currency: Currency(rawValue: currency) ?? .cny), stock: Int(stock)))
        }
        for index in products.indices { products[index].skus = skus[products[index].id.rawValue] ?? [] }
        return products
    }
}

/// One SKU as a row of the JSON batch `insert(_:)` sends (keys are the column names).
private struct SKURecord: Encodable {
    let id: Int64, position: Int, attributes: [SKU.Attribute], price: Int64, currency: String, stock: Int

    init(_ sku: SKU, position: Int) {
        id = sku.id.rawValue
        self.position = position
        attributes = sku.attributes
        price = sku.price.amount
        currency = sku.price.currency.rawValue
        stock = sku.stock
    }
}
