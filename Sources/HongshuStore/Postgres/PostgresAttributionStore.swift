import Foundation
import HongshuCore
import Insights
import PostgresNIO

struct PostgresAttributionStore: AttributionStore {
    let database: PostgresDatabase

    func events(of user: UserID, since: Date, through: Date) async throws -> [Event] {
        let rows = try await database.query(
            """
            SELECT \(unescaped: PostgresEventStore.columns) FROM event
            WHERE user_id = \(user.rawValue) AND at >= \(since.exact) AND at <= \(through.exact) ORDER BY at, id
            """)
        return try await PostgresEventStore.events(from: rows)
    }

    func events(ofDevices devices: [String], since: Date, through: Date) async throws -> [Event] {
        guard !devices.isEmpty else { return [] }
        let rows = try await database.query(
            """
            SELECT \(unescaped: PostgresEventStore.columns) FROM event
            WHERE user_id IS NULL AND device_id IS NOT NULL AND device_id = ANY(\(devices)::text[])
              AND at >= \(since.exact) AND at <= \(through.exact) ORDER BY at, id
            """)
        return try await PostgresEventStore.events(from: rows)
    }

    func sales(after: (at: Date, id: Int64)?, limit: Int) async throws -> [Event] {
        let at = (after?.at ?? Date(timeIntervalSince1970: 0)).exact
        let id = after?.id ?? Int64.min
        let rows = try await database.query(
            """
            SELECT \(unescaped: PostgresEventStore.columns) FROM event
            WHERE kind IN ('purchase', 'refund') AND (at, id) > (\(at), \(id)) ORDER BY at, id LIMIT \(limit)
            """)
        return try await PostgresEventStore.events(from: rows)
    }

