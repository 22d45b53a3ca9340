import Commerce
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresReviewStore: ReviewStore {
    let database: PostgresDatabase

    private static let columns = "order_id, product_id, buyer_id, note_id, rating, reviewed_at"
    private static let live = "EXISTS (SELECT 1 FROM note WHERE note.id = review.note_id AND note.deleted_at IS NULL)"

    func insert(_ review: Review) async throws -> Bool {
        do {
            try await database.query(
                """
                INSERT INTO review (order_id, product_id, buyer_id, note_id, rating, reviewed_at)
                VALUES (\(review.order.rawValue), \(review.product.rawValue), \(review.buyer.rawValue),
                        \(review.note.rawValue), \(review.rating), \(review.reviewedAt.exact))
                """)
            return true
        } catch let error as PSQLError where error.isUniqueViolation {
            return false
        }
    }

    func reviews(of product: Product.ID, page: PageRequest) async throws -> Page<Review> {
        var query = PostgresKeysetQuery(select: "\(Self.columns) FROM review")
        query.filter("product_id", equals: product.rawValue)
        query.filter(Self.live)
        let reviews = try await fetch(try query.page(page, time: "reviewed_at", id: "note_id"))
        return TimeKey.page(reviews, limit: page.limit) { TimeKey(time: $0.reviewedAt, id: $0.note.rawValue) }
    }

    func reviews(notes: [NoteID]) async throws -> [Review] {
        try await fetch("SELECT \(unescaped: Self.columns) FROM review WHERE note_id = ANY(\(notes.map(\.rawValue)))")
    }

    func reviews(order: Order.ID) async throws -> [Review] {
        try await fetch("SELECT \(unescaped: Self.columns) FROM review WHERE order_id = \(order.rawValue)")
    }

    func summary(of product: Product.ID) async throws -> RatingSummary {
        let rows = try await database.query(
            """
            SELECT count(*), coalesce(sum(rating), 0)::bigint FROM review
            WHERE product_id = \(product.rawValue) AND \(unescaped: Self.live)
            """)
        for try await (count, total) in rows.decode((Int64, Int64).self) {
            return RatingSummary(count: Int(count), total: Int(total))
        }
        return RatingSummary(count: 0, total: 0)
    }

    private func fetch(_ query: PostgresQuery) async throws -> [Review] {
        var reviews: [Review] = []
        for try await (order, product, buyer, note, rating, at) in try await database.query(query).decode(
            (Int64, Int64, Int64, Int64, Int32, Date).self)
        {
            reviews.append(
                Review(
                    order: OrderID(order), product: ProductID(product), buyer: UserID(buyer), note: NoteID(note),
                    rating: Int(rating), reviewedAt: at.fromPostgres))
        }
        return reviews
    }
}
