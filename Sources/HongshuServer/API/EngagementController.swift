import Community
import Foundation
import HongshuCore
import Hummingbird

/// Likes, collects and boards over the API.
struct EngagementController {
    let likes: Likes
    let boards: Boards
    let shares: Shares
    let directory: NoteDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        members.post("notes/:id/like", use: like)
        members.delete("notes/:id/like", use: unlike)
        members.post("notes/:id/collect", use: collect)
        members.delete("notes/:id/collect", use: uncollect)
        members.post("boards", use: createBoard)
        members.post("notes/:id/shares", use: share)
        members.get("me/boards", use: myBoards)
        open.get("boards/:id", use: board)
        open.get("users/:id/boards", use: userBoards)
    }

    func like(request: Request, context: AppRequestContext) async throws -> LikeStateJSON {
        let stats = try await likes.like(try context.parameters.id(as: NoteID.self), by: try context.requireUser().id)
        return LikeStateJSON(liked: true, likes: stats.likes)
    }

    func unlike(request: Request, context: AppRequestContext) async throws -> LikeStateJSON {
        let stats = try await likes.unlike(try context.parameters.id(as: NoteID.self), by: try context.requireUser().id)
        return LikeStateJSON(liked: false, likes: stats.likes)
    }

    struct CollectInput: Decodable { let boardId: String? }

    /// Body `{"boardId": "…"}` picks a board; an empty body (or none) uses the default board.
    func collect(request: Request, context: AppRequestContext) async throws -> CollectStateJSON {
        let note = try context.parameters.id(as: NoteID.self)
        let input =
            try await request.decodeIfPresent(
                as: CollectInput.self, context: context, problem: "The body must be empty or {\"boardId\": \"…\"}.")
            ?? CollectInput(boardId: nil)
        let board = try input.boardId.map { text in
            guard let id = BoardID(text) else { throw RequestError.badID("boardId") }
            return id
        }
        let held = try await boards.collect(note, into: board, by: try context.requireUser().id)
        return try await state(note, held)
    }

    /// `?boardId=` takes the note out of one board; without it, out of all the caller's boards.
    func uncollect(request: Request, context: AppRequestContext) async throws -> CollectStateJSON {
        let note = try context.parameters.id(as: NoteID.self)
        let held = try await boards.uncollect(
            note, from: try request.queryID("boardId", as: BoardID.self), by: try context.requireUser().id)
        return try await state(note, held)
    }

    struct ShareInput: Decodable { let channel: Share.Channel; let toUserId: String? }

    /// `{"channel": "link"}` or `{"channel": "user", "toUserId": "…"}`.
    func share(request: Request, context: AppRequestContext) async throws -> EditedResponse<ShareJSON> {
        let input = try await request.decode(as: ShareInput.self, context: context)
        let recipient = try input.toUserId.map { text in
            guard let id = UserID(text) else { throw RequestError.badID("toUserId") }
            return id
        }
        let note = try context.parameters.id(as: NoteID.self)
        let share = try await shares.share(
            note, by: try context.requireUser().id, channel: input.channel, to: recipient)
        let json = ShareJSON(
            code: share.code, url: Link.share(share.code).path, channel: share.channel.rawValue,
            recipientId: share.recipient?.description, shares: try await likes.stats(note).shares)
        return EditedResponse(status: .created, response: json)
    }

    struct BoardInput: Decodable { let name: String; let isPrivate: Bool? }

    func createBoard(request: Request, context: AppRequestContext) async throws -> EditedResponse<BoardJSON> {
        let input = try await request.decode(as: BoardInput.self, context: context)
        let board = try await boards.create(
            named: input.name, isPrivate: input.isPrivate ?? false, by: try context.requireUser().id)
        return EditedResponse(status: .created, response: BoardJSON(board))
    }

    func myBoards(request: Request, context: AppRequestContext) async throws -> ListJSON<BoardJSON> {
        ListJSON(items: try await boards.boards(of: try context.requireUser().id).map(BoardJSON.init))
    }

    func userBoards(request: Request, context: AppRequestContext) async throws -> ListJSON<BoardJSON> {
        let owner = try context.parameters.id(as: UserID.self)
        return ListJSON(items: try await boards.boards(of: owner, seenBy: context.user?.id).map(BoardJSON.init))
    }

    func board(request: Request, context: AppRequestContext) async throws -> BoardDetailJSON {
        let (board, page) = try await boards.board(
            try context.parameters.id(as: BoardID.self), page: try request.pageRequest(), viewer: context.user?.id)
        let notes = ListJSON(items: try await directory.json(page.items, viewer: context.user?.id), next: page.next)
        return BoardDetailJSON(board: BoardJSON(board), notes: notes)
    }

    private func state(_ note: Note.ID, _ held: [Board.ID]) async throws -> CollectStateJSON {
        CollectStateJSON(
            collected: !held.isEmpty, collects: try await likes.stats(note).collects, boardIds: held.map(\.description))
    }
}
