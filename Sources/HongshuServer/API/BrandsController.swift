import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird

/// `/brands`: brands and their members, and the shop side of products, orders and promo codes.
struct BrandsController {
    let brands: Brands
    let products: Products
    let orders: Orders
    let promos: Promos
    let accounts: Accounts
    let directory: ProductDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("brands", use: list)
        open.get("brands/:id", use: brand)
        open.get("brands/:id/products", use: shopProducts)
        members.post("brands", use: create)
        members.patch("brands/:id", use: update)
        members.get("me/brands", use: mine)
        members.get("brands/:id/members", use: memberList)
        members.put("brands/:id/members/:userId", use: setRole)
        members.delete("brands/:id/members/:userId", use: removeMember)
        members.post("brands/:id/products", use: createProduct)
        members.get("brands/:id/orders", use: shopOrders)
        members.post("brands/:id/promos", use: createPromo)
        members.get("brands/:id/promos", use: promoList)
    }

    struct BrandInput: Decodable { let name: String; let description: String? }

    func create(request: Request, context: AppRequestContext) async throws -> EditedResponse<BrandJSON> {
        let input = try await request.decode(as: BrandInput.self, context: context)
        let brand = try await brands.create(
            name: input.name, description: input.description ?? "", by: try context.requireUser().id)
        return EditedResponse(status: .created, response: BrandJSON(brand, role: .owner))
    }

    /// The fields to change; those left out keep their values.
    struct BrandChanges: Decodable { let name: String?; let description: String? }

    func update(request: Request, context: AppRequestContext) async throws -> BrandJSON {
        let changes = try await request.decode(as: BrandChanges.self, context: context)
        let user = try context.requireUser().id
        let current = try await brands.brand(try context.parameters.id(as: BrandID.self))
        let brand = try await brands.update(
            current.id, name: changes.name ?? current.name, description: changes.description ?? current.description,
            by: user)
        return BrandJSON(brand, role: try await brands.role(of: user, in: brand.id))
    }

    func list(request: Request, context: AppRequestContext) async throws -> ListJSON<BrandJSON> {
        ListJSON(items: try await brands.all().map { BrandJSON($0) })
    }

    func mine(request: Request, context: AppRequestContext) async throws -> ListJSON<BrandJSON> {
        let user = try context.requireUser().id
        var items: [BrandJSON] = []
        for brand in try await brands.brands(of: user) {
            items.append(BrandJSON(brand, role: try await brands.role(of: user, in: brand.id)))
        }
        return ListJSON(items: items)
    }

    func brand(request: Request, context: AppRequestContext) async throws -> BrandJSON {
        let brand = try await brands.brand(try context.parameters.id(as: BrandID.self))
        let role = try await context.user.asyncMap { try await brands.role(of: $0.id, in: brand.id) } ?? nil
        return BrandJSON(brand, role: role)
    }

    func memberList(request: Request, context: AppRequestContext) async throws -> ListJSON<BrandMemberJSON> {
        let members = try await brands.members(
            of: try context.parameters.id(as: BrandID.self), seenBy: try context.requireUser().id)
        let users = try await accounts.users(members.map(\.user))
        return ListJSON(
            items: members.compactMap { member in
                users[member.user].map {
                    BrandMemberJSON(user: UserSummaryJSON($0), role: member.role.rawValue, addedAt: member.addedAt)
                }
            })
    }

    struct RoleInput: Decodable { let role: BrandRole }

    func setRole(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let input = try await request.decode(as: RoleInput.self, context: context)
        let member = try context.parameters.id("userId", as: UserID.self)
        _ = try await accounts.user(member)
        try await brands.setRole(
            input.role, for: member, in: try context.parameters.id(as: BrandID.self), by: try context.requireUser().id)
        return .noContent
    }

    func removeMember(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        try await brands.remove(
            try context.parameters.id("userId", as: UserID.self), from: try context.parameters.id(as: BrandID.self),
            by: try context.requireUser().id)
        return .noContent
    }

    func createProduct(request: Request, context: AppRequestContext) async throws -> EditedResponse<ProductJSON> {
        let input = try await request.decode(as: ProductInput.self, context: context)
        let brand = try context.parameters.id(as: BrandID.self)
        let product = try await products.create(try input.draft(), in: brand, by: try context.requireUser().id)
        return EditedResponse(status: .created, response: ProductJSON(product, brand: try await brands.brand(brand)))
    }

    func shopProducts(request: Request, context: AppRequestContext) async throws -> ListJSON<ProductJSON> {
        let page = try await products.products(
            of: try context.parameters.id(as: BrandID.self), viewer: context.user?.id, page: try request.pageRequest())
        return ListJSON(items: try await directory.json(page.items), next: page.next)
    }

    func shopOrders(request: Request, context: AppRequestContext) async throws -> ListJSON<OrderJSON> {
        var statuses: Set<Order.Status>?
        if let text = request.uri.queryParameters.get("status"), !text.isEmpty {
            statuses = try Set(
                text.split(separator: ",").map { name in
                    guard let status = Order.Status(rawValue: String(name)) else {
                        throw RequestError.badParameter(
                            "status",
                            "must be one or more of \(Order.Status.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    return status
                })
        }
        let page = try await orders.orders(
            of: try context.parameters.id(as: BrandID.self), statuses: statuses, by: try context.requireUser().id,
            page: try request.pageRequest())
        return ListJSON(items: page.items.map(OrderJSON.init), next: page.next)
    }

    struct PromoInput: Decodable {
        let code: String
        let percentOff: Int?
        let amountOff: MoneyJSON?
        let usageLimit: Int?
        let expiresAt: Date?
        let creatorId: String?
    }

    func createPromo(request: Request, context: AppRequestContext) async throws -> EditedResponse<PromoJSON> {
        let input = try await request.decode(as: PromoInput.self, context: context)
        let discount: PromoCode.Discount
        switch (input.percentOff, input.amountOff) {
        case (let percent?, nil): discount = .percent(percent)
        case (nil, let amount?): discount = .amount(try amount.money("amountOff"))
        default: throw RequestError.badParameter("percentOff", "or amountOff is required, not both")
        }
        let creator = try input.creatorId.map { text in
            guard let id = UserID(text) else { throw RequestError.badID("creatorId") }
            return id
        }
        let promo = try await promos.create(
            code: input.code, discount: discount, usageLimit: input.usageLimit, expiresAt: input.expiresAt,
            creator: creator, in: try context.parameters.id(as: BrandID.self), by: try context.requireUser().id)
        return EditedResponse(status: .created, response: PromoJSON(promo))
    }

    func promoList(request: Request, context: AppRequestContext) async throws -> ListJSON<PromoJSON> {
        let promos = try await promos.promos(
            of: try context.parameters.id(as: BrandID.self), by: try context.requireUser().id)
        return ListJSON(items: promos.map(PromoJSON.init))
    }
}

/// A product as a brand sends it (`POST /brands/{id}/products`, `PATCH /products/{id}`).
struct ProductInput: Decodable {
    struct SKUInput: Decodable {
        let attributes: [String: String]?
        let price: MoneyJSON
        let stock: Int
    }

    let name: String
    let description: String?
    let status: Product.Status?
    let tagIds: [String]?
    let media: [NotesController.PublishInput.MediaInput]?
    let restockOnRefund: Bool?
    let skus: [SKUInput]?

    func draft() throws -> ProductDraft {
        let tags = try (tagIds ?? []).map { text in
            guard let id = TagID(text) else { throw RequestError.badID("tagIds") }
            return id
        }
        let skuDrafts = try (skus ?? []).map { input in
            SKUDraft(
                attributes: (input.attributes ?? [:]).sorted { $0.key < $1.key }.map {
                    SKU.Attribute(name: $0.key, value: $0.value)
                },
                price: try input.price.money("skus.price"), stock: input.stock)
        }
        return ProductDraft(
            name: name, description: description ?? "", status: status ?? .active, tags: tags,
            media: (media ?? []).map { Media(kind: $0.kind, url: $0.url, width: $0.width, height: $0.height) },
            restockOnRefund: restockOnRefund ?? true, skus: skuDrafts)
    }
}

extension Product.Status: Decodable {}
extension BrandRole: Decodable {}
