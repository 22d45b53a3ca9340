import Commerce
import Foundation
import HongshuCore

/// The cart, one section per shop with its own checkout (an order buys from one shop).
struct CartPage: Sendable {
    let cart: Cart
    /// An error to show under one shop's checkout, and the promo code typed there.
    var error: (brand: BrandID, message: String)?
    var promoCode = ""

    func render(_ viewer: Viewer) -> HTML {
        guard !cart.isEmpty else {
            return Layout.page(
                title: "购物车 Cart", viewer: viewer,
                main: """
                    <h1 class="section">购物车 Cart</h1>
                    <p class="empty">购物车是空的。Your cart is empty. <a href="\(Link.shop())">去逛逛 Browse the shop</a></p>
                    """)
        }
        return Layout.page(
            title: "购物车 Cart", viewer: viewer,
            main: "<h1 class=\"section\">购物车 Cart</h1>\(cart.groups.map { group($0, viewer) })")
    }

    private func group(_ group: Cart.Group, _ viewer: Viewer) -> HTML {
        let rows = group.lines.map { line -> HTML in
            let unavailable: HTML =
                line.isAvailable ? .empty : "<span class=\"badge\">库存不足或已下架 Not available in this quantity</span>"
            return """
                <li class="line">\(ProductViews.cover(line.product))<div>\
                <a href="\(Link.product(line.product.id))"><strong>\(line.product.name)</strong></a> \
                <span class="muted">\(line.sku.label)</span> \(unavailable)<br>\
                \(line.sku.price.description) × \(line.quantity) = <strong>\(line.total.description)</strong>\
                <form method="post" action="\(Link.cartItem(line.sku.id))" class="inline qty">\(viewer.csrfField)\
                <label class="visually-hidden" for="q\(line.sku.id)">数量 Quantity</label>\
                <input id="q\(line.sku.id)" name="quantity" type="number" min="0" max="\(CartError.quantityLimit)" value="\(line.quantity)">\
                <button type="submit" class="button small ghost">更新 Update</button></form>\
                <form method="post" action="\(Link.cartItem(line.sku.id))" class="inline">\(viewer.csrfField)\
                <input type="hidden" name="quantity" value="0"><button type="submit" class="link muted">删除 Remove</button></form>\
                </div></li>
                """
        }
        let failed = error?.brand == group.brand.id ? error?.message : nil
        let promoError: HTML = failed.map { "<p class=\"error\" role=\"alert\" id=\"promo-error\">\($0)</p>" } ?? .empty
        return """
            <section class="panel">
            <h2><a href="\(Link.brand(group.brand.id))">\(group.brand.name)</a></h2>
            <ul class="lines">\(rows)</ul>
            <form method="post" action="\(Link.checkout)" class="checkout">\(viewer.csrfField)\
            <input type="hidden" name="brandId" value="\(group.brand.id)">\
            <input type="hidden" name="key" value="\(UUID().uuidString)">
            <div class="field\(failed == nil ? "" : " invalid")"><label for="promo\(group.brand.id)">优惠码 Promo code</label>\
            <input id="promo\(group.brand.id)" name="promoCode" value="\(failed == nil ? "" : promoCode)" autocomplete="off">\(promoError)</div>
            <p class="total">小计 Subtotal <strong>\(group.subtotal?.description ?? "—")</strong></p>
            <button type="submit" class="button wide">去结算 Check out</button>
            </form>
            </section>
            """
    }
}
