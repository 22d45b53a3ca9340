import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights

/// The web pages: the same domain calls as the API, rendered by the views in `Pages/`.
struct PagesController {
    let features: Features
    let directory: NoteDirectory
    let comments: CommentDirectory
    let notices: NoticeDirectory
    let secureCookies: Bool

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("notes/:id", use: note)
        open.get("users/:id", use: profile)
        open.get("tags", use: tags)
        open.get("tags/:id", use: tag)
        open.get("boards/:id", use: board)
        open.get("s/:code", use: openShare)
        open.get("signup", use: signUpForm)
        open.post("signup", use: signUp)
        open.get("login", use: logInForm)
        open.post("login", use: logIn)
        open.post("logout", use: logOut)
        members.get("notes/new", use: newNoteForm)
        members.post("notes", use: publish)
        members.post("notes/:id/delete", use: deleteNote)
        members.post("users/:id/follow", use: follow)
        members.post("users/:id/unfollow", use: unfollow)
        members.post("users/:id/block", use: block)
        members.get("notifications", use: noticesPage)
        members.post("notifications/read", use: readNotices)
        members.post("users/:id/unblock", use: unblock)
        members.post("notes/:id/like", use: like)
        members.post("notes/:id/unlike", use: unlike)
        members.post("notes/:id/collect", use: collect)
        members.post("notes/:id/uncollect", use: uncollect)
        members.get("boards", use: myBoards)
        members.post("notes/:id/comments", use: postComment)
        members.post("comments/:id/like", use: likeComment)
        members.post("comments/:id/unlike", use: unlikeComment)
        members.post("comments/:id/delete", use: deleteComment)
        members.post("comments/:id/pin", use: pinComment)
        members.post("comments/:id/unpin", use: unpinComment)
        members.post("boards", use: createBoard)
        members.post("notes/:id/share", use: share)
    }

    // MARK: Reading

    func note(request: Request, context: AppRequestContext) async throws -> Response {
        let note = try await features.notes.note(try context.parameters.id(as: NoteID.self))
        // Opened from a feed's card: the read says which feed and where on it (what ranking and attribution learn from).
        var read = ["surface": "note"]
        let query = request.uri.queryParameters
        if let from = query.get("from").map({ String($0) }), FeedTab(rawValue: from) != nil {
            read["surface"] = from == FeedTab.discover.rawValue ? "feed" : from
            if let position = query.get("pos").flatMap({ Int(String($0)) }), (1...10_000).contains(position) {
                read["position"] = String(position)
            }
        }
        try await features.events.record(.read, by: context.user?.id, on: .note(note.id), context: read)
        let users = try await features.accounts.users([note.author] + note.mentions)
        guard let author = users[note.author] else { throw NoteError.notFound(note.id) }
        let follows =
            try await context.user.asyncMap { try await features.follows.isFollowing($0.id, author.id) } ?? false
        var page = NotePage(
            note: note, author: author, tags: try await features.taxonomy.tags(note.tags),
            mentions: note.mentions.compactMap { users[$0] }, viewerFollowsAuthor: follows,
            stats: try await features.likes.stats(note.id))
        let pinned = try await features.comments.pinned(on: note.id)
        let commentsPage = try await features.comments.topComments(
            on: note.id, page: try request.pageRequest(cursorName: "comments"))
        let threads = try await comments.threads(commentsPage.items.filter { $0.id != pinned?.id }, pinned: pinned?.id)
        let pinnedThread = try await pinned.asyncMap { try await comments.threads([$0], pinned: $0.id).first } ?? nil
        page.comments = CommentSection(
            note: note.id, noteAuthor: note.author, count: try await features.comments.counts([note.id])[note.id] ?? 0,
            pinned: request.uri.queryParameters.get("comments") == nil ? pinnedThread : nil, threads: threads,
            next: commentsPage.next)
        let shown = try await features.products.products(note.products)
        let brands = try await features.brands.brands(shown.map(\.brand))
        page.products = shown.map { ProductCard(product: $0, brand: brands[$0.brand], via: note.id) }
        page.purchase = try await features.reviews.reviews(notes: [note.id])[note.id]
        page.sharedCode = request.uri.queryParameters.get("shared").map { String($0) }
        page.sentTo = request.uri.queryParameters.get("sentTo").map { String($0) }
        if let viewer = context.user?.id {
            page.likedByViewer = try await features.likes.liked([note.id], by: viewer).contains(note.id)
            page.boardsHolding = try await features.boards.boards(holding: note.id, of: viewer)
            page.viewerBoards = try await features.boards.boards(of: viewer)
        }
        return .html(page.render(Viewer(context)))
    }

    func profile(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.id(as: UserID.self)
        let profile = try await features.accounts.profile(id)
        let notes = try await features.notes.notes(by: id, page: try request.pageRequest(cursorName: "after"))
        let follows = try await context.user.asyncMap { try await features.follows.isFollowing($0.id, id) } ?? false
        var page = ProfilePage(
            user: profile.user, stats: profile.stats, viewerFollows: follows,
            cards: try await directory.cards(notes.items), next: notes.next)
        page.viewerBlocks = try await context.user.asyncMap { try await features.blocks.isBlocking($0.id, id) } ?? false
        return .html(page.render(Viewer(context)))
    }

    func tags(request: Request, context: AppRequestContext) async throws -> Response {
        .html(TagsPage(categories: try await features.taxonomy.categories()).render(Viewer(context)))
    }

    func tag(request: Request, context: AppRequestContext) async throws -> Response {
        let tag = try await features.taxonomy.tag(try context.parameters.id(as: TagID.self))
        var ancestors: [Tag] = []
        var parent = tag.parent
        while let id = parent, let above = try? await features.taxonomy.tag(id) {
            ancestors.insert(above, at: 0)
            parent = above.parent
        }
        let notes = try await features.notes.notes(tagged: tag.id, page: try request.pageRequest(cursorName: "after"))
        let page = TagPage(
            tag: tag, ancestors: ancestors, children: try await features.taxonomy.children(of: tag.id),
            cards: try await directory.cards(notes.items), next: notes.next)
        return .html(page.render(Viewer(context)))
    }

    // MARK: Accounts

    func signUpForm(request: Request, context: AppRequestContext) async throws -> Response {
        .html(SignUpPage().render(Viewer(context)))
    }

    func signUp(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        do {
            let user = try await features.accounts.signUp(
                handle: form["handle"], displayName: form["displayName"], password: form["password"])
            return try await signedIn(user, redirectTo: Link.onboarding.path)  // a newcomer picks interests first
        } catch let error as AccountError {
            let page = SignUpPage(
                handle: form["handle"], displayName: form["displayName"], errors: Self.formErrors(error))
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func logInForm(request: Request, context: AppRequestContext) async throws -> Response {
        let next = Link.safeNext(request.uri.queryParameters.get("next").map { String($0) })
        let expired = request.uri.queryParameters.get("expired") == "1"
        return .html(LogInPage(next: next, expired: expired).render(Viewer(context)))
    }

    func logIn(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        do {
            let signedIn = try await features.accounts.logIn(
                handle: form["handle"], password: form["password"], kind: .web, from: context.clientAddress)
            return sessionResponse(signedIn, redirectTo: Link.safeNext(form["next"]))
        } catch let error as AccountError {
            let page = LogInPage(
                handle: form["handle"], next: Link.safeNext(form["next"]), errors: Self.formErrors(error))
            var response = Response.html(page.render(Viewer(context)), status: APIError(error).status)
            if case .tooManyAttempts(let seconds) = error { response.headers[.retryAfter] = String(seconds) }
            return response
        }
    }

    func logOut(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try await request.form(context: context)
        if let token = context.sessionToken { try await features.accounts.logOut(token: token) }
        var response = Response.redirect(to: Link.home().path, type: .found)
        response.setCookie(SessionCookie.clearedSession(secure: secureCookies))
        return response
    }

    // MARK: Notes and follows

    func newNoteForm(request: Request, context: AppRequestContext) async throws -> Response {
        let page = NewNotePage(categories: try await features.taxonomy.children(of: nil))
        return .html(page.render(Viewer(context)))
    }

    func publish(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser()
        var page = NewNotePage(
            title: form["title"], body: form["body"], topics: form["topics"], imageURL: form["imageURL"].trimmed,
            placeName: form["placeName"], placeCity: form["placeCity"])
        let tagIDs = form.all("tagIds").compactMap(TagID.init)
        page.products = form["productIds"]
        // Links (…/products/123) or bare ids, separated by spaces, commas or new lines.
        let productIDs = page.products.split(whereSeparator: { " ,，、\n\r\t".contains($0) }).map {
            ($0.split(separator: "?").first ?? "").split(separator: "/").last.map(String.init) ?? ""
        }
        if let bad = productIDs.first(where: { ProductID($0) == nil }) {
            page.errors = FormErrors(fields: [
                "productIds": "“\(bad.prefix(40))” 不是商品链接或编号 is not a product link or id."
            ])
            page.categories = try await features.taxonomy.children(of: nil)
            return .html(page.render(Viewer(context)), status: .unprocessableContent)
        }
        page.selectedTags = Set(tagIDs)
        let topics = form["topics"].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" || $0 == "　" }).map(
            String.init)
        let media = page.imageURL.isEmpty ? [] : [Media(kind: .image, url: page.imageURL, width: 1080, height: 1440)]
        let place =
            page.placeName.trimmed.isEmpty && page.placeCity.trimmed.isEmpty
            ? nil : Place(name: page.placeName, city: page.placeCity)
        do {
            let draft = NoteDraft(
                title: page.title, body: page.body, tags: tagIDs, topics: topics, media: media, place: place,
                products: productIDs.compactMap(ProductID.init))
            let note = try await features.notes.publish(draft, by: user.id)
            return .redirect(to: Link.note(note.id).path, type: .normal)
        } catch let error as NoteError {
            page.errors = Self.formErrors(error)
            page.categories = try await features.taxonomy.children(of: nil)
            return .html(page.render(Viewer(context)), status: .unprocessableContent)
        }
    }

    func deleteNote(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try await request.form(context: context)
        try await features.notes.delete(try context.parameters.id(as: NoteID.self), by: try context.requireUser().id)
        return .redirect(to: Link.user(try context.requireUser().id).path, type: .normal)
    }

    func follow(request: Request, context: AppRequestContext) async throws -> Response {
        try await onForm(request, context, UserID.self, then: { Self.back(request, fallback: Link.user($0)) }) {
            try await features.follows.follow($0, by: $1)
        }
    }

    func unfollow(request: Request, context: AppRequestContext) async throws -> Response {
        try await onForm(request, context, UserID.self, then: { Self.back(request, fallback: Link.user($0)) }) {
            try await features.follows.unfollow($0, by: $1)
        }
    }

    // MARK: Likes, collects and boards

    func like(request: Request, context: AppRequestContext) async throws -> Response {
        try await onForm(request, context, NoteID.self, then: { Link.note($0).path }) {
            try await features.likes.like($0, by: $1)
        }
    }

    func unlike(request: Request, context: AppRequestContext) async throws -> Response {
        try await onForm(request, context, NoteID.self, then: { Link.note($0).path }) {
            try await features.likes.unlike($0, by: $1)
        }
    }

    func collect(request: Request, context: AppRequestContext) async throws -> Response {
        try await onForm(request, context, NoteID.self, then: { Link.note($0).path }) { id, user, form in
            let board = form["boardId"].isEmpty ? nil : BoardID(form["boardId"])
            if !form["boardId"].isEmpty && board == nil { throw RequestError.badID("boardId") }
            try await features.boards.collect(id, into: board, by: user)
        }
    }

    func uncollect(request: Request, context: AppRequestContext) async throws -> Response {
        try await onForm(request, context, NoteID.self, then: { Link.note($0).path }) {
            try await features.boards.uncollect($0, by: $1)
        }
    }

    func myBoards(request: Request, context: AppRequestContext) async throws -> Response {
        let boards = try await features.boards.boards(of: try context.requireUser().id)
        return .html(BoardsPage(boards: boards).render(Viewer(context)))
    }

    func createBoard(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        do {
            let board = try await features.boards.create(
                named: form["name"], isPrivate: form["private"] == "1", by: user)
            return .redirect(to: Link.board(board.id).path, type: .normal)
        } catch let error as EngagementError {
            let page = BoardsPage(
                boards: try await features.boards.boards(of: user), name: form["name"],
                isPrivate: form["private"] == "1",
                errors: FormErrors(fields: ["name": error.message]))
            return .html(page.render(Viewer(context)), status: APIError(error).status)
        }
    }

    func board(request: Request, context: AppRequestContext) async throws -> Response {
        let (board, notes) = try await features.boards.board(
            try context.parameters.id(as: BoardID.self), page: try request.pageRequest(cursorName: "after"),
            viewer: context.user?.id)
        let owner = try await features.accounts.user(board.owner)
        let page = BoardPage(
            board: board, owner: owner, cards: try await directory.cards(notes.items), next: notes.next)
        return .html(page.render(Viewer(context)))
    }

    func block(request: Request, context: AppRequestContext) async throws -> Response {
        try await onForm(request, context, UserID.self, then: { Link.user($0).path }) {
            try await features.blocks.block($0, by: $1)
        }
    }

    func unblock(request: Request, context: AppRequestContext) async throws -> Response {
        try await onForm(request, context, UserID.self, then: { Link.user($0).path }) {
            try await features.blocks.unblock($0, by: $1)
        }
    }

    // MARK: Notifications

    func noticesPage(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser().id
        let page = try await features.notices.notices(for: user, page: try request.pageRequest(cursorName: "after"))
        let view = NoticesPage(
            notices: try await notices.json(page.items), unread: try await features.notices.unreadCount(for: user),
            next: page.next)
        return .html(view.render(Viewer(context)))
    }

    func readNotices(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try await request.form(context: context)
        try await features.notices.markAllRead(for: try context.requireUser().id)
        return .redirect(to: Link.notices().path, type: .normal)
    }

    // MARK: Shares

    /// A link share shows its address on the note page; an in-app share goes to a handle.
    func share(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let note = try context.parameters.id(as: NoteID.self)
        let user = try context.requireUser().id
        let handle = form["to"].trimmed.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "@"))
        if handle.isEmpty {
            let share = try await features.shares.share(note, by: user, channel: .link)
            return .redirect(to: Link.note(note).path + "?shared=\(share.code)#share", type: .normal)
        }
        guard let recipient = try await features.accounts.user(handle: handle) else {
            throw ShareError.unknownRecipient(handle)
        }
        _ = try await features.shares.share(note, by: user, channel: .user, to: recipient.id)
        return .redirect(to: Link.note(note).path + "?sentTo=\(recipient.handle)#share", type: .normal)
    }

    func openShare(request: Request, context: AppRequestContext) async throws -> Response {
        let note = try await features.shares.open(code: context.parameters.get("code") ?? "")
        return .redirect(to: Link.note(note).path, type: .found)
    }

    // MARK: Comments

    func postComment(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let note = try context.parameters.id(as: NoteID.self)
        let parent = form["parentId"].isEmpty ? nil : CommentID(form["parentId"])
        if !form["parentId"].isEmpty && parent == nil { throw RequestError.badID("parentId") }
        let comment = try await features.comments.comment(
            on: note, body: form["body"], replyingTo: parent, by: try context.requireUser().id)
        return .redirect(to: Link.note(note).path + "#c\(comment.id)", type: .normal)
    }

    func likeComment(request: Request, context: AppRequestContext) async throws -> Response {
        try await onComment(request, context) { try await features.comments.like($0, by: $1) }
    }

    func unlikeComment(request: Request, context: AppRequestContext) async throws -> Response {
        try await onComment(request, context) { try await features.comments.unlike($0, by: $1) }
    }

    func deleteComment(request: Request, context: AppRequestContext) async throws -> Response {
        try await onComment(request, context) { try await features.comments.delete($0, by: $1) }
    }

    func pinComment(request: Request, context: AppRequestContext) async throws -> Response {
        try await onComment(request, context) { id, user in
            try await features.comments.pin(id, on: try await features.comments.comment(id).note, by: user)
        }
    }

    func unpinComment(request: Request, context: AppRequestContext) async throws -> Response {
        try await onComment(request, context) { id, user in
            try await features.comments.pin(nil, on: try await features.comments.comment(id).note, by: user)
        }
    }

    /// Checks the form, does `action` to the comment, and goes back to it on its note.
    private func onComment(
        _ request: Request, _ context: AppRequestContext,
        _ action: (CommentID, UserID) async throws -> some Any
    ) async throws -> Response {
        _ = try await request.form(context: context)
        let id = try context.parameters.id(as: CommentID.self)
        let note = try await features.comments.comment(id).note
        _ = try await action(id, try context.requireUser().id)
        return .redirect(to: Link.note(note).path + "#c\(id)", type: .normal)
    }

    // MARK: Helpers

    /// Checks the form's CSRF token, does `action` with the path's id, the signed-in user and
    /// the form, then sends the browser on (303, so a reload does not post again).
    private func onForm<Subject>(
        _ request: Request, _ context: AppRequestContext, _ type: Identifier<Subject>.Type,
        then destination: (Identifier<Subject>) -> String,
        _ action: (Identifier<Subject>, UserID, FormData) async throws -> Void
    ) async throws -> Response {
        let form = try await request.form(context: context)
        let id = try context.parameters.id(as: type)
        try await action(id, try context.requireUser().id, form)
        return .redirect(to: destination(id), type: .normal)
    }

    private func onForm<Subject>(
        _ request: Request, _ context: AppRequestContext, _ type: Identifier<Subject>.Type,
        then destination: (Identifier<Subject>) -> String,
        _ action: (Identifier<Subject>, UserID) async throws -> some Any
    ) async throws -> Response {
        try await onForm(request, context, type, then: destination) { id, user, _ in _ = try await action(id, user) }
    }

    private func signedIn(_ user: User, redirectTo path: String) async throws -> Response {
        sessionResponse(try await features.accounts.openSession(for: user, kind: .web), redirectTo: path)
    }

    private func sessionResponse(_ signedIn: Accounts.SignedIn, redirectTo path: String) -> Response {
        var response = Response.redirect(to: path, type: .normal)
        let maxAge = Int(signedIn.session.expiresAt.timeIntervalSince(signedIn.session.createdAt))
        response.setCookie(SessionCookie.session(signedIn.token, maxAge: maxAge, secure: secureCookies))
        return response
    }

    /// Back to the page the form was on, when it was one of ours.
    private static func back(_ request: Request, fallback: Link) -> String {
        guard let referer = request.headers[.referer],
            let path = referer.split(separator: "/", maxSplits: 3).dropFirst(3).first
        else { return fallback.path }
        return Link.safeNext("/" + path)
    }

    static func formErrors(_ error: AccountError) -> FormErrors {
        switch error {
        case .handleInvalid, .handleTaken: FormErrors(fields: ["handle": error.message])
        case .displayNameLength: FormErrors(fields: ["displayName": error.message])
        case .passwordLength: FormErrors(fields: ["password": error.message])
        default: FormErrors(general: error.message)
        }
    }

    static func formErrors(_ error: NoteError) -> FormErrors {
        switch error {
        case .titleLength: FormErrors(fields: ["title": error.message])
        case .bodyLength: FormErrors(fields: ["body": error.message])
        case .tooManyTags, .unknownTag: FormErrors(fields: ["tagIds": error.message])
        case .tooManyTopics, .topicInvalid: FormErrors(fields: ["topics": error.message])
        case .tooManyMedia, .mediaInvalid: FormErrors(fields: ["imageURL": error.message])
        case .placeInvalid: FormErrors(fields: ["placeName": error.message])
        case .tooManyProducts, .productUnavailable: FormErrors(fields: ["productIds": error.message])
        case .notFound, .notAuthor: FormErrors(general: error.message)
        }
    }
}
