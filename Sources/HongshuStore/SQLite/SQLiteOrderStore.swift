import Commerce
import Foundation
import GRDB
import HongshuCore

struct SQLiteOrderStore: OrderStore {
    let database: any DatabaseWriter

    /// Thrown inside a write to roll the whole transaction back with a reason.
    private struct Abort: Error { let outcome: PlaceOutcome }

    func place(_ order: Order, claim: IdempotencyClaim, removingFromCart: Bool) async throws -> PlaceOutcome {
        do {
            return try await database.write { db in
                if let record = try Self.record(claim.user, claim.key, db) { throw Abort(outcome: .keyUsed(record)) }
                try db.execute(
                    sql: """
                        INSERT INTO idempotency_key (user_id, key, fingerprint, order_id, outcome, created_at)
                        VALUES (?, ?, ?, ?, 'placed', ?)
                        """,
                    arguments: [
                        claim.user.rawValue, claim.key, claim.fingerprint, order.id.rawValue,
                        claim.at.sqliteMilliseconds,
                    ])
                // One writer at a time: the conditional update sees every earlier reservation.
                let reserve = try db.cachedStatement(
                    sql: "UPDATE sku SET stock = stock - ? WHERE id = ? AND stock >= ?")
                for line in order.lines {
                    try reserve.execute(arguments: [line.quantity, line.sku.rawValue, line.quantity])
                    guard db.changesCount == 1 else { throw Abort(outcome: .outOfStock(line.sku)) }
                }
                if let promo = order.promo {
                    try db.execute(
                        sql: """
                            UPDATE promo SET used_count = used_count + 1
                            WHERE id = ? AND (usage_limit IS NULL OR used_count < usage_limit)
                            """, arguments: [promo.rawValue])
                    guard db.changesCount == 1 else { throw Abort(outcome: .promoUsedUp) }
                }
                try Self.insert(order, db)
                if removingFromCart {
                    try db.execute(
                        literal: """
                            DELETE FROM cart_item WHERE user_id = \(order.buyer.rawValue)
                            AND sku_id IN \(order.lines.map(\.sku.rawValue))
                            """)
                }
                return .placed
            }
        } catch let abort as Abort {
            return abort.outcome
        } catch let error as DatabaseError where error.isUniqueViolation {
            // Two requests with one key at once: the other one won; answer with what it stored.
            guard let record = try await database.read({ db in try Self.record(claim.user, claim.key, db) }) else {
                throw error
            }
            return .keyUsed(record)
        }
    }

    func insert(imported orders: [(order: Order, restock: [SKU.ID: Int])]) async throws {
        try await database.write { db in
            let reserve = try db.cachedStatement(sql: "UPDATE sku SET stock = stock - ? WHERE id = ? AND stock >= ?")
            let restock = try db.cachedStatement(sql: "UPDATE sku SET stock = stock + ? WHERE id = ?")
            for (order, back) in orders {
                for line in order.lines {
                    try reserve.execute(arguments: [line.quantity, line.sku.rawValue, line.quantity])
                    guard db.changesCount == 1 else { throw OrderError.outOfStock(line.sku) }
                }
                try Self.insert(order, db)
                for (sku, quantity) in back.sorted(by: { $0.key < $1.key }) {
                    try restock.execute(arguments: [quantity, sku.rawValue])
                }
            }
        }
    }

