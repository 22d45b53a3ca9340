import Community
import HongshuCore

/// A user's profile: name, handle, exact counts, follow button and their notes.
struct ProfilePage: Sendable {
    let user: User
    let stats: UserStats
    let viewerFollows: Bool
    var viewerBlocks = false
    let cards: [NoteCard]
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let action: HTML =
            if viewer.user?.id == user.id {
                """
                <a class="button ghost" href="\(Link.newNote)">＋ 发布笔记 New note</a> \
                <a class="button ghost" href="\(Link.orders())">我的订单 Orders</a> \
                <a class="button ghost" href="\(Link.console)">品牌后台 Brand console</a>
                """
            } else if viewer.user == nil {
                "<a class=\"button\" href=\"\(Link.logIn(next: Link.user(user.id).path))\">关注 Follow</a>"
            } else {
                Self.followButton(user.id, following: viewerFollows, viewer: viewer)
            }
        let grid = NoteViews.grid(
            cards, more: next.map { Link.user(user.id, after: $0) }, empty: "还没有笔记。No notes yet.")
        return Layout.page(
            title: "\(user.displayName) (@\(user.handle))", viewer: viewer,
            main: """
                <section class="profile">
                \(NoteViews.avatar(user))
                <div>
                <h1>\(user.displayName)</h1>
                <p class="muted">@\(user.handle)</p>
                <ul class="stats">
                <li><strong>\(stats.notes)</strong> 笔记 notes</li>
                <li><strong>\(stats.followers)</strong> 粉丝 followers</li>
                <li><strong>\(stats.following)</strong> 关注 following</li>
                </ul>
                \(action)
                </div>
                </section>
                \(grid)
                """)
    }

    /// Follow or unfollow, as a form; the page's script swaps it in place (no reload) through `data-swap`.
    static func followButton(_ id: User.ID, following: Bool, viewer: Viewer) -> HTML {
        let form: HTML =
            following
            ? "<form method=\"post\" action=\"\(Link.unfollow(id))\" class=\"inline\" data-done=\"已取消关注 Unfollowed\">\(viewer.csrfField)<button type=\"submit\" class=\"button small ghost\" aria-pressed=\"true\">已关注 Following</button></form>"
            : "<form method=\"post\" action=\"\(Link.follow(id))\" class=\"inline\" data-done=\"已关注 Following\">\(viewer.csrfField)<button type=\"submit\" class=\"button small\" aria-pressed=\"false\">关注 Follow</button></form>"
        return "<span id=\"follow-\(id)\" data-swap>\(form)</span>"
    }
}
