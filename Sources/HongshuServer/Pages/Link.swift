import Community
import Discovery
import HongshuCore
import Search

/// Every page address, in one place; views never spell a path by hand.
enum Link: Hashable, Sendable {
    /// Form targets are posted to; everything else is fetched.
    var isFormAction: Bool {
        switch self {
        case .deleteNote, .publishNote, .follow, .unfollow, .logOut, .like, .unlike, .collect, .uncollect, .boards,
            .comment, .likeComment, .unlikeComment, .deleteComment, .pinComment, .unpinComment, .shareNote, .block,
            .unblock, .readNotices, .cartItem, .checkout, .payOrder, .orderAction, .reviewOrder, .createBrand,
            .createProduct, .updateSKU, .productStatus, .createPromo, .brandMember, .notInterested, .feedImpressions:
            true
        default: false
        }
    }

    case home(after: Cursor? = nil)
    /// The home page's other tabs: notes by people one follows, and notes near a city or a point.
    case following(after: Cursor? = nil)
    case nearby(NearbyPlace?, after: Cursor? = nil)
    /// "Why am I seeing this?"
    case feedWhy(NoteID)
    case notInterested
    case feedImpressions
    case onboarding
    case script
    case note(Note.ID)
    /// A note opened from a feed: its read event says which feed and at what position.
    case noteFromFeed(Note.ID, feed: String, position: Int)
    case deleteNote(Note.ID)
    case newNote
    case tags
    case like(Note.ID)
    case unlike(Note.ID)
    case collect(Note.ID)
    case uncollect(Note.ID)
    case boards
    case notices(after: Cursor? = nil)
    case readNotices
    case shareNote(Note.ID)
    case share(String)
    case comment(Note.ID)
    case likeComment(CommentID)
    case unlikeComment(CommentID)
    case deleteComment(CommentID)
    case pinComment(CommentID)
    case unpinComment(CommentID)
    case board(Board.ID, after: Cursor? = nil)
    case tag(Tag.ID, after: Cursor? = nil)
    case publishNote
    case user(User.ID, after: Cursor? = nil)
    case follow(User.ID)
    case block(User.ID)
    case unblock(User.ID)
    case unfollow(User.ID)
    case signUp
    case logIn(next: String? = nil)
    case logOut
    case stylesheet
    case shop(after: Cursor? = nil)
    case product(ProductID)
    /// A product card under a note: counts the click, then opens the product.
    case productFromNote(NoteID, ProductID)
    case brand(BrandID, after: Cursor? = nil)
    case cart
    case cartItem(SKUID)
    case checkout
    case orders(after: Cursor? = nil)
    case order(OrderID)
    case payOrder(OrderID)
    case orderAction(OrderID, OrderAction)
    case reviewOrder(OrderID)
    case console
    case createBrand
    case consoleBrand(BrandID)
    case createProduct(BrandID)
    case updateSKU(SKUID)
    case productStatus(ProductID)
    case consoleOrders(BrandID, status: String? = nil, after: Cursor? = nil)
    case consolePromos(BrandID)
    case consoleInsights(BrandID)
    case consoleInsightsCSV(BrandID, table: String, since: String, until: String)
    case consoleSpend(BrandID)
    case consoleRemoveSpend(BrandID, spend: Int64)
    case createPromo(BrandID)
    case brandMember(BrandID)
    case search(String, type: SearchKind = .note, sort: SearchSort = .relevance, after: Cursor? = nil)
    /// A result opened from a search: counted, then redirected to the result.
    case searchResult(search: Int64, position: Int, type: String, id: String)
    case searchReport

