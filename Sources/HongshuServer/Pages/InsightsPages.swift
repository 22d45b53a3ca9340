import Commerce
import Community
import Foundation
import HongshuCore
import Insights

/// The brand's dashboard: a period picker, headline figures, the funnel as bars, people by day as lines, and the
/// notes, creators and searches purchases came through, each table downloadable as CSV. Charts are SVG drawn
/// here, on the server.
struct InsightsPage: Sendable {
    let brand: Brand
    var report: BrandReport?
    /// The period as the form shows it (`yyyy-MM-dd`).
    var since: String
    var until: String
    var errors = FormErrors()
    var titles: [NoteID: String] = [:]
    var creators: [UserID: User] = [:]
    /// The brand's spends in the period, and the form to add one (as sent back, with its errors).
    var spends: [Spend] = []
    var spendForm = SpendForm()

    func render(_ viewer: Viewer) -> HTML {
        let picker: HTML = """
            <form method="get" action="\(Link.consoleInsights(brand.id))" class="period" novalidate>
            \(FormViews.input("since", label: "从 From", value: since, type: "date", errors: errors))
            \(FormViews.input("until", label: "到 To (不含 exclusive)", value: until, type: "date", errors: errors))
            <button class="button small" type="submit">查看 Show</button>
            </form>
            """
        return Layout.page(
            title: "\(brand.name) · 数据 Insights", viewer: viewer,
            main: """
                <h1 class="section">\(brand.name) · 数据 <span class="en">Insights</span></h1>
                <p><a href="\(Link.consoleBrand(brand.id))">← 后台 Console</a></p>
                \(picker)
                \(report.map { body($0, viewer) } ?? .empty)
                """)
    }

    private func body(_ report: BrandReport, _ viewer: Viewer) -> HTML {
        let currency = report.currency.flatMap(Currency.init(rawValue:)) ?? Currency(rawValue: "CNY")!
        func money(_ minor: Int64) -> String { Money(amount: minor, currency: currency).description }
        let buyers = report.total.people[.purchase] ?? nil
        let figures: HTML = """
            <ul class="stats figures">
            <li><strong>\(report.orders)</strong> 订单 orders</li>
            <li><strong>\(money(report.gmv))</strong> 成交额 GMV</li>
            <li><strong>\(buyers.map(String.init) ?? "—")</strong> 购买人数 buyers</li>
            <li><strong>\(report.total.people[.read].flatMap { $0 }.map(String.init) ?? "—")</strong> 阅读人数 readers</li>
            <li><strong>\(report.seeding?.share.map { String(format: "%.0f%%", $0 * 100) } ?? "—")</strong> \
            破圈互动 engagement beyond followers</li>
            <li><strong>\(report.research?.rate.map { String(format: "%.1f%%", $0 * 100) } ?? "—")</strong> \
            回搜率 re-search rate</li>
            </ul>
            """
        let privacy: HTML = """
            <p class="muted small">为保护个人隐私，少于 \(BrandReport.minimumPeople) 人的数据不显示（—）\
            \(report.suppressedRows > 0 ? " · 隐藏了 \(report.suppressedRows) 行" as HTML : .empty)。\
            Figures about fewer than \(BrandReport.minimumPeople) people are withheld. Refunded orders are left out.</p>
            """
        return """
            \(figures)
            <section aria-labelledby="funnel-title"><h2 class="section" id="funnel-title">转化漏斗 <span class="en">Funnel</span></h2>
            \(InsightsCharts.funnel(report.total))
            <p><a class="button small ghost" href="\(csv("funnel"))">下载 CSV</a></p></section>
            <section aria-labelledby="days-title"><h2 class="section" id="days-title">每日人数 <span class="en">People by day</span></h2>
            \(InsightsCharts.days(report.days))</section>
            \(table(
                "笔记 Notes", "notes",
                report.notes.map { row in
                    ("<a href=\"\(Link.note(row.key))\">\(titles[row.key] ?? "（已删除 deleted）")</a>" as HTML, row.channel,
                        row.orders, row.buyers, row.gmv, row.attributed)
                }, money: money))
            \(table(
                "创作者 Creators", "creators",
                report.creators.map { row in
                    ("<a href=\"\(Link.user(row.key))\">\(creators[row.key].map { "@" + $0.handle } ?? row.key.description)</a>" as HTML,
                        row.channel, row.orders, row.buyers, row.gmv, row.attributed)
                }, money: money))
            \(table(
                "搜索词 Search queries", "queries",
                report.queries.map { row in
                    (HTML(text: row.key), row.channel, row.orders, row.buyers, row.gmv, row.attributed)
                }, money: money))
            \(table(
                "活动 Campaigns", "campaigns",
                report.campaigns.map { row in
                    (HTML(text: row.key), row.channel, row.orders, row.buyers, row.gmv, row.attributed)
                }, money: money))
            \(returns(report, viewer))
            \(privacy)
            """
    }

