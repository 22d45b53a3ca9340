import Foundation
import HongshuCore

/// What attribution reads and keeps. Each backend implements it.
public protocol AttributionStore: Sendable {
    /// A person's events at `since...through`, oldest first.
    func events(of user: UserID, since: Date, through: Date) async throws -> [Event]
    /// Events reported signed out from these devices at `since...through`, oldest first.
    func events(ofDevices devices: [String], since: Date, through: Date) async throws -> [Event]
    /// Purchase and refund events after `after` (time and id), oldest first: what a backfill walks.
    func sales(after: (at: Date, id: Int64)?, limit: Int) async throws -> [Event]
    /// Of these notes, the live and deleted ones that show a product of the brand, with their authors.
    func notes(_ ids: [NoteID], showing brand: BrandID) async throws -> [NoteID: UserID]
    /// Of these products, the brand's.
    func products(_ ids: [ProductID], of brand: BrandID) async throws -> Set<ProductID>
    /// Keeps a purchase's attribution, replacing any earlier one of the same order; a refund marked on the earlier
    /// one stays marked.
    func save(_ attributed: AttributedPurchase) async throws
    /// Marks an attributed purchase refunded (it leaves every total); `false` if it was never attributed.
    func markRefunded(_ order: OrderID, at: Date) async throws -> Bool
    func attributed(_ order: OrderID) async throws -> AttributedPurchase?
    /// The purchases of these people attributed so far, made at or after `since` (to attribute again when a
    /// touch before them arrives late).
    func purchases(of users: [UserID], since: Date) async throws -> [Purchase]
}

/// Who may read a brand's insights: the brand's members. The server wires it to the brands it knows.
public protocol BrandAccess: Sendable {
    /// - Throws: a domain error (not found, forbidden) unless `user` is a member of `brand`.
    func requireMember(_ brand: BrandID, _ user: UserID) async throws
}
