import Commerce
import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights
import Search

/// `/search`: the results page, opening a result (counted as a click), and operators' search analytics.
struct SearchPagesController {
    let features: Features

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("search", use: search)
        open.get("search/:id/open", use: open(request:context:))
        members.get("console/search", use: report)
    }

    func search(request: Request, context: AppRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        let query = parameters.get("q").map { String($0) } ?? ""
        let kind = parameters.get("type").flatMap { SearchKind(rawValue: String($0)) } ?? .note
        let sort = parameters.get("sort").flatMap { SearchSort(rawValue: String($0)) } ?? .relevance
        let after = parameters.get("after").flatMap { $0.isEmpty ? nil : Cursor(rawValue: String($0)) }
        var page = SearchPage(
            query: query, kind: kind, sort: sort, results: nil, brands: [:], error: nil)
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .html(page.render(Viewer(context)))
        }
        do {
            let results = try await features.searches.search(
                SearchRequest(query, kind: kind, sort: sort, page: PageRequest(limit: 20, after: after)),
                by: context.user?.id)
            let brands = try await features.brands.brands(results.products.map(\.product.brand))
            page = SearchPage(query: query, kind: kind, sort: sort, results: results, brands: brands, error: nil)
            return .html(page.render(Viewer(context)))
        } catch let error as any DomainError {
            page = SearchPage(
                query: query, kind: kind, sort: sort, results: nil, brands: [:], error: error.message)
            return .html(page.render(Viewer(context)), status: .unprocessableContent)
        }
    }

    /// Counts the click, then goes to the result.
    func open(request: Request, context: AppRequestContext) async throws -> Response {
        guard let search = context.parameters.get("id").flatMap(Int64.init) else { throw HTTPError(.notFound) }
        let parameters = request.uri.queryParameters
        let type = parameters.get("type").map { String($0) } ?? ""
        let id = parameters.get("id").map { String($0) } ?? ""
        guard let position = parameters.get("position").flatMap({ Int(String($0)) }),
            let subject = SearchDirectory.subject(type: type, id: id)
        else { throw HTTPError(.badRequest, message: "The result to open is not valid.") }
        let target: Link
        switch type {
        case "note": target = .note(NoteID(subject.id))
        case "product": target = .product(ProductID(subject.id))
        case "user": target = .user(UserID(subject.id))
        case "tag": target = .tag(TagID(subject.id))
        default: target = .search(id)
        }
        try await features.searches.click(search: search, position: position, on: subject, by: context.user?.id)
        return .redirect(to: target.path, type: .normal)
    }

    func report(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let report = try await features.searches.report(by: user)
        return .html(SearchReportPage(report: report).render(Viewer(context)))
    }
}
