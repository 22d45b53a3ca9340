import Commerce
import Community
import Foundation
import HongshuCore

/// A product as a card: cover, name, shop and price.
struct ProductCard: Sendable {
    let product: Product
    let brand: Brand?
    /// Where a click goes: straight to the product, or through the note that shows it.
    var link: Link

    init(product: Product, brand: Brand?, via note: NoteID? = nil) {
        self.product = product
        self.brand = brand
        link = note.map { Link.productFromNote($0, product.id) } ?? .product(product.id)
    }
}

enum ProductViews {
    static func grid(_ cards: [ProductCard], more: Link?, empty: HTML) -> HTML {
        guard !cards.isEmpty else { return "<p class=\"empty\">\(empty)</p>" }
        let next: HTML =
            more.map { "<p class=\"more\"><a class=\"button ghost\" href=\"\($0)\">加载更多 More</a></p>" } ?? .empty
        return "<section class=\"grid\">\(cards.map(card))</section>\(next)"
    }

    static func card(_ card: ProductCard) -> HTML {
        let product = card.product
        return """
            <article class="card product-card">
            <a class="cover" href="\(card.link)">\(cover(product))</a>
            <h3><a href="\(card.link)">\(product.name)</a></h3>
            <p class="byline"><span>\(card.brand?.name ?? "")</span>\(price(product))</p>
            </article>
            """
    }

    /// A compact card in a row under a note: image, name, price, and whether it is still on sale.
    static func strip(_ card: ProductCard) -> HTML {
        let product = card.product
        let state: HTML = product.status == .active ? .empty : "<span class=\"badge muted\">已下架 Unavailable</span>"
        return """
            <a class="product-strip" href="\(card.link)">\(cover(product))<span><strong>\(product.name)</strong>\
            <span class="muted">\(card.brand?.name ?? "")</span> \(price(product)) \(state)</span></a>
            """
    }

    static func price(_ product: Product) -> HTML {
        guard let from = product.fromPrice else { return .empty }
        let several = Set(product.skus.map(\.price)).count > 1
        return "<span class=\"price\">\(from.description)\(several ? "起" : "")</span>"
    }

    static func cover(_ product: Product) -> HTML {
        if let image = product.media.first(where: { $0.kind == .image }) {
            return
                "<img src=\"\(image.url)\" alt=\"\(product.name)\" width=\"\(image.width)\" height=\"\(image.height)\" loading=\"lazy\">"
        }
        let hue = Int(product.id.rawValue % 360)
        return
            "<span class=\"placeholder\" style=\"--hue:\(hue)\" role=\"img\" aria-label=\"\(product.name)\">\(String(product.name.prefix(1)))</span>"
    }

    /// "★★★★☆ 4.3 (12)", or a note that nobody has rated it yet.
    static func rating(_ summary: RatingSummary) -> HTML {
        guard let average = summary.average else { return "<span class=\"muted\">暂无评分 No ratings yet</span>" }
        let full = Int(average.rounded())
        let stars = String(repeating: "★", count: full) + String(repeating: "☆", count: 5 - full)
        return
            "<span class=\"stars\" aria-label=\"\(String(average)) out of 5\">\(stars)</span> \(String(average)) <span class=\"muted\">(\(summary.count))</span>"
    }

    static func stars(_ rating: Int) -> HTML {
        let text = String(repeating: "★", count: rating) + String(repeating: "☆", count: 5 - rating)
        return "<span class=\"stars\" aria-label=\"\(rating) out of 5\">\(text)</span>"
    }

    /// The status of an order in words and a colour.
    static func status(_ status: Order.Status) -> HTML {
        let words: String =
            switch status {
            case .pending: "待付款 Awaiting payment"
            case .paid: "已付款 Paid"
            case .shipped: "已发货 Shipped"
            case .delivered: "已送达 Delivered"
            case .completed: "已完成 Completed"
            case .cancelled: "已取消 Cancelled"
            case .refundRequested: "退款中 Refund requested"
            case .refunded: "已退款 Refunded"
            }
        return "<span class=\"pill pill-\(status.rawValue)\">\(words)</span>"
    }
}

/// Amounts typed into forms in major units ("129", "129.5", "¥129.00") as minor units.
enum MoneyInput {
    static func minorUnits(_ text: String) -> Int64? {
        var text = text.trimmed.replacingOccurrences(of: ",", with: "")
        if text.hasPrefix("¥") || text.hasPrefix("￥") { text.removeFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole >= 0, whole < 10_000_000 else {
            return nil
        }
        var cents: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCII), let value = Int64(fraction) else {
                return nil
            }
            cents = fraction.count == 1 ? value * 10 : value
        }
        return whole * 100 + cents
    }

    /// "129.00" for a form field.
    static func text(_ money: Money) -> String {
        String(money.amount / 100) + "." + (money.amount % 100 < 10 ? "0" : "") + String(money.amount % 100)
    }
}
