/// The sign-up form, empty or sent back with what was typed (never the password) and errors.
struct SignUpPage: Sendable {
    var handle = ""
    var displayName = ""
    var errors = FormErrors()

    func render(_ viewer: Viewer) -> HTML {
        Layout.page(
            title: "注册 Sign up", viewer: viewer,
            main: """
                <section class="panel">
                <h1>加入红薯 Join Hongshu</h1>
                \(FormViews.general(errors))
                <form method="post" action="\(Link.signUp)" novalidate>
                \(viewer.csrfField)
                \(FormViews.input("handle", label: "用户名 Handle", value: handle, errors: errors, hint: "3–24 个字符：a–z、0–9、_", required: true, autocomplete: "username"))
                \(FormViews.input("displayName", label: "昵称 Display name", value: displayName, errors: errors, required: true, autocomplete: "nickname"))
                \(FormViews.input("password", label: "密码 Password", type: "password", errors: errors, hint: "至少 8 个字符 At least 8 characters", required: true, autocomplete: "new-password"))
                <button type="submit" class="button wide">注册 Sign up</button>
                </form>
                <p class="muted">已有账号？<a href="\(Link.logIn())">登录 Log in</a></p>
                </section>
                """)
    }
}

/// The sign-in form.
struct LogInPage: Sendable {
    var handle = ""
    var next = "/"
    var errors = FormErrors()
    /// Sent here because a session ended: say so kindly.
    var expired = false

    func render(_ viewer: Viewer) -> HTML {
        Layout.page(
            title: "登录 Log in", viewer: viewer,
            main: """
                <section class="panel">
                <h1>登录 Log in</h1>
                \(expired ? "<p class=\"banner\" role=\"status\">登录已过期，请重新登录，然后回到刚才的页面。Your session has ended: log in again and you will be taken back.</p>" as HTML : .empty)\
                \(FormViews.general(errors))
                <form method="post" action="\(Link.logIn())" novalidate>
                \(viewer.csrfField)
                <input type="hidden" name="next" value="\(next)">
                \(FormViews.input("handle", label: "用户名 Handle", value: handle, errors: errors, required: true, autocomplete: "username"))
                \(FormViews.input("password", label: "密码 Password", type: "password", errors: errors, required: true, autocomplete: "current-password"))
                <button type="submit" class="button wide">登录 Log in</button>
                </form>
                <p class="muted">还没有账号？<a href="\(Link.signUp)">注册 Sign up</a></p>
                </section>
                """)
    }
}
