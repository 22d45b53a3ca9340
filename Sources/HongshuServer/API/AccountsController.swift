import Community
import Hummingbird

/// `/accounts`, `/sessions`, `/me`: signing up, in and out over the API.
struct AccountsController {
    let accounts: Accounts

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.post("accounts", use: signUp)
        open.post("sessions", use: logIn)
        members.delete("sessions/current", use: logOut)
        members.get("me", use: me)
    }

    struct SignUpInput: Decodable { let handle: String; let password: String; let displayName: String }
    struct LogInInput: Decodable { let handle: String; let password: String }

    func signUp(request: Request, context: AppRequestContext) async throws -> EditedResponse<UserJSON> {
        let input = try await request.decode(as: SignUpInput.self, context: context)
        let user = try await accounts.signUp(
            handle: input.handle, displayName: input.displayName, password: input.password)
        return EditedResponse(status: .created, response: UserJSON(user, stats: UserStats()))
    }

    func logIn(request: Request, context: AppRequestContext) async throws -> EditedResponse<SessionJSON> {
        let input = try await request.decode(as: LogInInput.self, context: context)
        let signedIn = try await accounts.logIn(
            handle: input.handle, password: input.password, kind: .api, from: context.clientAddress)
        let session = SessionJSON(
            token: signedIn.token, expiresAt: signedIn.session.expiresAt, user: UserJSON(signedIn.user))
        return EditedResponse(status: .created, response: session)
    }

    func logOut(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        if let token = context.sessionToken { try await accounts.logOut(token: token) }
        return .noContent
    }

    func me(request: Request, context: AppRequestContext) async throws -> UserJSON {
        let profile = try await accounts.profile(try context.requireUser().id)
        return UserJSON(profile.user, stats: profile.stats)
    }
}
