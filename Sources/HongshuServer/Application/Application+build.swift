import Community
import HongshuCore
import Hummingbird
import Logging
import NIOCore

/// The whole HTTP application: `/api/v1`, the pages, assets, health, OpenAPI and metrics.
public func buildApplication(
    features: Features, settings: ServerSettings, logger: Logger
) -> Application<RouterResponder<AppRequestContext>> {
    Application(
        router: buildRouter(features: features, settings: settings),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Hongshu"),
        logger: logger)
}

/// The router on its own (tests drive it in-process).
public func buildRouter(features: Features, settings: ServerSettings) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: MetricsMiddleware())  // outermost: it sees the status actually sent
    router.add(middleware: ErrorMiddleware())

    router.get("healthz") { _, _ in HealthJSON(status: "ok") }
    router.get("openapi.json") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(staticString: OpenAPIDocument.json)))
    }
    router.get("metrics") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: settings.metricsText())))
    }
    router.get("assets/app.css") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=604800"],
            body: .init(byteBuffer: ByteBuffer(staticString: Stylesheet.css)))
    }

    router.get("assets/app.js") { _, _ in
        Response(
            status: .ok,
            headers: [
                .contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=604800",
            ],
            body: .init(byteBuffer: ByteBuffer(staticString: Script.js)))
    }

    router.get("media/placeholder/:file") { _, context in
        guard let svg = PlaceholderImage.svg(fileName: context.parameters.get("file") ?? "") else {
            throw HTTPError(.notFound)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "image/svg+xml", .cacheControl: "public, max-age=31536000, immutable"],
            body: .init(byteBuffer: ByteBuffer(string: svg)))
    }

    let productDirectory = ProductDirectory(products: features.products, brands: features.brands)
    let directory = NoteDirectory(
        accounts: features.accounts, taxonomy: features.taxonomy, likes: features.likes, boards: features.boards,
        products: productDirectory, reviews: features.reviews)

    // Every route is in one of two groups: `open` (public, said so explicitly) or `members`
    // (signed in). A route added without thinking lands in `members`: deny by default.
    let api = router.group("api/v1").add(
        middleware: AuthenticationMiddleware(accounts: features.accounts, source: .bearer))
    let apiOpen = api.group()
    let apiMembers = api.group().add(middleware: RequireUserMiddleware(redirectToLogIn: false))
    AccountsController(accounts: features.accounts).addRoutes(public: apiOpen, members: apiMembers)
    UsersController(
        accounts: features.accounts, notes: features.notes, follows: features.follows, blocks: features.blocks,
        directory: directory
    )
    .addRoutes(public: apiOpen, members: apiMembers)
    NotesController(notes: features.notes, events: features.events, directory: directory).addRoutes(
        public: apiOpen, members: apiMembers)
    EngagementController(likes: features.likes, boards: features.boards, shares: features.shares, directory: directory)
        .addRoutes(public: apiOpen, members: apiMembers)
    let commentDirectory = CommentDirectory(accounts: features.accounts, comments: features.comments)
    let noticeDirectory = NoticeDirectory(accounts: features.accounts, notes: features.notes)
    NoticesController(notices: features.notices, directory: noticeDirectory).addRoutes(members: apiMembers)
    CommentsController(comments: features.comments, directory: commentDirectory)
        .addRoutes(public: apiOpen, members: apiMembers)
    BrandsController(
        brands: features.brands, products: features.products, orders: features.orders, promos: features.promos,
        accounts: features.accounts, directory: productDirectory
    )
    .addRoutes(public: apiOpen, members: apiMembers)
    ProductsController(
        products: features.products, brands: features.brands, reviews: features.reviews, notes: features.notes,
        events: features.events, directory: productDirectory, noteDirectory: directory
    )
    .addRoutes(public: apiOpen, members: apiMembers)
    OrdersController(
        carts: features.carts, checkout: features.checkout, orders: features.orders, reviews: features.reviews,
        products: productDirectory, noteDirectory: directory
    )
    .addRoutes(members: apiMembers)
    TagsController(taxonomy: features.taxonomy, notes: features.notes, directory: directory).addRoutes(public: apiOpen)
    EventsController(events: features.events).addRoutes(public: apiOpen)
    InsightsController(features: features).addRoutes(members: apiMembers)
    let feedDirectory = FeedDirectory(notes: features.notes, accounts: features.accounts, taxonomy: features.taxonomy)
    FeedController(feeds: features.feeds, directory: directory, feedDirectory: feedDirectory)
        .addRoutes(public: apiOpen, members: apiMembers)
    let searchDirectory = SearchDirectory(products: productDirectory)
    SearchController(searches: features.searches, directory: searchDirectory, accounts: features.accounts)
        .addRoutes(public: apiOpen, members: apiMembers)

    let pages = router.group()
        .add(
            middleware: AuthenticationMiddleware(
                accounts: features.accounts, source: .cookie, secureCookies: settings.secureCookies)
        )
        .add(middleware: CSRFMiddleware(secureCookies: settings.secureCookies))
        .add(middleware: ErrorMiddleware(rendering: .page))  // error pages that know the viewer
    let pagesOpen = pages.group()
    let pagesMembers = pages.group().add(middleware: RequireUserMiddleware(redirectToLogIn: true))
    PagesController(
        features: features, directory: directory, comments: commentDirectory, notices: noticeDirectory,
        secureCookies: settings.secureCookies
    )
    .addRoutes(public: pagesOpen, members: pagesMembers)
    ShopPagesController(features: features, notes: directory, products: productDirectory)
        .addRoutes(public: pagesOpen, members: pagesMembers)
    ConsolePagesController(features: features).addRoutes(members: pagesMembers)
    SearchPagesController(features: features).addRoutes(public: pagesOpen, members: pagesMembers)
    FeedPagesController(features: features, directory: directory, feedDirectory: feedDirectory)
        .addRoutes(public: pagesOpen, members: pagesMembers)
    return router
}