    var path: String {
        switch self {
        case .home(let after): after.map { "/?after=\($0.rawValue)" } ?? "/"
        case .following(let after): "/?tab=following" + (after.map { "&after=" + $0.rawValue } ?? "")
        case .nearby(let place, let after):
            "/?tab=nearby"
                + {
                    switch place {
                    case .city(let city): "&city=" + city.addingPercentEncodingForQuery
                    case .point(let latitude, let longitude, let radius):
                        "&lat=\(latitude)&lon=\(longitude)&radius=\(Int(radius))"
                    case nil: ""
                    }
                }() + (after.map { "&after=" + $0.rawValue.addingPercentEncodingForQuery } ?? "")
        case .feedWhy(let id): "/feed/why/\(id)"
        case .notInterested: "/feed/not-interested"
        case .feedImpressions: "/feed/impressions"
        case .onboarding: "/onboarding"
        case .script: "/assets/app.js?v=4"
        case .note(let id): "/notes/\(id)"
        case .noteFromFeed(let id, let feed, let position): "/notes/\(id)?from=\(feed)&pos=\(position)"
        case .deleteNote(let id): "/notes/\(id)/delete"
        case .newNote: "/notes/new"
        case .tags: "/tags"
        case .like(let id): "/notes/\(id)/like"
        case .unlike(let id): "/notes/\(id)/unlike"
        case .collect(let id): "/notes/\(id)/collect"
        case .uncollect(let id): "/notes/\(id)/uncollect"
        case .boards: "/boards"
        case .notices(let after): "/notifications" + (after.map { "?after=\($0.rawValue)" } ?? "")
        case .readNotices: "/notifications/read"
        case .shareNote(let id): "/notes/\(id)/share"
        case .share(let code): "/s/\(code)"
        case .comment(let id): "/notes/\(id)/comments"
        case .likeComment(let id): "/comments/\(id)/like"
        case .unlikeComment(let id): "/comments/\(id)/unlike"
        case .deleteComment(let id): "/comments/\(id)/delete"
        case .pinComment(let id): "/comments/\(id)/pin"
        case .unpinComment(let id): "/comments/\(id)/unpin"
        case .board(let id, let after): "/boards/\(id)" + (after.map { "?after=\($0.rawValue)" } ?? "")
        case .tag(let id, let after): "/tags/\(id)" + (after.map { "?after=\($0.rawValue)" } ?? "")
        case .publishNote: "/notes"
        case .user(let id, let after): "/users/\(id)" + (after.map { "?after=\($0.rawValue)" } ?? "")
        case .follow(let id): "/users/\(id)/follow"
        case .unfollow(let id): "/users/\(id)/unfollow"
        case .block(let id): "/users/\(id)/block"
        case .unblock(let id): "/users/\(id)/unblock"
        case .signUp: "/signup"
        case .logIn(let next):
            next.flatMap { $0 == "/" ? nil : "/login?next=" + ($0.addingPercentEncodingForQuery) } ?? "/login"
        case .logOut: "/logout"
        case .stylesheet: "/assets/app.css?v=13"
        case .shop(let after): "/shop" + (after.map { "?after=\($0.rawValue)" } ?? "")
        case .product(let id): "/products/\(id)"
        case .productFromNote(let note, let product): "/notes/\(note)/products/\(product)"
        case .brand(let id, let after): "/brands/\(id)" + (after.map { "?after=\($0.rawValue)" } ?? "")
        case .cart: "/cart"
        case .cartItem(let sku): "/cart/items/\(sku)"
        case .checkout: "/checkout"
        case .orders(let after): "/orders" + (after.map { "?after=\($0.rawValue)" } ?? "")
        case .order(let id): "/orders/\(id)"
        case .payOrder(let id): "/orders/\(id)/pay"
        case .orderAction(let id, let action): "/orders/\(id)/\(action.rawValue)"
        case .reviewOrder(let id): "/orders/\(id)/reviews"
        case .console: "/console"
        case .createBrand: "/console/brands"
        case .consoleBrand(let id): "/console/brands/\(id)"
        case .createProduct(let id): "/console/brands/\(id)/products"
        case .updateSKU(let id): "/console/skus/\(id)"
        case .productStatus(let id): "/console/products/\(id)/status"
        case .consoleOrders(let id, let status, let after):
            "/console/brands/\(id)/orders"
                + ([status.map { "status=\($0)" }, after.map { "after=\($0.rawValue)" }].compactMap { $0 }
                    .joined(separator: "&").nonEmpty.map { "?" + $0 } ?? "")
        case .consolePromos(let id): "/console/brands/\(id)/promos"
        case .consoleInsights(let id): "/console/brands/\(id)/insights"
        case .consoleSpend(let id): "/console/brands/\(id)/insights/spend"
        case .consoleRemoveSpend(let id, let spend): "/console/brands/\(id)/insights/spend/\(spend)/delete"
        case .consoleInsightsCSV(let id, let table, let since, let until):
            "/console/brands/\(id)/insights/\(table).csv?since=" + since.addingPercentEncodingForQuery + "&until="
                + until.addingPercentEncodingForQuery
        case .createPromo(let id): "/console/brands/\(id)/promos"
        case .brandMember(let id): "/console/brands/\(id)/members"
        case .search(let query, let type, let sort, let after):
            "/search?q=" + query.addingPercentEncodingForQuery
                + (type == .note ? "" : "&type=\(type.rawValue)") + (sort == .relevance ? "" : "&sort=\(sort.rawValue)")
                + (after.map { "&after=" + $0.rawValue.addingPercentEncodingForQuery } ?? "")
        case .searchResult(let search, let position, let type, let id):
            "/search/\(search)/open?position=\(position)&type=\(type)&id=" + id.addingPercentEncodingForQuery
        case .searchReport: "/console/search"
        }
    }

    /// Only local paths are followed after signing in (no open redirects).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}

extension String {
    fileprivate var addingPercentEncodingForQuery: String {
        var result = ""
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return result
    }

    fileprivate var nonEmpty: String? { isEmpty ? nil : self }

    fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
