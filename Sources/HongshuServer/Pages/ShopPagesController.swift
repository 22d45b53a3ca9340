import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights

/// The shop's pages: products, shops, cart, checkout and orders. The same
/// domain calls as the API; every form works without JavaScript and shows its errors inline.
struct ShopPagesController {
    let features: Features
    let notes: NoteDirectory
    let products: ProductDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("shop", use: shop)
        open.get("products/:id", use: product)
        open.get("notes/:id/products/:productId", use: productFromNote)
        open.get("brands/:id", use: brand)
        members.get("cart", use: cart)
        members.post("cart", use: addToCart)
        members.post("cart/items/:id", use: setQuantity)
        members.post("checkout", use: checkout)
        members.get("orders", use: orders)
        members.get("orders/:id", use: order)
        members.post("orders/:id/pay", use: pay)
        members.post("orders/:id/reviews", use: review)
        members.post("orders/:id/:action", use: act)
    }

    // MARK: Browsing

    func shop(request: Request, context: AppRequestContext) async throws -> Response {
        let page = try await features.products.active(page: try request.pageRequest(cursorName: "after"))
        let view = ShopPage(
            cards: try await cards(page.items), brands: try await features.brands.all(limit: 50), next: page.next)
        return .html(view.render(Viewer(context)))
    }

    func brand(request: Request, context: AppRequestContext) async throws -> Response {
        let brand = try await features.brands.brand(try context.parameters.id(as: BrandID.self))
        let page = try await features.products.products(
            of: brand.id, viewer: context.user?.id, page: try request.pageRequest(cursorName: "after"))
        let member = try await context.user.asyncMap { try await features.brands.role(of: $0.id, in: brand.id) } ?? nil
        let view = BrandPage(
            brand: brand, isMember: member != nil, cards: page.items.map { ProductCard(product: $0, brand: brand) },
            next: page.next)
        return .html(view.render(Viewer(context)))
    }

    func product(request: Request, context: AppRequestContext) async throws -> Response {
        let product = try await features.products.product(
            try context.parameters.id(as: ProductID.self), viewer: context.user?.id)
        try await features.events.record(
            .productView, by: context.user?.id, on: .product(product.id),
            context: ["surface": request.uri.queryParameters.get("from").map { String($0) } ?? "product"])
        return .html(
            try await productPage(product, added: request.uri.queryParameters.get("added") != nil).render(
                Viewer(context)))
    }

    /// A card under a note: the click is credited to the note and its author, then the product opens.
    func productFromNote(request: Request, context: AppRequestContext) async throws -> Response {
        let note = try await features.notes.note(try context.parameters.id(as: NoteID.self))
        let product = try context.parameters.id("productId", as: ProductID.self)
        guard note.products.contains(product) else { throw ProductError.notFound(product) }
        try await features.events.record(
            .productClick, by: context.user?.id, on: .product(product),
            context: ["surface": "note", "note": note.id.description, "creator": note.author.description])
        return .redirect(to: Link.product(product).path + "?from=note", type: .normal)
    }

    private func productPage(_ product: Product, added: Bool = false, error: String? = nil) async throws -> ProductPage
    {
        let reviews = try await features.reviews.reviews(of: product.id, page: .first(6)).items
        var reviewNotes: [Note] = []
        for review in reviews { if let note = try? await features.notes.note(review.note) { reviewNotes.append(note) } }
        let reviewCards = try await notes.cards(reviewNotes)
        let stars = Dictionary(reviews.map { ($0.note, $0.rating) }, uniquingKeysWith: { a, _ in a })
        let reviewed = Set(reviews.map(\.note))
        let featuring = try await features.notes.notes(featuring: product.id, page: .first(7)).items.filter {
            !reviewed.contains($0.id)
        }
        var page = ProductPage(
            product: product, brand: try await features.brands.brand(product.brand),
            rating: try await features.reviews.summary(of: product.id),
            reviews: reviewCards.map { ($0, stars[$0.note.id] ?? 5) }, notes: try await notes.cards(featuring))
        page.added = added
        page.error = error
        return page
    }

    // MARK: Cart and checkout

    func cart(request: Request, context: AppRequestContext) async throws -> Response {
        let cart = try await features.carts.cart(of: try context.requireUser().id)
        return .html(CartPage(cart: cart).render(Viewer(context)))
    }

    /// From a product page: adds the chosen variant to what the cart already holds.
    func addToCart(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        guard let productID = ProductID(form["product"]) else { throw RequestError.badID("product") }
        let product = try await features.products.product(productID, viewer: user)
        do {
            guard let sku = SKUID(form["sku"]), product.sku(sku) != nil else {
                throw FormProblem("请选择规格 Choose a variant.")
            }
            guard let quantity = Int(form["quantity"].trimmed), quantity >= 1 else { throw CartError.quantityInvalid }
            let held = try await features.carts.cart(of: user).groups.flatMap(\.lines).first { $0.sku.id == sku }
            _ = try await features.carts.set(
                sku, quantity: (held?.quantity ?? 0) + quantity, for: user, context: ["surface": "product"])
            return .redirect(to: Link.product(product.id).path + "?added=1", type: .normal)
        } catch let error as any DomainError {
            let page = try await productPage(product, error: error.message)
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func setQuantity(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let sku = try context.parameters.id(as: SKUID.self)
        do {
            guard let quantity = Int(form["quantity"].trimmed) else { throw CartError.quantityInvalid }
            _ = try await features.carts.set(sku, quantity: quantity, for: user, context: ["surface": "cart"])
            return .redirect(to: Link.cart.path, type: .normal)
        } catch let error as CartError {
            let cart = try await features.carts.cart(of: user)
            let brand = cart.groups.first { $0.lines.contains { $0.sku.id == sku } }?.brand.id
            var page = CartPage(cart: cart)
            if let brand { page.error = (brand, error.message) }
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func checkout(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        guard let brand = BrandID(form["brandId"]) else { throw RequestError.badID("brandId") }
        do {
            let order = try await features.checkout.place(
                CheckoutRequest(brand: brand, promoCode: form["promoCode"]), by: user, key: form["key"],
                context: ["surface": "cart"])
            return .redirect(to: Link.order(order.id).path, type: .normal)
        } catch let error as any DomainError {
            var page = CartPage(cart: try await features.carts.cart(of: user))
            page.error = (brand, error.message)
            page.promoCode = form["promoCode"]
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    // MARK: Orders

    func orders(request: Request, context: AppRequestContext) async throws -> Response {
        let page = try await features.orders.orders(
            of: try context.requireUser().id, page: try request.pageRequest(cursorName: "after"))
        let brands = try await features.brands.brands(page.items.map(\.brand))
        return .html(OrdersPage(orders: page.items, brands: brands, next: page.next).render(Viewer(context)))
    }

    func order(request: Request, context: AppRequestContext) async throws -> Response {
        let order = try await features.orders.order(
            try context.parameters.id(as: OrderID.self), viewer: try context.requireUser().id)
        return .html(try await orderPage(order, context).render(Viewer(context)))
    }

    private func orderPage(_ order: Order, _ context: AppRequestContext, error: String? = nil) async throws
        -> OrderPage
    {
        let user = try context.requireUser().id
        let isShop = try await features.brands.role(of: user, in: order.brand) != nil
        var page = OrderPage(
            order: order, brand: try await features.brands.brand(order.brand), isBuyer: order.buyer == user,
            isShop: isShop, reviewed: Set(try await features.reviews.reviews(order: order.id).map(\.product)),
            now: Date(), error: error)
        // The shop sees what led to the purchase.
        if isShop, let path = try? await features.attribution.path(of: order.id, brand: order.brand, by: user) {
            page.path = path
            page.titles = try await InsightsDirectory(accounts: features.accounts, notes: features.notes).titles(
                path.touches.compactMap(\.note))
        }
        return page
    }

    func pay(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let id = try context.parameters.id(as: OrderID.self)
        do {
            _ = try await features.orders.pay(
                id, card: form["card"], by: user, key: form["key"], context: ["surface": "order"])
            return .redirect(to: Link.order(id).path, type: .normal)
        } catch let error as OrderError {
            let order = try await features.orders.order(id, viewer: user)
            let page = try await orderPage(order, context, error: error.message)
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func act(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try await request.form(context: context)
        let id = try context.parameters.id(as: OrderID.self)
        guard let action = OrderAction(rawValue: context.parameters.get("action") ?? "") else {
            throw HTTPError(.notFound)
        }
        let user = try context.requireUser().id
        do {
            _ = try await action.perform(features.orders, id, by: user)
            return .redirect(to: Link.order(id).path, type: .normal)
        } catch let error as OrderError where error.kind == .conflict {
            let page = try await orderPage(
                try await features.orders.order(id, viewer: user), context, error: error.message)
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func review(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let id = try context.parameters.id(as: OrderID.self)
        guard let product = ProductID(form["productId"]) else { throw RequestError.badID("productId") }
        do {
            let (_, note) = try await features.reviews.review(
                product, in: id, rating: Int(form["rating"]) ?? 0,
                note: NoteDraft(title: form["title"], body: form["body"]),
                by: user)
            return .redirect(to: Link.note(note.id).path, type: .normal)
        } catch let error as any DomainError {
            let page = try await orderPage(
                try await features.orders.order(id, viewer: user), context, error: error.message)
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    // MARK: Helpers

    private func cards(_ products: [Product]) async throws -> [ProductCard] {
        let brands = try await self.products.brands(for: products)
        return products.map { ProductCard(product: $0, brand: brands[$0.brand]) }
    }

}

/// A form value that could not be read, with the message to show beside its field (422).
struct FormProblem: DomainError {
    let message: String
    let field: String?

    init(_ message: String, field: String? = nil) {
        self.message = message
        self.field = field
    }

    var kind: DomainErrorKind { .invalid }
    var code: String { "form.invalid" }
}
