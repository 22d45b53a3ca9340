import Commerce
import Foundation
import HongshuCore
import Logging
import PostgresNIO

struct PostgresOrderStore: OrderStore {
    let database: PostgresDatabase

    /// Thrown inside a transaction to roll it back with a reason.
    private struct Abort: Error { let outcome: PlaceOutcome }

    func place(_ order: Order, claim: IdempotencyClaim, removingFromCart: Bool) async throws -> PlaceOutcome {
        let logger = database.logger
        do {
            return try await database.transaction { connection in
                let claimed = try await connection.query(
                    """
                    INSERT INTO idempotency_key (user_id, key, fingerprint, order_id, outcome, created_at)
                    VALUES (\(claim.user.rawValue), \(claim.key), \(claim.fingerprint), \(order.id.rawValue),
                            'placed', \(claim.at.exact))
                    ON CONFLICT DO NOTHING RETURNING 1
                    """, logger: logger)
                guard try await claimed.collect().count == 1 else {
                    // Used before (or by a request that just committed): nothing more is written.
                    guard let record = try await Self.record(claim.user, claim.key, connection, logger) else {
                        throw Abort(outcome: .keyUsed(IdempotencyRecord(fingerprint: "", order: nil, outcome: nil)))
                    }
                    throw Abort(outcome: .keyUsed(record))
                }
                // Row locks taken in SKU order (no deadlocks between orders sharing SKUs); the
                // condition is re-checked after waiting for a lock, so stock never goes below zero.
                for line in order.lines.sorted(by: { $0.sku < $1.sku }) {
                    let reserved = try await connection.query(
                        """
                        UPDATE sku SET stock = stock - \(line.quantity)
                        WHERE id = \(line.sku.rawValue) AND stock >= \(line.quantity) RETURNING 1
                        """, logger: logger)
                    guard try await reserved.collect().count == 1 else { throw Abort(outcome: .outOfStock(line.sku)) }
                }
                if let promo = order.promo {
                    let used = try await connection.query(
                        """
                        UPDATE promo SET used_count = used_count + 1
                        WHERE id = \(promo.rawValue) AND (usage_limit IS NULL OR used_count < usage_limit) RETURNING 1
                        """, logger: logger)
                    guard try await used.collect().count == 1 else { throw Abort(outcome: .promoUsedUp) }
                }
                try await Self.insert(order, connection, logger)
                if removingFromCart {
                    try await connection.query(
                        """
                        DELETE FROM cart_item WHERE user_id = \(order.buyer.rawValue)
                        AND sku_id = ANY(\(order.lines.map(\.sku.rawValue)))
                        """, logger: logger)
                }
                return .placed
            }
        } catch let abort as Abort {
            return abort.outcome
        }
    }

    func insert(imported orders: [(order: Order, restock: [SKU.ID: Int])]) async throws {
        let logger = database.logger
        try await database.transaction { connection in
            for (order, back) in orders {
                for line in order.lines.sorted(by: { $0.sku < $1.sku }) {
                    let reserved = try await connection.query(
                        """
                        UPDATE sku SET stock = stock - \(line.quantity)
                        WHERE id = \(line.sku.rawValue) AND stock >= \(line.quantity) RETURNING 1
                        """, logger: logger)
                    guard try await reserved.collect().count == 1 else { throw OrderError.outOfStock(line.sku) }
                }
                try await Self.insert(order, connection, logger)
                for (sku, quantity) in back.sorted(by: { $0.key < $1.key }) {
                    try await connection.query(
                        "UPDATE sku SET stock = stock + \(quantity) WHERE id = \(sku.rawValue)", logger: logger)
                }
            }
        }
    }

    private static func insert(_ order: Order, _ connection: PostgresConnection, _ logger: Logger) async throws {
        try await connection.query(
            """
            INSERT INTO purchase_order (id, buyer_id, brand_id, status, currency, subtotal, discount, total,
                                        promo_id, placed_at, expires_at, payment_ref)
            VALUES (\(order.id.rawValue), \(order.buyer.rawValue), \(order.brand.rawValue), \(order.status.rawValue),
                    \(order.total.currency.rawValue), \(order.subtotal.amount), \(order.discount.amount),
                    \(order.total.amount), \(order.promo?.rawValue), \(order.placedAt.exact), \(order.expiresAt.exact),
                    \(order.paymentReference))
            """, logger: logger)
        let lines = JSONColumn.encode(order.lines.enumerated().map { LineRecord($1, position: $0) })
        try await connection.query(
            """
            INSERT INTO order_line (order_id, position, sku_id, product_id, product_name, attributes, unit_price,
                                    quantity)
            SELECT \(order.id.rawValue), position, sku_id, product_id, product_name, attributes, unit_price, quantity
            FROM jsonb_to_recordset(\(lines)::jsonb) AS l(
                position integer, sku_id bigint, product_id bigint, product_name text, attributes jsonb,
                unit_price bigint, quantity integer)
            """, logger: logger)
        for step in order.history { try await transition(order.id, step, connection, logger) }
    }

