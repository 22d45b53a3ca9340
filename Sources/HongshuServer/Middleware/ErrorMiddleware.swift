import HongshuCore
import Hummingbird
import Logging

/// The edge where every error becomes a response: JSON under `/api`, an error page elsewhere.
/// Domain errors keep their status; anything unexpected is a 500, logged once here.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let apiError: APIError
            switch error {
            case let error as APIError: apiError = error
            case let error as any DomainError:
                context.logger.debug("Request refused", metadata: ["error.code": "\(error.code)"])
                apiError = APIError(error)
            case let error as any HTTPResponseError:
                apiError = APIError(error)
            default:
                context.logger.error("Request failed", metadata: ["error": "\(String(reflecting: error))"])
                apiError = .internal
            }
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/openapi.json" {
                return try apiError.response(from: request, context: context)
            }
            return ErrorPage.response(for: apiError, context: context)
        }
    }
}
