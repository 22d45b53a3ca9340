import Commerce
import Foundation
import HongshuCore
import Insights

/// A person's orders, newest first.
struct OrdersPage: Sendable {
    let orders: [Order]
    let brands: [BrandID: Brand]
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let rows = orders.map { OrderViews.row($0, brand: brands[$0.brand], link: .order($0.id)) }
        let more: HTML =
            next.map {
                "<p class=\"more\"><a class=\"button ghost\" href=\"\(Link.orders(after: $0))\">更多 More</a></p>"
            }
            ?? .empty
        let list: HTML =
            orders.isEmpty
            ? "<p class=\"empty\">还没有订单。No orders yet. <a href=\"\(Link.shop())\">去逛逛 Browse the shop</a></p>"
            : "<ul class=\"orders\">\(rows)</ul>\(more)"
        return Layout.page(title: "我的订单 Orders", viewer: viewer, main: "<h1 class=\"section\">我的订单 Orders</h1>\(list)")
    }
}

enum OrderViews {
    static func row(_ order: Order, brand: Brand?, link: Link) -> HTML {
        let items = order.lines.map { "\($0.productName) ×\($0.quantity)" }.joined(separator: "、")
        return """
            <li><a href="\(link)"><span><strong>\(brand?.name ?? "")</strong> · \(items)</span>\
            <span>\(ProductViews.status(order.status)) <strong>\(order.total.description)</strong></span>\
            <span class="muted">\(NotePage.day(order.placedAt)) · #\(order.id)</span></a></li>
            """
    }
}

/// One order: lines and totals, where it stands and how it got there, and what the viewer can do next.
struct OrderPage: Sendable {
    let order: Order
    let brand: Brand
    let isBuyer: Bool
    let isShop: Bool
    /// Products of the order the buyer already reviewed.
    let reviewed: Set<ProductID>
    let now: Date
    var error: String?
    /// For the shop: the touches credited for the purchase, and the titles of their notes.
    var path: AttributedPurchase?
    var titles: [NoteID: String] = [:]

    func render(_ viewer: Viewer) -> HTML {
        let lines = order.lines.map { line -> HTML in
            let label = line.attributes.map(\.value).joined(separator: " · ")
            return """
                <li class="line"><div><a href="\(Link.product(line.product))"><strong>\(line.productName)</strong></a> \
                <span class="muted">\(label)</span><br>\(line.unitPrice.description) × \(line.quantity) = \
                <strong>\(line.total.description)</strong></div></li>
                """
        }
        let discount: HTML =
            order.discount.amount > 0
            ? "<p class=\"total\">优惠 Discount <strong>−\(order.discount.description)</strong></p>" : .empty
        let history = order.history.map { step -> HTML in
            "<li>\(ProductViews.status(step.status)) <time datetime=\"\(step.at.formatted(.iso8601))\">\(NotePage.day(step.at))</time></li>"
        }
        let alert: HTML = error.map { "<p class=\"alert\" role=\"alert\">\($0)</p>" } ?? .empty
        return Layout.page(
            title: "订单 Order #\(order.id)", viewer: viewer,
            main: """
                <h1 class="section">订单 Order #\(order.id)</h1>
                <section class="panel">
                <p>\(ProductViews.status(order.status)) · <a href="\(Link.brand(brand.id))">\(brand.name)</a></p>
                \(alert)
                <ul class="lines">\(lines)</ul>
                <p class="total">小计 Subtotal <strong>\(order.subtotal.description)</strong></p>
                \(discount)
                <p class="total">合计 Total <strong class="price big">\(order.total.description)</strong></p>
                \(payForm(viewer))
                \(actions(viewer))
                </section>
                \(reviewForms(viewer))
                <h2 class="section">进度 History</h2>
                <ol class="timeline">\(history)</ol>
                \(pathTable())
                """)
    }

