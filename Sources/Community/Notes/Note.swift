import Foundation
import HongshuCore

/// A post: a real-life scenario in a title, a body, media, interest tags and #topics.
public struct Note: Identifiable, Hashable, Sendable {
    public typealias ID = NoteID
    public let id: ID
    public let author: User.ID
    public var title: String
    public var body: String
    public var tags: [Tag.ID]
    /// Free #topics, without the `#`.
    public var topics: [String]
    public var media: [Media]
    public var place: Place?
    /// Users @mentioned in the body, in order of first mention.
    public var mentions: [User.ID]
    /// Products shown as cards under the note (at most five).
    public var products: [ProductID]
    public let publishedAt: Date

    public init(
        id: ID, author: User.ID, title: String, body: String, tags: [Tag.ID] = [], topics: [String] = [],
        media: [Media] = [], place: Place? = nil, mentions: [User.ID] = [], products: [ProductID] = [],
        publishedAt: Date
    ) {
        self.products = products
        self.id = id
        self.author = author
        self.title = title
        self.body = body
        self.tags = tags
        self.topics = topics
        self.media = media
        self.place = place
        self.mentions = mentions
        self.publishedAt = publishedAt
    }

    /// The keyset newest-first lists of notes are ordered by.
    public var timeKey: TimeKey { TimeKey(time: publishedAt, id: id.rawValue) }
}

/// A reference to an image or a video kept elsewhere (Hongshu stores only the reference).
public struct Media: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable { case image, video }
    public var kind: Kind
    public var url: String
    public var width: Int
    public var height: Int

    public init(kind: Kind, url: String, width: Int, height: Int) {
        self.kind = kind
        self.url = url
        self.width = width
        self.height = height
    }
}

/// Where a note happened.
public struct Place: Hashable, Sendable {
    public var name: String
    public var city: String?
    public var latitude: Double?
    public var longitude: Double?

    public init(name: String, city: String? = nil, latitude: Double? = nil, longitude: Double? = nil) {
        self.name = name
        self.city = city
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// What an author submits; ``Notes/publish(_:by:)`` validates and normalises it.
public struct NoteDraft: Hashable, Sendable {
    public var title: String
    public var body: String
    public var tags: [Tag.ID]
    public var topics: [String]
    public var media: [Media]
    public var place: Place?
    /// Products to show as cards (ids of active products, at most five).
    public var products: [ProductID]

    public init(
        title: String, body: String, tags: [Tag.ID] = [], topics: [String] = [], media: [Media] = [],
        place: Place? = nil, products: [ProductID] = []
    ) {
        self.products = products
        self.title = title
        self.body = body
        self.tags = tags
        self.topics = topics
        self.media = media
        self.place = place
    }
}

/// A note written elsewhere (the world generator, an import), with its own id and time.
public struct ImportedNote: Hashable, Sendable {
    public var id: Note.ID
    public var author: User.ID
    public var draft: NoteDraft
    public var publishedAt: Date

    public init(id: Note.ID, author: User.ID, draft: NoteDraft, publishedAt: Date) {
        self.id = id
        self.author = author
        self.draft = draft
        self.publishedAt = publishedAt
    }
}
