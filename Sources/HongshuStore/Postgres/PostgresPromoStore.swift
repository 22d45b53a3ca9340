import Commerce
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresPromoStore: PromoStore {
    let database: PostgresDatabase

    private static let columns = """
        id, brand_id, code, percent_off, amount_off, currency, usage_limit, used_count, expires_at, creator_id,
        created_at
        """

    func insert(_ promo: PromoCode) async throws -> Bool {
        let (percent, amount) = promo.discount.columns
        do {
            try await database.query(
                """
                INSERT INTO promo (id, brand_id, code, percent_off, amount_off, currency, usage_limit, used_count,
                                   expires_at, creator_id, created_at)
                VALUES (\(promo.id.rawValue), \(promo.brand.rawValue), \(promo.code), \(percent), \(amount?.amount),
                        \(amount?.currency.rawValue), \(promo.usageLimit), \(promo.used), \(promo.expiresAt?.exact),
                        \(promo.creator?.rawValue), \(promo.createdAt.exact))
                """)
            return true
        } catch let error as PSQLError where error.isUniqueViolation {
            return false
        }
    }

    func promo(_ code: String, of brand: Brand.ID) async throws -> PromoCode? {
        try await fetch(
            "SELECT \(unescaped: Self.columns) FROM promo WHERE brand_id = \(brand.rawValue) AND code = \(code)"
        ).first
    }

    func promo(_ id: PromoCode.ID) async throws -> PromoCode? {
        try await fetch("SELECT \(unescaped: Self.columns) FROM promo WHERE id = \(id.rawValue)").first
    }

    func promos(of brand: Brand.ID) async throws -> [PromoCode] {
        try await fetch(
            """
            SELECT \(unescaped: Self.columns) FROM promo WHERE brand_id = \(brand.rawValue)
            ORDER BY created_at DESC, id DESC
            """)
    }

    private func fetch(_ query: PostgresQuery) async throws -> [PromoCode] {
        var promos: [PromoCode] = []
        for try await row in try await database.query(query) {
            let (id, brand, code, percent, amount, currency, limit, used, expires, creator, created) = try row.decode(
                (Int64, Int64, String, Int32?, Int64?, String?, Int32?, Int32, Date?, Int64?, Date).self)
            let discount: PromoCode.Discount =
                if let percent {
                    .percent(Int(percent))
                } else {
                    .amount(Money(amount: amount ?? 0, currency: currency.flatMap(Currency.init(rawValue:)) ?? .cny))
                }
            promos.append(
                PromoCode(
                    id: PromoID(id), brand: BrandID(brand), code: code, discount: discount,
                    usageLimit: limit.map(Int.init), used: Int(used), expiresAt: expires?.fromPostgres,
                    creator: creator.map(UserID.init(rawValue:)), createdAt: created.fromPostgres))
        }
        return promos
    }
}
