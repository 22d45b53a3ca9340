import Foundation
import HongshuCore

public enum OrderError: DomainError, Equatable {
    case nothingToBuy
    case quantityInvalid
    case tooManyLines
    case multipleShops
    case currencyMismatch
    case notOnSale(Product.ID)
    case outOfStock(SKU.ID)
    case notFound(Order.ID)
    case transitionNotAllowed(from: Order.Status, to: Order.Status)
    case expired(Order.ID)
    case idempotencyKeyMissing
    case idempotencyKeyInvalid
    case idempotencyKeyReused
    case paymentInProgress
    case cardInvalid
    case paymentDeclined(String)
    case paymentUnavailable
    /// An order made elsewhere (an import) that breaks a rule, and which.
    case importInvalid(Order.ID, String)

    public static let lineLimit = 50

    public var kind: DomainErrorKind {
        switch self {
        case .notFound: .notFound
        case .outOfStock, .transitionNotAllowed, .expired, .paymentInProgress: .conflict
        case .idempotencyKeyMissing, .idempotencyKeyInvalid: .malformed
        case .paymentDeclined: .paymentRequired
        case .paymentUnavailable: .unavailable
        default: .invalid
        }
    }

    public var code: String {
        switch self {
        case .nothingToBuy: "order.nothing_to_buy"
        case .quantityInvalid: "order.quantity_invalid"
        case .tooManyLines: "order.too_many_lines"
        case .multipleShops: "order.multiple_shops"
        case .currencyMismatch: "order.currency_mismatch"
        case .notOnSale: "order.not_on_sale"
        case .outOfStock: "order.out_of_stock"
        case .notFound: "order.not_found"
        case .transitionNotAllowed: "order.transition_not_allowed"
        case .expired: "order.expired"
        case .idempotencyKeyMissing: "idempotency.key_missing"
        case .idempotencyKeyInvalid: "idempotency.key_invalid"
        case .idempotencyKeyReused: "idempotency.key_reused"
        case .paymentInProgress: "payment.in_progress"
        case .cardInvalid: "payment.card_invalid"
        case .paymentDeclined: "payment.declined"
        case .paymentUnavailable: "payment.unavailable"
        case .importInvalid: "order.import_invalid"
        }
    }

    public var message: String {
        switch self {
        case .nothingToBuy: "There is nothing to buy: the cart (or the list of items) is empty."
        case .quantityInvalid: "Each quantity is a whole number from 1 to \(CartError.quantityLimit)."
        case .tooManyLines: "An order has at most \(Self.lineLimit) different items."
        case .multipleShops: "An order buys from one shop: check out each shop's items separately."
        case .currencyMismatch: "Everything in one order is priced in one currency."
        case .notOnSale(let id): "Product \(id) is not on sale."
        case .outOfStock: "Not enough left in stock for this order."
        case .notFound(let id): "Order \(id) does not exist."
        case .transitionNotAllowed(let from, let to):
            "An order that is \(from.rawValue.replacingOccurrences(of: "_", with: " ")) cannot become \(to.rawValue.replacingOccurrences(of: "_", with: " "))."
        case .expired: "This order was not paid in time and was cancelled."
        case .idempotencyKeyMissing: "This request needs an Idempotency-Key header."
        case .idempotencyKeyInvalid: "An Idempotency-Key is 8 to 100 visible ASCII characters."
        case .idempotencyKeyReused: "This Idempotency-Key was already used for a different request."
        case .paymentInProgress: "A payment with this Idempotency-Key is still in progress."
        case .cardInvalid: "A card number is 12 to 19 digits with a valid check digit."
        case .paymentDeclined(let reason): "The payment was declined: \(reason)."
        case .paymentUnavailable: "The payment provider did not answer in time; nothing was charged. Try again."
        case .importInvalid(let id, let rule): "Imported order \(id) is refused: \(rule)."
        }
    }
}