    /// What a spend was on, as words and a link.
    private func spentOn(_ dimension: ReportDimension, _ key: String) -> HTML {
        switch dimension {
        case .note:
            guard let id = NoteID(key) else { return HTML(text: key) }
            return "笔记 <a href=\"\(Link.note(id))\">\(titles[id] ?? "#" + key)</a>"
        case .creator:
            guard let id = UserID(key) else { return HTML(text: key) }
            return "创作者 <a href=\"\(Link.user(id))\">\(creators[id].map { "@" + $0.handle } ?? "#" + key)</a>"
        case .query: return "搜索词 \(HTML(text: "“" + key + "”"))"
        case .campaign: return "活动 \(HTML(text: key))"
        }
    }

    /// Return on spend: each note, creator or query the brand paid for against what it brought, the spends
    /// themselves (each with a remove button), and the form to record one.
    private func returns(_ report: BrandReport, _ viewer: Viewer) -> HTML {
        func money(_ minor: Int64, _ currency: Currency) -> String {
            Money(amount: minor, currency: currency).description
        }
        func ratio(_ value: Double?) -> String { value.map { String(format: "%.2f×", $0) } ?? "—" }
        let table: HTML =
            report.returns.isEmpty
            ? "<p class=\"empty\">还没有记录花费。Record what you paid for a note, a creator or a search query to see its return.</p>"
            : """
            <div class="scroll"><table class="report"><caption>每项花费的回报 Each spend against its return \
            <a class="small" href="\(csv("returns"))">CSV</a></caption>
            <thead><tr><th scope="col">对象 Spent on</th><th scope="col">花费 Cost</th>\
            <th scope="col">归因 Attributed (linear)</th><th scope="col">ROI 线性 Linear</th>\
            <th scope="col">ROI 末次 Last touch</th><th scope="col">ROI 时间衰减 Time decay</th></tr></thead>
            <tbody>\(report.returns.map { spend -> HTML in
                """
                <tr><td>\(spentOn(spend.dimension, spend.key))</td><td>\(money(spend.cost, spend.currency))</td>\
                <td>\(spend.attributed[.linear].map { money($0, spend.currency) } ?? "—")</td>\
                <td>\(ratio(spend.roi[.linear]))</td><td>\(ratio(spend.roi[.lastTouch]))</td>\
                <td>\(ratio(spend.roi[.timeDecay]))</td></tr>
                """
            })</tbody></table></div>
            """
        let period: HTML = """
            <input type="hidden" name="since" value="\(since)"><input type="hidden" name="until" value="\(until)">
            """
        let list: HTML =
            spends.isEmpty
            ? .empty
            : """
            <ul class="spends">\(spends.map { spend -> HTML in
                """
                <li>\(InsightsCSV.day(spend.day)) · \(spentOn(spend.dimension, spend.key)) · \
                <strong>\(money(spend.amount, spend.currency))</strong>\
                \(spend.label.isEmpty ? .empty : " · \(spend.label)" as HTML)
                <form method="post" action="\(Link.consoleRemoveSpend(brand.id, spend: spend.id))" class="inline">\
                \(viewer.csrfField)\(period)<button class="button small ghost" type="submit">删除 Remove</button></form></li>
                """
            })</ul>
            """
        let form = spendForm
        let options = ReportDimension.allCases.map { dimension -> HTML in
            let words: HTML =
                switch dimension {
                case .note: "笔记 Note (id or link)"
                case .creator: "创作者 Creator (@handle or id)"
                case .query: "搜索词 Search query"
                case .campaign: "活动 Campaign"
                }
            return
                "<option value=\"\(dimension.rawValue)\"\(form.dimension == dimension.rawValue ? " selected" : "" as HTML)>\(words)</option>"
        }
        return """
            <section aria-labelledby="spend-title"><h2 class="section" id="spend-title">投放回报 <span class="en">Return on spend</span></h2>
            \(table)\(list)
            <form method="post" action="\(Link.consoleSpend(brand.id))" class="panel" novalidate>\(viewer.csrfField)\(period)
            <h3>记录花费 Record a spend</h3>
            <div class="field"><label for="dimension">对象 Spent on</label>
            <select id="dimension" name="dimension">\(options)</select></div>
            \(FormViews.input("key", label: "笔记、创作者或搜索词 Note, creator or query", value: form.key, errors: form.errors, required: true))
            \(FormViews.input("amount", label: "金额 Amount (¥)", value: form.amount, errors: form.errors, required: true))
            \(FormViews.input("day", label: "日期 Day", value: form.day, type: "date", errors: form.errors, required: true))
            \(FormViews.input("label", label: "备注 Label (optional)", value: form.label, errors: form.errors))
            <button class="button" type="submit">保存 Save</button>
            </form></section>
            """
    }

