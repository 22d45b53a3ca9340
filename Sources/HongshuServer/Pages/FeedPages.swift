import Community
import Discovery
import Foundation
import HongshuCore

/// The home page's tabs.
enum FeedTab: String, Sendable, CaseIterable {
    case discover, following, nearby
}

/// The home page: the feed as a two-column waterfall of cards, with tabs for discover, following and nearby.
/// Cards report what was on screen; scrolling loads the next page (without JavaScript, "More" does).
struct FeedPage: Sendable {
    let tab: FeedTab
    let cards: [NoteCard]
    /// Distances of nearby notes from the point searched, by note.
    var distances: [NoteID: Double] = [:]
    let next: Link?
    var place: NearbyPlace?
    /// A signed-in reader with no interests yet is invited to pick some.
    var needsInterests = false
    /// A message after an action ("not interested" taken).
    var notice: HTML?
    /// The reader's own note of the last day: the feed is for others' notes, so it shows above it.
    var yours: NoteCard?
    var error: HTML?

    static let cities = ["上海", "北京", "广州", "深圳", "杭州", "成都", "重庆", "南京", "武汉", "西安", "苏州", "厦门"]

    func render(_ viewer: Viewer) -> HTML {
        let welcome: HTML =
            viewer.user == nil && tab == .discover
            ? "<section class=\"hero\"><h1>标记我的生活</h1><p>Notes about real life — food, travel, style, home — from people like you.</p><p><a class=\"button\" href=\"\(Link.signUp)\">加入红薯 Join Hongshu</a></p></section>"
            : .empty
        let invite: HTML =
            needsInterests
            ? "<p class=\"banner\">告诉我们你喜欢什么，推荐会更懂你。<a href=\"\(Link.onboarding)\">选择兴趣 Pick your interests →</a></p>"
            : .empty
        let message: HTML = notice.map { "<p class=\"toast\" role=\"status\">\($0)</p>" } ?? .empty
        let own: HTML =
            yours.map { card in
                """
                <section class="yours" aria-label="你刚发布的笔记 Your new note"><h2 class="section">你刚发布的 Just posted</h2>\
                <div class="grid">\(NoteViews.card(card))</div></section>
                """
            } ?? .empty
        return Layout.page(
            title: "发现 Discover", viewer: viewer,
            main: "\(welcome)\(tabs)\(message)\(invite)\(own)\(tabBody(viewer))")
    }

    private var tabs: HTML {
        let items: [(FeedTab, Link, HTML)] = [
            (.discover, .home(), "发现<span class=\"en-label\"> Discover</span>"),
            (.following, .following(), "关注<span class=\"en-label\"> Following</span>"),
            (.nearby, .nearby(nil), "附近<span class=\"en-label\"> Nearby</span>"),
        ]
        let links = items.map { item -> HTML in
            item.0 == tab
                ? "<a href=\"\(item.1)\" class=\"on\" aria-current=\"page\">\(item.2)</a>"
                : "<a href=\"\(item.1)\">\(item.2)</a>"
        }
        return "<nav class=\"tabs feed-tabs\" aria-label=\"信息流 Feeds\">\(links)</nav>"
    }

    private func tabBody(_ viewer: Viewer) -> HTML {
        if tab == .following && viewer.user == nil {
            return
                "<p class=\"empty\">登录后查看你关注的人的笔记。<a href=\"\(Link.logIn(next: Link.following().path))\">登录 Log in</a></p>"
        }
        var top: HTML = .empty
        if tab == .nearby { top = placeForm }
        if tab == .nearby && place == nil && error == nil {
            return "\(top)<p class=\"empty\">选一个城市，或用你的位置。Pick a city, or use where you are.</p>"
        }
        let empty: HTML =
            switch tab {
            case .discover: "还没有笔记。Be the first to post a note."
            case .following: "你关注的人还没有发布笔记。Nobody you follow has posted yet."
            case .nearby: "附近还没有笔记。No notes near here yet."
            }
        return
            "\(top)\(Self.waterfall(cards, viewer: viewer, tab: tab, distances: distances, next: next, empty: empty))"
    }