    private static func transition(
        _ order: Order.ID, _ step: Order.Transition, _ connection: PostgresConnection, _ logger: Logger
    ) async throws {
        try await connection.query(
            """
            INSERT INTO order_transition (order_id, status, at, actor_id)
            VALUES (\(order.rawValue), \(step.status.rawValue), \(step.at.exact), \(step.actor?.rawValue))
            """, logger: logger)
    }

    func order(_ id: Order.ID) async throws -> Order? {
        try await database.client.withConnection { connection in
            try await Self.orders([id.rawValue], connection, database.logger).first
        }
    }

    func apply(_ change: OrderChange) async throws -> Order? {
        let logger = database.logger
        return try await database.transaction { connection -> Order? in
            let moved = try await connection.query(
                """
                UPDATE purchase_order SET status = \(change.to.rawValue),
                    payment_ref = coalesce(\(change.paymentReference), payment_ref)
                WHERE id = \(change.order.rawValue) AND status = ANY(\(change.from.map(\.rawValue)))
                RETURNING 1
                """, logger: logger)
            guard try await moved.collect().count == 1 else { return nil }
            try await Self.transition(
                change.order, Order.Transition(status: change.to, at: change.at, actor: change.actor), connection,
                logger)
            for (sku, quantity) in change.restock.sorted(by: { $0.key < $1.key }) {
                try await connection.query(
                    "UPDATE sku SET stock = stock + \(quantity) WHERE id = \(sku.rawValue)", logger: logger)
            }
            if change.releasePromo {
                try await connection.query(
                    """
                    UPDATE promo SET used_count = used_count - 1
                    WHERE id = (SELECT promo_id FROM purchase_order WHERE id = \(change.order.rawValue))
                    """, logger: logger)
            }
            return try await Self.orders([change.order.rawValue], connection, logger).first
        }
    }

    func orders(of buyer: UserID, page: PageRequest) async throws -> Page<Order> {
        var query = PostgresKeysetQuery(select: "id, placed_at FROM purchase_order")
        query.filter("buyer_id", equals: buyer.rawValue)
        return try await list(query, page: page)
    }

    func orders(of brand: Brand.ID, statuses: Set<Order.Status>?, page: PageRequest) async throws -> Page<Order> {
        var query = PostgresKeysetQuery(select: "id, placed_at FROM purchase_order")
        query.filter("brand_id", equals: brand.rawValue)
        if let statuses {
            // The statuses are the domain's own enum values, never user text.
            query.filter("status IN (\(statuses.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))")
        }
        return try await list(query, page: page)
    }

    func unpaid(expiredBy date: Date, limit: Int) async throws -> [Order.ID] {
        var ids: [Order.ID] = []
        let rows = try await database.query(
            """
            SELECT id FROM purchase_order WHERE status = 'pending' AND expires_at <= \(date.exact)
            ORDER BY expires_at LIMIT \(limit)
            """)
        for try await id in rows.decode(Int64.self) { ids.append(OrderID(id)) }
        return ids
    }

