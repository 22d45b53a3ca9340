import Community
import Foundation
import HongshuCore

/// Making promo codes and finding the one a buyer typed.
public struct Promos: Sendable {
    let store: any PromoStore
    let brands: Brands
    let users: (any UserStore)?
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        store: any PromoStore, brands: Brands, users: (any UserStore)? = nil, now: @escaping @Sendable () -> Date,
        newID: @escaping @Sendable () -> Int64
    ) {
        self.store = store
        self.brands = brands
        self.users = users
        self.now = now
        self.newID = newID
    }

    /// Creates a code for a brand (members only).
    /// - Throws: ``PromoError`` for the first rule broken, ``BrandError`` for a non-member.
    public func create(
        code: String, discount: PromoCode.Discount, usageLimit: Int?, expiresAt: Date?, creator: UserID?,
        in brand: Brand.ID, by user: UserID
    ) async throws -> PromoCode {
        try await brands.requireMember(brand, user)
        let code = Self.normalised(code)
        guard (3...20).contains(code.count),
            code.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) })
        else { throw PromoError.codeInvalid }
        switch discount {
        case .percent(let percent): guard (1...90).contains(percent) else { throw PromoError.discountInvalid }
        case .amount(let amount):
            guard (1...ProductError.priceLimit).contains(amount.amount) else { throw PromoError.discountInvalid }
        }
        if let usageLimit, !(1...1_000_000).contains(usageLimit) { throw PromoError.limitInvalid }
        let at = now().truncatedToMilliseconds
        if let expiresAt, expiresAt <= at { throw PromoError.expiryInvalid }
        if let creator, let users, try await users.user(creator) == nil { throw PromoError.creatorNotFound(creator) }
        let promo = PromoCode(
            id: PromoID(newID()), brand: brand, code: code, discount: discount, usageLimit: usageLimit,
            expiresAt: expiresAt?.truncatedToMilliseconds, creator: creator, createdAt: at)
        guard try await store.insert(promo) else { throw PromoError.codeTaken(code) }
        return promo
    }

    /// A brand's codes with their use so far (members only).
    public func promos(of brand: Brand.ID, by user: UserID) async throws -> [PromoCode] {
        try await brands.requireMember(brand, user)
        return try await store.promos(of: brand)
    }

    /// The code a buyer typed, if it can still be used now (its limit is checked again, atomically, at checkout).
    /// - Throws: ``PromoError``.
    public func usable(_ code: String, at brand: Brand.ID) async throws -> PromoCode {
        let code = Self.normalised(code)
        guard let promo = try await store.promo(code, of: brand) else { throw PromoError.notFound(code) }
        if let expiresAt = promo.expiresAt, expiresAt <= now() { throw PromoError.expired(code) }
        if let limit = promo.usageLimit, promo.used >= limit { throw PromoError.usedUp(code) }
        return promo
    }

    public func promo(_ id: PromoID) async throws -> PromoCode? { try await store.promo(id) }

    static func normalised(_ code: String) -> String { code.trimmed.uppercased() }
}