    private var placeForm: HTML {
        var city = ""
        if case .city(let name) = place { city = name }
        let options = Self.cities.map { "<option value=\"\($0)\"></option>" as HTML }
        let problem: HTML = error.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        return """
            <form class="nearby-form field\(error == nil ? "" : " invalid")" method="get" action="/" data-nearby>
            <input type="hidden" name="tab" value="nearby">
            <label for="nearby-city">城市 City</label>
            <input id="nearby-city" name="city" value="\(city)" maxlength="40" list="nearby-cities" placeholder="上海">
            <datalist id="nearby-cities">\(options)</datalist>
            <input type="hidden" name="lat" value=""><input type="hidden" name="lon" value="">
            <button type="submit">查看 Show</button>
            <button type="button" class="ghost" data-locate hidden>📍 用我的位置 Use my location</button>
            \(problem)</form>
            """
    }

    /// The cards and the link to the next page (what scrolling loads, and what a fragment request returns).
    static func waterfall(
        _ cards: [NoteCard], viewer: Viewer, tab: FeedTab, distances: [NoteID: Double] = [:], next: Link?,
        empty: HTML, offset: Int = 0
    ) -> HTML {
        guard !cards.isEmpty else { return "<p class=\"empty\">\(empty)</p>" }
        let items = cards.enumerated().map { index, card in
            self.card(card, viewer: viewer, tab: tab, position: offset + index + 1, meters: distances[card.note.id])
        }
        let more: HTML =
            next.map {
                "<p class=\"more feed-more\"><a class=\"button ghost\" href=\"\($0)\" data-more>加载更多 More</a></p>"
            } ?? "<p class=\"more feed-end muted\">没有更多了 That's all for now</p>"
        return "<section class=\"grid waterfall\" data-feed=\"\(tab.rawValue)\">\(items)</section>\(more)"
    }

    static func card(_ card: NoteCard, viewer: Viewer, tab: FeedTab, position: Int, meters: Double?) -> HTML {
        let note = card.note
        let open = Link.noteFromFeed(note.id, feed: tab.rawValue, position: position)
        let distance: HTML =
            meters.map { "<span class=\"distance\">\(Self.distance($0))</span>" } ?? .empty
        let menu: HTML =
            viewer.user == nil
            ? "<a class=\"why\" href=\"\(Link.feedWhy(note.id))\">为什么推荐 Why?</a>"
            : """
            <details class="card-menu"><summary aria-label="更多操作 More actions">⋯</summary><div class="menu">\
            <a href="\(Link.feedWhy(note.id))">为什么推荐给我 Why am I seeing this?</a>\
            <form method="post" action="\(Link.notInterested)">\(viewer.csrfField)\
            <input type="hidden" name="note" value="\(note.id)"><input type="hidden" name="tab" value="\(tab.rawValue)">\
            <button type="submit" name="reason" value="note">不感兴趣 Not interested</button>\
            <button type="submit" name="reason" value="tag">少看这类 Fewer like this</button>\
            <button type="submit" name="reason" value="author">少看这位作者 Fewer from this author</button>\
            </form></div></details>
            """
        return """
            <article class="card" data-note="\(note.id)" data-position="\(position)">
            <a class="cover" href="\(open)">\(NoteViews.cover(note))</a>
            <h3><a href="\(open)">\(note.title)</a></h3>
            <p class="byline"><a href="\(Link.user(card.author.id))">\(NoteViews.avatar(card.author))\(card.author.displayName)</a>\
            <span class="likes" aria-label="\(card.likes) likes">\(NoteViews.heart)\(card.likes)</span></p>
            <div class="card-foot">\(distance)\(menu)</div>
            </article>
            """
    }

    static func distance(_ meters: Double) -> String {
        meters < 1_000 ? "\(Int(meters.rounded())) m" : String(format: "%.1f km", meters / 1_000)
    }
}

