import Commerce
import HongshuCore

/// Turns products into what clients see, fetching their brands once per page.
struct ProductDirectory: Sendable {
    let products: Products
    let brands: Brands

    /// Cards for products by id (unknown ids left out); a card of a product no longer on sale says so.
    func cards(_ ids: [ProductID]) async throws -> [ProductID: ProductCardJSON] {
        let found = try await products.products(ids)
        let brands = try await self.brands(for: found)
        var cards: [ProductID: ProductCardJSON] = [:]
        for product in found {
            cards[product.id] = ProductCardJSON(
                id: product.id.description, name: product.name, brandId: product.brand.description,
                brandName: brands[product.brand]?.name ?? "", fromPrice: product.fromPrice.map(MoneyJSON.init),
                cover: product.media.first.map(MediaJSON.init), onSale: product.status == .active)
        }
        return cards
    }

    func json(_ products: [Product]) async throws -> [ProductJSON] {
        let brands = try await self.brands(for: products)
        return products.compactMap { product in brands[product.brand].map { ProductJSON(product, brand: $0) } }
    }

    func brands(for products: [Product]) async throws -> [BrandID: Brand] {
        try await brands.brands(products.map(\.brand))
    }
}