    func notes(_ ids: [NoteID], showing brand: BrandID) async throws -> [NoteID: UserID] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await database.query(
            """
            SELECT n.id, n.author_id FROM note n
            WHERE n.id = ANY(\(ids.map(\.rawValue))) AND EXISTS (
                SELECT 1 FROM product p WHERE p.brand_id = \(brand.rawValue)
                  AND p.id IN (SELECT jsonb_array_elements_text(n.product_ids)::bigint))
            """)
        var result: [NoteID: UserID] = [:]
        for try await (note, author) in rows.decode((Int64, Int64).self) { result[NoteID(note)] = UserID(author) }
        return result
    }

    func products(_ ids: [ProductID], of brand: BrandID) async throws -> Set<ProductID> {
        guard !ids.isEmpty else { return [] }
        let rows = try await database.query(
            "SELECT id FROM product WHERE brand_id = \(brand.rawValue) AND id = ANY(\(ids.map(\.rawValue)))")
        var result: Set<ProductID> = []
        for try await id in rows.decode(Int64.self) { result.insert(ProductID(id)) }
        return result
    }

    func save(_ attributed: AttributedPurchase) async throws {
        let purchase = attributed.purchase
        let touches = JSONColumn.encode(
            attributed.touches.enumerated().map { index, touch in
                TouchRecord(touch, ordinal: index) { attributed.credits[$0]?[index] ?? 0 }
            })
        try await database.transaction { connection in
            try await connection.query(
                """
                INSERT INTO attributed_order (order_id, brand_id, buyer_id, at, amount, currency, channel, refunded_at)
                VALUES (\(purchase.order.rawValue), \(purchase.brand.rawValue), \(purchase.buyer.rawValue),
                        \(purchase.at.exact), \(purchase.amount), \(purchase.currency), \(attributed.channel?.rawValue),
                        \(attributed.refundedAt?.exact))
                ON CONFLICT (order_id) DO UPDATE SET brand_id = excluded.brand_id, buyer_id = excluded.buyer_id,
                    at = excluded.at, amount = excluded.amount, currency = excluded.currency, channel = excluded.channel,
                    refunded_at = coalesce(attributed_order.refunded_at, excluded.refunded_at)
                """, logger: database.logger)
            try await connection.query(
                "DELETE FROM attribution_touch WHERE order_id = \(purchase.order.rawValue)", logger: database.logger)
            try await connection.query(
                """
                INSERT INTO attribution_touch (order_id, ordinal, event_id, at, kind, channel, note_id, creator_id,
                    product_id, query, campaign, surface, last_touch, first_touch, linear, time_decay, position_based)
                SELECT \(purchase.order.rawValue), ordinal, event_id, to_timestamp(0) + at_ms * interval '1 millisecond',
                       kind, channel, note_id, creator_id, product_id, query, campaign, surface, last_touch,
                       first_touch, linear, time_decay, position_based
                FROM jsonb_to_recordset(\(touches)::jsonb) AS t(
                    ordinal integer, event_id bigint, at_ms bigint, kind text, channel text, note_id bigint,
                    creator_id bigint, product_id bigint, query text, campaign text, surface text, last_touch bigint,
                    first_touch bigint, linear bigint, time_decay bigint, position_based bigint)
                """, logger: database.logger)
        }
    }

    func markRefunded(_ order: OrderID, at: Date) async throws -> Bool {
        let rows = try await database.query(
            """
            UPDATE attributed_order SET refunded_at = \(at.exact)
            WHERE order_id = \(order.rawValue) AND refunded_at IS NULL RETURNING order_id
            """)
        for try await _ in rows.decode(Int64.self) { return true }
        return false
    }

    func attributed(_ order: OrderID) async throws -> AttributedPurchase? {
        var found: (Purchase, Date?)?
        let rows = try await database.query(
            """
            SELECT order_id, buyer_id, brand_id, at, amount, currency, refunded_at FROM attributed_order
            WHERE order_id = \(order.rawValue)
            """)
        for try await (order, buyer, brand, at, amount, currency, refunded) in rows.decode(
            (Int64, Int64, Int64, Date, Int64, String, Date?).self)
        {
            found = (
                Purchase(
                    order: OrderID(order), buyer: UserID(buyer), brand: BrandID(brand), at: at.fromPostgres,
                    amount: amount, currency: currency), refunded.map { $0.fromPostgres }
            )
        }
        guard let (purchase, refundedAt) = found else { return nil }
        var touches: [Touchpoint] = []
        var credits: [AttributionModel: [Int64]] = [:]
        let touchRows = try await database.query(
            """
            SELECT event_id, at, kind, channel, note_id, creator_id, product_id, query, campaign, surface, last_touch,
                   first_touch, linear, time_decay, position_based
            FROM attribution_touch WHERE order_id = \(order.rawValue) ORDER BY ordinal
            """)
        for try await row in touchRows {
            let (
                event, at, kind, channel, note, creator, product, query, campaign, surface, last, first, linear, decay,
                position
            ) = try row.decode(
                (
                    Int64, Date, String, String, Int64?, Int64?, Int64?, String?, String?, String?, Int64, Int64,
                    Int64, Int64, Int64
                ).self)
            let shares: [AttributionModel: Int64] = [
                .lastTouch: last, .firstTouch: first, .linear: linear, .timeDecay: decay, .positionBased: position,
            ]
            guard let kind = Event.Kind(rawValue: kind), let channel = Touchpoint.Channel(rawValue: channel) else {
                continue
            }
            touches.append(
                Touchpoint(
                    event: event, at: at.fromPostgres, kind: kind, channel: channel, note: note.map { NoteID($0) },
                    creator: creator.map { UserID($0) }, product: product.map { ProductID($0) }, query: query,
                    campaign: campaign, surface: surface))
            for (model, share) in shares { credits[model, default: []].append(share) }
        }
        return AttributedPurchase(purchase: purchase, touches: touches, credits: credits, refundedAt: refundedAt)
    }

    func purchases(of users: [UserID], since: Date) async throws -> [Purchase] {
        guard !users.isEmpty else { return [] }
        let rows = try await database.query(
            """
            SELECT order_id, buyer_id, brand_id, at, amount, currency FROM attributed_order
            WHERE buyer_id = ANY(\(users.map(\.rawValue))) AND at >= \(since.exact) ORDER BY at
            """)
        var result: [Purchase] = []
        for try await (order, buyer, brand, at, amount, currency) in rows.decode(
            (Int64, Int64, Int64, Date, Int64, String).self)
        {
            result.append(
                Purchase(
                    order: OrderID(order), buyer: UserID(buyer), brand: BrandID(brand), at: at.fromPostgres,
                    amount: amount, currency: currency))
        }
        return result
    }
}

private struct TouchRecord: Encodable {
    let ordinal: Int, eventID: Int64, atMs: Int64, kind: String, channel: String
    let noteID: Int64?, creatorID: Int64?, productID: Int64?, query: String?, campaign: String?, surface: String?
    let lastTouch: Int64, firstTouch: Int64, linear: Int64, timeDecay: Int64, positionBased: Int64

    enum CodingKeys: String, CodingKey {
        case ordinal, kind, channel, query, campaign, surface, linear
        case eventID = "event_id", atMs = "at_ms", noteID = "note_id", creatorID = "creator_id"
        case productID = "product_id", lastTouch = "last_touch", firstTouch = "first_touch"
        case timeDecay = "time_decay", positionBased = "position_based"
    }

    init(_ touch: Touchpoint, ordinal: Int, credit: (AttributionModel) -> Int64) {
        self.ordinal = ordinal
        eventID = touch.event
        atMs = Int64((touch.at.timeIntervalSince1970 * 1000).rounded())
        kind = touch.kind.rawValue
        channel = touch.channel.rawValue
        noteID = touch.note?.rawValue
        creatorID = touch.creator?.rawValue
        productID = touch.product?.rawValue
        query = touch.query
        campaign = touch.campaign
        surface = touch.surface
        lastTouch = credit(.lastTouch)
        firstTouch = credit(.firstTouch)
        linear = credit(.linear)
        timeDecay = credit(.timeDecay)
        positionBased = credit(.positionBased)
    }
}
