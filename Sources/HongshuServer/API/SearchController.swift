import Community
import Foundation
import HongshuCore
import Hummingbird
import Insights
import Search

/// `/search`: notes, products, people and topics; completions; clicks on results; operators' report.
struct SearchController {
    let searches: Searches
    let directory: SearchDirectory
    let accounts: Accounts

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("search", use: search)
        open.get("search/suggest", use: suggest)
        open.post("search/clicks", use: click)
        members.get("search/report", use: report)
    }

    func search(request: Request, context: AppRequestContext) async throws -> SearchResultsJSON {
        let results = try await searches.search(try request.searchRequest(), by: context.user?.id)
        return try await directory.json(results, viewer: context.user?.id)
    }

    func suggest(request: Request, context: AppRequestContext) async throws -> SuggestionsJSON {
        guard let prefix = request.uri.queryParameters.get("q") else {
            throw RequestError.badParameter("q", "is the text to complete")
        }
        let limit = try request.pageRequest(defaultLimit: 8, checksCursor: false).limit
        return SuggestionsJSON(
            suggestions: try await searches.suggest(String(prefix), limit: limit).map(SuggestionJSON.init))
    }

    /// `{searchId, position, type, id}`: a result of that search was opened.
    func click(request: Request, context: AppRequestContext) async throws -> Response {
        let click = try await request.decode(as: SearchClickJSON.self, context: context)
        guard let search = Int64(click.searchId) else { throw RequestError.badID("searchId") }
        guard let subject = SearchDirectory.subject(type: click.type, id: click.id) else {
            throw RequestError.badParameter("type", "is note, product, user, tag or topic, with its id")
        }
        try await searches.click(search: search, position: click.position, on: subject, by: context.user?.id)
        return Response(status: .noContent)
    }

    /// Operators only: top queries, queries without results and click-through, over `since..<until` (default: the
    /// last 7 days).
    func report(request: Request, context: AppRequestContext) async throws -> SearchReportJSON {
        let user = try context.requireUser()
        let until = try request.queryDate("until")
        let since = try request.queryDate("since")
        let limit = try request.pageRequest(defaultLimit: 50, checksCursor: false).limit
        let report = try await searches.report(since: since, until: until, limit: limit, by: user)
        return SearchReportJSON(
            since: report.since, until: report.until, top: report.top.map(QueryStatsJSON.init),
            noHits: report.noHits.map(QueryStatsJSON.init))
    }
}

extension Request {
    /// `?q=&type=&sort=&tagId=&since=&until=&city=&limit=&cursor=&explain=1`.
    func searchRequest() throws -> SearchRequest {
        let query = uri.queryParameters
        guard let text = query.get("q") else { throw RequestError.badParameter("q", "is the text to search for") }
        let kind =
            try query.get("type").map { value in
                guard let kind = SearchKind(rawValue: String(value)) else {
                    throw RequestError.badParameter("type", "is note, product, user or topic")
                }
                return kind
            } ?? .note
        let sort =
            try query.get("sort").map { value in
                guard let sort = SearchSort(rawValue: String(value)) else {
                    throw RequestError.badParameter("sort", "is relevance, latest or popular")
                }
                return sort
            } ?? .relevance
        let city = query.get("city").flatMap { $0.isEmpty ? nil : String($0) }
        let filters = NoteFilters(
            tag: try queryID("tagId", as: TagID.self), since: try queryDate("since"), until: try queryDate("until"),
            city: city)
        let explain = query.get("explain").map { $0 == "1" || $0 == "true" } ?? false
        return SearchRequest(
            String(text), kind: kind, sort: sort, filters: filters,
            page: try pageRequest(checksCursor: false), explain: explain)
    }
}