    private func csv(_ table: String) -> Link {
        .consoleInsightsCSV(brand.id, table: table, since: since, until: until)
    }

    private func table(
        _ caption: String, _ name: String,
        _ rows: [(HTML, Touchpoint.Channel, Int, Int, Int64, [AttributionModel: Int64])], money: (Int64) -> String
    ) -> HTML {
        guard !rows.isEmpty else {
            return
                "<h2 class=\"section\">\(caption)</h2><p class=\"empty\">暂无（或少于 5 人）None yet, or fewer than 5 buyers.</p>"
        }
        let body = rows.prefix(20).map { row -> HTML in
            let channel: HTML = row.1 == .click ? "点击 click" : "曝光 view"
            return """
                <tr><td>\(row.0)</td><td>\(channel)</td><td>\(row.2)</td><td>\(row.3)</td><td>\(money(row.4))</td>\
                <td>\(money(row.5[.lastTouch] ?? 0))</td><td>\(money(row.5[.linear] ?? 0))</td>\
                <td>\(money(row.5[.timeDecay] ?? 0))</td></tr>
                """
        }
        return """
            <div class="scroll"><table class="report"><caption>\(caption) \
            <a class="small" href="\(csv(name))">CSV</a></caption>
            <thead><tr><th scope="col">来源 Source</th><th scope="col">渠道 Channel</th><th scope="col">订单 Orders</th>\
            <th scope="col">买家 Buyers</th><th scope="col">成交额 GMV</th><th scope="col">末次 Last touch</th>\
            <th scope="col">线性 Linear</th><th scope="col">时间衰减 Time decay</th></tr></thead>
            <tbody>\(body)</tbody></table></div>
            """
    }
}

/// SVG charts drawn on the server: no script, readable by screen readers through their titles and tables.
enum InsightsCharts {
    static let stageNames: [FunnelStage: String] = [
        .impression: "曝光 Impression", .read: "阅读 Read", .engage: "互动 Engage", .productClick: "点商品 Product click",
        .addToCart: "加购 Add to cart", .purchase: "购买 Purchase",
    ]

