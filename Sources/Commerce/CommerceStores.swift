/// Every store commerce needs, as one value a backend hands over.
public struct CommerceStores: Sendable {
    public let brands: any BrandStore
    public let products: any ProductStore
    public let carts: any CartStore
    public let orders: any OrderStore
    public let promos: any PromoStore
    public let reviews: any ReviewStore

    public init(
        brands: any BrandStore, products: any ProductStore, carts: any CartStore, orders: any OrderStore,
        promos: any PromoStore, reviews: any ReviewStore
    ) {
        self.brands = brands
        self.products = products
        self.carts = carts
        self.orders = orders
        self.promos = promos
        self.reviews = reviews
    }
}
