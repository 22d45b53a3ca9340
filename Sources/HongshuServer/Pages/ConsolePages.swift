import Commerce
import Community
import Foundation
import HongshuCore

/// The brand console's front door: the viewer's brands and a form to start one.
struct ConsolePage: Sendable {
    let brands: [Brand]
    var name = ""
    var description = ""
    var errors = FormErrors()

    func render(_ viewer: Viewer) -> HTML {
        let list = brands.map { brand -> HTML in
            "<li><a href=\"\(Link.consoleBrand(brand.id))\"><strong>\(brand.name)</strong></a> <span class=\"muted\">\(brand.description)</span></li>"
        }
        let mine: HTML =
            brands.isEmpty
            ? "<p class=\"empty\">你还没有品牌。You have no brand yet.</p>" : "<ul class=\"orders\">\(list)</ul>"
        return Layout.page(
            title: "品牌后台 Brand console", viewer: viewer,
            main: """
                <h1 class="section">品牌后台 Brand console</h1>
                \(mine)
                <form method="post" action="\(Link.createBrand)" class="panel">\(viewer.csrfField)
                <h2>创建品牌 Start a brand</h2>
                \(FormViews.general(errors))
                \(FormViews.input("name", label: "品牌名 Name", value: name, errors: errors, required: true))
                \(FormViews.textarea("description", label: "店铺介绍 Shop description", value: description, errors: errors))
                <button type="submit" class="button">创建 Create</button>
                </form>
                """)
    }
}

/// A brand's products with their stock and prices to edit, and a form for a new product.
struct ConsoleBrandPage: Sendable {
    let brand: Brand
    let products: [Product]
    let next: Cursor?
    /// The team, owners first, with their accounts; and whether the viewer is an owner.
    var members: [(member: BrandMember, user: User)] = []
    var viewerIsOwner = false
    var form = NewProductForm()
    var errors = FormErrors()
    var notice: String?

    struct NewProductForm: Sendable {
        var name = ""
        var description = ""
        var price = ""
        var stock = "10"
        var variants = ""
        var imageURL = ""
        var status = "active"
    }

    func render(_ viewer: Viewer) -> HTML {
        let rows = products.map { product($0, viewer) }
        let alert: HTML = notice.map { "<p class=\"alert ok\" role=\"status\">\($0)</p>" } ?? .empty
        return Layout.page(
            title: "\(brand.name) · 后台 Console", viewer: viewer,
            main: """
                <h1 class="section">\(brand.name) <span class="muted">后台 Console</span></h1>
                <p class="actions"><a class="button small ghost" href="\(Link.brand(brand.id))">店铺 Shop page</a>\
                <a class="button small ghost" href="\(Link.consoleOrders(brand.id))">订单 Orders</a>\
                <a class="button small ghost" href="\(Link.consolePromos(brand.id))">优惠码 Promo codes</a>\
                <a class="button small ghost" href="\(Link.consoleInsights(brand.id))">数据 Insights</a></p>
                \(alert)
                <h2 class="section">商品 Products</h2>
                \(rows.isEmpty ? "<p class=\"empty\">还没有商品。No products yet.</p>" : HTML(rows))
                \(next.map { _ in "<p class=\"muted\">只显示最新的商品 Showing the newest products.</p>" as HTML })
                \(newProduct(viewer))
                \(team(viewer))
                """)
    }

