import Foundation
import GRDB
import HongshuCore
import Insights

struct SQLiteAttributionStore: AttributionStore {
    let database: any DatabaseWriter

    func events(of user: UserID, since: Date, through: Date) async throws -> [Event] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM event_all WHERE user_id = ? AND at >= ? AND at <= ? ORDER BY at, id
                    """,
                arguments: [user.rawValue, since.sqliteMilliseconds, through.sqliteMilliseconds]
            ).compactMap(SQLiteEventStore.event)
        }
    }

    func events(ofDevices devices: [String], since: Date, through: Date) async throws -> [Event] {
        guard !devices.isEmpty else { return [] }
        return try await database.read { db in
            // The conditions are the partial indexes' (`event_device`), word for word.
            try SQLRequest<Row>(
                literal: """
                    SELECT * FROM event_all
                    WHERE user_id IS NULL AND device_id IS NOT NULL AND device_id IN \(devices)
                      AND at >= \(since.sqliteMilliseconds) AND at <= \(through.sqliteMilliseconds)
                    ORDER BY at, id
                    """
            ).fetchAll(db).compactMap(SQLiteEventStore.event)
        }
    }

    func sales(after: (at: Date, id: Int64)?, limit: Int) async throws -> [Event] {
        let at = after?.at.sqliteMilliseconds ?? Int64.min
        let id = after?.id ?? Int64.min
        return try await database.read { db in
            // The predicate is the partial index's, word for word.
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM event_all WHERE kind IN ('purchase', 'refund') AND (at, id) > (?, ?)
                    ORDER BY at, id LIMIT ?
                    """, arguments: [at, id, limit]
            ).compactMap(SQLiteEventStore.event)
        }
    }

    func notes(_ ids: [NoteID], showing brand: BrandID) async throws -> [NoteID: UserID] {
        guard !ids.isEmpty else { return [:] }
        return try await database.read { db in
            let rows = try SQLRequest<Row>(
                literal: "SELECT id, author_id, product_ids FROM note WHERE id IN \(ids.map(\.rawValue))"
            ).fetchAll(db)
            var shown: [Int64: (note: Int64, author: Int64)] = [:]
            var byNote: [Int64: [Int64]] = [:]
            for row in rows {
                let products = try JSONColumn.decode([Int64].self, from: row["product_ids"])
                byNote[row["id"]] = products
                for product in products { shown[product] = (row["id"], row["author_id"]) }
            }
            guard !shown.isEmpty else { return [:] }
            let brands = try SQLRequest<Int64>(
                literal: "SELECT id FROM product WHERE brand_id = \(brand.rawValue) AND id IN \(Array(shown.keys))"
            ).fetchSet(db)
            var result: [NoteID: UserID] = [:]
            for row in rows where byNote[row["id"]]?.contains(where: brands.contains) == true {
                result[NoteID(row["id"] as Int64)] = UserID(row["author_id"] as Int64)
            }
            return result
        }
    }

    func products(_ ids: [ProductID], of brand: BrandID) async throws -> Set<ProductID> {
        guard !ids.isEmpty else { return [] }
        return try await database.read { db in
            Set(
                try SQLRequest<Int64>(
                    literal: """
                        SELECT id FROM product WHERE brand_id = \(brand.rawValue) AND id IN \(ids.map(\.rawValue))
                        """
                ).fetchAll(db).map(ProductID.init(rawValue:)))
        }
    }

    func save(_ attributed: AttributedPurchase) async throws {
        let purchase = attributed.purchase
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO attributed_order (order_id, brand_id, buyer_id, at, amount, currency, channel, refunded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (order_id) DO UPDATE SET brand_id = excluded.brand_id, buyer_id = excluded.buyer_id,
                        at = excluded.at, amount = excluded.amount, currency = excluded.currency,
                        channel = excluded.channel,
                        refunded_at = coalesce(attributed_order.refunded_at, excluded.refunded_at)
                    """,
                arguments: [
                    purchase.order.rawValue, purchase.brand.rawValue, purchase.buyer.rawValue,
                    purchase.at.sqliteMilliseconds, purchase.amount, purchase.currency, attributed.channel?.rawValue,
                    attributed.refundedAt?.sqliteMilliseconds,
                ])
            try db.execute(
                sql: "DELETE FROM attribution_touch WHERE order_id = ?", arguments: [purchase.order.rawValue])
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO attribution_touch (order_id, ordinal, event_id, at, kind, channel, note_id, creator_id,
                        product_id, query, campaign, surface, last_touch, first_touch, linear, time_decay, position_based)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for (index, touch) in attributed.touches.enumerated() {
                let credit = { (model: AttributionModel) in attributed.credits[model]?[index] ?? 0 }
                try insert.execute(arguments: [
                    purchase.order.rawValue, index, touch.event, touch.at.sqliteMilliseconds, touch.kind.rawValue,
                    touch.channel.rawValue, touch.note?.rawValue, touch.creator?.rawValue, touch.product?.rawValue,
                    touch.query, touch.campaign, touch.surface, credit(.lastTouch), credit(.firstTouch),
                    credit(.linear), credit(.timeDecay), credit(.positionBased),
                ])
            }
        }
    }

    func markRefunded(_ order: OrderID, at: Date) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: "UPDATE attributed_order SET refunded_at = ? WHERE order_id = ? AND refunded_at IS NULL",
                arguments: [at.sqliteMilliseconds, order.rawValue])
            return db.changesCount > 0
        }
    }

    func attributed(_ order: OrderID) async throws -> AttributedPurchase? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM attributed_order WHERE order_id = ?", arguments: [order.rawValue])
            else { return nil }
            let purchase = Self.purchase(row)
            var touches: [Touchpoint] = []
            var credits: [AttributionModel: [Int64]] = [:]
            for touch in try Row.fetchAll(
                db, sql: "SELECT * FROM attribution_touch WHERE order_id = ? ORDER BY ordinal",
                arguments: [order.rawValue])
            {
                guard let kind = Event.Kind(rawValue: touch["kind"]),
                    let channel = Touchpoint.Channel(rawValue: touch["channel"])
                else { continue }
                touches.append(
                    Touchpoint(
                        event: touch["event_id"], at: Date(sqliteMilliseconds: touch["at"]), kind: kind,
                        channel: channel, note: (touch["note_id"] as Int64?).map(NoteID.init(rawValue:)),
                        creator: (touch["creator_id"] as Int64?).map(UserID.init(rawValue:)),
                        product: (touch["product_id"] as Int64?).map(ProductID.init(rawValue:)), query: touch["query"],
                        campaign: touch["campaign"], surface: touch["surface"]))
                for model in AttributionModel.allCases { credits[model, default: []].append(touch[model.rawValue]) }
            }
            return AttributedPurchase(
                purchase: purchase, touches: touches, credits: credits,
                refundedAt: (row["refunded_at"] as Int64?).map(Date.init(sqliteMilliseconds:)))
        }
    }

    func purchases(of users: [UserID], since: Date) async throws -> [Purchase] {
        guard !users.isEmpty else { return [] }
        return try await database.read { db in
            try SQLRequest<Row>(
                literal: """
                    SELECT * FROM attributed_order
                    WHERE buyer_id IN \(users.map(\.rawValue)) AND at >= \(since.sqliteMilliseconds) ORDER BY at
                    """
            ).fetchAll(db).map(Self.purchase)
        }
    }

    private static func purchase(_ row: Row) -> Purchase {
        Purchase(
            order: OrderID(row["order_id"] as Int64), buyer: UserID(row["buyer_id"] as Int64),
            brand: BrandID(row["brand_id"] as Int64), at: Date(sqliteMilliseconds: row["at"]), amount: row["amount"],
            currency: row["currency"])
    }
}
