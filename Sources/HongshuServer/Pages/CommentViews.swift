import Community
import Foundation
import HongshuCore

/// The conversation under a note: the form to comment, the pinned comment, top comments with
/// their first replies, each with like, reply, delete and pin as small forms (they work without JavaScript; with
/// it, the section is swapped in place instead of the page reloading).
struct CommentSection: Sendable {
    let note: NoteID
    let noteAuthor: UserID
    let count: Int
    let pinned: CommentJSON?
    let threads: [CommentJSON]
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let form: HTML =
            viewer.user == nil
            ? "<p><a href=\"\(Link.logIn(next: Link.note(note).path))\">登录后评论 Sign in to comment</a></p>"
            : """
            <form method="post" action="\(Link.comment(note))" class="comment-form" data-done="已发送 Sent">\(viewer.csrfField)\
            <label class="visually-hidden" for="comment-body">评论 Comment</label>\
            <textarea id="comment-body" name="body" rows="2" maxlength="500" placeholder="说点什么… Say something"></textarea>\
            <button type="submit" class="button small">发送 Send</button></form>
            """
        let pinnedHTML: HTML = pinned.map { thread($0, viewer, pinned: true) } ?? .empty
        let more: HTML =
            next.map {
                "<p class=\"more\"><a class=\"button ghost small\" href=\"\(Link.note(note))?comments=\($0.rawValue)#comments\">更多评论 More comments</a></p>"
            }
            ?? .empty
        let empty: HTML =
            threads.isEmpty && pinned == nil ? "<p class=\"muted\">还没有评论，来说第一句吧。No comments yet.</p>" : .empty
        return """
            <section class="comments" id="comments" data-swap><h2 class="section">评论 Comments · \(count)</h2>
            \(form)\(pinnedHTML)\(threads.map { thread($0, viewer, pinned: false) })\(empty)\(more)</section>
            """
    }

    private func thread(_ comment: CommentJSON, _ viewer: Viewer, pinned: Bool) -> HTML {
        let replies = (comment.replies ?? []).map { one($0, viewer, isReply: true) }
        let more: HTML =
            comment.replyCount > (comment.replies?.count ?? 0)
            ? "<p class=\"muted small\">共 \(comment.replyCount) 条回复 \(comment.replyCount) replies</p>" : .empty
        let badge: HTML = pinned ? "<span class=\"badge\">置顶 Pinned</span>" : .empty
        return """
            <article class="thread">\(badge)\(one(comment, viewer, isReply: false))\
            <div class="replies">\(replies)\(more)</div></article>
            """
    }

    private func one(_ comment: CommentJSON, _ viewer: Viewer, isReply: Bool) -> HTML {
        guard let id = CommentID(comment.id) else { return .empty }
        let author = comment.author
        let to: HTML = comment.replyingTo.map { "回复 <a href=\"/users/\($0.id)\">@\($0.handle)</a>：" } ?? .empty
        let mentions = Dictionary(
            comment.mentions.compactMap { user in UserID(user.id).map { (user.handle, Link.user($0)) } },
            uniquingKeysWith: { first, _ in first })
        let body = NoteViews.linkingMentions(comment.body[...], mentions)
        let text: HTML =
            comment.deleted ? "<span class=\"muted\">该评论已删除 This comment was deleted</span>" : "\(to)\(body)"
        return """
            <div class="comment\(isReply ? " reply" : "")" id="c\(comment.id)">\
            <p class="who"><a href="/users/\(author.id)"><strong>\(author.displayName)</strong></a> \
            <span class="muted">@\(author.handle) · \(NotePage.day(comment.createdAt))</span></p>\
            <p class="text">\(text)</p>\(comment.deleted ? .empty : actions(comment, id, viewer, isReply: isReply))</div>
            """
    }

    private func actions(_ comment: CommentJSON, _ id: CommentID, _ viewer: Viewer, isReply: Bool) -> HTML {
        guard let user = viewer.user else {
            return "<p class=\"comment-actions muted\">\(NoteViews.heart) \(comment.likes)</p>"
        }
        var parts: [HTML] = [
            "<form method=\"post\" action=\"\(Link.likeComment(id))\" class=\"inline\">\(viewer.csrfField)<button class=\"link\" type=\"submit\">\(NoteViews.heart) \(comment.likes)</button></form>",
            """
            <details class="inline"><summary>回复 Reply</summary><form method="post" action="\(Link.comment(note))" data-done="已回复 Replied">\
            \(viewer.csrfField)<input type="hidden" name="parentId" value="\(comment.id)">\
            <label class="visually-hidden" for="reply-\(comment.id)">回复 @\(comment.author.handle)</label>\
            <textarea id="reply-\(comment.id)" name="body" rows="2" maxlength="500"></textarea>\
            <button type="submit" class="button small">回复 Reply</button></form></details>
            """,
        ]
        if user.id.description == comment.author.id || user.id == noteAuthor {
            parts.append(
                "<form method=\"post\" action=\"\(Link.deleteComment(id))\" class=\"inline\">\(viewer.csrfField)<button class=\"link muted\" type=\"submit\">删除 Delete</button></form>"
            )
        }
        if user.id == noteAuthor && !isReply {
            parts.append(
                comment.pinned
                    ? "<form method=\"post\" action=\"\(Link.unpinComment(id))\" class=\"inline\">\(viewer.csrfField)<button class=\"link muted\" type=\"submit\">取消置顶 Unpin</button></form>"
                    : "<form method=\"post\" action=\"\(Link.pinComment(id))\" class=\"inline\">\(viewer.csrfField)<button class=\"link muted\" type=\"submit\">置顶 Pin</button></form>"
            )
        }
        return "<div class=\"comment-actions\">\(parts)</div>"
    }
}
