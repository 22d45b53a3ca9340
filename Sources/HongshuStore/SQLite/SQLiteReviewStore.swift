import Commerce
import Foundation
import GRDB
import HongshuCore

struct SQLiteReviewStore: ReviewStore {
    let database: any DatabaseWriter

    func insert(_ review: Review) async throws -> Bool {
        do {
            try await database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO review (order_id, product_id, buyer_id, note_id, rating, reviewed_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        review.order.rawValue, review.product.rawValue, review.buyer.rawValue, review.note.rawValue,
                        review.rating, review.reviewedAt.sqliteMilliseconds,
                    ])
            }
            return true
        } catch let error as DatabaseError where error.isUniqueViolation {
            return false
        }
    }

    private static let live = "EXISTS (SELECT 1 FROM note WHERE note.id = review.note_id AND note.deleted_at IS NULL)"

    func reviews(of product: Product.ID, page: PageRequest) async throws -> Page<Review> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = ["product_id = \(product.rawValue)", SQL(sql: Self.live)]
        if let after {
            conditions.append("(reviewed_at, note_id) < (\(after.time.sqliteMilliseconds), \(after.id))")
        }
        let request = SQLRequest<Row>(
            literal: """
                SELECT * FROM review WHERE \(conditions.joined(operator: .and))
                ORDER BY reviewed_at DESC, note_id DESC LIMIT \(page.limit + 1)
                """)
        let reviews = try await database.read { db in try request.fetchAll(db).map(Self.review) }
        return TimeKey.page(reviews, limit: page.limit) { TimeKey(time: $0.reviewedAt, id: $0.note.rawValue) }
    }

    func reviews(notes: [NoteID]) async throws -> [Review] {
        let request = SQLRequest<Row>(literal: "SELECT * FROM review WHERE note_id IN \(notes.map(\.rawValue))")
        return try await database.read { db in try request.fetchAll(db).map(Self.review) }
    }

    func reviews(order: Order.ID) async throws -> [Review] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM review WHERE order_id = ?", arguments: [order.rawValue])
                .map(Self.review)
        }
    }

    func summary(of product: Product.ID) async throws -> RatingSummary {
        try await database.read { db in
            let row = try Row.fetchOne(
                db,
                sql:
                    "SELECT count(*) AS n, coalesce(sum(rating), 0) AS total FROM review WHERE product_id = ? AND \(Self.live)",
                arguments: [product.rawValue])
            return RatingSummary(count: row?["n"] ?? 0, total: row?["total"] ?? 0)
        }
    }

    private static func review(_ row: Row) -> Review {
        Review(
            order: OrderID(row["order_id"] as Int64), product: ProductID(row["product_id"] as Int64),
            buyer: UserID(row["buyer_id"] as Int64), note: NoteID(row["note_id"] as Int64), rating: row["rating"],
            reviewedAt: Date(sqliteMilliseconds: row["reviewed_at"]))
    }
}