    private static func insert(_ order: Order, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO purchase_order (id, buyer_id, brand_id, status, currency, subtotal, discount, total,
                                            promo_id, placed_at, expires_at, payment_ref)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                order.id.rawValue, order.buyer.rawValue, order.brand.rawValue, order.status.rawValue,
                order.total.currency.rawValue, order.subtotal.amount, order.discount.amount, order.total.amount,
                order.promo?.rawValue, order.placedAt.sqliteMilliseconds, order.expiresAt.sqliteMilliseconds,
                order.paymentReference,
            ])
        let line = try db.cachedStatement(
            sql: """
                INSERT INTO order_line (order_id, position, sku_id, product_id, product_name, attributes, unit_price,
                                        quantity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (position, item) in order.lines.enumerated() {
            try line.execute(arguments: [
                order.id.rawValue, position, item.sku.rawValue, item.product.rawValue, item.productName,
                JSONColumn.encode(item.attributes), item.unitPrice.amount, item.quantity,
            ])
        }
        for step in order.history { try transition(order.id, step, db) }
    }

    private static func transition(_ order: Order.ID, _ step: Order.Transition, _ db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT INTO order_transition (order_id, status, at, actor_id) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [order.rawValue, step.status.rawValue, step.at.sqliteMilliseconds, step.actor?.rawValue])
    }

    func order(_ id: Order.ID) async throws -> Order? {
        try await database.read { db in try Self.orders(db, [id.rawValue]).first }
    }

    func apply(_ change: OrderChange) async throws -> Order? {
        try await database.write { db in
            try db.execute(
                literal: """
                    UPDATE purchase_order SET status = \(change.to.rawValue),
                        payment_ref = coalesce(\(change.paymentReference), payment_ref)
                    WHERE id = \(change.order.rawValue) AND status IN \(change.from.map(\.rawValue).sorted())
                    """)
            guard db.changesCount == 1 else { return nil }
            try Self.transition(
                change.order, Order.Transition(status: change.to, at: change.at, actor: change.actor), db)
            let restock = try db.cachedStatement(sql: "UPDATE sku SET stock = stock + ? WHERE id = ?")
            for (sku, quantity) in change.restock.sorted(by: { $0.key < $1.key }) {
                try restock.execute(arguments: [quantity, sku.rawValue])
            }
            if change.releasePromo {
                try db.execute(
                    sql: """
                        UPDATE promo SET used_count = used_count - 1
                        WHERE id = (SELECT promo_id FROM purchase_order WHERE id = ?)
                        """, arguments: [change.order.rawValue])
            }
            return try Self.orders(db, [change.order.rawValue]).first
        }
    }

    func orders(of buyer: UserID, page: PageRequest) async throws -> Page<Order> {
        try await list(page: page, filter: "buyer_id = \(buyer.rawValue)")
    }

    func orders(of brand: Brand.ID, statuses: Set<Order.Status>?, page: PageRequest) async throws -> Page<Order> {
        guard let statuses else { return try await list(page: page, filter: "brand_id = \(brand.rawValue)") }
        return try await list(
            page: page, filter: "brand_id = \(brand.rawValue) AND status IN \(statuses.map(\.rawValue).sorted())")
    }

    func unpaid(expiredBy date: Date, limit: Int) async throws -> [Order.ID] {
        try await database.read { db in
            try Int64.fetchAll(
                db,
                sql:
                    "SELECT id FROM purchase_order WHERE status = 'pending' AND expires_at <= ? ORDER BY expires_at LIMIT ?",
                arguments: [date.sqliteMilliseconds, limit]
            ).map(OrderID.init(rawValue:))
        }
    }

    func claim(_ claim: IdempotencyClaim, order: Order.ID) async throws -> IdempotencyRecord? {
        try await database.write { db in
            if let record = try Self.record(claim.user, claim.key, db) { return record }
            try db.execute(
                sql: """
                    INSERT INTO idempotency_key (user_id, key, fingerprint, order_id, outcome, created_at)
                    VALUES (?, ?, ?, ?, NULL, ?)
                    """,
                arguments: [
                    claim.user.rawValue, claim.key, claim.fingerprint, order.rawValue, claim.at.sqliteMilliseconds,
                ])
            return nil
        }
    }

    func record(_ user: UserID, key: String) async throws -> IdempotencyRecord? {
        try await database.read { db in try Self.record(user, key, db) }
    }

    func settle(_ user: UserID, key: String, outcome: String) async throws {
        try await database.write { db in
            try db.execute(
                sql: "UPDATE idempotency_key SET outcome = ? WHERE user_id = ? AND key = ?",
                arguments: [outcome, user.rawValue, key])
        }
    }

    func release(_ user: UserID, key: String) async throws {
        try await database.write { db in
            try db.execute(
                sql: "DELETE FROM idempotency_key WHERE user_id = ? AND key = ? AND outcome IS NULL",
                arguments: [user.rawValue, key])
        }
    }

    private func list(page: PageRequest, filter: SQL) async throws -> Page<Order> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = [filter]
        if let after { conditions.append("(placed_at, id) < (\(after.time.sqliteMilliseconds), \(after.id))") }
        let request = SQLRequest<Int64>(
            literal: """
                SELECT id FROM purchase_order WHERE \(conditions.joined(operator: .and))
                ORDER BY placed_at DESC, id DESC LIMIT \(page.limit + 1)
                """)
        let orders = try await database.read { db in
            let ids = try request.fetchAll(db)
            return try Self.orders(db, ids)
        }
        return TimeKey.page(orders, limit: page.limit, key: \.timeKey)
    }

    private static func record(_ user: UserID, _ key: String, _ db: Database) throws -> IdempotencyRecord? {
        try Row.fetchOne(
            db, sql: "SELECT fingerprint, order_id, outcome FROM idempotency_key WHERE user_id = ? AND key = ?",
            arguments: [user.rawValue, key]
        ).map { row in
            IdempotencyRecord(
                fingerprint: row["fingerprint"], order: (row["order_id"] as Int64?).map(OrderID.init(rawValue:)),
                outcome: row["outcome"])
        }
    }

    /// Orders with their lines and history, in the order of `ids`.
    private static func orders(_ db: Database, _ ids: [Int64]) throws -> [Order] {
        guard !ids.isEmpty else { return [] }
        var lines: [Int64: [Order.Line]] = [:]
        for row in try SQLRequest<Row>(
            literal: """
                SELECT order_line.*, purchase_order.currency FROM order_line
                JOIN purchase_order ON purchase_order.id = order_line.order_id
                WHERE order_id IN \(ids) ORDER BY order_id, position
                """
        ).fetchAll(db) {
            lines[row["order_id"], default: []].append(
                Order.Line(
                    sku: SKUID(row["sku_id"] as Int64), product: ProductID(row["product_id"] as Int64),
                    productName: row["product_name"],
                    attributes: try JSONColumn.decode([SKU.Attribute].self, from: row["attributes"]),
                    unitPrice: Money(
                        amount: row["unit_price"], currency: Currency(rawValue: row["currency"] as String) ?? .cny),
                    quantity: row["quantity"]))
        }
        var history: [Int64: [Order.Transition]] = [:]
        for row in try SQLRequest<Row>(
            literal: "SELECT * FROM order_transition WHERE order_id IN \(ids) ORDER BY order_id, id"
        ).fetchAll(db) {
            history[row["order_id"], default: []].append(
                Order.Transition(
                    status: Order.Status(rawValue: row["status"]) ?? .pending,
                    at: Date(sqliteMilliseconds: row["at"]),
                    actor: (row["actor_id"] as Int64?).map(UserID.init(rawValue:))))
        }
        let rows = try SQLRequest<Row>(literal: "SELECT * FROM purchase_order WHERE id IN \(ids)").fetchAll(db)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int64, $0) })
        return ids.compactMap { id in
            guard let row = byID[id] else { return nil }
            let currency = Currency(rawValue: row["currency"] as String) ?? .cny
            let money = { (amount: Int64) in Money(amount: amount, currency: currency) }
            return Order(
                id: OrderID(id), buyer: UserID(row["buyer_id"] as Int64), brand: BrandID(row["brand_id"] as Int64),
                status: Order.Status(rawValue: row["status"]) ?? .pending,
                lines: lines[id] ?? [],
                subtotal: money(row["subtotal"]), discount: money(row["discount"]), total: money(row["total"]),
                promo: (row["promo_id"] as Int64?).map(PromoID.init(rawValue:)),
                placedAt: Date(sqliteMilliseconds: row["placed_at"]),
                expiresAt: Date(sqliteMilliseconds: row["expires_at"]), paymentReference: row["payment_ref"],
                history: history[id] ?? [])
        }
    }
}
