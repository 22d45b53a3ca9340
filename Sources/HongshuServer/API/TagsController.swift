import Community
import HongshuCore
import Hummingbird

/// `/tags`: browsing the interest taxonomy by parent, and finding tags by name.
struct TagsController {
    let taxonomy: Taxonomy
    let notes: Notes
    let directory: NoteDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>) {
        open.get("tags", use: tags)
        open.get("tags/:id", use: tag)
        open.get("tags/:id/notes", use: taggedNotes)
    }

    /// Notes under the tag and every tag beneath it, newest first.
    func taggedNotes(request: Request, context: AppRequestContext) async throws -> ListJSON<NoteJSON> {
        let page = try await notes.notes(
            tagged: try context.parameters.id(as: TagID.self), page: try request.pageRequest())
        return ListJSON(items: try await directory.json(page.items, viewer: context.user?.id), next: page.next)
    }

    /// `?parent=ID` lists children (top-level categories without it); `?q=` searches names.
    func tags(request: Request, context: AppRequestContext) async throws -> ListJSON<TagJSON> {
        if let query = request.uri.queryParameters.get("q") {
            return ListJSON(items: try await taxonomy.search(String(query)).map(TagJSON.init))
        }
        let parent = try request.queryID("parent", as: TagID.self)
        return ListJSON(items: try await taxonomy.children(of: parent).map(TagJSON.init))
    }

    func tag(request: Request, context: AppRequestContext) async throws -> TagDetailJSON {
        let id = try context.parameters.id(as: TagID.self)
        let tag = try await taxonomy.tag(id)
        return TagDetailJSON(tag: TagJSON(tag), children: try await taxonomy.children(of: id).map(TagJSON.init))
    }
}
