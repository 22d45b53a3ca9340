/// What a note needs to know about products to show their cards: which ids name products
/// that are on sale. Commerce implements it; Community asks it without importing Commerce.
public protocol ProductCatalog: Sendable {
    /// The ids among `products` that exist and are active (on sale).
    func activeProducts(_ products: [ProductID]) async throws -> Set<ProductID>
}
