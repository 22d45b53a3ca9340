import Commerce
import Community
import Foundation
import HongshuCore
import Search

/// The results page: tabs for notes, products, people and topics, sort links, notes as a two-column card grid
/// with the matched characters marked, and suggestions when nothing was found.
struct SearchPage: Sendable {
    let query: String
    let kind: SearchKind
    let sort: SearchSort
    let results: SearchResults?
    let brands: [BrandID: Brand]
    let error: String?

    func render(_ viewer: Viewer) -> HTML {
        let tabs = SearchKind.allCases.map { tab -> HTML in
            let current: HTML = tab == kind ? " aria-current=\"page\" class=\"on\"" : ""
            return "<a href=\"\(Link.search(query, type: tab, sort: sort))\"\(current)>\(Self.label(tab))</a>"
        }
        let sorts = SearchSort.allCases.map { option -> HTML in
            let current: HTML = option == sort ? " aria-current=\"true\" class=\"on\"" : ""
            return "<a href=\"\(Link.search(query, type: kind, sort: option))\"\(current)>\(Self.label(option))</a>"
        }
        var body: HTML = .empty
        if let error {
            body = "<p class=\"error\" role=\"alert\">\(error)</p>"
        } else if let results {
            body = render(results)
        }
        return Layout.page(
            title: query.isEmpty ? "搜索 Search" : "\(query) - 搜索", viewer: viewer,
            main: """
                <h1 class="section">搜索 <span class="en">Search</span>\(query.isEmpty ? "" : "：\(query)" as HTML)</h1>
                <nav class="tabs" aria-label="结果类型 Result type">\(tabs)</nav>
                \(kind == .topic ? .empty : "<p class=\"sorts\">排序 Sort: \(sorts)</p>" as HTML)
                \(body)
                """,
            query: query)
    }

