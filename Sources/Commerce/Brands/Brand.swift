import Foundation
import HongshuCore

/// An organisation that sells on Hongshu: its members run one shop of products.
public struct Brand: Identifiable, Hashable, Sendable {
    public typealias ID = BrandID
    public let id: ID
    public var name: String
    /// The shop's description, shown on its page.
    public var description: String
    public let createdAt: Date

    public init(id: ID, name: String, description: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.description = description
        self.createdAt = createdAt
    }
}

/// What a member may do: owners also manage members; staff run products, orders and promos.
public enum BrandRole: String, Hashable, Sendable, CaseIterable {
    case owner, staff
}

/// A person who works for a brand.
public struct BrandMember: Hashable, Sendable {
    public let brand: Brand.ID
    public let user: UserID
    public let role: BrandRole
    public let addedAt: Date

    public init(brand: Brand.ID, user: UserID, role: BrandRole, addedAt: Date) {
        self.brand = brand
        self.user = user
        self.role = role
        self.addedAt = addedAt
    }
}

/// Where brands and their members are kept. Each backend implements it.
public protocol BrandStore: Sendable {
    /// Adds a brand with its first member (the owner); `false` if the name is taken.
    func insert(_ brand: Brand, owner: BrandMember) async throws -> Bool
    func brand(_ id: Brand.ID) async throws -> Brand?
    /// Brands by id (missing ones left out), in no particular order.
    func brands(_ ids: [Brand.ID]) async throws -> [Brand]
    /// Updates name and description; `false` if the name is taken by another brand.
    func update(_ brand: Brand) async throws -> Bool
    /// The brands a user is a member of, by name.
    func brands(of user: UserID) async throws -> [Brand]
    /// Every brand, by name (a shop directory).
    func all(limit: Int) async throws -> [Brand]
    func members(of brand: Brand.ID) async throws -> [BrandMember]
    func role(of user: UserID, in brand: Brand.ID) async throws -> BrandRole?
    /// Adds or changes a member's role.
    func upsert(_ member: BrandMember) async throws
    /// Removes a member; `false` if they were not one.
    func remove(_ user: UserID, from brand: Brand.ID) async throws -> Bool
}

public enum BrandError: DomainError, Equatable {
    case nameInvalid
    case descriptionTooLong
    case nameTaken(String)
    case notFound(Brand.ID)
    case notMember(Brand.ID)
    case notOwner(Brand.ID)
    case lastOwner

    public static let nameLimit = 30
    public static let descriptionLimit = 500

    public var kind: DomainErrorKind {
        switch self {
        case .nameInvalid, .descriptionTooLong: .invalid
        case .nameTaken, .lastOwner: .conflict
        case .notFound: .notFound
        case .notMember, .notOwner: .forbidden
        }
    }

    public var code: String {
        switch self {
        case .nameInvalid: "brand.name_invalid"
        case .descriptionTooLong: "brand.description_too_long"
        case .nameTaken: "brand.name_taken"
        case .notFound: "brand.not_found"
        case .notMember: "brand.not_member"
        case .notOwner: "brand.not_owner"
        case .lastOwner: "brand.last_owner"
        }
    }

    public var message: String {
        switch self {
        case .nameInvalid: "A brand name is 1 to \(Self.nameLimit) characters."
        case .descriptionTooLong: "A shop description is at most \(Self.descriptionLimit) characters."
        case .nameTaken(let name): "A brand called \"\(name.prefix(30))\" already exists."
        case .notFound(let id): "Brand \(id) does not exist."
        case .notMember: "Only the brand's members can do this."
        case .notOwner: "Only the brand's owners can do this."
        case .lastOwner: "A brand keeps at least one owner."
        }
    }
}
