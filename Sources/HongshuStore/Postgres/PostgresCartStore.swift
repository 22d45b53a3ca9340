import Commerce
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresCartStore: CartStore {
    let database: PostgresDatabase

    func set(_ sku: SKU.ID, quantity: Int, for user: UserID, at date: Date) async throws {
        if quantity == 0 {
            try await database.query(
                "DELETE FROM cart_item WHERE user_id = \(user.rawValue) AND sku_id = \(sku.rawValue)")
        } else {
            try await database.query(
                """
                INSERT INTO cart_item (user_id, sku_id, quantity, added_at)
                VALUES (\(user.rawValue), \(sku.rawValue), \(quantity), \(date.exact))
                ON CONFLICT (user_id, sku_id) DO UPDATE SET quantity = excluded.quantity
                """)
        }
    }

    func items(of user: UserID) async throws -> [CartItem] {
        var items: [CartItem] = []
        let rows = try await database.query(
            "SELECT sku_id, quantity, added_at FROM cart_item WHERE user_id = \(user.rawValue) ORDER BY added_at, sku_id"
        )
        for try await (sku, quantity, added) in rows.decode((Int64, Int32, Date).self) {
            items.append(CartItem(sku: SKUID(sku), quantity: Int(quantity), addedAt: added.fromPostgres))
        }
        return items
    }
}
