import Commerce
import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteProductStore: ProductStore {
    let database: any DatabaseWriter

    func insert(_ product: Product) async throws {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO product (id, brand_id, name, description, status, tag_ids, media, restock_on_refund,
                                         created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    product.id.rawValue, product.brand.rawValue, product.name, product.description,
                    product.status.rawValue, JSONColumn.encode(product.tags.map(\.rawValue)),
                    JSONColumn.encode(product.media), product.restockOnRefund, product.createdAt.sqliteMilliseconds,
                ])
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO sku (id, product_id, position, attributes, price, currency, stock)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for (position, sku) in product.skus.enumerated() {
                try insert.execute(arguments: [
                    sku.id.rawValue, product.id.rawValue, position, JSONColumn.encode(sku.attributes),
                    sku.price.amount, sku.price.currency.rawValue, sku.stock,
                ])
            }
            try SQLiteSearchIndex.indexProduct(db, id: product.id.rawValue)
        }
    }

    func update(_ product: Product) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: """
                    UPDATE product SET name = ?, description = ?, status = ?, tag_ids = ?, media = ?,
                                       restock_on_refund = ?
                    WHERE id = ?
                    """,
                arguments: [
                    product.name, product.description, product.status.rawValue,
                    JSONColumn.encode(product.tags.map(\.rawValue)), JSONColumn.encode(product.media),
                    product.restockOnRefund, product.id.rawValue,
                ])
            guard db.changesCount == 1 else { return false }
            try SQLiteSearchIndex.indexProduct(db, id: product.id.rawValue)
            return true
        }
    }

    func update(_ sku: SKU.ID, price: Money, stockChange: Int) async throws -> Int? {
        try await database.write { db in
            try Int.fetchOne(
                db,
                sql: """
                    UPDATE sku SET price = ?, currency = ?, stock = stock + ?
                    WHERE id = ? AND stock + ? >= 0 RETURNING stock
                    """,
                arguments: [price.amount, price.currency.rawValue, stockChange, sku.rawValue, stockChange])
        }
    }

    func product(_ id: Product.ID) async throws -> Product? {
        try await products([id]).first
    }

    func products(_ ids: [Product.ID]) async throws -> [Product] {
        guard !ids.isEmpty else { return [] }
        return try await fetch(SQLRequest<Row>(literal: "SELECT * FROM product WHERE id IN \(ids.map(\.rawValue))"))
    }

    func products(owning skus: [SKU.ID]) async throws -> [Product] {
        guard !skus.isEmpty else { return [] }
        return try await fetch(
            SQLRequest<Row>(
                literal:
                    "SELECT * FROM product WHERE id IN (SELECT product_id FROM sku WHERE id IN \(skus.map(\.rawValue)))"
            ))
    }

    func products(of brand: Brand.ID, statuses: Set<Product.Status>, page: PageRequest) async throws -> Page<Product> {
        try await list(
            page: page,
            filter: "brand_id = \(brand.rawValue) AND status IN \(statuses.map(\.rawValue).sorted())")
    }

    func active(page: PageRequest) async throws -> Page<Product> {
        try await list(page: page, filter: "status = 'active'")
    }

    func activeIDs(_ ids: [Product.ID]) async throws -> Set<Product.ID> {
        guard !ids.isEmpty else { return [] }
        return try await database.read { db in
            let request = SQLRequest<Int64>(
                literal: "SELECT id FROM product WHERE status = 'active' AND id IN \(ids.map(\.rawValue))")
            return Set(try request.fetchAll(db).map(ProductID.init(rawValue:)))
        }
    }

    private func list(page: PageRequest, filter: SQL) async throws -> Page<Product> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = [filter]
        if let after { conditions.append("(created_at, id) < (\(after.time.sqliteMilliseconds), \(after.id))") }
        let products = try await fetch(
            SQLRequest<Row>(
                literal: """
                    SELECT * FROM product WHERE \(conditions.joined(operator: .and))
                    ORDER BY created_at DESC, id DESC LIMIT \(page.limit + 1)
                    """), ordered: true)
        return TimeKey.page(products, limit: page.limit, key: \.timeKey)
    }

    /// The products a query selects, each with its SKUs (in one more query).
    private func fetch(_ request: SQLRequest<Row>, ordered: Bool = false) async throws -> [Product] {
        try await database.read { db in
            let rows = try request.fetchAll(db)
            guard !rows.isEmpty else { return [] }
            let ids = rows.map { $0["id"] as Int64 }
            var skus: [Int64: [SKU]] = [:]
            for row in try SQLRequest<Row>(
                literal: "SELECT * FROM sku WHERE product_id IN \(ids) ORDER BY product_id, position"
            ).fetchAll(db) {
                let product = row["product_id"] as Int64
                skus[product, default: []].append(
                    SKU(
                        id: SKUID(row["id"] as Int64), product: ProductID(product),
                        attributes: try JSONColumn.decode([SKU.Attribute].self, from: row["attributes"]),
                        price: Money(
                            amount: row["price"], currency: Currency(rawValue: row["currency"] as String) ?? .cny),
                        stock: row["stock"]))
            }
            return try rows.map { row in
                let id = row["id"] as Int64
                return Product(
                    id: ProductID(id), brand: BrandID(row["brand_id"] as Int64), name: row["name"],
                    description: row["description"], status: Product.Status(rawValue: row["status"]) ?? .draft,
                    tags: try JSONColumn.decode([Int64].self, from: row["tag_ids"]).map(TagID.init(rawValue:)),
                    media: try JSONColumn.decode([Media].self, from: row["media"]),
                    restockOnRefund: row["restock_on_refund"], skus: skus[id] ?? [],
                    createdAt: Date(sqliteMilliseconds: row["created_at"]))
            }
        }
    }
}
