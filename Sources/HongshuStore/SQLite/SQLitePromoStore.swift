import Commerce
import Foundation
import GRDB
import HongshuCore

struct SQLitePromoStore: PromoStore {
    let database: any DatabaseWriter

    func insert(_ promo: PromoCode) async throws -> Bool {
        let (percent, amount) = promo.discount.columns
        do {
            try await database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO promo (id, brand_id, code, percent_off, amount_off, currency, usage_limit,
                                           used_count, expires_at, creator_id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        promo.id.rawValue, promo.brand.rawValue, promo.code, percent, amount?.amount,
                        amount?.currency.rawValue, promo.usageLimit, promo.used, promo.expiresAt?.sqliteMilliseconds,
                        promo.creator?.rawValue, promo.createdAt.sqliteMilliseconds,
                    ])
            }
            return true
        } catch let error as DatabaseError where error.isUniqueViolation {
            return false
        }
    }

    func promo(_ code: String, of brand: Brand.ID) async throws -> PromoCode? {
        try await database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM promo WHERE brand_id = ? AND code = ?", arguments: [brand.rawValue, code]
            ).map(Self.promo)
        }
    }

    func promo(_ id: PromoCode.ID) async throws -> PromoCode? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM promo WHERE id = ?", arguments: [id.rawValue]).map(Self.promo)
        }
    }

    func promos(of brand: Brand.ID) async throws -> [PromoCode] {
        try await database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM promo WHERE brand_id = ? ORDER BY created_at DESC, id DESC",
                arguments: [brand.rawValue]
            ).map(Self.promo)
        }
    }

    private static func promo(_ row: Row) -> PromoCode {
        let discount: PromoCode.Discount =
            if let percent = row["percent_off"] as Int? {
                .percent(percent)
            } else {
                .amount(
                    Money(
                        amount: row["amount_off"] ?? 0,
                        currency: Currency(rawValue: row["currency"] as String? ?? "CNY") ?? .cny))
            }
        return PromoCode(
            id: PromoID(row["id"] as Int64), brand: BrandID(row["brand_id"] as Int64), code: row["code"],
            discount: discount, usageLimit: row["usage_limit"], used: row["used_count"],
            expiresAt: (row["expires_at"] as Int64?).map(Date.init(sqliteMilliseconds:)),
            creator: (row["creator_id"] as Int64?).map(UserID.init(rawValue:)),
            createdAt: Date(sqliteMilliseconds: row["created_at"]))
    }
}

extension PromoCode.Discount {
    /// The discount as the two columns that keep it: percent off, or an amount off (one is `nil`).
    var columns: (percent: Int?, amount: Money?) {
        switch self {
        case .percent(let value): (value, nil)
        case .amount(let value): (nil, value)
        }
    }
}
