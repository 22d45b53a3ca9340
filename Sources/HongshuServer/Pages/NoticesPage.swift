import HongshuCore

/// My notifications, newest first, in words ("阿紫 and 23 others liked your note").
struct NoticesPage: Sendable {
    let notices: [NoticeJSON]
    let unread: Int
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let items = notices.map { notice -> HTML in
            let others: HTML = notice.actorCount > 1 ? " 等 \(notice.actorCount) 人" : .empty
            let what: HTML =
                switch notice.kind {
                case "like": "赞了你的笔记 liked your note"
                case "collect": "收藏了你的笔记 saved your note"
                case "comment": "评论了你的笔记 commented on your note"
                case "reply": "回复了你的评论 replied to your comment"
                case "mention": "@了你 mentioned you"
                default: "关注了你 followed you"
                }
            let target: HTML =
                notice.noteId.flatMap { id in
                    NoteID(id).map {
                        "<a href=\"\(Link.note($0))\(notice.commentId.map { "#c" + $0 } ?? "")\">\(notice.noteTitle ?? "")</a>"
                            as HTML
                    }
                } ?? .empty
            let unread: HTML = notice.read ? .empty : " unread"
            return """
                <li class="notice\(unread)"><a href="/users/\(notice.actor.id)"><strong>\(notice.actor.displayName)</strong></a>\(others) \
                \(what) \(target) <span class="muted small">\(NotePage.day(notice.at))</span></li>
                """
        }
        let more: HTML =
            next.map {
                "<p class=\"more\"><a class=\"button ghost small\" href=\"\(Link.notices(after: $0))\">更多 More</a></p>"
            } ?? .empty
        let markRead: HTML =
            unread > 0
            ? "<form method=\"post\" action=\"\(Link.readNotices)\" class=\"inline\">\(viewer.csrfField)<button class=\"button small ghost\" type=\"submit\">全部已读 Mark all read</button></form>"
            : .empty
        let empty: HTML = notices.isEmpty ? "<p class=\"empty\">还没有消息。No notifications yet.</p>" : .empty
        return Layout.page(
            title: "消息 Notifications", viewer: viewer,
            main: """
                <section class="panel wide"><h1>消息 Notifications <span class="muted">\(unread) 未读 unread</span></h1>
                \(markRead)<ul class="notices">\(items)</ul>\(empty)\(more)</section>
                """)
    }
}
