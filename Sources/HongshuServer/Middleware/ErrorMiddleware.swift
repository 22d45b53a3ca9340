import HongshuCore
import Hummingbird
import Logging

/// The edge where every error becomes a response: JSON under `/api`, an error page elsewhere.
/// Domain errors keep their status; anything unexpected is a 500, logged once here.
///
/// It wraps the whole router (unknown paths included). Pages get a second one inside their
/// group, after authentication, so their error pages know who is looking.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    enum Rendering { case byPath, page }

    var rendering = Rendering.byPath

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let apiError = Self.classify(error, logger: context.logger)
            let path = request.uri.path
            if rendering == .byPath && (path.hasPrefix("/api/") || path == "/openapi.json") {
                return try apiError.response(from: request, context: context)
            }
            return ErrorPage.response(for: apiError, context: context)
        }
    }

    private static func classify(_ error: any Error, logger: Logger) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as any DomainError:
            logger.debug("Request refused", metadata: ["error.code": "\(error.code)"])
            return APIError(error)
        case let error as any HTTPResponseError:
            return APIError(error)
        default:
            logger.error("Request failed", metadata: ["error": "\(String(reflecting: error))"])
            return .internal
        }
    }
}