    /// The path to the purchase, for the shop: each touch and its credit under three of the models.
    private func pathTable() -> HTML {
        guard let path else { return .empty }
        guard !path.touches.isEmpty else {
            return
                "<h2 class=\"section\">来源 Path to purchase</h2><p class=\"empty\">没有可归因的来源。Nothing led here that we saw.</p>"
        }
        let currency = order.total.currency
        let rows = path.touches.enumerated().map { index, touch -> HTML in
            let source: HTML =
                if let note = touch.note {
                    "<a href=\"\(Link.note(note))\">\(titles[note] ?? "（已删除 deleted）")</a>"
                } else if let query = touch.query {
                    "搜索 “\(query)”"
                } else if let product = touch.product {
                    "<a href=\"\(Link.product(product))\">商品 product</a>"
                } else {
                    .empty
                }
            func credit(_ model: AttributionModel) -> String {
                Money(amount: path.credits[model]?[index] ?? 0, currency: currency).description
            }
            return """
                <tr><td><time datetime="\(touch.at.formatted(.iso8601))">\(NotePage.day(touch.at))</time></td>\
                <td>\(touch.kind.rawValue)</td><td>\(source)</td><td>\(touch.channel == .click ? "点击 click" : "曝光 view")</td>\
                <td>\(credit(.lastTouch))</td><td>\(credit(.linear))</td><td>\(credit(.timeDecay))</td></tr>
                """
        }
        return """
            <h2 class="section">来源 Path to purchase</h2>
            <div class="scroll"><table class="report"><thead><tr><th scope="col">时间 When</th><th scope="col">行为 Touch</th>\
            <th scope="col">来源 Source</th><th scope="col">渠道 Channel</th><th scope="col">末次 Last</th>\
            <th scope="col">线性 Linear</th><th scope="col">时间衰减 Decay</th></tr></thead><tbody>\(rows)</tbody></table></div>
            \(path.refundedAt == nil ? HTML.empty : "<p class=\"muted\">已退款：不计入报表。Refunded: left out of reports.</p>")
            """
    }

    private func payForm(_ viewer: Viewer) -> HTML {
        guard isBuyer, order.status == .pending else { return .empty }
        let minutes = max(0, Int(order.expiresAt.timeIntervalSince(now) / 60))
        return """
            <form method="post" action="\(Link.payOrder(order.id))" class="pay">\(viewer.csrfField)\
            <input type="hidden" name="key" value="\(UUID().uuidString)">
            <div class="field"><label for="card">银行卡号 Card number</label>\
            <input id="card" name="card" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" required>\
            <p class="hint">测试卡 Sandbox cards: 4242 4242 4242 4242 付款成功 pays · 4000 0000 0000 0002 被拒 declines</p></div>
            <button type="submit" class="button wide">支付 Pay \(order.total.description)</button>
            <p class="muted">请在 \(minutes) 分钟内付款，否则订单将自动取消。Pay within \(minutes) minutes or the order is cancelled.</p>
            </form>
            """
    }

    private func actions(_ viewer: Viewer) -> HTML {
        let buttons = OrderAction.available(for: order, asBuyer: isBuyer, asShop: isShop).map { action -> HTML in
            """
            <form method="post" action="\(Link.orderAction(order.id, action))" class="inline">\(viewer.csrfField)\
            <button type="submit" class="button small\(action == .cancel || action == .declineRefund ? " ghost" : "")">\(action.label)</button></form>
            """
        }
        return buttons.isEmpty ? .empty : "<div class=\"actions\">\(buttons)</div>"
    }

    private func reviewForms(_ viewer: Viewer) -> HTML {
        guard isBuyer, [.delivered, .completed].contains(order.status) else { return .empty }
        var seen = Set<ProductID>()
        let forms = order.lines.filter { seen.insert($0.product).inserted && !reviewed.contains($0.product) }.map {
            line -> HTML in
            let stars = (1...5).reversed().map { value -> HTML in
                "<label class=\"option\"><input type=\"radio\" name=\"rating\" value=\"\(value)\"\(value == 5 ? " checked" : "")> \(ProductViews.stars(value))</label>"
            }
            return """
                <form method="post" action="\(Link.reviewOrder(order.id))" class="panel">\(viewer.csrfField)\
                <input type="hidden" name="productId" value="\(line.product)">
                <h3>评价 Review: \(line.productName)</h3>
                <fieldset><legend>评分 Rating</legend>\(stars)</fieldset>
                <div class="field"><label for="title\(line.product)">标题 Title</label><input id="title\(line.product)" name="title" maxlength="20" required></div>
                <div class="field"><label for="body\(line.product)">心得 What you think</label><textarea id="body\(line.product)" name="body" rows="4"></textarea></div>
                <button type="submit" class="button">发布评价 Post review</button>
                </form>
                """
        }
        return forms.isEmpty ? .empty : "<h2 class=\"section\">写评价 Review what you bought</h2>\(forms)"
    }
}
