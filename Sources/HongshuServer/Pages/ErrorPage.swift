import Hummingbird

/// Errors on pages, in the site's design: not found, forbidden, expired forms, our faults.
enum ErrorPage {
    static func response(for error: APIError, context: AppRequestContext) -> Response {
        let heading: HTML =
            switch error.status {
            case .notFound: "找不到这个页面 Page not found"
            case .forbidden: "不能这样做 Not allowed"
            case .unauthorized: "请先登录 Please sign in"
            case .tooManyRequests: "太快了 Slow down"
            default: error.status.code >= 500 ? "出错了 Something went wrong" : "请求有误 That did not work"
            }
        let page = Layout.page(
            title: "\(error.status.code)", viewer: Viewer(context),
            main: """
                <section class="panel center">
                <p class="status">\(error.status.code)</p>
                <h1>\(heading)</h1>
                <p>\(error.message)</p>
                <p><a class="button" href="\(Link.home())">回到首页 Back home</a></p>
                </section>
                """)
        var response = Response.html(page, status: error.status)
        if let seconds = error.retryAfterSeconds { response.headers[.retryAfter] = String(seconds) }
        return response
    }
}
