import Community
import Foundation
import HongshuCore

/// Reviewing what one bought: a rating plus a normal note that shows the product's card.
public struct Reviews: Sendable {
    let store: any ReviewStore
    let orders: any OrderStore
    let notes: Notes
    let now: @Sendable () -> Date

    public init(store: any ReviewStore, orders: any OrderStore, notes: Notes, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.orders = orders
        self.notes = notes
        self.now = now
    }

    /// Publishes the buyer's note about a product of a delivered (or completed) order, with a rating.
    /// - Throws: ``ReviewError``, ``OrderError/notFound(_:)``, or ``NoteError`` for the note.
    public func review(
        _ product: Product.ID, in orderID: Order.ID, rating: Int, note draft: NoteDraft, by buyer: UserID
    ) async throws -> (Review, Note) {
        guard let order = try await orders.order(orderID), order.buyer == buyer else {
            throw OrderError.notFound(orderID)
        }
        guard (1...5).contains(rating) else { throw ReviewError.ratingInvalid }
        guard order.lines.contains(where: { $0.product == product }) else {
            throw ReviewError.productNotInOrder(product)
        }
        guard [.delivered, .completed].contains(order.status) else { throw ReviewError.notDelivered(orderID) }
        guard try await !store.reviews(order: orderID).contains(where: { $0.product == product }) else {
            throw ReviewError.alreadyReviewed(product)
        }
        var draft = draft
        draft.products = [product] + draft.products.filter { $0 != product }
        let note = try await notes.publish(draft, by: buyer)
        let review = Review(
            order: orderID, product: product, buyer: buyer, note: note.id, rating: rating,
            reviewedAt: note.publishedAt)
        guard try await store.insert(review) else {
            // Another request reviewed it at the same moment: take this note back.
            try await notes.delete(note.id, by: buyer)
            throw ReviewError.alreadyReviewed(product)
        }
        return (review, note)
    }

    public func reviews(of product: Product.ID, page: PageRequest) async throws -> Page<Review> {
        try await store.reviews(of: product, page: page)
    }

    /// The reviews among these notes, by note (the "purchased" badge).
    public func reviews(notes: [NoteID]) async throws -> [NoteID: Review] {
        guard !notes.isEmpty else { return [:] }
        return Dictionary(try await store.reviews(notes: notes).map { ($0.note, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func reviews(order: Order.ID) async throws -> [Review] { try await store.reviews(order: order) }

    public func summary(of product: Product.ID) async throws -> RatingSummary { try await store.summary(of: product) }
}
