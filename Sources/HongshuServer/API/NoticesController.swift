import Community
import Foundation
import HongshuCore
import Hummingbird

/// A notification as clients see it.
struct NoticeJSON: ResponseCodable {
    let id: String
    let kind: String
    /// The latest person to act, and how many acted in all (likes and collects are gathered).
    let actor: UserSummaryJSON
    let actorCount: Int
    let noteId: String?
    let noteTitle: String?
    let commentId: String?
    let at: Date
    let read: Bool
}

struct UnreadJSON: ResponseCodable { let unread: Int }

/// Turns notices into JSON with their people and notes in one batch each.
struct NoticeDirectory: Sendable {
    let accounts: Accounts
    let notes: Notes

    func json(_ notices: [Notice]) async throws -> [NoticeJSON] {
        let people = try await accounts.users(notices.map(\.actor))
        var titles: [Note.ID: String] = [:]
        for id in Set(notices.compactMap(\.note)) { titles[id] = try? await notes.note(id).title }
        return notices.compactMap { notice in
            people[notice.actor].map { actor in
                NoticeJSON(
                    id: String(notice.id), kind: notice.kind.rawValue, actor: UserSummaryJSON(actor),
                    actorCount: notice.actorCount, noteId: notice.note?.description,
                    noteTitle: notice.note.flatMap { titles[$0] }, commentId: notice.comment?.description,
                    at: notice.updatedAt, read: notice.isRead)
            }
        }
    }
}

/// `/notifications`: what others did that concerns you.
struct NoticesController {
    let notices: Notices
    let directory: NoticeDirectory

    func addRoutes(members: RouterGroup<AppRequestContext>) {
        members.get("notifications", use: list)
        members.get("notifications/unread", use: unread)
        members.post("notifications/read", use: markRead)
    }

    func list(request: Request, context: AppRequestContext) async throws -> ListJSON<NoticeJSON> {
        let page = try await notices.notices(for: try context.requireUser().id, page: try request.pageRequest())
        return ListJSON(items: try await directory.json(page.items), next: page.next)
    }

    func unread(request: Request, context: AppRequestContext) async throws -> UnreadJSON {
        UnreadJSON(unread: try await notices.unreadCount(for: try context.requireUser().id))
    }

    func markRead(request: Request, context: AppRequestContext) async throws -> UnreadJSON {
        try await notices.markAllRead(for: try context.requireUser().id)
        return UnreadJSON(unread: 0)
    }
}
