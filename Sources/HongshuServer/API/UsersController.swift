import Community
import HongshuCore
import Hummingbird

/// `/users/{id}`: profiles, their notes, followers and following, and following them.
struct UsersController {
    let accounts: Accounts
    let notes: Notes
    let follows: Follows
    let blocks: Blocks
    let directory: NoteDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("users/:id", use: user)
        open.get("users/:id/notes", use: userNotes)
        open.get("users/:id/followers", use: followers)
        open.get("users/:id/following", use: following)
        members.post("users/:id/follow", use: follow)
        members.delete("users/:id/follow", use: unfollow)
        members.post("users/:id/block", use: block)
        members.delete("users/:id/block", use: unblock)
        members.get("me/blocks", use: myBlocks)
    }

    func user(request: Request, context: AppRequestContext) async throws -> UserJSON {
        let id = try context.parameters.id(as: UserID.self)
        let profile = try await accounts.profile(id)
        let followedByMe = try await context.user.asyncMap { try await follows.isFollowing($0.id, id) }
        return UserJSON(profile.user, stats: profile.stats, followedByMe: followedByMe)
    }

    func userNotes(request: Request, context: AppRequestContext) async throws -> ListJSON<NoteJSON> {
        let page = try await notes.notes(
            by: try context.parameters.id(as: UserID.self), page: try request.pageRequest())
        return ListJSON(items: try await directory.json(page.items, viewer: context.user?.id), next: page.next)
    }

    func followers(request: Request, context: AppRequestContext) async throws -> ListJSON<FollowJSON> {
        let page = try await follows.followers(
            of: try context.parameters.id(as: UserID.self), page: try request.pageRequest())
        return try await list(page, side: \.follower)
    }

    func following(request: Request, context: AppRequestContext) async throws -> ListJSON<FollowJSON> {
        let page = try await follows.following(
            of: try context.parameters.id(as: UserID.self), page: try request.pageRequest())
        return try await list(page, side: \.followee)
    }

    func follow(request: Request, context: AppRequestContext) async throws -> FollowStateJSON {
        let id = try context.parameters.id(as: UserID.self)
        try await follows.follow(id, by: try context.requireUser().id)
        return FollowStateJSON(following: true, followers: try await accounts.profile(id).stats.followers)
    }

    func unfollow(request: Request, context: AppRequestContext) async throws -> FollowStateJSON {
        let id = try context.parameters.id(as: UserID.self)
        try await follows.unfollow(id, by: try context.requireUser().id)
        return FollowStateJSON(following: false, followers: try await accounts.profile(id).stats.followers)
    }

    func block(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        try await blocks.block(try context.parameters.id(as: UserID.self), by: try context.requireUser().id)
        return .noContent
    }

    func unblock(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        try await blocks.unblock(try context.parameters.id(as: UserID.self), by: try context.requireUser().id)
        return .noContent
    }

    func myBlocks(request: Request, context: AppRequestContext) async throws -> ListJSON<UserSummaryJSON> {
        let ids = try await blocks.blocked(by: try context.requireUser().id)
        let users = try await accounts.users(ids)
        return ListJSON(items: ids.compactMap { users[$0] }.map(UserSummaryJSON.init))
    }

    private func list(_ page: Page<Follow>, side: KeyPath<Follow, User.ID>) async throws -> ListJSON<FollowJSON> {
        let users = try await accounts.users(page.items.map { $0[keyPath: side] })
        let items = page.items.compactMap { follow in
            users[follow[keyPath: side]].map { FollowJSON(user: UserSummaryJSON($0), since: follow.since) }
        }
        return ListJSON(items: items, next: page.next)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
