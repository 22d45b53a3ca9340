import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights

/// The shop's pages: products, shops, cart, checkout, orders and the brand console. The same
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
        members.get("console", use: console)
        members.post("console/brands", use: createBrand)
        members.get("console/brands/:id", use: consoleBrand)
        members.post("console/brands/:id/products", use: createProduct)
        members.post("console/skus/:id", use: updateSKU)
        members.post("console/products/:id/status", use: updateStatus)
        members.get("console/brands/:id/orders", use: consoleOrders)
        members.get("console/brands/:id/promos", use: consolePromos)
        members.post("console/brands/:id/promos", use: createPromo)
        members.post("console/brands/:id/members", use: setMember)
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
        var brands: [BrandID: Brand] = [:]
        for id in Set(page.items.map(\.brand)) { brands[id] = try await features.brands.brand(id) }
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
        return OrderPage(
            order: order, brand: try await features.brands.brand(order.brand), isBuyer: order.buyer == user,
            isShop: try await features.brands.role(of: user, in: order.brand) != nil,
            reviewed: Set(try await features.reviews.reviews(order: order.id).map(\.product)), now: Date(),
            error: error)
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

    // MARK: Brand console

    func console(request: Request, context: AppRequestContext) async throws -> Response {
        let brands = try await features.brands.brands(of: try context.requireUser().id)
        return .html(ConsolePage(brands: brands).render(Viewer(context)))
    }

    func createBrand(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        do {
            let brand = try await features.brands.create(name: form["name"], description: form["description"], by: user)
            return .redirect(to: Link.consoleBrand(brand.id).path, type: .normal)
        } catch let error as BrandError {
            var page = ConsolePage(brands: try await features.brands.brands(of: user))
            page.name = form["name"]
            page.description = form["description"]
            page.errors =
                error == .descriptionTooLong
                ? FormErrors(fields: ["description": error.message]) : FormErrors(fields: ["name": error.message])
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func consoleBrand(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser().id
        let brand = try await features.brands.requireMember(try context.parameters.id(as: BrandID.self), user)
        return .html(try await consolePage(brand, user).render(Viewer(context)))
    }

    private func consolePage(_ brand: Brand, _ user: UserID) async throws -> ConsoleBrandPage {
        let page = try await features.products.products(of: brand.id, viewer: user, page: .first(50))
        var view = ConsoleBrandPage(brand: brand, products: page.items, next: page.next)
        let members = try await features.brands.members(of: brand.id, seenBy: user)
        let users = try await features.accounts.users(members.map(\.user))
        view.members = members.compactMap { member in users[member.user].map { (member, $0) } }
        view.viewerIsOwner = members.contains { $0.user == user && $0.role == .owner }
        return view
    }

    /// Adds a member by handle, changes their role, or (role `none`) removes them; owners only.
    func setMember(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let brand = try await features.brands.requireMember(try context.parameters.id(as: BrandID.self), user)
        do {
            let handle = form["handle"].trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "@"))
            guard let member = try await features.accounts.user(handle: handle) else {
                throw FormProblem("没有这个用户 There is no @\(handle.prefix(30)).")
            }
            if form["role"] == "none" {
                try await features.brands.remove(member.id, from: brand.id, by: user)
            } else {
                guard let role = BrandRole(rawValue: form["role"]) else {
                    throw FormProblem("角色是店主或员工 The role is owner or staff.")
                }
                try await features.brands.setRole(role, for: member.id, in: brand.id, by: user)
            }
            return .redirect(to: Link.consoleBrand(brand.id).path, type: .normal)
        } catch let error as any DomainError {
            var page = try await consolePage(brand, user)
            page.errors = FormErrors(general: error.message)
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func createProduct(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let brand = try await features.brands.requireMember(try context.parameters.id(as: BrandID.self), user)
        var input = ConsoleBrandPage.NewProductForm(
            name: form["name"], description: form["description"], price: form["price"], stock: form["stock"],
            variants: form["variants"], imageURL: form["imageURL"].trimmed, status: form["status"])
        do {
            guard let price = MoneyInput.minorUnits(input.price) else {
                throw FormProblem("价格是金额，如 129 或 129.50 A price such as 129 or 129.50.", field: "price")
            }
            guard let stock = Int(input.stock.trimmed) else {
                throw FormProblem("库存是整数 Stock is a whole number.", field: "stock")
            }
            let names = input.variants.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
            let skus =
                names.isEmpty
                ? [SKUDraft(price: .fen(price), stock: stock)]
                : names.map {
                    SKUDraft(attributes: [SKU.Attribute(name: "规格", value: $0)], price: .fen(price), stock: stock)
                }
            let media =
                input.imageURL.isEmpty ? [] : [Media(kind: .image, url: input.imageURL, width: 1080, height: 1080)]
            let product = try await features.products.create(
                ProductDraft(
                    name: input.name, description: input.description,
                    status: Product.Status(rawValue: input.status) ?? .active, media: media, skus: skus),
                in: brand.id, by: user)
            return .redirect(to: Link.product(product.id).path, type: .normal)
        } catch let problem as FormProblem {
            var page = try await consolePage(brand, user)
            page.form = input
            page.errors = FormErrors(fields: [problem.field ?? "name": problem.message])
            return .html(page.render(Viewer(context)), status: .unprocessableContent)
        } catch let error as ProductError {
            var page = try await consolePage(brand, user)
            input.status = Product.Status(rawValue: input.status)?.rawValue ?? "active"
            page.form = input
            page.errors = Self.formErrors(error)
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func updateSKU(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let sku = try context.parameters.id(as: SKUID.self)
        do {
            guard let price = MoneyInput.minorUnits(form["price"]) else { throw ProductError.priceInvalid(index: 0) }
            guard let stock = Int(form["stock"].trimmed) else { throw ProductError.stockInvalid(index: 0) }
            let product = try await features.products.update(sku: sku, price: .fen(price), stock: stock, by: user)
            var page = try await consolePage(try await features.brands.brand(product.brand), user)
            page.notice = "已保存 Saved: \(product.name)"
            return .html(page.render(Viewer(context)))
        } catch let error as ProductError where error != .skuNotFound(sku) {
            guard let owner = try await features.products.owner(of: sku) else { throw error }
            var page = try await consolePage(try await features.brands.requireMember(owner.brand, user), user)
            page.errors = FormErrors(general: error.message)
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    /// The console's product form: name, description and status (SKUs have their own forms).
    func updateStatus(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let id = try context.parameters.id(as: ProductID.self)
        guard let status = Product.Status(rawValue: form["status"]) else {
            throw RequestError.badParameter("status", "must be draft, active or archived")
        }
        let product = try await features.products.product(id, viewer: user)
        let draft = ProductDraft(
            name: form.has("name") ? form["name"] : product.name,
            description: form.has("description") ? form["description"] : product.description, status: status,
            tags: product.tags, media: product.media, restockOnRefund: product.restockOnRefund, skus: [])
        do {
            let updated = try await features.products.update(id, with: draft, by: user)
            var page = try await consolePage(try await features.brands.brand(updated.brand), user)
            page.notice = "已保存 Saved: \(updated.name)"
            return .html(page.render(Viewer(context)))
        } catch let error as ProductError {
            var page = try await consolePage(try await features.brands.brand(product.brand), user)
            page.errors = FormErrors(general: error.message)
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func consoleOrders(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser().id
        let brand = try await features.brands.requireMember(try context.parameters.id(as: BrandID.self), user)
        let statusText = request.uri.queryParameters.get("status").map { String($0) } ?? ""
        let status = Order.Status(rawValue: statusText)
        if !statusText.isEmpty && status == nil { throw RequestError.badParameter("status", "is not an order status") }
        let page = try await features.orders.orders(
            of: brand.id, statuses: status.map { [$0] }, by: user, page: try request.pageRequest(cursorName: "after"))
        let view = ConsoleOrdersPage(brand: brand, orders: page.items, status: status, next: page.next)
        return .html(view.render(Viewer(context)))
    }

    func consolePromos(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser().id
        let brand = try await features.brands.requireMember(try context.parameters.id(as: BrandID.self), user)
        let page = ConsolePromosPage(brand: brand, promos: try await features.promos.promos(of: brand.id, by: user))
        return .html(page.render(Viewer(context)))
    }

    func createPromo(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let brand = try await features.brands.requireMember(try context.parameters.id(as: BrandID.self), user)
        var page = ConsolePromosPage(
            brand: brand, promos: [], code: form["code"], percent: form["percent"], amount: form["amount"],
            limit: form["limit"])
        page.creator = form["creator"]
        do {
            let discount: PromoCode.Discount
            if let percent = Int(form["percent"].trimmed) {
                discount = .percent(percent)
            } else if let amount = MoneyInput.minorUnits(form["amount"]) {
                discount = .amount(.fen(amount))
            } else {
                throw PromoError.discountInvalid
            }
            let limit = form["limit"].trimmed.isEmpty ? nil : Int(form["limit"].trimmed)
            if !form["limit"].trimmed.isEmpty && limit == nil { throw PromoError.limitInvalid }
            let handle = form["creator"].trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "@"))
            var creator: UserID?
            if !handle.isEmpty {
                guard let found = try await features.accounts.user(handle: handle) else {
                    throw PromoError.creatorNotFound(UserID(1))
                }
                creator = found.id
            }
            _ = try await features.promos.create(
                code: form["code"], discount: discount, usageLimit: limit, expiresAt: nil, creator: creator,
                in: brand.id, by: user)
            return .redirect(to: Link.consolePromos(brand.id).path, type: .normal)
        } catch let error as PromoError {
            page = ConsolePromosPage(
                brand: brand, promos: try await features.promos.promos(of: brand.id, by: user), code: page.code,
                percent: page.percent, amount: page.amount, limit: page.limit, creator: page.creator)
            let field =
                switch error {
                case .codeInvalid, .codeTaken: "code"
                case .limitInvalid: "limit"
                case .creatorNotFound: "creator"
                default: "percent"
                }
            let message =
                if case .creatorNotFound = error { "没有这个用户 There is no such user." } else { error.message }
            page.errors = FormErrors(fields: [field: message])
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    // MARK: Helpers

    private func cards(_ products: [Product]) async throws -> [ProductCard] {
        let brands = try await self.products.brands(for: products)
        return products.map { ProductCard(product: $0, brand: brands[$0.brand]) }
    }

    static func formErrors(_ error: ProductError) -> FormErrors {
        switch error {
        case .nameInvalid: FormErrors(fields: ["name": error.message])
        case .descriptionTooLong: FormErrors(fields: ["description": error.message])
        case .priceInvalid, .currencyMismatch: FormErrors(fields: ["price": error.message])
        case .stockInvalid: FormErrors(fields: ["stock": error.message])
        case .attributesInvalid, .skuCount: FormErrors(fields: ["variants": error.message])
        case .mediaInvalid, .tooManyMedia: FormErrors(fields: ["imageURL": error.message])
        default: FormErrors(general: error.message)
        }
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