    /// The funnel as horizontal bars, each with its people and its conversion from the stage before.
    static func funnel(_ counts: FunnelCounts) -> HTML {
        let stages = FunnelStage.allCases
        let largest = max(1, stages.compactMap { counts.people[$0] ?? nil }.max() ?? 1)
        let rates = counts.conversion
        let rowHeight = 34
        let bars = stages.enumerated().map { index, stage -> HTML in
            let people = counts.people[stage] ?? nil
            let width = people.map { max(2, Int((Double($0) / Double(largest) * 300).rounded())) } ?? 0
            let y = index * rowHeight
            let label = people.map { String($0) } ?? "—"
            let rate = rates[stage].map { String(format: " · %.1f%%", $0 * 100) } ?? ""
            return """
                <text x="0" y="\(y + 21)" class="axis">\(stageNames[stage] ?? stage.rawValue)</text>\
                <rect x="150" y="\(y + 6)" width="\(width)" height="22" rx="4" class="bar"></rect>\
                <text x="\(150 + width + 6)" y="\(y + 21)" class="value">\(label + rate)</text>
                """
        }
        let height = stages.count * rowHeight
        return """
            <svg class="chart" viewBox="0 0 560 \(height)" role="img" aria-labelledby="funnel-svg-title">\
            <title id="funnel-svg-title">转化漏斗 Funnel</title>\(bars)</svg>
            """
    }

    /// Readers and buyers by day as two lines; a withheld day is a gap.
    static func days(_ days: [FunnelDay]) -> HTML {
        guard days.count > 1 else { return "<p class=\"empty\">选择更长的时间段。Choose a longer period.</p>" }
        let series: [(FunnelStage, String)] = [
            (.read, "line read"), (.productClick, "line click"), (.purchase, "line buy"),
        ]
        let values = days.map { day in series.map { day.counts.people[$0.0] ?? nil } }
        let largest = max(1, values.flatMap { $0.compactMap { $0 } }.max() ?? 1)
        let (width, height, left, bottom) = (600.0, 200.0, 36.0, 24.0)
        func x(_ index: Int) -> Double { left + (width - left - 8) * Double(index) / Double(days.count - 1) }
        func y(_ value: Int) -> Double { 8 + (height - bottom - 8) * (1 - Double(value) / Double(largest)) }
        var paths: [HTML] = []
        for (position, entry) in series.enumerated() {
            var path = ""
            var pen = false
            for (index, row) in values.enumerated() {
                guard let value = row[position] else {
                    pen = false
                    continue
                }
                path += String(format: "%@%.1f %.1f ", pen ? "L" : "M", x(index), y(value))
                pen = true
            }
            paths.append("<path d=\"\(path)\" class=\"\(entry.1)\"></path>")
        }
        let formatter = Date.ISO8601FormatStyle(timeZone: .gmt).month().day().dateSeparator(.dash)
        let ticks = Set([0, days.count / 2, days.count - 1]).sorted().map { index -> HTML in
            "<text x=\"\(Int(x(index)))\" y=\"\(Int(height - 6))\" class=\"axis\" text-anchor=\"middle\">\(days[index].day.formatted(formatter))</text>"
        }
        let legend: HTML = """
            <p class="legend"><span class="key read"></span>阅读 Readers <span class="key click"></span>点商品 Product clicks \
            <span class="key buy"></span>购买 Buyers</p>
            """
        return """
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="days-svg-title">\
            <title id="days-svg-title">每日人数 People by day (max \(largest))</title>\
            <line x1="\(Int(left))" y1="\(Int(height - bottom))" x2="\(Int(width))" y2="\(Int(height - bottom))" class="grid"></line>\
            <text x="0" y="16" class="axis">\(largest)</text><text x="0" y="\(Int(height - bottom))" class="axis">0</text>\
            \(paths)\(ticks)</svg>\(legend)
            """
    }
}

/// The dashboard's form to record a spend, as typed.
struct SpendForm: Sendable {
    var dimension = ReportDimension.note.rawValue
    var key = ""
    var amount = ""
    var day = ""
    var label = ""
    var errors = FormErrors()
}
