import Foundation
import GRDB
import HongshuCore
import Insights

struct SQLiteReportStore: ReportStore {
    let database: any DatabaseWriter

    /// `select` written once for each table of the log (``SQLiteRecentEvents``), joined by `UNION ALL`. SQLite
    /// pushes no condition holding a subquery (`subject_id IN (SELECT …)`) into the `event_all` view, so
    /// queries by the brand's notes and products name each table themselves.
    private static func inEachLog(_ select: (String) -> String) -> String {
        SQLiteRecentEvents.tables.map(select).joined(separator: "\nUNION ALL\n")
    }

    /// Distinct people among `stages` rows: users, and devices of events without one (integers and text
    /// counted apart, faster than one text key a row).
    private static let people =
        "count(DISTINCT user_id) + count(DISTINCT CASE WHEN user_id IS NULL THEN device_id END)"

    /// The brand's events at each funnel stage in the period, as `(day, stage, user_id, device_id)` rows (a CTE
    /// body).
    /// `brand_note` and `brand_product` must be defined before it.
    private static let stages =
        inEachLog { log in
            """
            SELECT at / 86400000 AS day, CASE kind WHEN 'impression' THEN 'impression' WHEN 'read' THEN 'read'
                       ELSE 'engage' END AS stage, user_id, device_id
            FROM \(log)
            WHERE subject_type = 'note' AND subject_id IN (SELECT note_id FROM brand_note)
              AND kind IN ('impression', 'read', 'like', 'collect', 'comment', 'share')
              AND at >= :since AND at < :until
            UNION ALL
            SELECT at / 86400000, CASE kind WHEN 'impression' THEN 'impression' WHEN 'add_to_cart' THEN 'add_to_cart'
                       ELSE 'product_click' END, user_id, device_id
            FROM \(log)
            WHERE subject_type = 'product' AND subject_id IN (SELECT id FROM brand_product)
              AND kind IN ('impression', 'product_view', 'product_click', 'add_to_cart')
              AND at >= :since AND at < :until
            """
        } + """

            UNION ALL
            SELECT at / 86400000, 'purchase', buyer_id, NULL FROM attributed_order
            WHERE brand_id = :brand AND refunded_at IS NULL AND at >= :since AND at < :until
            """

    private static let brandSets = """
        WITH brand_product AS (SELECT id FROM product WHERE brand_id = :brand),
             brand_note AS (SELECT DISTINCT note_id FROM note_product WHERE product_id IN (SELECT id FROM brand_product)),
             stages AS (\(stages))
        """

