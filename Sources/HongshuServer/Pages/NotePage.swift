import Commerce
import Community
import Foundation
import HongshuCore

/// One note: media, title, text with linked mentions, tags and topics, place, author actions.
struct NotePage: Sendable {
    let note: Note
    let author: User
    let tags: [Tag]
    let mentions: [User]
    let viewerFollowsAuthor: Bool
    let stats: NoteStats
    /// What the signed-in viewer has done to it, and their boards for the picker.
    var likedByViewer = false
    var boardsHolding: [Board.ID] = []
    var viewerBoards: [Board] = []
    var comments: CommentSection?
    /// Just shared: the link made, or the handle it was sent to.
    var sharedCode: String?
    var sentTo: String?
    /// The product cards under the note, and the purchase it reviews (the "purchased" badge).
    var products: [ProductCard] = []
    var purchase: Review?

    func render(_ viewer: Viewer) -> HTML {
        let count = note.media.count
        let media = note.media.enumerated().map { index, item -> HTML in
            let alt = count > 1 ? "\(note.title)（\(index + 1)/\(count)）" : note.title
            return item.kind == .image
                ? "<img src=\"\(item.url)\" alt=\"\(alt)\" width=\"\(item.width)\" height=\"\(item.height)\">"
                : "<video src=\"\(item.url)\" controls preload=\"metadata\" width=\"\(item.width)\" height=\"\(item.height)\" aria-label=\"\(alt)\"></video>"
        }
        // A carousel: swipe (or scroll, or the arrow keys once focused) through the pictures; a badge counts them.
        let badge: HTML = count > 1 ? "<span class=\"gallery-count\" aria-hidden=\"true\">\(count) 张</span>" : .empty
        let gallery: HTML =
            media.isEmpty
            ? "<div class=\"gallery\">\(NoteViews.cover(note))</div>"
            : """
            <div class="gallery-frame"><div class="gallery" tabindex="0" role="region" \
            aria-label="图片 Pictures (\(count))">\(media)</div>\(badge)</div>
            """
        let tagList = tags.map { tag -> HTML in
            "<li>\(TagViews.chip(tag))</li>"
        }
        let topicList = note.topics.map { topic -> HTML in "<li class=\"chip topic\">#\(topic)</li>" }
        let chips: HTML =
            tagList.isEmpty && topicList.isEmpty ? .empty : "<ul class=\"chips\">\(tagList)\(topicList)</ul>"
        let place: HTML =
            note.place.map { place in
                "<p class=\"place\">\(Self.pin) \(place.name)\(place.city.map { city -> HTML in " · \(city)" })</p>"
            } ?? .empty
        return Layout.page(
            title: note.title, viewer: viewer,
            main: """
                <article class="note">
                \(gallery)
                <div class="note-text">
                <div class="author">\(NoteViews.avatar(author))<a href="\(Link.user(author.id))"><strong>\(author.displayName)</strong> <span class="muted">@\(author.handle)</span></a>\(actions(viewer))</div>
                \(purchaseBadge)
                <h1>\(note.title)</h1>
                \(NoteViews.body(note.body, mentions: mentions))
                \(productStrip)
                \(chips)
                \(place)
                \(engagement(viewer))
                <p class="muted"><time datetime="\(note.publishedAt.formatted(.iso8601))">\(Self.day(note.publishedAt))</time></p>
                </div>
                </article>
                \(comments?.render(viewer))
                """)
    }

    private var purchaseBadge: HTML {
        guard let purchase else { return .empty }
        return "<p class=\"badge purchased\">已购 Purchased · \(ProductViews.stars(purchase.rating))</p>"
    }

    private var productStrip: HTML {
        guard !products.isEmpty else { return .empty }
        return
            "<section class=\"products\" aria-label=\"笔记中的商品 Products in this note\">\(products.map(ProductViews.strip))</section>"
    }

