import Community
import Foundation
import HongshuCore
import Hummingbird

/// A comment as clients see it.
struct CommentJSON: ResponseCodable, Equatable {
    let id: String
    let noteId: String
    let author: UserSummaryJSON
    /// The top comment a reply is filed under; absent for top comments.
    let threadId: String?
    /// Whom a reply answers, when it answers a reply ("replying to @x").
    let replyingTo: UserSummaryJSON?
    /// Empty for a deleted comment kept as a placeholder for its replies.
    let body: String
    let deleted: Bool
    let mentions: [UserSummaryJSON]
    let createdAt: Date
    let likes: Int
    let replyCount: Int
    let pinned: Bool
    /// The first few replies of a top comment, oldest first.
    let replies: [CommentJSON]?
}

/// A page of top comments, with the pinned one apart.
struct CommentListJSON: ResponseCodable {
    let pinned: CommentJSON?
    let items: [CommentJSON]
    let nextCursor: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pinned, forKey: .pinned)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}

/// Turns comments into JSON, fetching their people in one batch.
struct CommentDirectory: Sendable {
    let accounts: Accounts
    let comments: Comments

    /// Top comments with their first replies (and the pinned comment, if any).
    func threads(_ top: [Comment], pinned: Comment.ID?, previews: Int = 3) async throws -> [CommentJSON] {
        var replies: [Comment.ID: [Comment]] = [:]
        for comment in top where comment.replies > 0 {
            replies[comment.id] = try await comments.replies(to: comment.id, page: .first(previews)).items
        }
        let people = try await accounts.users(
            (top + replies.values.flatMap { $0 }).flatMap {
                [$0.author] + $0.mentions + ($0.replyingTo.map { [$0] } ?? [])
            })
        return top.compactMap { comment in
            json(comment, people: people, pinned: pinned, replies: replies[comment.id] ?? [])
        }
    }

    func json(_ list: [Comment]) async throws -> [CommentJSON] {
        let people = try await accounts.users(
            list.flatMap { [$0.author] + $0.mentions + ($0.replyingTo.map { [$0] } ?? []) })
        return list.compactMap { json($0, people: people, pinned: nil, replies: nil) }
    }

    private func json(_ comment: Comment, people: [User.ID: User], pinned: Comment.ID?, replies: [Comment]?)
        -> CommentJSON?
    {
        guard let author = people[comment.author] else { return nil }
        return CommentJSON(
            id: comment.id.description, noteId: comment.note.description, author: UserSummaryJSON(author),
            threadId: comment.thread?.description,
            replyingTo: comment.replyingTo.flatMap { people[$0] }.map(UserSummaryJSON.init),
            body: comment.body, deleted: comment.isDeleted,
            mentions: comment.mentions.compactMap { people[$0] }.map(UserSummaryJSON.init),
            createdAt: comment.createdAt, likes: comment.likes, replyCount: comment.replies,
            pinned: comment.id == pinned,
            replies: replies?.compactMap { json($0, people: people, pinned: nil, replies: nil) })
    }
}

/// `/notes/{id}/comments` and `/comments/{id}`: the conversation under a note.
struct CommentsController {
    let comments: Comments
    let directory: CommentDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("notes/:id/comments", use: list)
        open.get("comments/:id/replies", use: replies)
        members.post("notes/:id/comments", use: post)
        members.delete("comments/:id", use: delete)
        members.post("comments/:id/like", use: like)
        members.delete("comments/:id/like", use: unlike)
        members.post("comments/:id/pin", use: pin)
        members.delete("comments/:id/pin", use: unpin)
    }

    func list(request: Request, context: AppRequestContext) async throws -> CommentListJSON {
        let note = try context.parameters.id(as: NoteID.self)
        let page = try await comments.topComments(on: note, page: try request.pageRequest())
        let pinned = try await comments.pinned(on: note)
        let top = page.items.filter { $0.id != pinned?.id }
        let pinnedJSON = try await pinned.asyncMap { try await directory.threads([$0], pinned: $0.id).first } ?? nil
        return CommentListJSON(
            pinned: request.uri.queryParameters.get("cursor") == nil ? pinnedJSON : nil,
            items: try await directory.threads(top, pinned: pinned?.id), nextCursor: page.next?.rawValue)
    }

    func replies(request: Request, context: AppRequestContext) async throws -> ListJSON<CommentJSON> {
        let page = try await comments.replies(
            to: try context.parameters.id(as: CommentID.self), page: try request.pageRequest())
        return ListJSON(items: try await directory.json(page.items), next: page.next)
    }

    struct PostInput: Decodable { let body: String; let parentId: String? }

    func post(request: Request, context: AppRequestContext) async throws -> EditedResponse<CommentJSON> {
        let input = try await request.decode(as: PostInput.self, context: context)
        let parent = try input.parentId.map { text in
            guard let id = CommentID(text) else { throw RequestError.badID("parentId") }
            return id
        }
        let comment = try await comments.comment(
            on: try context.parameters.id(as: NoteID.self), body: input.body, replyingTo: parent,
            by: try context.requireUser().id)
        guard let json = try await directory.json([comment]).first else { throw CommentError.notFound(comment.id) }
        return EditedResponse(status: .created, response: json)
    }

    func delete(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        try await comments.delete(try context.parameters.id(as: CommentID.self), by: try context.requireUser().id)
        return .noContent
    }

    func like(request: Request, context: AppRequestContext) async throws -> LikeStateJSON {
        let likes = try await comments.like(
            try context.parameters.id(as: CommentID.self), by: try context.requireUser().id)
        return LikeStateJSON(liked: true, likes: likes)
    }

    func unlike(request: Request, context: AppRequestContext) async throws -> LikeStateJSON {
        let likes = try await comments.unlike(
            try context.parameters.id(as: CommentID.self), by: try context.requireUser().id)
        return LikeStateJSON(liked: false, likes: likes)
    }

    func pin(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let comment = try await comments.comment(try context.parameters.id(as: CommentID.self))
        try await comments.pin(comment.id, on: comment.note, by: try context.requireUser().id)
        return .noContent
    }

    func unpin(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let comment = try await comments.comment(try context.parameters.id(as: CommentID.self))
        try await comments.pin(nil, on: comment.note, by: try context.requireUser().id)
        return .noContent
    }
}
