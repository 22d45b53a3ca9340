import Community

/// Who is looking at a page: the signed-in user, if any, and the token their forms carry.
struct Viewer: Sendable {
    let user: User?
    let csrfToken: String
    /// The session this browser had has ended: every page says so once.
    let sessionExpired: Bool

    init(_ context: AppRequestContext) {
        user = context.user
        csrfToken = context.csrfToken
        sessionExpired = context.sessionExpired
    }

    /// The hidden field every POST form carries.
    var csrfField: HTML { "<input type=\"hidden\" name=\"_csrf\" value=\"\(csrfToken)\">" }
}

/// The frame of every page: header with navigation, main content, a footer.
enum Layout {
    static func page(title: String, viewer: Viewer, main: HTML, query: String = "") -> HTML {
        """
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · 红薯 Hongshu</title>
        <meta name="csrf" content="\(viewer.csrfToken)">
        <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='8' fill='%23e8283f'/%3E%3Ctext x='16' y='23' font-size='19' text-anchor='middle' fill='white'%3E%E8%96%AF%3C/text%3E%3C/svg%3E">
        <link rel="stylesheet" href="\(Link.stylesheet)">
        <script src="\(Link.script)" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">跳到正文 Skip to content</a>
        <header class="top">
        <a class="brand" href="\(Link.home())">红薯<span>Hongshu</span></a>
        <form class="search" method="get" action="/search" role="search">\
        <input type="search" name="q" value="\(query)" maxlength="100" placeholder="搜索笔记、商品、用户 Search" \
        aria-label="搜索 Search" list="search-suggestions" autocomplete="off"><button type="submit">搜索</button></form>
        <nav>\(navigation(viewer))</nav>
        </header>
        <main id="main" tabindex="-1">
        \(viewer.sessionExpired ? expiredNotice : .empty)\(main)
        </main>
        <div id="toast" class="toast-live" role="status" aria-live="polite"></div>
        <footer class="foot">红薯 Hongshu · 标记我的生活</footer>
        </body>
        </html>
        """
    }

    /// Shown when a session has ended (it lasts 30 days, or the person logged out on another device).
    private static let expiredNotice: HTML = """
        <p class="banner" role="status">登录已过期，请重新登录。Your session has ended — please \
        <a href="/login">log in</a> again; nothing you saw is lost.</p>
        """

    private static func navigation(_ viewer: Viewer) -> HTML {
        guard let user = viewer.user else {
            return """
                <a href="\(Link.tags)">兴趣<span class="en-label"> Interests</span></a>\
                <a href="\(Link.shop())">商城<span class="en-label"> Shop</span></a>\
                <a href="\(Link.logIn())">登录<span class="en-label"> Log in</span></a>\
                <a class="button" href="\(Link.signUp)">注册<span class="en-label"> Sign up</span></a>
                """
        }
        return """
            <a href="\(Link.tags)">兴趣</a><a href="\(Link.shop())">商城</a><a href="\(Link.cart)">购物车</a>\
            <a href="\(Link.boards)">收藏</a><a href="\(Link.notices())">消息</a>\
            <a class="button" href="\(Link.newNote)">＋ 发布笔记</a>\
            <a href="\(Link.user(user.id))">@\(user.handle)</a>\
            <form method="post" action="\(Link.logOut)" class="inline">\(viewer.csrfField)\
            <button type="submit" class="link">退出 Log out</button></form>
            """
    }
}