    func claim(_ claim: IdempotencyClaim, order: Order.ID) async throws -> IdempotencyRecord? {
        let logger = database.logger
        return try await database.transaction { connection in
            let claimed = try await connection.query(
                """
                INSERT INTO idempotency_key (user_id, key, fingerprint, order_id, outcome, created_at)
                VALUES (\(claim.user.rawValue), \(claim.key), \(claim.fingerprint), \(order.rawValue), NULL,
                        \(claim.at.exact))
                ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger)
            guard try await claimed.collect().count == 1 else {
                return try await Self.record(claim.user, claim.key, connection, logger)
                    ?? IdempotencyRecord(fingerprint: "", order: nil, outcome: nil)
            }
            return nil
        }
    }

    func record(_ user: UserID, key: String) async throws -> IdempotencyRecord? {
        try await database.client.withConnection { connection in
            try await Self.record(user, key, connection, database.logger)
        }
    }

    func settle(_ user: UserID, key: String, outcome: String) async throws {
        try await database.query(
            "UPDATE idempotency_key SET outcome = \(outcome) WHERE user_id = \(user.rawValue) AND key = \(key)")
    }

    func release(_ user: UserID, key: String) async throws {
        try await database.query(
            "DELETE FROM idempotency_key WHERE user_id = \(user.rawValue) AND key = \(key) AND outcome IS NULL")
    }

    private func list(_ query: PostgresKeysetQuery, page: PageRequest) async throws -> Page<Order> {
        let logger = database.logger
        let orders = try await database.client.withConnection { connection in
            var ids: [Int64] = []
            let rows = try await connection.query(query.page(page, time: "placed_at", id: "id"), logger: logger)
            for try await (id, _) in rows.decode((Int64, Date).self) { ids.append(id) }
            return try await Self.orders(ids, connection, logger)
        }
        return TimeKey.page(orders, limit: page.limit, key: \.timeKey)
    }

    private static func record(_ user: UserID, _ key: String, _ connection: PostgresConnection, _ logger: Logger)
        async throws -> IdempotencyRecord?
    {
        let rows = try await connection.query(
            "SELECT fingerprint, order_id, outcome FROM idempotency_key WHERE user_id = \(user.rawValue) AND key = \(key)",
            logger: logger)
        for try await (fingerprint, order, outcome) in rows.decode((String, Int64?, String?).self) {
            return IdempotencyRecord(
                fingerprint: fingerprint, order: order.map(OrderID.init(rawValue:)), outcome: outcome)
        }
        return nil
    }

    /// Orders with their lines and history, in the order of `ids`.
    private static func orders(_ ids: [Int64], _ connection: PostgresConnection, _ logger: Logger) async throws
        -> [Order]
    {
        guard !ids.isEmpty else { return [] }
        var lines: [Int64: [(Int64, Int64, String, String, Int64, Int32)]] = [:]
        let lineRows = try await connection.query(
            """
            SELECT order_id, sku_id, product_id, product_name, attributes::text, unit_price, quantity FROM order_line
            WHERE order_id = ANY(\(ids)) ORDER BY order_id, position
            """, logger: logger)
        for try await (order, sku, product, name, attributes, price, quantity) in lineRows.decode(
            (Int64, Int64, Int64, String, String, Int64, Int32).self)
        {
            lines[order, default: []].append((sku, product, name, attributes, price, quantity))
        }
        var history: [Int64: [Order.Transition]] = [:]
        let steps = try await connection.query(
            """
            SELECT order_id, status, at, actor_id FROM order_transition
            WHERE order_id = ANY(\(ids)) ORDER BY order_id, id
            """, logger: logger)
        for try await (order, status, at, actor) in steps.decode((Int64, String, Date, Int64?).self) {
            history[order, default: []].append(
                Order.Transition(
                    status: Order.Status(rawValue: status) ?? .pending, at: at.fromPostgres,
                    actor: actor.map(UserID.init(rawValue:))))
        }
        var byID: [Int64: Order] = [:]
        let rows = try await connection.query(
            """
            SELECT id, buyer_id, brand_id, status, currency, subtotal, discount, total, promo_id, placed_at,
                   expires_at, payment_ref
            FROM purchase_order WHERE id = ANY(\(ids))
            """, logger: logger)
        for try await row in rows {
            let (id, buyer, brand, status, currencyCode, subtotal, discount, total, promo, placed, expires, payment) =
                try row.decode(
                    (Int64, Int64, Int64, String, String, Int64, Int64, Int64, Int64?, Date, Date, String?).self)
            let currency = Currency(rawValue: currencyCode) ?? .cny
            let orderLines = try (lines[id] ?? []).map { sku, product, name, attributes, price, quantity in
                Order.Line(
                    sku: SKUID(sku), product: ProductID(product), productName: name,
                    attributes: try JSONColumn.decode([SKU.Attribute].self, from: attributes),
                    unitPrice: Money(amount: price, currency: currency), quantity: Int(quantity))
            }
            byID[id] = Order(
                id: OrderID(id), buyer: UserID(buyer), brand: BrandID(brand),
                status: Order.Status(rawValue: status) ?? .pending, lines: orderLines,
                subtotal: Money(amount: subtotal, currency: currency),
                discount: Money(amount: discount, currency: currency),
                total: Money(amount: total, currency: currency), promo: promo.map(PromoID.init(rawValue:)),
                placedAt: placed.fromPostgres, expiresAt: expires.fromPostgres, paymentReference: payment,
                history: history[id] ?? [])
        }
        return ids.compactMap { byID[$0] }
    }
}

/// One order line as a row of the JSON batch `insert` sends (keys are the column names).
private struct LineRecord: Encodable {
    let position: Int, skuID: Int64, productID: Int64, productName: String, attributes: [SKU.Attribute]
    let unitPrice: Int64, quantity: Int

    enum CodingKeys: String, CodingKey {
        case position, attributes, quantity
        case skuID = "sku_id", productID = "product_id", productName = "product_name", unitPrice = "unit_price"
    }

    init(_ line: Order.Line, position: Int) {
        self.position = position
        skuID = line.sku.rawValue
        productID = line.product.rawValue
        productName = line.productName
        attributes = line.attributes
        unitPrice = line.unitPrice.amount
        quantity = line.quantity
    }
}