/// "Why am I seeing this?": the reasons in words and the score's parts.
struct FeedWhyPage: Sendable {
    let card: NoteCard
    let reasons: [ExplainedReason]
    let explanation: FeedExplanation

    func render(_ viewer: Viewer) -> HTML {
        let items = reasons.map { reason -> HTML in
            "<li class=\"reason \(reason.weight < 0 ? "negative" : "positive")\">\(reason.text)</li>"
        }
        let names: [String: HTML] = [
            "interest": "兴趣匹配 Interest match", "quality": "笔记质量 Quality", "freshness": "新鲜度 Freshness",
        ]
        let strongest = max(explanation.score.parts.map(\.value).max() ?? 1, 1)
        let bars = explanation.score.parts.map { part -> HTML in
            let width = Int((min(part.value / strongest, 1) * 100).rounded())
            return """
                <div class="part"><span>\(names[part.name] ?? HTML(text: part.name))</span>\
                <span class="bar" style="--w:\(width)%" role="img" aria-label="\(String(format: "%.2f", part.value))"></span>\
                <span class="value">\(String(format: "%.2f", part.value))</span></div>
                """
        }
        let personal: HTML =
            explanation.personal
            ? .empty
            : "<p class=\"muted\">登录后推荐会根据你的兴趣。Sign in and the feed follows your interests.</p>"
        let actions: HTML =
            viewer.user == nil
            ? .empty
            : """
            <form method="post" action="\(Link.notInterested)" class="why-actions">\(viewer.csrfField)\
            <input type="hidden" name="note" value="\(card.note.id)">\
            <button type="submit" name="reason" value="tag" class="ghost">少看这类 Fewer like this</button>\
            <button type="submit" name="reason" value="author" class="ghost">少看这位作者 Fewer from this author</button></form>
            """
        return Layout.page(
            title: "为什么推荐 Why this note", viewer: viewer,
            main: """
                <h1 class="section">为什么推荐给你 Why you are seeing this</h1>
                <div class="why">
                <div class="why-card">\(NoteViews.card(card))</div>
                <div><ul class="reasons">\(items)</ul>\(personal)
                <h2 class="section">得分 Score = 兴趣 × 质量 × 新鲜度</h2><div class="parts">\(bars)</div>\(actions)
                <p><a href="\(Link.home())">← 回到发现 Back to the feed</a></p></div>
                </div>
                """)
    }
}

/// Onboarding: a newcomer picks interests from the taxonomy (the sub-tags of each category).
struct OnboardingPage: Sendable {
    let categories: [(category: Tag, children: [Tag])]
    let picked: Set<TagID>
    var error: HTML?

    func render(_ viewer: Viewer) -> HTML {
        let sections = categories.map { entry -> HTML in
            let chips = ([entry.category] + entry.children).map { tag -> HTML in
                let checked: HTML = picked.contains(tag.id) ? " checked" : .empty
                return """
                    <label class="pick"><input type="checkbox" name="tag" value="\(tag.id)"\(checked)>\
                    <span>\(tag.name)</span></label>
                    """
            }
            return """
                <fieldset class="category"><legend>\(entry.category.name) <span class="en">\(entry.category.englishName)</span></legend>\
                <div class="chips">\(chips)</div></fieldset>
                """
        }
        let problem: HTML = error.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        return Layout.page(
            title: "选择兴趣 Pick your interests", viewer: viewer,
            main: """
                <h1 class="section">你喜欢什么？ What are you into?</h1>
                <p class="muted">选几个（最多 \(InterestProfiles.maximumPicks) 个），你的发现页会从这里开始。Pick a few (up to \(InterestProfiles.maximumPicks)); your feed starts from them.</p>
                <form method="post" action="\(Link.onboarding)" class="onboarding\(error == nil ? "" : " invalid")">\(viewer.csrfField)
                \(problem)<div class="categories">\(sections)</div>
                <p class="actions"><button type="submit">开始发现 Start discovering</button> <a href="\(Link.home())">跳过 Skip</a></p>
                </form>
                """)
    }
}
