import Commerce
import Community
import Foundation
import HTTPTypes
import HongshuCore
import Hummingbird

/// `/cart` and `/orders`: the buyer's cart, checkout, payment, the order's life and reviews.
struct OrdersController {
    let carts: Carts
    let checkout: Checkout
    let orders: Orders
    let reviews: Reviews
    let products: ProductDirectory
    let noteDirectory: NoteDirectory

    func addRoutes(members: RouterGroup<AppRequestContext>) {
        members.get("cart", use: cart)
        members.put("cart/items/:skuId", use: setItem)
        members.delete("cart/items/:skuId", use: removeItem)
        members.post("orders", use: place)
        members.get("orders", use: mine)
        members.get("orders/:id", use: order)
        members.post("orders/:id/pay", use: pay)
        members.post("orders/:id/reviews", use: review)
        members.post("orders/:id/:action", use: act)
    }

    func cart(request: Request, context: AppRequestContext) async throws -> CartJSON {
        try await json(try await carts.cart(of: try context.requireUser().id))
    }

    struct QuantityInput: Decodable { let quantity: Int }

    func setItem(request: Request, context: AppRequestContext) async throws -> CartJSON {
        let input = try await request.decode(as: QuantityInput.self, context: context)
        let cart = try await carts.set(
            try context.parameters.id("skuId", as: SKUID.self), quantity: input.quantity,
            for: try context.requireUser().id, context: ["surface": "api"])
        return try await json(cart)
    }

    func removeItem(request: Request, context: AppRequestContext) async throws -> CartJSON {
        let cart = try await carts.set(
            try context.parameters.id("skuId", as: SKUID.self), quantity: 0, for: try context.requireUser().id)
        return try await json(cart)
    }

    struct OrderInput: Decodable {
        struct Item: Decodable { let skuId: String; let quantity: Int }
        let items: [Item]?
        let brandId: String?
        let promoCode: String?
    }

    /// `{}` buys the cart (or `{"brandId"}` one shop's part of it); `{"items": [...]}` buys those.
    /// Prices come from the shop, never from the body. Needs an `Idempotency-Key`.
    func place(request: Request, context: AppRequestContext) async throws -> EditedResponse<OrderJSON> {
        let input =
            try await request.decodeIfPresent(
                as: OrderInput.self, context: context, problem: "The body is not JSON of the expected shape.")
            ?? OrderInput(items: nil, brandId: nil, promoCode: nil)
        let items = try input.items?.map { item in
            guard let sku = SKUID(item.skuId) else { throw RequestError.badID("items.skuId") }
            return CheckoutRequest.Item(sku: sku, quantity: item.quantity)
        }
        let brand = try input.brandId.map { text in
            guard let id = BrandID(text) else { throw RequestError.badID("brandId") }
            return id
        }
        let order = try await checkout.place(
            CheckoutRequest(items: items, brand: brand, promoCode: input.promoCode), by: try context.requireUser().id,
            key: request.headers[.idempotencyKey] ?? "", context: ["surface": "api"])
        return EditedResponse(status: .created, response: OrderJSON(order))
    }

    func mine(request: Request, context: AppRequestContext) async throws -> ListJSON<OrderJSON> {
        let page = try await orders.orders(of: try context.requireUser().id, page: try request.pageRequest())
        return ListJSON(items: page.items.map(OrderJSON.init), next: page.next)
    }

    func order(request: Request, context: AppRequestContext) async throws -> OrderJSON {
        OrderJSON(
            try await orders.order(try context.parameters.id(as: OrderID.self), viewer: try context.requireUser().id))
    }

    struct PayInput: Decodable { let card: String }

    func pay(request: Request, context: AppRequestContext) async throws -> OrderJSON {
        let input = try await request.decode(as: PayInput.self, context: context)
        let order = try await orders.pay(
            try context.parameters.id(as: OrderID.self), card: input.card, by: try context.requireUser().id,
            key: request.headers[.idempotencyKey] ?? "", context: ["surface": "api"])
        return OrderJSON(order)
    }

    /// `cancel`, `ship`, `deliver`, `complete`, `request-refund`, `approve-refund`, `decline-refund`.
    func act(request: Request, context: AppRequestContext) async throws -> OrderJSON {
        let id = try context.parameters.id(as: OrderID.self)
        let user = try context.requireUser().id
        guard let action = OrderAction(rawValue: context.parameters.get("action") ?? "") else {
            throw HTTPError(.notFound)
        }
        return OrderJSON(try await action.perform(orders, id, by: user))
    }

    struct ReviewInput: Decodable {
        let productId: String
        let rating: Int
        let title: String
        let body: String?
        let tagIds: [String]?
        let media: [NotesController.PublishInput.MediaInput]?
    }

    func review(request: Request, context: AppRequestContext) async throws -> EditedResponse<ReviewJSON> {
        let input = try await request.decode(as: ReviewInput.self, context: context)
        guard let product = ProductID(input.productId) else { throw RequestError.badID("productId") }
        let draft = try NotesController.PublishInput(
            title: input.title, body: input.body, tagIds: input.tagIds, topics: nil, media: input.media, place: nil,
            productIds: nil
        ).draft()
        let user = try context.requireUser().id
        let (review, note) = try await reviews.review(
            product, in: try context.parameters.id(as: OrderID.self), rating: input.rating, note: draft, by: user)
        let json = ReviewJSON(
            orderId: review.order.description, productId: review.product.description, rating: review.rating,
            reviewedAt: review.reviewedAt, note: try await noteDirectory.json(note, viewer: user))
        return EditedResponse(status: .created, response: json)
    }

    private func json(_ cart: Cart) async throws -> CartJSON {
        let cards = try await products.cards(cart.groups.flatMap { $0.lines.map(\.product.id) })
        return CartJSON(
            groups: cart.groups.map { group in
                CartGroupJSON(
                    brand: BrandJSON(group.brand),
                    lines: group.lines.compactMap { line in
                        cards[line.product.id].map {
                            CartLineJSON(
                                product: $0, sku: SKUJSON(line.sku), quantity: line.quantity,
                                total: MoneyJSON(line.total), available: line.isAvailable)
                        }
                    },
                    subtotal: group.subtotal.map(MoneyJSON.init))
            }, itemCount: cart.itemCount)
    }
}

extension HTTPField.Name {
    /// The header that makes a write that spends money or stock safe to retry.
    public static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
}
