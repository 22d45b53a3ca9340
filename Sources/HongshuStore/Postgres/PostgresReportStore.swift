import Foundation
import HongshuCore
import Insights
import PostgresNIO

struct PostgresReportStore: ReportStore {
    let database: PostgresDatabase

    func funnel(of brand: BrandID, period: ReportPeriod) async throws
        -> [(day: Date?, stage: FunnelStage, people: Int)]
    {
        let (since, until) = (period.since.exact, period.until.exact)
        let rows = try await database.query(
            """
            WITH brand_product AS (SELECT id FROM product WHERE brand_id = \(brand.rawValue)),
                 brand_note AS (SELECT DISTINCT note_id FROM note_product
                                WHERE product_id IN (SELECT id FROM brand_product)),
                 stages AS (
                    SELECT floor(extract(epoch FROM at) / 86400)::int8 AS day,
                           CASE kind WHEN 'impression' THEN 'impression' WHEN 'read' THEN 'read' ELSE 'engage' END
                               AS stage,
                           coalesce(user_id::text, 'd:' || device_id) AS actor
                    FROM event
                    WHERE subject_type = 'note' AND subject_id IN (SELECT note_id FROM brand_note)
                      AND kind IN ('impression', 'read', 'like', 'collect', 'comment', 'share')
                      AND at >= \(since) AND at < \(until)
                    UNION ALL
                    SELECT floor(extract(epoch FROM at) / 86400)::int8,
                           CASE kind WHEN 'impression' THEN 'impression' WHEN 'add_to_cart' THEN 'add_to_cart'
                               ELSE 'product_click' END,
                           coalesce(user_id::text, 'd:' || device_id)
                    FROM event
                    WHERE subject_type = 'product' AND subject_id IN (SELECT id FROM brand_product)
                      AND kind IN ('impression', 'product_view', 'product_click', 'add_to_cart')
                      AND at >= \(since) AND at < \(until)
                    UNION ALL
                    SELECT floor(extract(epoch FROM at) / 86400)::int8, 'purchase', buyer_id::text
                    FROM attributed_order
                    WHERE brand_id = \(brand.rawValue) AND refunded_at IS NULL AND at >= \(since) AND at < \(until)
                 )
            SELECT day, stage, count(DISTINCT actor)::int8 FROM stages GROUP BY day, stage
            UNION ALL
            SELECT NULL, stage, count(DISTINCT actor)::int8 FROM stages GROUP BY stage
            """)
        var result: [(day: Date?, stage: FunnelStage, people: Int)] = []
        for try await (day, stage, people) in rows.decode((Int64?, String, Int64).self) {
            guard let stage = FunnelStage(rawValue: stage) else { continue }
            result.append((day.map { Date(timeIntervalSince1970: TimeInterval($0) * 86_400) }, stage, Int(people)))
        }
        return result
    }

    func sales(of brand: BrandID, period: ReportPeriod) async throws -> (orders: Int, gmv: Int64, currency: String?) {
        let rows = try await database.query(
            """
            SELECT count(*)::int8, coalesce(sum(amount), 0)::int8, max(currency) FROM attributed_order
            WHERE brand_id = \(brand.rawValue) AND refunded_at IS NULL
              AND at >= \(period.since.exact) AND at < \(period.until.exact)
            """)
        for try await (orders, gmv, currency) in rows.decode((Int64, Int64, String?).self) {
            return (Int(orders), gmv, currency)
        }
        return (0, 0, nil)
    }

    func attribution(of brand: BrandID, period: ReportPeriod, by dimension: ReportDimension) async throws
        -> [AttributionRow<String>]
    {
        let column =
            switch dimension {
            case .note: "t.note_id::text"
            case .creator: "t.creator_id::text"
            case .query: "t.query"
            case .campaign: "t.campaign"
            }
        let rows = try await database.query(
            """
            WITH per_order AS (
                SELECT \(unescaped: column) AS key, t.channel, o.order_id, o.buyer_id, o.amount,
                       sum(t.last_touch) AS last_touch, sum(t.first_touch) AS first_touch, sum(t.linear) AS linear,
                       sum(t.time_decay) AS time_decay, sum(t.position_based) AS position_based
                FROM attributed_order o JOIN attribution_touch t ON t.order_id = o.order_id
                WHERE o.brand_id = \(brand.rawValue) AND o.refunded_at IS NULL
                  AND o.at >= \(period.since.exact) AND o.at < \(period.until.exact)
                  AND \(unescaped: column) IS NOT NULL
                GROUP BY 1, t.channel, o.order_id, o.buyer_id, o.amount
            )
            SELECT key, channel, count(*)::int8, count(DISTINCT buyer_id)::int8, sum(amount)::int8,
                   sum(last_touch)::int8, sum(first_touch)::int8, sum(linear)::int8, sum(time_decay)::int8,
                   sum(position_based)::int8
            FROM per_order GROUP BY key, channel
            """)
        var result: [AttributionRow<String>] = []
        for try await (key, channel, orders, buyers, gmv, last, first, linear, decay, position) in rows.decode(
            (String, String, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64).self)
        {
            guard let channel = Touchpoint.Channel(rawValue: channel) else { continue }
            result.append(
                AttributionRow(
                    key: key, channel: channel, orders: Int(orders), buyers: Int(buyers), gmv: gmv,
                    attributed: [
                        .lastTouch: last, .firstTouch: first, .linear: linear, .timeDecay: decay,
                        .positionBased: position,
                    ]))
        }
        return result
    }

