import Commerce
import Community
import HongshuCore

/// The shop: every brand's products on sale, newest first, and the brands.
struct ShopPage: Sendable {
    let cards: [ProductCard]
    let brands: [Brand]
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let brandChips = brands.map { brand -> HTML in
            "<li><a class=\"chip\" href=\"\(Link.brand(brand.id))\">\(brand.name)</a></li>"
        }
        let grid = ProductViews.grid(
            cards, more: next.map { Link.shop(after: $0) }, empty: "还没有在售商品。Nothing on sale yet.")
        return Layout.page(
            title: "商城 Shop", viewer: viewer,
            main: """
                <h1 class="section">商城 Shop</h1>
                \(brandChips.isEmpty ? HTML.empty : "<ul class=\"chips\">\(brandChips)</ul>")
                \(grid)
                """)
    }
}

/// A brand's shop as buyers see it (members also see drafts and a link to the console).
struct BrandPage: Sendable {
    let brand: Brand
    let isMember: Bool
    let cards: [ProductCard]
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let manage: HTML =
            isMember ? "<a class=\"button small\" href=\"\(Link.consoleBrand(brand.id))\">管理店铺 Manage</a>" : .empty
        let grid = ProductViews.grid(
            cards, more: next.map { Link.brand(brand.id, after: $0) }, empty: "这家店还没有商品。No products yet.")
        return Layout.page(
            title: brand.name, viewer: viewer,
            main: """
                <section class="tag-head"><h1>\(brand.name)</h1>\(manage)
                \(brand.description.isEmpty ? HTML.empty : "<p>\(brand.description)</p>")</section>
                \(grid)
                """)
    }
}

/// One product: gallery, price, variants with stock, add to cart / buy now, rating, reviews and notes.
struct ProductPage: Sendable {
    let product: Product
    let brand: Brand
    let rating: RatingSummary
    /// Review notes with their ratings, and other notes that show the product.
    let reviews: [(NoteCard, Int)]
    let notes: [NoteCard]
    var error: String?
    var added = false

    func render(_ viewer: Viewer) -> HTML {
        let gallery: HTML =
            product.media.isEmpty
            ? "<div class=\"gallery\">\(ProductViews.cover(product))</div>"
            : "<div class=\"gallery\">\(product.media.map { "<img src=\"\($0.url)\" alt=\"\(product.name)\" width=\"\($0.width)\" height=\"\($0.height)\">" as HTML })</div>"
        let reviewCards = reviews.map { card, stars -> HTML in
            "<div class=\"review\">\(ProductViews.stars(stars))\(NoteViews.card(card))</div>"
        }
        let reviewSection: HTML =
            reviews.isEmpty
            ? "<p class=\"empty\">还没有买家评价。No reviews yet.</p>"
            : "<section class=\"grid\">\(reviewCards)</section>"
        let noteSection: HTML =
            notes.isEmpty
            ? .empty
            : "<h2 class=\"section\">相关笔记 Notes featuring it</h2>\(NoteViews.grid(notes, more: nil, empty: ""))"
        let draft: HTML =
            product.status == .active
            ? .empty
            : "<p class=\"alert\">\(product.status == .draft ? "草稿，买家看不到 Draft: buyers cannot see it" : "已下架 Archived") </p>"
        return Layout.page(
            title: product.name, viewer: viewer,
            main: """
                <article class="note product">
                \(gallery)
                <div class="note-text">
                <p class="muted"><a href="\(Link.brand(brand.id))">\(brand.name)</a></p>
                <h1>\(product.name)</h1>
                <p class="price big">\(ProductViews.price(product))</p>
                <p>\(ProductViews.rating(rating))</p>
                \(draft)
                \(buyForm(viewer))
                \(NoteViews.body(product.description, mentions: []))
                </div>
                </article>
                <h2 class="section">买家评价 Reviews</h2>
                \(reviewSection)
                \(noteSection)
                """)
    }

    private func buyForm(_ viewer: Viewer) -> HTML {
        guard product.status == .active else { return .empty }
        guard viewer.user != nil else {
            return
                "<p><a class=\"button\" href=\"\(Link.logIn(next: Link.product(product.id).path))\">登录后购买 Log in to buy</a></p>"
        }
        let options = product.skus.enumerated().map { index, sku -> HTML in
            let label = sku.label.isEmpty ? "默认 Standard" : sku.label
            let stock: HTML = sku.stock == 0 ? " — 售罄 sold out" : " — 库存 \(sku.stock)"
            let checked: HTML = index == (product.skus.firstIndex { $0.stock > 0 } ?? 0) ? " checked" : .empty
            let disabled: HTML = sku.stock == 0 ? " disabled" : .empty
            return """
                <label class="option"><input type="radio" name="sku" value="\(sku.id)"\(checked)\(disabled)> \
                \(label) · \(sku.price.description)\(stock)</label>
                """
        }
        let message: HTML =
            if let error {
                "<p class=\"alert\" role=\"alert\">\(error)</p>"
            } else if added {
                "<p class=\"alert ok\" role=\"status\">已加入购物车 Added to your cart. <a href=\"\(Link.cart)\">去结算 Go to cart</a></p>"
            } else { .empty }
        return """
            <form method="post" action="\(Link.cart)" class="buy">\(viewer.csrfField)\
            <input type="hidden" name="product" value="\(product.id)">
            <fieldset><legend>规格 Variant</legend>\(options)</fieldset>
            <div class="field"><label for="quantity">数量 Quantity</label>\
            <input id="quantity" name="quantity" type="number" min="1" max="\(CartError.quantityLimit)" value="1" inputmode="numeric"></div>
            \(message)
            <button type="submit" class="button wide">加入购物车 Add to cart</button>
            </form>
            """
    }
}
