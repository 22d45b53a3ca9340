import Commerce
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresBrandStore: BrandStore {
    let database: PostgresDatabase

    func insert(_ brand: Brand, owner: BrandMember) async throws -> Bool {
        do {
            try await database.transaction { connection in
                try await connection.query(
                    """
                    INSERT INTO brand (id, name, description, created_at)
                    VALUES (\(brand.id.rawValue), \(brand.name), \(brand.description), \(brand.createdAt.exact))
                    """, logger: database.logger)
                try await connection.query(Self.upsert(owner), logger: database.logger)
                try await PostgresSearchIndex.indexBrand(brand.id.rawValue, on: connection, logger: database.logger)
            }
            return true
        } catch let error as PSQLError where error.isUniqueViolation {
            return false
        }
    }

    func brand(_ id: Brand.ID) async throws -> Brand? {
        try await fetch("SELECT id, name, description, created_at FROM brand WHERE id = \(id.rawValue)").first
    }

    func brands(_ ids: [Brand.ID]) async throws -> [Brand] {
        try await fetch(
            "SELECT id, name, description, created_at FROM brand WHERE id = ANY(\(ids.map(\.rawValue)))")
    }

    func update(_ brand: Brand) async throws -> Bool {
        do {
            return try await database.transaction { connection in
                let rows = try await connection.query(
                    """
                    UPDATE brand SET name = \(brand.name), description = \(brand.description)
                    WHERE id = \(brand.id.rawValue) RETURNING 1
                    """, logger: database.logger)
                guard try await rows.collect().count == 1 else { return false }
                try await PostgresSearchIndex.indexBrand(brand.id.rawValue, on: connection, logger: database.logger)
                return true
            }
        } catch let error as PSQLError where error.isUniqueViolation {
            return false
        }
    }

    func brands(of user: UserID) async throws -> [Brand] {
        try await fetch(
            """
            SELECT brand.id, brand.name, brand.description, brand.created_at
            FROM brand_member JOIN brand ON brand.id = brand_member.brand_id
            WHERE brand_member.user_id = \(user.rawValue) ORDER BY brand.name
            """)
    }

    func all(limit: Int) async throws -> [Brand] {
        try await fetch("SELECT id, name, description, created_at FROM brand ORDER BY name LIMIT \(limit)")
    }

    func members(of brand: Brand.ID) async throws -> [BrandMember] {
        var members: [BrandMember] = []
        let rows = try await database.query(
            "SELECT user_id, role, added_at FROM brand_member WHERE brand_id = \(brand.rawValue)")
        for try await (user, role, added) in rows.decode((Int64, String, Date).self) {
            members.append(
                BrandMember(
                    brand: brand, user: UserID(user), role: BrandRole(rawValue: role) ?? .staff,
                    addedAt: added.fromPostgres))
        }
        return members
    }

    func role(of user: UserID, in brand: Brand.ID) async throws -> BrandRole? {
        let rows = try await database.query(
            "SELECT role FROM brand_member WHERE brand_id = \(brand.rawValue) AND user_id = \(user.rawValue)")
        for try await role in rows.decode(String.self) { return BrandRole(rawValue: role) }
        return nil
    }

    func upsert(_ member: BrandMember) async throws {
        try await database.query(Self.upsert(member))
    }

    func remove(_ user: UserID, from brand: Brand.ID) async throws -> Bool {
        let rows = try await database.query(
            "DELETE FROM brand_member WHERE brand_id = \(brand.rawValue) AND user_id = \(user.rawValue) RETURNING 1")
        return try await rows.collect().count == 1
    }

    private static func upsert(_ member: BrandMember) -> PostgresQuery {
        """
        INSERT INTO brand_member (brand_id, user_id, role, added_at)
        VALUES (\(member.brand.rawValue), \(member.user.rawValue), \(member.role.rawValue), \(member.addedAt.exact))
        ON CONFLICT (brand_id, user_id) DO UPDATE SET role = excluded.role
        """
    }

    private func fetch(_ query: PostgresQuery) async throws -> [Brand] {
        var brands: [Brand] = []
        for try await (id, name, description, created) in try await database.query(query).decode(
            (Int64, String, String, Date).self)
        {
            brands.append(
                Brand(id: BrandID(id), name: name, description: description, createdAt: created.fromPostgres))
        }
        return brands
    }
}
