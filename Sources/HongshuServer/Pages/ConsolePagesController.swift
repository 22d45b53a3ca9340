import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights

/// The brand console: a brand's products and stock, its orders to fulfil, its promo codes and
/// its team. Members only; every form shows its errors inline.
struct ConsolePagesController {
    let features: Features

    func addRoutes(members: RouterGroup<AppRequestContext>) {
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
        members.get("console/brands/:id/insights", use: insights)
        members.get("console/brands/:id/insights/:file", use: InsightsController(features: features).csv)
        members.post("console/brands/:id/insights/spend", use: addSpend)
        members.post("console/brands/:id/insights/spend/:spendId/delete", use: removeSpend)
    }

    /// The brand's dashboard over `since..<until` (days; by default the 30 days up to the end of today).
    func insights(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser().id
        let brand = try await features.brands.requireMember(try context.parameters.id(as: BrandID.self), user)
        return try await dashboard(
            brand, since: request.uri.queryParameters.get("since").map { String($0) } ?? "",
            until: request.uri.queryParameters.get("until").map { String($0) } ?? "", context: context)
    }

    /// Records a spend from the dashboard's form, then shows the dashboard again over the same period.
    func addSpend(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let brand = try await features.brands.requireMember(try context.parameters.id(as: BrandID.self), user)
        var entry = SpendForm(
            dimension: form["dimension"], key: form["key"], amount: form["amount"], day: form["day"],
            label: form["label"])
        do {
            guard let dimension = ReportDimension(rawValue: entry.dimension) else { throw SpendError.keyInvalid }
            var key = entry.key.trimmed
            if dimension == .creator, Int64(key) == nil {  // a creator by @handle
                let handle = key.trimmingCharacters(in: CharacterSet(charactersIn: "@"))
                guard let creator = try await features.accounts.user(handle: handle) else {
                    throw SpendError.keyInvalid
                }
                key = creator.id.description
            }
            if dimension == .note {  // an id, or a note's link pasted whole
                key = String(key.split(separator: "?").first?.split(separator: "/").last ?? "")
            }
            guard let amount = MoneyInput.minorUnits(entry.amount) else { throw SpendError.amountInvalid }
            guard let day = InsightsDirectory.day(entry.day.trimmed) else {
                entry.errors.fields["day"] = "请输入日期 Enter a date (2026-11-27)."
                return try await dashboard(
                    brand, since: form["since"], until: form["until"], spend: entry, context: context)
            }
            _ = try await features.reports.addSpend(
                SpendDraft(
                    dimension: dimension, key: key, amount: amount, currency: Currency.cny.rawValue, day: day,
                    label: entry.label),
                to: brand.id, by: user)
            return .redirect(to: Self.insightsPath(brand.id, since: form["since"], until: form["until"]), type: .normal)
        } catch let error as SpendError {
            let field =
                switch error {
                case .amountInvalid, .currencyInvalid: "amount"
                case .labelTooLong: "label"
                default: "key"
                }
            entry.errors.fields[field] = error.message
            return try await dashboard(
                brand, since: form["since"], until: form["until"], spend: entry, context: context)
        }
    }

    func removeSpend(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let brand = try context.parameters.id(as: BrandID.self)
        guard let spend = context.parameters.get("spendId").flatMap({ Int64($0) }) else {
            throw RequestError.badID("spendId")
        }
        try await features.reports.removeSpend(spend, of: brand, by: user)
        return .redirect(to: Self.insightsPath(brand, since: form["since"], until: form["until"]), type: .normal)
    }

    private static func insightsPath(_ brand: BrandID, since: String, until: String) -> String {
        var path = Link.consoleInsights(brand).path
        let since = since.trimmed
        let until = until.trimmed
        if InsightsDirectory.day(since) != nil && InsightsDirectory.day(until) != nil {
            path += "?since=\(since)&until=\(until)"
        }
        return path
    }

    /// The dashboard over the period the fields name, with the spend form as sent (and its errors).
    private func dashboard(
        _ brand: Brand, since sinceText: String, until untilText: String, spend: SpendForm = SpendForm(),
        context: AppRequestContext
    ) async throws -> Response {
        let user = try context.requireUser().id
        let fallback = InsightsDirectory.defaultPeriod(today: features.now())
        var errors = FormErrors()
        let since = Self.day(sinceText.trimmed, default: fallback.since, field: "since", &errors)
        let until = Self.day(untilText.trimmed, default: fallback.until, field: "until", &errors)
        var page = InsightsPage(
            brand: brand, report: nil, since: InsightsCSV.day(since), until: InsightsCSV.day(until))
        page.errors = errors
        page.spendForm = spend
        guard errors.isEmpty else { return .html(page.render(Viewer(context)), status: .unprocessableContent) }
        do {
            let period = try ReportPeriod(since: since, until: until)
            let report = try await features.reports.report(of: brand.id, period: period, by: user)
            let spends = try await features.reports.spends(of: brand.id, period: period, by: user)
            let directory = InsightsDirectory(accounts: features.accounts, notes: features.notes)
            let (titles, creators) = try await directory.names(for: report)
            page.report = report
            page.spends = spends
            page.titles = titles.merging(
                try await directory.titles(spends.filter { $0.dimension == .note }.compactMap { NoteID($0.key) })
            ) { first, _ in first }
            page.creators = creators.merging(
                try await features.accounts.users(
                    spends.filter { $0.dimension == .creator }.compactMap { UserID($0.key) })
            ) { first, _ in first }
            return .html(page.render(Viewer(context)), status: spend.errors.isEmpty ? .ok : .unprocessableContent)
        } catch let error as ReportError {
            page.errors = FormErrors(fields: ["until": error.message])
            return .html(page.render(Viewer(context)), status: .unprocessableContent)
        }
    }

    /// A `yyyy-MM-dd` day from a form, or `fallback` when empty; an error on the field otherwise.
    static func day(_ text: String, default fallback: Date, field: String, _ errors: inout FormErrors) -> Date {
        guard !text.isEmpty else { return fallback }
        guard let date = InsightsDirectory.day(text) else {
            errors.fields[field] = "请输入日期 Enter a date (2026-11-27)."
            return fallback
        }
        return date
    }

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