    func seeding(of brand: BrandID, period: ReportPeriod) async throws -> Seeding {
        let rows = try await database.query(
            """
            WITH brand_note AS (
                SELECT DISTINCT np.note_id, n.author_id FROM note_product np
                JOIN product p ON p.id = np.product_id JOIN note n ON n.id = np.note_id
                WHERE p.brand_id = \(brand.rawValue))
            SELECT count(*)::int8, count(DISTINCT e.user_id)::int8,
                   count(*) FILTER (WHERE f.follower_id IS NULL)::int8,
                   count(DISTINCT e.user_id) FILTER (WHERE f.follower_id IS NULL)::int8
            FROM brand_note b
            JOIN event e ON e.subject_type = 'note' AND e.subject_id = b.note_id
            LEFT JOIN follow f ON f.follower_id = e.user_id AND f.followee_id = b.author_id
            WHERE e.kind IN ('like', 'collect', 'comment', 'share')
              AND e.at >= \(period.since.exact) AND e.at < \(period.until.exact)
              AND e.user_id IS NOT NULL AND e.user_id <> b.author_id
            """)
        for try await (engagements, people, beyond, beyondPeople) in rows.decode((Int64, Int64, Int64, Int64).self) {
            return Seeding(
                engagements: Int(engagements), people: Int(people), fromNonFollowers: Int(beyond),
                nonFollowers: Int(beyondPeople))
        }
        return Seeding()
    }

    func readers(of brand: BrandID, period: ReportPeriod) async throws -> [UserID: Date] {
        let rows = try await database.query(
            """
            SELECT e.user_id, min(e.at) FROM event e
            WHERE e.subject_type = 'note' AND e.subject_id IN (
                    SELECT note_id FROM note_product
                    WHERE product_id IN (SELECT id FROM product WHERE brand_id = \(brand.rawValue)))
              AND e.kind IN ('impression', 'read') AND e.at >= \(period.since.exact) AND e.at < \(period.until.exact)
              AND e.user_id IS NOT NULL
            GROUP BY e.user_id
            """)
        var readers: [UserID: Date] = [:]
        for try await (user, first) in rows.decode((Int64, Date).self) { readers[UserID(user)] = first.fromPostgres }
        return readers
    }

    func searches(by users: [UserID], period: ReportPeriod) async throws -> [Event] {
        guard !users.isEmpty else { return [] }
        let rows = try await database.query(
            """
            SELECT \(unescaped: PostgresEventStore.columns) FROM event
            WHERE user_id = ANY(\(users.map(\.rawValue))) AND kind = 'search'
              AND at >= \(period.since.exact) AND at < \(period.until.exact)
            """)
        return try await PostgresEventStore.events(from: rows)
    }

    func catalog(of brand: BrandID) async throws -> BrandCatalog {
        var name = ""
        for try await found in try await database.query("SELECT name FROM brand WHERE id = \(brand.rawValue)")
            .decode(String.self)
        {
            name = found
        }
        var products: Set<ProductID> = []
        for try await id in try await database.query("SELECT id FROM product WHERE brand_id = \(brand.rawValue)")
            .decode(Int64.self)
        {
            products.insert(ProductID(id))
        }
        var notes: Set<NoteID> = []
        for try await id in try await database.query(
            """
            SELECT DISTINCT note_id FROM note_product
            WHERE product_id IN (SELECT id FROM product WHERE brand_id = \(brand.rawValue))
            """
        ).decode(Int64.self) {
            notes.insert(NoteID(id))
        }
        return BrandCatalog(name: name, products: products, notes: notes)
    }

    func addSpend(_ spend: Spend) async throws {
        try await database.query(
            """
            INSERT INTO brand_spend (id, brand_id, dimension, key, amount, currency, day, label)
            VALUES (\(spend.id), \(spend.brand.rawValue), \(spend.dimension.rawValue), \(spend.key), \(spend.amount),
                    \(spend.currency.rawValue), \(spend.day.exact), \(spend.label))
            """)
    }

    func spends(of brand: BrandID, since: Date, until: Date) async throws -> [Spend] {
        let rows = try await database.query(
            """
            SELECT id, dimension, key, amount, currency, day, label FROM brand_spend
            WHERE brand_id = \(brand.rawValue) AND day >= \(since.exact) AND day < \(until.exact) ORDER BY day, id
            """)
        var spends: [Spend] = []
        for try await (id, dimension, key, amount, currency, day, label) in rows.decode(
            (Int64, String, String, Int64, String, Date, String).self)
        {
            guard let dimension = ReportDimension(rawValue: dimension), let currency = Currency(rawValue: currency)
            else { continue }
            spends.append(
                Spend(
                    id: id, brand: brand, dimension: dimension, key: key, amount: amount, currency: currency, day: day,
                    label: label))
        }
        return spends
    }

    func removeSpend(_ id: Int64, of brand: BrandID) async throws -> Bool {
        let rows = try await database.query(
            "DELETE FROM brand_spend WHERE id = \(id) AND brand_id = \(brand.rawValue) RETURNING id")
        for try await _ in rows.decode(Int64.self) { return true }
        return false
    }
}
