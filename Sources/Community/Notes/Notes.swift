import Foundation
import HongshuCore

/// Publishing, reading and deleting notes.
public struct Notes: Sendable {
    let store: any NoteStore
    let users: any UserStore
    let tags: any TagStore
    let blocks: (any BlockStore)?
    let catalog: (any ProductCatalog)?
    let notices: Notices?
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        store: any NoteStore, users: any UserStore, tags: any TagStore, blocks: (any BlockStore)? = nil,
        catalog: (any ProductCatalog)? = nil, notices: Notices? = nil, now: @escaping @Sendable () -> Date,
        newID: @escaping @Sendable () -> Int64
    ) {
        self.catalog = catalog
        self.notices = notices
        self.store = store
        self.users = users
        self.tags = tags
        self.blocks = blocks
        self.now = now
        self.newID = newID
    }

    /// Validates and publishes a note: trims the title, checks every limit, keeps tags that
    /// exist (or fails), merges body #hashtags into the topics and resolves @mentions.
    /// - Throws: ``NoteError`` naming the first rule the draft breaks.
    public func publish(_ draft: NoteDraft, by author: User.ID) async throws -> Note {
        let imported = ImportedNote(
            id: NoteID(newID()), author: author, draft: draft, publishedAt: now().truncatedToMilliseconds)
        let note = try await publish(imported: [imported])[0]
        for mentioned in note.mentions { try await notices?.notify(mentioned, .mention, by: author, note: note.id) }
        return note
    }

    /// Publishes notes written elsewhere (the world generator, imports) with their own ids and
    /// times, under exactly the rules of ``publish(_:by:)``, in one transaction: all or none.
    /// - Throws: ``NoteError`` for the first draft that breaks a rule.
    @discardableResult
    public func publish(imported: [ImportedNote]) async throws -> [Note] {
        guard !imported.isEmpty else { return [] }
        let known = Set(try await tags.tags(Array(Set(imported.flatMap(\.draft.tags)))).map(\.id))
        let products = Array(Set(imported.flatMap(\.draft.products)))
        let onSale = products.isEmpty ? [] : try await catalog?.activeProducts(products) ?? []
        let handles = Set(imported.flatMap { NoteText.mentionedHandles(in: $0.draft.body) })
        let mentionable = Dictionary(
            uniqueKeysWithValues: try await users.users(handles: Array(handles)).map { ($0.handle, $0.id) })
        var notes = try imported.map {
            try Self.validated($0, knownTags: known, onSale: onSale, usersByHandle: mentionable)
        }
        // People who blocked an author cannot be mentioned by them: the @handle stays plain text.
        if let blocks {
            for index in notes.indices where !notes[index].mentions.isEmpty {
                let blockers = try await blocks.blockers(of: notes[index].author, among: notes[index].mentions)
                notes[index].mentions.removeAll(where: blockers.contains)
            }
        }
        try await store.insert(contentsOf: notes)
        return notes
    }

    /// The note a draft becomes, or the first rule it breaks.
    static func validated(
        _ item: ImportedNote, knownTags: Set<Tag.ID>, onSale: Set<ProductID>, usersByHandle: [String: User.ID]
    ) throws -> Note {
        let draft = item.draft
        let title = draft.title.trimmed
        guard (1...NoteError.titleLimit).contains(title.count) else { throw NoteError.titleLength }
        let body = draft.body.trimmed
        guard body.count <= NoteError.bodyLimit else { throw NoteError.bodyLength }
        let tagIDs = draft.tags.uniqued()
        guard tagIDs.count <= NoteError.tagLimit else { throw NoteError.tooManyTags }
        if let unknown = tagIDs.first(where: { !knownTags.contains($0) }) { throw NoteError.unknownTag(unknown) }
        let topics = try topics(draft.topics, body: body)
        guard draft.media.count <= NoteError.mediaLimit else { throw NoteError.tooManyMedia }
        for (index, media) in draft.media.enumerated() where !media.isValid {
            throw NoteError.mediaInvalid(index: index)
        }
        let place = try draft.place.map(validPlace)
        let products = draft.products.uniqued()
        guard products.count <= NoteError.productLimit else { throw NoteError.tooManyProducts }
        if let unavailable = products.first(where: { !onSale.contains($0) }) {
            throw NoteError.productUnavailable(unavailable)
        }
        // The users @mentioned who exist, in order of first mention (never the author).
        let mentions = NoteText.mentionedHandles(in: body).compactMap { usersByHandle[$0] }.filter { $0 != item.author }
        return Note(
            id: item.id, author: item.author, title: title, body: body, tags: tagIDs, topics: topics,
            media: draft.media, place: place, mentions: mentions, products: products,
            publishedAt: item.publishedAt.truncatedToMilliseconds)
    }

    /// - Throws: ``NoteError/notFound(_:)`` when it does not exist or was deleted.
    public func note(_ id: Note.ID) async throws -> Note {
        guard let note = try await store.note(id) else { throw NoteError.notFound(id) }
        return note
    }

    /// The live notes among `ids` (deleted and unknown ones are left out), in no particular order.
    public func notes(_ ids: [Note.ID]) async throws -> [Note] {
        try await store.notes(Array(Set(ids)))
    }

    /// Deletes one's own note: it disappears from every read but is kept for audit.
    /// - Throws: ``NoteError/notFound(_:)``, or ``NoteError/notAuthor(_:)`` for someone else's note.
    public func delete(_ id: Note.ID, by user: User.ID) async throws {
        let note = try await note(id)
        guard note.author == user else { throw NoteError.notAuthor(id) }
        guard try await store.markDeleted(id, at: now().truncatedToMilliseconds) else { throw NoteError.notFound(id) }
    }

    /// A user's notes, newest first.
    /// - Throws: ``AccountError/userNotFound(_:)``, or ``CursorError``.
    public func notes(by author: User.ID, page: PageRequest) async throws -> Page<Note> {
        guard try await users.user(author) != nil else { throw AccountError.userNotFound(author) }
        return try await store.notes(by: author, page: page)
    }

    /// Notes under a tag or any tag beneath it, newest first.
    /// - Throws: ``TagError/notFound(_:)``, or ``CursorError``.
    public func notes(tagged tag: Tag.ID, page: PageRequest) async throws -> Page<Note> {
        guard try await tags.tag(tag) != nil else { throw TagError.notFound(tag) }
        return try await store.notes(tagged: tag, page: page)
    }

    /// Notes that show a product's card, newest first.
    public func notes(featuring product: ProductID, page: PageRequest) async throws -> Page<Note> {
        try await store.notes(featuring: product, page: page)
    }

    /// Everyone's notes, newest first.
    public func latest(page: PageRequest) async throws -> Page<Note> {
        try await store.latest(page: page)
    }

    /// Explicit topics first, then hashtags from the body; without `#`, without repeats
    /// (case-insensitively), each 1–20 characters with no spaces, at most 10.
    static func topics(_ explicit: [String], body: String) throws -> [String] {
        var topics: [String] = []
        var seen = Set<String>()
        for raw in explicit {
            var topic = Substring(raw.trimmed)
            while topic.first == "#" || topic.first == "＃" { topic = topic.dropFirst() }
            while topic.last == "#" || topic.last == "＃" { topic = topic.dropLast() }
            let text = String(topic)
            guard (1...NoteError.topicLengthLimit).contains(text.count),
                !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0 == "@" })
            else { throw NoteError.topicInvalid(raw) }
            if seen.insert(text.lowercased()).inserted { topics.append(text) }
        }
        for tag in NoteText.hashtags(in: body) where seen.insert(tag.lowercased()).inserted {
            guard tag.count <= NoteError.topicLengthLimit else { throw NoteError.topicInvalid(tag) }
            topics.append(tag)
        }
        guard topics.count <= NoteError.topicLimit else { throw NoteError.tooManyTopics }
        return topics
    }

    static func validPlace(_ place: Place) throws -> Place {
        let name = place.name.trimmed
        let city = place.city?.trimmed
        guard (1...40).contains(name.count), (city?.count ?? 0) <= 40,
            (place.latitude == nil) == (place.longitude == nil),
            place.latitude.map({ (-90...90).contains($0) }) ?? true,
            place.longitude.map({ (-180...180).contains($0) }) ?? true
        else { throw NoteError.placeInvalid }
        return Place(
            name: name, city: city?.isEmpty == true ? nil : city,
            latitude: place.latitude, longitude: place.longitude)
    }
}

extension Media {
    /// An http(s) or site-relative URL of sane length and a plausible size.
    public var isValid: Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://") || url.hasPrefix("/")) && url.count <= 2_048
            && !url.unicodeScalars.contains(where: { $0.properties.isWhitespace })
            && (1...20_000).contains(width) && (1...20_000).contains(height)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
