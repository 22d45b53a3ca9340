import Community
import HongshuCore

/// The home page: the latest notes as a two-column grid (the personalised feed replaces it).
struct HomePage: Sendable {
    let cards: [NoteCard]
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let welcome: HTML =
            viewer.user == nil
            ? "<section class=\"hero\"><h1>标记我的生活</h1><p>Notes about real life — food, travel, style, home — from people like you.</p><p><a class=\"button\" href=\"\(Link.signUp)\">加入红薯 Join Hongshu</a></p></section>"
            : .empty
        let grid = NoteViews.grid(
            cards, more: next.map { Link.home(after: $0) },
            empty: "还没有笔记。Be the first to post a note.")
        return Layout.page(
            title: "发现 Discover", viewer: viewer, main: "\(welcome)<h2 class=\"section\">最新笔记 Latest notes</h2>\(grid)")
    }
}
