import Commerce
import Foundation
import GRDB
import HongshuCore

struct SQLiteBrandStore: BrandStore {
    let database: any DatabaseWriter

    func insert(_ brand: Brand, owner: BrandMember) async throws -> Bool {
        do {
            try await database.write { db in
                try db.execute(
                    sql: "INSERT INTO brand (id, name, description, created_at) VALUES (?, ?, ?, ?)",
                    arguments: [brand.id.rawValue, brand.name, brand.description, brand.createdAt.sqliteMilliseconds])
                try Self.upsert(owner, db)
                try SQLiteSearchIndex.indexBrand(db, id: brand.id.rawValue)
            }
            return true
        } catch let error as DatabaseError where error.isUniqueViolation {
            return false
        }
    }

    func brand(_ id: Brand.ID) async throws -> Brand? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM brand WHERE id = ?", arguments: [id.rawValue]).map(Self.brand)
        }
    }

    func brands(_ ids: [Brand.ID]) async throws -> [Brand] {
        let request = SQLRequest<Row>(literal: "SELECT * FROM brand WHERE id IN \(ids.map(\.rawValue))")
        return try await database.read { db in try request.fetchAll(db).map(Self.brand) }
    }

    func update(_ brand: Brand) async throws -> Bool {
        do {
            return try await database.write { db in
                try db.execute(
                    sql: "UPDATE brand SET name = ?, description = ? WHERE id = ?",
                    arguments: [brand.name, brand.description, brand.id.rawValue])
                guard db.changesCount == 1 else { return false }
                try SQLiteSearchIndex.indexBrand(db, id: brand.id.rawValue)
                return true
            }
        } catch let error as DatabaseError where error.isUniqueViolation {
            return false
        }
    }

    func brands(of user: UserID) async throws -> [Brand] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT brand.* FROM brand_member JOIN brand ON brand.id = brand_member.brand_id
                    WHERE brand_member.user_id = ? ORDER BY brand.name
                    """, arguments: [user.rawValue]
            ).map(Self.brand)
        }
    }

    func all(limit: Int) async throws -> [Brand] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM brand ORDER BY name LIMIT ?", arguments: [limit]).map(Self.brand)
        }
    }

    func members(of brand: Brand.ID) async throws -> [BrandMember] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM brand_member WHERE brand_id = ?", arguments: [brand.rawValue])
                .map { row in
                    BrandMember(
                        brand: BrandID(row["brand_id"] as Int64), user: UserID(row["user_id"] as Int64),
                        role: BrandRole(rawValue: row["role"]) ?? .staff,
                        addedAt: Date(sqliteMilliseconds: row["added_at"]))
                }
        }
    }

    func role(of user: UserID, in brand: Brand.ID) async throws -> BrandRole? {
        try await database.read { db in
            try String.fetchOne(
                db, sql: "SELECT role FROM brand_member WHERE brand_id = ? AND user_id = ?",
                arguments: [brand.rawValue, user.rawValue]
            ).flatMap(BrandRole.init(rawValue:))
        }
    }

    func upsert(_ member: BrandMember) async throws {
        try await database.write { db in try Self.upsert(member, db) }
    }

    func remove(_ user: UserID, from brand: Brand.ID) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: "DELETE FROM brand_member WHERE brand_id = ? AND user_id = ?",
                arguments: [brand.rawValue, user.rawValue])
            return db.changesCount == 1
        }
    }

    private static func upsert(_ member: BrandMember, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO brand_member (brand_id, user_id, role, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (brand_id, user_id) DO UPDATE SET role = excluded.role
                """,
            arguments: [
                member.brand.rawValue, member.user.rawValue, member.role.rawValue, member.addedAt.sqliteMilliseconds,
            ])
    }

    private static func brand(_ row: Row) -> Brand {
        Brand(
            id: BrandID(row["id"] as Int64), name: row["name"], description: row["description"],
            createdAt: Date(sqliteMilliseconds: row["created_at"]))
    }
}
