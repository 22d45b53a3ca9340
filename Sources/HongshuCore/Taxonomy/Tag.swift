/// One interest tag of the taxonomy (美食 / Food → 咖啡探店 / Café hopping), up to three levels deep.
public struct Tag: Identifiable, Hashable, Sendable {
    public typealias ID = TagID
    public let id: ID
    public let parent: ID?
    /// The Chinese name, shown first.
    public let name: String
    /// The English name.
    public let englishName: String
    /// Other names people use for it, in either language (咖啡探店: café hopping, 咖啡店打卡).
    public let aliases: [String]

    public init(id: ID, parent: ID?, name: String, englishName: String, aliases: [String] = []) {
        self.id = id
        self.parent = parent
        self.name = name
        self.englishName = englishName
        self.aliases = aliases
    }
}

/// Where the taxonomy is kept. Each backend implements it.
public protocol TagStore: Sendable {
    /// The tag with this id, if any.
    func tag(_ id: Tag.ID) async throws -> Tag?
    /// The tags among `ids` that exist, in no particular order.
    func tags(_ ids: [Tag.ID]) async throws -> [Tag]
    /// The direct children of `parent` (top-level categories for `nil`), in taxonomy order.
    func children(of parent: Tag.ID?) async throws -> [Tag]
    /// Tags whose Chinese or English name or an alias contains `text` (case-insensitive), exact
    /// names first, at most `limit`.
    func search(_ text: String, limit: Int) async throws -> [Tag]
    /// The whole taxonomy, parents before children.
    func all() async throws -> [Tag]
}

public enum TagError: DomainError, Equatable {
    case notFound(Tag.ID)

    public var kind: DomainErrorKind { .notFound }
    public var code: String { "tag.not_found" }
    public var message: String {
        switch self {
        case .notFound(let id): "Tag \(id) does not exist."
        }
    }
}

/// Reading the interest taxonomy.
public struct Taxonomy: Sendable {
    let store: any TagStore

    public init(store: any TagStore) { self.store = store }

    /// - Throws: ``TagError/notFound(_:)``.
    public func tag(_ id: Tag.ID) async throws -> Tag {
        guard let tag = try await store.tag(id) else { throw TagError.notFound(id) }
        return tag
    }

    /// The tags among `ids` that exist, in the order of `ids`, without repeats.
    public func tags(_ ids: [Tag.ID]) async throws -> [Tag] {
        guard !ids.isEmpty else { return [] }
        let found = Dictionary(uniqueKeysWithValues: try await store.tags(ids).map { ($0.id, $0) })
        var seen = Set<Tag.ID>()
        return ids.compactMap { seen.insert($0).inserted ? found[$0] : nil }
    }

    /// The children of `parent`, or the top-level categories.
    /// - Throws: ``TagError/notFound(_:)`` when `parent` does not exist.
    public func children(of parent: Tag.ID?) async throws -> [Tag] {
        if let parent { _ = try await tag(parent) }
        return try await store.children(of: parent)
    }

    /// The whole taxonomy, parents before children.
    public func all() async throws -> [Tag] { try await store.all() }

    /// Every category with its direct sub-tags, in taxonomy order (the interests page, onboarding).
    public func categories() async throws -> [(category: Tag, children: [Tag])] {
        var categories: [(category: Tag, children: [Tag])] = []
        for category in try await children(of: nil) {
            categories.append((category, try await children(of: category.id)))
        }
        return categories
    }

    /// Tags matching a name in either language; an empty query matches nothing.
    public func search(_ text: String, limit: Int = 20) async throws -> [Tag] {
        let text = text.trimmed
        guard !text.isEmpty else { return [] }
        return try await store.search(String(text.prefix(40)), limit: min(max(limit, 1), 100))
    }
}