    /// Like and collect, as forms that work without JavaScript; the board picker chooses where.
    private func engagement(_ viewer: Viewer) -> HTML {
        guard viewer.user != nil else {
            let signIn = Link.logIn(next: Link.note(note.id).path)
            return """
                <div class="actions"><a class="button small ghost" href="\(signIn)">\(NoteViews.heart) \(stats.likes)</a>\
                <a class="button small ghost" href="\(signIn)">收藏 \(stats.collects)</a></div>
                """
        }
        let likeForm: HTML = """
            <form method="post" action="\(likedByViewer ? Link.unlike(note.id) : Link.like(note.id))" class="inline" \
            data-done="\(likedByViewer ? "已取消赞 Unliked" : "已赞 Liked")">\
            \(viewer.csrfField)<button type="submit" class="button small ghost\(likedByViewer ? " liked" : "")" \
            aria-pressed="\(likedByViewer ? "true" : "false")">\(NoteViews.heart) 赞 \(stats.likes)</button></form>
            """
        let options = viewerBoards.map { board -> HTML in
            let held: HTML = boardsHolding.contains(board.id) ? " ✓" : .empty
            return "<option value=\"\(board.id)\">\(board.name)\(held)</option>"
        }
        let collected = !boardsHolding.isEmpty
        let collectForm: HTML = """
            <form method="post" action="\(Link.collect(note.id))" class="inline" data-done="已收藏 Saved">\(viewer.csrfField)\
            <label class="visually-hidden" for="board">收藏到 Board</label>\
            <select id="board" name="boardId">\(options)</select> \
            <button type="submit" class="button small\(collected ? " ghost" : "")">收藏 \(stats.collects)</button></form>
            """
        let uncollect: HTML =
            collected
            ? """
            <form method="post" action="\(Link.uncollect(note.id))" class="inline" data-done="已取消收藏 Removed">\
            \(viewer.csrfField)<button type="submit" class="link muted">取消收藏 Remove</button></form>
            """ : .empty
        let shareMenu: HTML = """
            <details class="inline" id="share"><summary class="button small ghost">分享 \(stats.shares)</summary>\
            <form method="post" action="\(Link.shareNote(note.id))">\(viewer.csrfField)\
            <label for="share-to">发给 Send to (@handle, 留空得到链接 empty for a link)</label>\
            <input id="share-to" name="to" placeholder="@handle"> <button type="submit" class="button small">分享 Share</button>\
            </form></details>
            """
        let shared: HTML =
            if let sharedCode {
                "<p class=\"alert ok\" role=\"status\">分享链接 Share link: <a href=\"\(Link.share(sharedCode))\">\(Link.share(sharedCode))</a></p>"
            } else if let sentTo {
                "<p class=\"alert ok\" role=\"status\">已发给 Sent to @\(sentTo)</p>"
            } else { .empty }
        return """
            <div class="actions"><span class="actions" id="note-actions" data-swap>\(likeForm)\(collectForm)\(uncollect)</span>\
            \(shareMenu)</div>\(shared)
            """
    }

    private func actions(_ viewer: Viewer) -> HTML {
        guard let user = viewer.user else {
            return "<a class=\"button small\" href=\"\(Link.logIn(next: Link.note(note.id).path))\">关注 Follow</a>"
        }
        if user.id == author.id {
            return """
                <form method="post" action="\(Link.deleteNote(note.id))" class="inline" onsubmit="return confirm('删除这篇笔记？ Delete this note?')">\
                \(viewer.csrfField)<button type="submit" class="button small ghost">删除 Delete</button></form>
                """
        }
        return ProfilePage.followButton(author.id, following: viewerFollowsAuthor, viewer: viewer)
    }

    /// A map pin drawn inline (no icon font, no emoji font needed).
    static let pin: HTML =
        "<svg class=\"pin\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z\"/></svg>"

    /// "2026-11-26 19:30 UTC": the same for every reader until time zones come with profiles.
    static func day(_ date: Date) -> String {
        let format = Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash)
            .time(includingFractionalSeconds: false).timeSeparator(.colon)
        let text = date.formatted(format)  // 2026-11-26T19:30:00
        return text.replacingOccurrences(of: "T", with: " ").dropLast(3) + " UTC"
    }
}
