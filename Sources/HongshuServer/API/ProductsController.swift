import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights

/// `/products` and `/skus`: the catalogue, product changes by members, reviews, and card clicks.
struct ProductsController {
    let products: Products
    let brands: Brands
    let reviews: Reviews
    let notes: Notes
    let events: EventLog
    let directory: ProductDirectory
    let noteDirectory: NoteDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("products", use: list)
        open.get("products/:id", use: product)
        open.get("products/:id/reviews", use: reviewList)
        open.get("products/:id/notes", use: featuring)
        open.post("notes/:id/products/:productId/click", use: click)
        members.patch("products/:id", use: update)
        members.patch("skus/:id", use: updateSKU)
    }

    func list(request: Request, context: AppRequestContext) async throws -> ListJSON<ProductJSON> {
        let page = try await products.active(page: try request.pageRequest())
        return ListJSON(items: try await directory.json(page.items), next: page.next)
    }

    /// A product with its rating; viewing it is a `product_view` event.
    func product(request: Request, context: AppRequestContext) async throws -> ProductJSON {
        let product = try await products.product(
            try context.parameters.id(as: ProductID.self), viewer: context.user?.id)
        try await events.record(
            .productView, by: context.user?.id, on: .product(product.id),
            context: ["surface": "api", "brand": product.brand.description])
        return ProductJSON(
            product, brand: try await brands.brand(product.brand), rating: try await reviews.summary(of: product.id))
    }

    /// A click on a product card under a note: a `product_click` event crediting the note and its author.
    func click(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let note = try await notes.note(try context.parameters.id(as: NoteID.self))
        let product = try context.parameters.id("productId", as: ProductID.self)
        guard note.products.contains(product) else { throw ProductError.notFound(product) }
        try await events.record(
            .productClick, by: context.user?.id, on: .product(product),
            context: ["surface": "note", "note": note.id.description, "creator": note.author.description])
        return .noContent
    }

    /// The fields to change; those left out keep their values.
    struct ProductChanges: Decodable {
        let name: String?
        let description: String?
        let status: Product.Status?
        let tagIds: [String]?
        let media: [NotesController.PublishInput.MediaInput]?
        let restockOnRefund: Bool?
    }

    func update(request: Request, context: AppRequestContext) async throws -> ProductJSON {
        let changes = try await request.decode(as: ProductChanges.self, context: context)
        let user = try context.requireUser().id
        let current = try await products.product(try context.parameters.id(as: ProductID.self), viewer: user)
        let tags = try changes.tagIds?.map { text in
            guard let id = TagID(text) else { throw RequestError.badID("tagIds") }
            return id
        }
        let draft = ProductDraft(
            name: changes.name ?? current.name, description: changes.description ?? current.description,
            status: changes.status ?? current.status, tags: tags ?? current.tags,
            media: changes.media?.map { Media(kind: $0.kind, url: $0.url, width: $0.width, height: $0.height) }
                ?? current.media,
            restockOnRefund: changes.restockOnRefund ?? current.restockOnRefund, skus: [])
        let product = try await products.update(current.id, with: draft, by: user)
        return ProductJSON(product, brand: try await brands.brand(product.brand))
    }

    struct SKUInput: Decodable { let price: MoneyJSON?; let stock: Int? }

    func updateSKU(request: Request, context: AppRequestContext) async throws -> ProductJSON {
        let input = try await request.decode(as: SKUInput.self, context: context)
        let product = try await products.update(
            sku: try context.parameters.id(as: SKUID.self), price: try input.price?.money("price"), stock: input.stock,
            by: try context.requireUser().id)
        return ProductJSON(product, brand: try await brands.brand(product.brand))
    }

    func reviewList(request: Request, context: AppRequestContext) async throws -> ListJSON<ReviewJSON> {
        let product = try await products.product(
            try context.parameters.id(as: ProductID.self), viewer: context.user?.id)
        let page = try await reviews.reviews(of: product.id, page: try request.pageRequest())
        var items: [ReviewJSON] = []
        for review in page.items {
            guard let note = try? await notes.note(review.note) else { continue }
            items.append(
                ReviewJSON(
                    orderId: review.order.description, productId: review.product.description, rating: review.rating,
                    reviewedAt: review.reviewedAt, note: try await noteDirectory.json(note, viewer: context.user?.id)))
        }
        return ListJSON(items: items, next: page.next)
    }

    func featuring(request: Request, context: AppRequestContext) async throws -> ListJSON<NoteJSON> {
        let product = try await products.product(
            try context.parameters.id(as: ProductID.self), viewer: context.user?.id)
        let page = try await notes.notes(featuring: product.id, page: try request.pageRequest())
        return ListJSON(items: try await noteDirectory.json(page.items, viewer: context.user?.id), next: page.next)
    }
}