    func funnel(of brand: BrandID, period: ReportPeriod) async throws
        -> [(day: Date?, stage: FunnelStage, people: Int)]
    {
        let arguments: StatementArguments = [
            "brand": brand.rawValue, "since": period.since.sqliteMilliseconds, "until": period.until.sqliteMilliseconds,
        ]
        return try await database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    \(Self.brandSets)
                    SELECT day, stage, \(Self.people) AS people FROM stages GROUP BY day, stage
                    UNION ALL
                    SELECT NULL, stage, \(Self.people) FROM stages GROUP BY stage
                    """, arguments: arguments)
            return rows.compactMap { row in
                guard let stage = FunnelStage(rawValue: row["stage"]) else { return nil }
                let day = (row["day"] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0) * 86_400) }
                return (day, stage, row["people"])
            }
        }
    }

    func sales(of brand: BrandID, period: ReportPeriod) async throws -> (orders: Int, gmv: Int64, currency: String?) {
        try await database.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*) AS orders, coalesce(sum(amount), 0) AS gmv, max(currency) AS currency
                    FROM attributed_order
                    WHERE brand_id = ? AND refunded_at IS NULL AND at >= ? AND at < ?
                    """,
                arguments: [brand.rawValue, period.since.sqliteMilliseconds, period.until.sqliteMilliseconds])
            return (row?["orders"] ?? 0, row?["gmv"] ?? 0, row?["currency"])
        }
    }

    func attribution(of brand: BrandID, period: ReportPeriod, by dimension: ReportDimension) async throws
        -> [AttributionRow<String>]
    {
        let column =
            switch dimension {
            case .note: "t.note_id"
            case .creator: "t.creator_id"
            case .query: "t.query"
            case .campaign: "t.campaign"
            }
        return try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    WITH per_order AS (
                        SELECT CAST(\(column) AS TEXT) AS key, t.channel, o.order_id, o.buyer_id, o.amount,
                               sum(t.last_touch) AS last_touch, sum(t.first_touch) AS first_touch,
                               sum(t.linear) AS linear, sum(t.time_decay) AS time_decay,
                               sum(t.position_based) AS position_based
                        FROM attributed_order o JOIN attribution_touch t ON t.order_id = o.order_id
                        WHERE o.brand_id = ? AND o.refunded_at IS NULL AND o.at >= ? AND o.at < ?
                          AND \(column) IS NOT NULL
                        GROUP BY key, t.channel, o.order_id
                    )
                    SELECT key, channel, count(*) AS orders, count(DISTINCT buyer_id) AS buyers, sum(amount) AS gmv,
                           sum(last_touch) AS last_touch, sum(first_touch) AS first_touch, sum(linear) AS linear,
                           sum(time_decay) AS time_decay, sum(position_based) AS position_based
                    FROM per_order GROUP BY key, channel
                    """,
                arguments: [brand.rawValue, period.since.sqliteMilliseconds, period.until.sqliteMilliseconds]
            ).compactMap { row in
                guard let channel = Touchpoint.Channel(rawValue: row["channel"]) else { return nil }
                return AttributionRow(
                    key: row["key"], channel: channel, orders: row["orders"], buyers: row["buyers"], gmv: row["gmv"],
                    attributed: Dictionary(
                        uniqueKeysWithValues: AttributionModel.allCases.map { ($0, row[$0.rawValue] as Int64) }))
            }
        }
    }

    func seeding(of brand: BrandID, period: ReportPeriod) async throws -> Seeding {
        // CROSS JOIN keeps the brand's notes the outer loop: without statistics SQLite chose to walk every note
        // event of the log instead (minutes at 10M events).
        try await database.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    WITH brand_note AS (
                        SELECT DISTINCT np.note_id, n.author_id FROM note_product np
                        JOIN product p ON p.id = np.product_id JOIN note n ON n.id = np.note_id
                        WHERE p.brand_id = :brand),
                    engaged AS (\(Self.inEachLog { log in
                        """
                        SELECT e.user_id, f.follower_id IS NULL AS beyond
                        FROM brand_note b
                        CROSS JOIN \(log) e ON e.subject_type = 'note' AND e.subject_id = b.note_id
                        LEFT JOIN follow f ON f.follower_id = e.user_id AND f.followee_id = b.author_id
                        WHERE e.kind IN ('like', 'collect', 'comment', 'share') AND e.at >= :since AND e.at < :until
                          AND e.user_id IS NOT NULL AND e.user_id != b.author_id
                        """
                    }))
                    SELECT count(*) AS engagements, count(DISTINCT user_id) AS people,
                           coalesce(sum(beyond), 0) AS beyond,
                           count(DISTINCT CASE WHEN beyond THEN user_id END) AS beyond_people
                    FROM engaged
                    """,
                arguments: [
                    "brand": brand.rawValue, "since": period.since.sqliteMilliseconds,
                    "until": period.until.sqliteMilliseconds,
                ])
            return Seeding(
                engagements: row?["engagements"] ?? 0, people: row?["people"] ?? 0,
                fromNonFollowers: row?["beyond"] ?? 0, nonFollowers: row?["beyond_people"] ?? 0)
        }
    }

    func readers(of brand: BrandID, period: ReportPeriod) async throws -> [UserID: Date] {
        try await database.read { db in
            var readers: [UserID: Date] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    WITH brand_note AS (
                        SELECT note_id FROM note_product
                        WHERE product_id IN (SELECT id FROM product WHERE brand_id = :brand))
                    SELECT user_id, min(at) AS first FROM (\(Self.inEachLog { log in
                        """
                        SELECT user_id, at FROM \(log)
                        WHERE subject_type = 'note' AND subject_id IN (SELECT note_id FROM brand_note)
                          AND kind IN ('impression', 'read') AND at >= :since AND at < :until AND user_id IS NOT NULL
                        """
                    }))
                    GROUP BY user_id
                    """,
                arguments: [
                    "brand": brand.rawValue, "since": period.since.sqliteMilliseconds,
                    "until": period.until.sqliteMilliseconds,
                ])
            {
                readers[UserID(row["user_id"] as Int64)] = Date(sqliteMilliseconds: row["first"])
            }
            return readers
        }
    }

    func searches(by users: [UserID], period: ReportPeriod) async throws -> [Event] {
        // In chunks of 500 people, within one read.
        try await database.read { db in
            var found: [Event] = []
            for start in stride(from: 0, to: users.count, by: 500) {
                let chunk = users[start..<min(start + 500, users.count)].map(\.rawValue)
                found += try SQLRequest<Row>(
                    literal: """
                        SELECT * FROM event_all WHERE user_id IN \(chunk) AND kind = 'search'
                          AND at >= \(period.since.sqliteMilliseconds) AND at < \(period.until.sqliteMilliseconds)
                        """
                ).fetchAll(db).compactMap(SQLiteEventStore.event)
            }
            return found
        }
    }

    func catalog(of brand: BrandID) async throws -> BrandCatalog {
        try await database.read { db in
            let name = try String.fetchOne(db, sql: "SELECT name FROM brand WHERE id = ?", arguments: [brand.rawValue])
            let products = try Int64.fetchAll(
                db, sql: "SELECT id FROM product WHERE brand_id = ?", arguments: [brand.rawValue])
            let notes = try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT note_id FROM note_product
                    WHERE product_id IN (SELECT id FROM product WHERE brand_id = ?)
                    """, arguments: [brand.rawValue])
            return BrandCatalog(
                name: name ?? "", products: Set(products.map(ProductID.init(rawValue:))),
                notes: Set(notes.map(NoteID.init(rawValue:))))
        }
    }

    func addSpend(_ spend: Spend) async throws {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO brand_spend (id, brand_id, dimension, key, amount, currency, day, label)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    spend.id, spend.brand.rawValue, spend.dimension.rawValue, spend.key, spend.amount,
                    spend.currency.rawValue, spend.day.sqliteMilliseconds, spend.label,
                ])
        }
    }

    func spends(of brand: BrandID, since: Date, until: Date) async throws -> [Spend] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM brand_spend WHERE brand_id = ? AND day >= ? AND day < ? ORDER BY day, id
                    """, arguments: [brand.rawValue, since.sqliteMilliseconds, until.sqliteMilliseconds]
            ).compactMap { row in
                guard let dimension = ReportDimension(rawValue: row["dimension"]),
                    let currency = Currency(rawValue: row["currency"])
                else { return nil }
                return Spend(
                    id: row["id"], brand: brand, dimension: dimension, key: row["key"], amount: row["amount"],
                    currency: currency, day: Date(sqliteMilliseconds: row["day"]), label: row["label"])
            }
        }
    }

    func removeSpend(_ id: Int64, of brand: BrandID) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: "DELETE FROM brand_spend WHERE id = ? AND brand_id = ?", arguments: [id, brand.rawValue])
            return db.changesCount > 0
        }
    }
}
