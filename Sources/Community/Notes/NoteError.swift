import HongshuCore

public enum NoteError: DomainError, Equatable {
    case titleLength
    case bodyLength
    case tooManyTags
    case unknownTag(Tag.ID)
    case tooManyTopics
    case topicInvalid(String)
    case tooManyMedia
    case mediaInvalid(index: Int)
    case placeInvalid
    case tooManyProducts
    case productUnavailable(ProductID)
    case notFound(Note.ID)
    case notAuthor(Note.ID)

    public static let titleLimit = 20
    public static let bodyLimit = 1_000
    public static let tagLimit = 10
    public static let topicLimit = 10
    public static let topicLengthLimit = 20
    public static let mediaLimit = 18
    public static let productLimit = 5

    public var kind: DomainErrorKind {
        switch self {
        case .notFound: .notFound
        case .notAuthor: .forbidden
        default: .invalid
        }
    }

    public var code: String {
        switch self {
        case .titleLength: "note.title_length"
        case .bodyLength: "note.body_length"
        case .tooManyTags: "note.too_many_tags"
        case .unknownTag: "note.unknown_tag"
        case .tooManyTopics: "note.too_many_topics"
        case .topicInvalid: "note.topic_invalid"
        case .tooManyMedia: "note.too_many_media"
        case .mediaInvalid: "note.media_invalid"
        case .placeInvalid: "note.place_invalid"
        case .tooManyProducts: "note.too_many_products"
        case .productUnavailable: "note.product_unavailable"
        case .notFound: "note.not_found"
        case .notAuthor: "note.not_author"
        }
    }

    public var message: String {
        switch self {
        case .titleLength: "A title is 1 to \(Self.titleLimit) characters."
        case .bodyLength: "A note's text is at most \(Self.bodyLimit) characters."
        case .tooManyTags: "A note has at most \(Self.tagLimit) tags."
        case .unknownTag(let id): "Tag \(id) does not exist."
        case .tooManyTopics: "A note has at most \(Self.topicLimit) #topics."
        case .topicInvalid(let topic):
            "The topic \"\(topic.prefix(30))\" must be 1 to \(Self.topicLengthLimit) characters with no spaces."
        case .tooManyMedia: "A note has at most \(Self.mediaLimit) images or videos."
        case .mediaInvalid(let index):
            "Media item \(index + 1) needs an http(s) URL of at most 2,048 characters and a size of 1 to 20,000 pixels."
        case .placeInvalid:
            "A place needs a name of 1 to 40 characters, a city of at most 40, and a valid latitude and longitude."
        case .tooManyProducts: "A note shows at most \(Self.productLimit) products."
        case .productUnavailable(let id): "Product \(id) does not exist or is not on sale."
        case .notFound(let id): "Note \(id) does not exist."
        case .notAuthor: "Only the author can do this to a note."
        }
    }
}
