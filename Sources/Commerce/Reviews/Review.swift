import Community
import Foundation
import HongshuCore

/// A buyer's verdict on a product they received: a rating and a note (shown with a
/// "purchased" badge) linked to the order.
public struct Review: Hashable, Sendable {
    public let order: Order.ID
    public let product: Product.ID
    public let buyer: UserID
    public let note: NoteID
    /// 1 to 5 stars.
    public let rating: Int
    public let reviewedAt: Date

    public init(order: Order.ID, product: Product.ID, buyer: UserID, note: NoteID, rating: Int, reviewedAt: Date) {
        self.order = order
        self.product = product
        self.buyer = buyer
        self.note = note
        self.rating = rating
        self.reviewedAt = reviewedAt
    }
}

/// A product's ratings: how many and their average.
public struct RatingSummary: Hashable, Sendable {
    public let count: Int
    /// The sum of the stars (the average is `total / count`, kept exact).
    public let total: Int

    public init(count: Int, total: Int) {
        self.count = count
        self.total = total
    }

    /// The average to one decimal ("4.3"), or `nil` without ratings.
    public var average: Double? { count == 0 ? nil : (Double(total) / Double(count) * 10).rounded() / 10 }
}

/// Where reviews are kept. Each backend implements it.
public protocol ReviewStore: Sendable {
    /// Adds a review; `false` if the order's product was already reviewed.
    func insert(_ review: Review) async throws -> Bool
    /// A product's reviews whose notes are live, newest first.
    func reviews(of product: Product.ID, page: PageRequest) async throws -> Page<Review>
    /// The reviews these notes are (notes that are not reviews are left out).
    func reviews(notes: [NoteID]) async throws -> [Review]
    func reviews(order: Order.ID) async throws -> [Review]
    /// Ratings of reviews whose notes are live.
    func summary(of product: Product.ID) async throws -> RatingSummary
}

public enum ReviewError: DomainError, Equatable {
    case ratingInvalid
    case notDelivered(Order.ID)
    case productNotInOrder(Product.ID)
    case alreadyReviewed(Product.ID)

    public var kind: DomainErrorKind {
        switch self {
        case .ratingInvalid, .productNotInOrder: .invalid
        case .notDelivered, .alreadyReviewed: .conflict
        }
    }

    public var code: String {
        switch self {
        case .ratingInvalid: "review.rating_invalid"
        case .notDelivered: "review.not_delivered"
        case .productNotInOrder: "review.product_not_in_order"
        case .alreadyReviewed: "review.already_reviewed"
        }
    }

    public var message: String {
        switch self {
        case .ratingInvalid: "A rating is a whole number of stars from 1 to 5."
        case .notDelivered: "An order can be reviewed once it has been delivered."
        case .productNotInOrder(let id): "Product \(id) is not in this order."
        case .alreadyReviewed: "You already reviewed this product for this order."
        }
    }
}
