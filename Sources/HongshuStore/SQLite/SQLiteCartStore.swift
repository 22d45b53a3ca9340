import Commerce
import Foundation
import GRDB
import HongshuCore

struct SQLiteCartStore: CartStore {
    let database: any DatabaseWriter

    func set(_ sku: SKU.ID, quantity: Int, for user: UserID, at date: Date) async throws {
        try await database.write { db in
            if quantity == 0 {
                try db.execute(
                    sql: "DELETE FROM cart_item WHERE user_id = ? AND sku_id = ?",
                    arguments: [user.rawValue, sku.rawValue])
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO cart_item (user_id, sku_id, quantity, added_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (user_id, sku_id) DO UPDATE SET quantity = excluded.quantity
                        """, arguments: [user.rawValue, sku.rawValue, quantity, date.sqliteMilliseconds])
            }
        }
    }

    func items(of user: UserID) async throws -> [CartItem] {
        try await database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM cart_item WHERE user_id = ? ORDER BY added_at, sku_id",
                arguments: [user.rawValue]
            ).map { row in
                CartItem(
                    sku: SKUID(row["sku_id"] as Int64), quantity: row["quantity"],
                    addedAt: Date(sqliteMilliseconds: row["added_at"]))
            }
        }
    }
}
