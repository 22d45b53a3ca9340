import Commerce
import Community
import HongshuCore
import Insights
import Search

/// Turns search results into what clients see: notes (with their authors) and products as cards (brands fetched in one
/// batch a page), people and topics with their marked names.
struct SearchDirectory: Sendable {
    let products: ProductDirectory

    func json(_ results: SearchResults, viewer: User.ID?) async throws -> SearchResultsJSON {
        let offset = results.offset
        var items: [SearchHitJSON] = []
        for result in results.notes {
            var hit = SearchHitJSON(
                type: "note", position: offset + items.count + 1, score: result.score,
                explain: result.explanation.map(ExplanationJSON.init))
            hit.note = result.author.map { author in
                NoteCardJSON(
                    id: result.note.id.description, title: result.note.title, author: UserSummaryJSON(author),
                    cover: result.note.media.first.map(MediaJSON.init), likes: result.likes,
                    publishedAt: result.note.publishedAt)
            }
            hit.title = HighlightJSON(result.title)
            hit.snippet = HighlightJSON(result.snippet)
            items.append(hit)
        }
        let cards = try await products.cards(results.products.map(\.product.id))
        for result in results.products {
            var hit = SearchHitJSON(
                type: "product", position: offset + items.count + 1, score: result.score,
                explain: result.explanation.map(ExplanationJSON.init))
            hit.product = cards[result.product.id]
            hit.name = HighlightJSON(result.name)
            items.append(hit)
        }
        for result in results.users {
            var hit = SearchHitJSON(
                type: "user", position: offset + items.count + 1, score: result.score,
                explain: result.explanation.map(ExplanationJSON.init))
            hit.user = UserSummaryJSON(result.user)
            hit.followers = result.followers
            hit.name = HighlightJSON(result.name)
            items.append(hit)
        }
        for result in results.topics {
            var hit = SearchHitJSON(
                type: result.tag == nil ? "topic" : "tag", position: offset + items.count + 1, score: nil, explain: nil)
            hit.tag = result.tag.map(TagJSON.init)
            hit.topic = result.tag == nil ? result.name.text : nil
            hit.notes = result.notes
            hit.name = HighlightJSON(result.name)
            items.append(hit)
        }
        return SearchResultsJSON(
            searchId: String(results.id), query: results.request.text, type: results.request.kind.rawValue,
            sort: results.request.sort.rawValue, total: results.request.page.cursor == nil ? results.total : nil,
            totalIsExact: results.totalIsExact, correctedQuery: results.correctedQuery, items: items,
            nextCursor: results.next?.rawValue, suggestions: results.suggestions.map(SuggestionJSON.init))
    }

    /// FNV-1a of the UTF-8 bytes: the same id for the same #topic in every process.
    static func stableHash(_ text: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: hash >> 1)
    }

    /// The event subject of a clicked result.
    static func subject(type: String, id: String) -> Event.Subject? {
        switch type {
        case "note": NoteID(id).map { .note($0) }
        case "product": ProductID(id).map { .product($0) }
        case "user": UserID(id).map { .user($0) }
        case "tag": TagID(id).map { Event.Subject(type: "tag", id: $0.rawValue) }
        case "topic": id.isEmpty || id.count > 60 ? nil : Event.Subject(type: "topic", id: stableHash(id))
        default: nil
        }
    }
}