    private func render(_ results: SearchResults) -> HTML {
        var head: HTML = .empty
        if let corrected = results.correctedQuery {
            head = "<p class=\"notice\">已显示“\(corrected)”的结果 Showing results for <strong>\(corrected)</strong></p>"
        }
        if results.count == 0 {
            let offers = results.suggestions.map { suggestion -> HTML in
                "<a class=\"chip\" href=\"\(Link.search(suggestion.text, type: kind))\">\(suggestion.text)</a>"
            }
            let tips: HTML = offers.isEmpty ? .empty : "<p>试试 Try:</p><div class=\"chips\">\(offers)</div>"
            return "\(head)<section class=\"no-hits\"><p class=\"empty\">没有找到相关结果。Nothing found.</p>\(tips)</section>"
        }
        let total: HTML =
            results.request.page.cursor == nil
            ? "<p class=\"muted\">\(results.totalIsExact ? "" : "约 about ")\(results.total) 个结果 results</p>" : .empty
        let offset = results.offset
        var items: [HTML] = []
        for (index, result) in results.notes.enumerated() {
            let link = Link.searchResult(
                search: results.id, position: offset + index + 1, type: "note", id: result.note.id.description)
            let author = result.author
            items.append(
                """
                <article class="card">
                <a class="cover" href="\(link)">\(NoteViews.cover(result.note))</a>
                <h3><a href="\(link)">\(Self.marked(result.title))</a></h3>
                <p class="snippet">\(Self.marked(result.snippet))</p>
                <p class="byline">\(author.map { NoteViews.avatar($0) } ?? .empty)\(author?.displayName ?? "")\
                <span class="likes">♥ \(result.likes)</span></p>
                </article>
                """)
        }
        for (index, result) in results.products.enumerated() {
            let link = Link.searchResult(
                search: results.id, position: offset + index + 1, type: "product", id: result.product.id.description)
            items.append(
                """
                <article class="card product-card">
                <a class="cover" href="\(link)">\(ProductViews.cover(result.product))</a>
                <h3><a href="\(link)">\(Self.marked(result.name))</a></h3>
                <p class="byline"><span>\(brands[result.product.brand]?.name ?? "")</span>\(ProductViews.price(result.product))</p>
                </article>
                """)
        }
        var rows: [HTML] = []
        for (index, result) in results.users.enumerated() {
            let link = Link.searchResult(
                search: results.id, position: offset + index + 1, type: "user", id: result.user.id.description)
            rows.append(
                """
                <li><a href="\(link)">\(NoteViews.avatar(result.user))\(Self.marked(result.name))</a>\
                <span class="muted">\(result.followers) 粉丝 followers</span></li>
                """)
        }
        for (index, result) in results.topics.enumerated() {
            let position = offset + index + 1
            let link: Link =
                result.tag.map {
                    .searchResult(search: results.id, position: position, type: "tag", id: $0.id.description)
                }
                ?? .searchResult(search: results.id, position: position, type: "topic", id: result.name.text)
            let detail: HTML =
                result.tag.map { "<span class=\"muted\">\($0.englishName)</span>" }
                ?? "<span class=\"muted\">#话题 · \(result.notes ?? 0) 篇笔记 notes</span>"
            rows.append(
                "<li><a href=\"\(link)\">\(result.tag == nil ? "#" : "")\(Self.marked(result.name))</a> \(detail)</li>")
        }
        let list: HTML =
            items.isEmpty ? "<ul class=\"results\">\(rows)</ul>" : "<section class=\"grid\">\(items)</section>"
        let more: HTML =
            results.next.map {
                "<p class=\"more\"><a class=\"button ghost\" href=\"\(Link.search(query, type: kind, sort: sort, after: $0))\">加载更多 More</a></p>"
            } ?? .empty
        return "\(head)\(total)\(list)\(more)"
    }

    /// The text with each matched span in `<mark>`.
    static func marked(_ highlighted: Highlighted) -> HTML {
        HTML(
            highlighted.pieces.map { piece -> HTML in
                piece.matched ? "<mark>\(piece.text)</mark>" : "\(piece.text)"
            })
    }

    static func label(_ kind: SearchKind) -> HTML {
        switch kind {
        case .note: "笔记 Notes"
        case .product: "商品 Products"
        case .user: "用户 People"
        case .topic: "话题 Topics"
        }
    }

    static func label(_ sort: SearchSort) -> HTML {
        switch sort {
        case .relevance: "综合 Best"
        case .latest: "最新 Latest"
        case .popular: "最热 Most liked"
        }
    }
}

/// What operators learn from searches: top queries with click-through, and queries that found nothing.
struct SearchReportPage: Sendable {
    let report: SearchReport

    func render(_ viewer: Viewer) -> HTML {
        func table(_ rows: [QueryStats], caption: HTML) -> HTML {
            guard !rows.isEmpty else { return "<p class=\"empty\">\(caption)：暂无 none yet</p>" }
            let body = rows.map { stats -> HTML in
                let rate = String(format: "%.1f%%", stats.clickThrough * 100)
                return """
                    <tr><td><a href="\(Link.search(stats.query))">\(stats.query)</a></td><td>\(stats.searches)</td>\
                    <td>\(stats.noHits)</td><td>\(stats.clicks)</td><td>\(rate)</td></tr>
                    """
            }
            return """
                <table class="report"><caption>\(caption)</caption>
                <thead><tr><th scope="col">查询 Query</th><th scope="col">搜索 Searches</th><th scope="col">无结果 No hits</th>\
                <th scope="col">点击 Clicks</th><th scope="col">点击率 CTR</th></tr></thead><tbody>\(body)</tbody></table>
                """
        }
        let day = DateFormatter()
        day.dateFormat = "yyyy-MM-dd"
        day.timeZone = TimeZone(identifier: "UTC")
        return Layout.page(
            title: "搜索分析 Search analytics", viewer: viewer,
            main: """
                <h1 class="section">搜索分析 <span class="en">Search analytics</span></h1>
                <p class="muted">\(day.string(from: report.since)) – \(day.string(from: report.until)) (UTC)</p>
                \(table(report.top, caption: "热门查询 Top queries"))
                \(table(report.noHits, caption: "无结果查询 Queries with no results"))
                """)
    }
}
