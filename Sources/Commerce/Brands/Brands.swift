import Foundation
import HongshuCore

/// Creating brands and managing who works for them.
public struct Brands: Sendable {
    let store: any BrandStore
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(store: any BrandStore, now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> Int64) {
        self.store = store
        self.now = now
        self.newID = newID
    }

    /// Creates a brand (and its shop) with the creator as its owner.
    /// - Throws: ``BrandError`` for a bad or taken name.
    public func create(name: String, description: String = "", by user: UserID) async throws -> Brand {
        let brand = Brand(
            id: BrandID(newID()), name: try Self.validName(name), description: try Self.validDescription(description),
            createdAt: now().truncatedToMilliseconds)
        let owner = BrandMember(brand: brand.id, user: user, role: .owner, addedAt: brand.createdAt)
        guard try await store.insert(brand, owner: owner) else { throw BrandError.nameTaken(brand.name) }
        return brand
    }

    /// Adds a brand made elsewhere (the world generator) with its own id and time, under the same rules.
    /// - Throws: ``BrandError`` for a bad or taken name.
    public func create(imported brand: Brand, owner: UserID) async throws {
        let brand = Brand(
            id: brand.id, name: try Self.validName(brand.name),
            description: try Self.validDescription(brand.description),
            createdAt: brand.createdAt.truncatedToMilliseconds)
        let member = BrandMember(brand: brand.id, user: owner, role: .owner, addedAt: brand.createdAt)
        guard try await store.insert(brand, owner: member) else { throw BrandError.nameTaken(brand.name) }
    }

    /// Renames a brand or changes its shop description (members only).
    public func update(_ id: Brand.ID, name: String, description: String, by user: UserID) async throws -> Brand {
        var brand = try await requireMember(id, user)
        brand.name = try Self.validName(name)
        brand.description = try Self.validDescription(description)
        guard try await store.update(brand) else { throw BrandError.nameTaken(brand.name) }
        return brand
    }

    /// - Throws: ``BrandError/notFound(_:)``.
    public func brand(_ id: Brand.ID) async throws -> Brand {
        guard let brand = try await store.brand(id) else { throw BrandError.notFound(id) }
        return brand
    }

    public func brands(of user: UserID) async throws -> [Brand] { try await store.brands(of: user) }

    /// Brands by id, in one read (missing ones left out).
    public func brands(_ ids: some Collection<Brand.ID>) async throws -> [Brand.ID: Brand] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(try await store.brands(Array(Set(ids))).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func all(limit: Int = 100) async throws -> [Brand] { try await store.all(limit: limit) }

    public func role(of user: UserID, in brand: Brand.ID) async throws -> BrandRole? {
        try await store.role(of: user, in: brand)
    }

    /// The brand, if `user` is a member of it.
    /// - Throws: ``BrandError/notFound(_:)``, ``BrandError/notMember(_:)``.
    @discardableResult
    public func requireMember(_ id: Brand.ID, _ user: UserID) async throws -> Brand {
        let brand = try await brand(id)
        guard try await store.role(of: user, in: id) != nil else { throw BrandError.notMember(id) }
        return brand
    }

    /// The members, owners first (members only).
    public func members(of id: Brand.ID, seenBy user: UserID) async throws -> [BrandMember] {
        try await requireMember(id, user)
        return try await store.members(of: id).sorted {
            ($0.role == .owner ? 0 : 1, $0.addedAt) < ($1.role == .owner ? 0 : 1, $1.addedAt)
        }
    }

    /// Adds a member or changes their role (owners only).
    public func setRole(_ role: BrandRole, for member: UserID, in id: Brand.ID, by user: UserID) async throws {
        try await requireOwner(id, user)
        if role != .owner, try await store.role(of: member, in: id) == .owner { try await keepAnOwner(id) }
        try await store.upsert(BrandMember(brand: id, user: member, role: role, addedAt: now().truncatedToMilliseconds))
    }

    /// Removes a member (owners only; a brand keeps at least one owner).
    public func remove(_ member: UserID, from id: Brand.ID, by user: UserID) async throws {
        try await requireOwner(id, user)
        if try await store.role(of: member, in: id) == .owner { try await keepAnOwner(id) }
        _ = try await store.remove(member, from: id)
    }

    private func requireOwner(_ id: Brand.ID, _ user: UserID) async throws {
        _ = try await brand(id)
        guard try await store.role(of: user, in: id) == .owner else { throw BrandError.notOwner(id) }
    }

    private func keepAnOwner(_ id: Brand.ID) async throws {
        guard try await store.members(of: id).count(where: { $0.role == .owner }) > 1 else {
            throw BrandError.lastOwner
        }
    }

    static func validName(_ name: String) throws -> String {
        let name = name.trimmed
        guard (1...BrandError.nameLimit).contains(name.count) else { throw BrandError.nameInvalid }
        return name
    }

    static func validDescription(_ description: String) throws -> String {
        let description = description.trimmed
        guard description.count <= BrandError.descriptionLimit else { throw BrandError.descriptionTooLong }
        return description
    }
}