    private func team(_ viewer: Viewer) -> HTML {
        let rows = members.map { entry -> HTML in
            let role: HTML = entry.member.role == .owner ? "店主 Owner" : "员工 Staff"
            let remove: HTML =
                viewerIsOwner && entry.user.id != viewer.user?.id
                ? """
                <form method="post" action="\(Link.brandMember(brand.id))" class="inline">\(viewer.csrfField)\
                <input type="hidden" name="handle" value="\(entry.user.handle)"><input type="hidden" name="role" value="none">\
                <button type="submit" class="link muted">移除 Remove</button></form>
                """ : .empty
            return
                "<li><span>\(entry.user.displayName) <span class=\"muted\">@\(entry.user.handle)</span></span><span>\(role) \(remove)</span></li>"
        }
        let add: HTML =
            viewerIsOwner
            ? """
            <form method="post" action="\(Link.brandMember(brand.id))" class="sku">\(viewer.csrfField)\
            <label>@handle <input name="handle" required></label>\
            <label>角色 Role <select name="role"><option value="staff">员工 Staff</option><option value="owner">店主 Owner</option></select></label>\
            <button type="submit" class="button small ghost">添加 Add</button></form>
            """ : .empty
        return "<section class=\"panel\"><h2>团队 Team</h2><ul class=\"orders\">\(rows)</ul>\(add)</section>"
    }

    private func product(_ product: Product, _ viewer: Viewer) -> HTML {
        let skus = product.skus.map { sku -> HTML in
            """
            <form method="post" action="\(Link.updateSKU(sku.id))" class="sku">\(viewer.csrfField)\
            <span>\(sku.label.isEmpty ? "默认 Standard" : sku.label)</span>\
            <label>价格 Price (¥) <input name="price" value="\(MoneyInput.text(sku.price))" inputmode="decimal" size="8"></label>\
            <label>库存 Stock <input name="stock" type="number" min="0" value="\(sku.stock)" size="5"></label>\
            <button type="submit" class="button small ghost">保存 Save</button></form>
            """
        }
        let statuses = Product.Status.allCases.map { status -> HTML in
            "<option value=\"\(status.rawValue)\"\(status == product.status ? " selected" : "")>\(Self.statusName(status))</option>"
        }
        return """
            <section class="panel"><h3><a href="\(Link.product(product.id))">\(product.name)</a> \
            <span class="badge">\(Self.statusName(product.status))</span></h3>
            \(skus)
            <details><summary class="link">编辑商品 Edit product</summary>
            <form method="post" action="\(Link.productStatus(product.id))">\(viewer.csrfField)
            <div class="field"><label for="n\(product.id)">商品名 Name</label>\
            <input id="n\(product.id)" name="name" value="\(product.name)" required></div>
            <div class="field"><label for="d\(product.id)">描述 Description</label>\
            <textarea id="d\(product.id)" name="description" rows="3">\(product.description)</textarea></div>
            <div class="field"><label for="s\(product.id)">状态 Status</label>\
            <select id="s\(product.id)" name="status">\(statuses)</select></div>
            <button type="submit" class="button small">保存 Save</button></form></details>
            </section>
            """
    }

    static func statusName(_ status: Product.Status) -> String {
        switch status {
        case .draft: "草稿 Draft"
        case .active: "在售 On sale"
        case .archived: "已下架 Archived"
        }
    }

    private func newProduct(_ viewer: Viewer) -> HTML {
        let statuses = ["active", "draft"].map { status -> HTML in
            "<option value=\"\(status)\"\(status == form.status ? " selected" : "")>\(status == "active" ? "上架 On sale" : "草稿 Draft")</option>"
        }
        return """
            <form method="post" action="\(Link.createProduct(brand.id))" class="panel">\(viewer.csrfField)
            <h2>上新 New product</h2>
            \(FormViews.general(errors))
            \(FormViews.input("name", label: "商品名 Name", value: form.name, errors: errors, required: true))
            \(FormViews.textarea("description", label: "描述 Description", value: form.description, errors: errors))
            \(FormViews.input("price", label: "价格 Price (¥)", value: form.price, errors: errors, required: true))
            \(FormViews.input("stock", label: "每个规格的库存 Stock per variant", value: form.stock, type: "number", errors: errors))
            \(FormViews.input("variants", label: "规格 Variants", value: form.variants, errors: errors, hint: "用逗号分隔，如 S, M, L；留空为单一规格 Comma-separated, e.g. S, M, L; empty for one"))
            \(FormViews.input("imageURL", label: "图片地址 Image URL", value: form.imageURL, type: "url", errors: errors))
            <div class="field"><label for="status">状态 Status</label><select id="status" name="status">\(statuses)</select></div>
            <button type="submit" class="button">发布商品 List product</button>
            </form>
            """
    }
}

