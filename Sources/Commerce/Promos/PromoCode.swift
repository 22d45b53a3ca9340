import Foundation
import HongshuCore

/// A code a brand hands out for a discount at checkout, optionally tied to a creator.
public struct PromoCode: Identifiable, Hashable, Sendable {
    public typealias ID = PromoID

    public enum Discount: Hashable, Sendable {
        /// Percent off the subtotal (1–90), rounded down to the fen.
        case percent(Int)
        /// A fixed amount off (never more than the subtotal).
        case amount(Money)
    }

    public let id: ID
    public let brand: Brand.ID
    /// Upper-case letters and digits, unique within the brand.
    public let code: String
    public let discount: Discount
    /// How many orders may use it (`nil`: no limit).
    public let usageLimit: Int?
    /// Orders that used it and were not cancelled.
    public var used: Int
    public let expiresAt: Date?
    /// The creator whose audience it is for (attribution credits them).
    public let creator: UserID?
    public let createdAt: Date

    public init(
        id: ID, brand: Brand.ID, code: String, discount: Discount, usageLimit: Int?, used: Int = 0, expiresAt: Date?,
        creator: UserID?, createdAt: Date
    ) {
        self.id = id
        self.brand = brand
        self.code = code
        self.discount = discount
        self.usageLimit = usageLimit
        self.used = used
        self.expiresAt = expiresAt
        self.creator = creator
        self.createdAt = createdAt
    }

    /// The discount on a subtotal: never negative, never more than the subtotal.
    /// - Throws: ``PromoError/currencyMismatch`` for a fixed amount in another currency.
    public func discount(on subtotal: Money) throws -> Money {
        switch discount {
        case .percent(let percent):
            return Money(amount: subtotal.amount * Int64(percent) / 100, currency: subtotal.currency)
        case .amount(let amount):
            guard amount.currency == subtotal.currency else { throw PromoError.currencyMismatch }
            return Money(amount: min(amount.amount, subtotal.amount), currency: subtotal.currency)
        }
    }
}

/// Where promo codes are kept (their use is counted by ``OrderStore``). Each backend implements it.
public protocol PromoStore: Sendable {
    /// Adds a code; `false` if the brand already has one spelled the same.
    func insert(_ promo: PromoCode) async throws -> Bool
    func promo(_ code: String, of brand: Brand.ID) async throws -> PromoCode?
    func promo(_ id: PromoCode.ID) async throws -> PromoCode?
    /// A brand's codes, newest first.
    func promos(of brand: Brand.ID) async throws -> [PromoCode]
}

public enum PromoError: DomainError, Equatable {
    case codeInvalid
    case codeTaken(String)
    case discountInvalid
    case limitInvalid
    case expiryInvalid
    case creatorNotFound(UserID)
    case notFound(String)
    case expired(String)
    case usedUp(String)
    case currencyMismatch

    public var kind: DomainErrorKind {
        switch self {
        case .codeTaken, .usedUp: .conflict
        default: .invalid
        }
    }

    public var code: String {
        switch self {
        case .codeInvalid: "promo.code_invalid"
        case .codeTaken: "promo.code_taken"
        case .discountInvalid: "promo.discount_invalid"
        case .limitInvalid: "promo.limit_invalid"
        case .expiryInvalid: "promo.expiry_invalid"
        case .creatorNotFound: "promo.creator_not_found"
        case .notFound: "promo.not_found"
        case .expired: "promo.expired"
        case .usedUp: "promo.used_up"
        case .currencyMismatch: "promo.currency_mismatch"
        }
    }

    public var message: String {
        switch self {
        case .codeInvalid: "A promo code is 3 to 20 letters and digits."
        case .codeTaken(let code): "The brand already has a code \(code)."
        case .discountInvalid: "A discount is 1 to 90 percent, or a fixed amount of at least 1 minor unit."
        case .limitInvalid: "A usage limit is a whole number from 1 to 1,000,000."
        case .expiryInvalid: "A code must expire in the future."
        case .creatorNotFound(let id): "User \(id) does not exist."
        case .notFound(let code): "There is no promo code \(code.prefix(20)) for this shop."
        case .expired(let code): "The promo code \(code) has expired."
        case .usedUp(let code): "The promo code \(code) has been used up."
        case .currencyMismatch: "This promo code is for another currency."
        }
    }
}