/// A brand's orders to fulfil, filtered by status.
struct ConsoleOrdersPage: Sendable {
    let brand: Brand
    let orders: [Order]
    let status: Order.Status?
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let filters = ([nil] + Order.Status.allCases.map { Optional($0) }).map { option -> HTML in
            let current = option == status
            return
                "<li><a class=\"chip\(current ? " topic" : "")\" href=\"\(Link.consoleOrders(brand.id, status: option?.rawValue))\">\(option.map { ProductViews.status($0) } ?? "全部 All")</a></li>"
        }
        let rows = orders.map { OrderViews.row($0, brand: brand, link: .order($0.id)) }
        let more: HTML =
            next.map {
                "<p class=\"more\"><a class=\"button ghost\" href=\"\(Link.consoleOrders(brand.id, status: status?.rawValue, after: $0))\">更多 More</a></p>"
            } ?? .empty
        return Layout.page(
            title: "\(brand.name) · 订单 Orders", viewer: viewer,
            main: """
                <h1 class="section">\(brand.name) · 订单 Orders</h1>
                <p><a href="\(Link.consoleBrand(brand.id))">← 后台 Console</a></p>
                <ul class="chips">\(filters)</ul>
                \(orders.isEmpty ? "<p class=\"empty\">没有订单。No orders.</p>" as HTML : "<ul class=\"orders\">\(rows)</ul>\(more)")
                """)
    }
}

/// A brand's promo codes and a form to make one.
struct ConsolePromosPage: Sendable {
    let brand: Brand
    let promos: [PromoCode]
    var code = ""
    var percent = ""
    var amount = ""
    var limit = ""
    var creator = ""
    var errors = FormErrors()

    func render(_ viewer: Viewer) -> HTML {
        let rows = promos.map { promo -> HTML in
            let discount: String =
                switch promo.discount {
                case .percent(let percent): "\(percent)% off"
                case .amount(let amount): "−\(amount.description)"
                }
            let limit = promo.usageLimit.map { " / \($0)" } ?? ""
            return
                "<li><span><strong>\(promo.code)</strong> · \(discount)</span><span class=\"muted\">已用 Used \(promo.used)\(limit)</span></li>"
        }
        return Layout.page(
            title: "\(brand.name) · 优惠码 Promo codes", viewer: viewer,
            main: """
                <h1 class="section">\(brand.name) · 优惠码 Promo codes</h1>
                <p><a href="\(Link.consoleBrand(brand.id))">← 后台 Console</a></p>
                \(promos.isEmpty ? "<p class=\"empty\">还没有优惠码。No codes yet.</p>" as HTML : "<ul class=\"orders\">\(rows)</ul>")
                <form method="post" action="\(Link.createPromo(brand.id))" class="panel">\(viewer.csrfField)
                <h2>新优惠码 New code</h2>
                \(FormViews.general(errors))
                \(FormViews.input("code", label: "优惠码 Code", value: code, errors: errors, required: true))
                \(FormViews.input("percent", label: "折扣百分比 Percent off (1–90)", value: percent, type: "number", errors: errors))
                \(FormViews.input("amount", label: "或立减金额 Or amount off (¥)", value: amount, errors: errors))
                \(FormViews.input("limit", label: "可用次数 Usage limit (empty: no limit)", value: limit, type: "number", errors: errors))
                \(FormViews.input("creator", label: "合作博主 Creator's @handle (optional)", value: creator, errors: errors))
                <button type="submit" class="button">创建 Create</button>
                </form>
                """)
    }
}
