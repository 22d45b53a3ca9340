import Commerce
import Logging
import PostgresNIO

/// The backend for deployments that outgrow one machine: a PostgresNIO connection pool.
///
/// The pool does its work in ``run()`` (it is a swift-service-lifecycle `Service`); queries
/// wait until it runs. Tables are created in `settings.schema` when one is given.
public struct PostgresBackend: Sendable {
    public let client: PostgresClient
    let settings: PostgresSettings
    let logger: Logger

    public init(settings: PostgresSettings, logger: Logger, maximumConnections: Int = 20) throws {
        if let schema = settings.schema, !PostgresBackend.isPlainIdentifier(schema) {
            throw DatabaseURL.ParseError(description: "A schema name is lower-case letters, digits and underscores")
        }
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.user, password: settings.password,
            database: settings.database,
            tls: settings.requireTLS ? .require(.makeClientConfiguration()) : .disable)
        configuration.options.maximumConnections = maximumConnections
        if let schema = settings.schema {
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.settings = settings
        self.logger = logger
    }

    /// Runs the connection pool until the task is cancelled.
    public func run() async {
        await client.run()
    }

    /// Applies the migrations this database has not seen yet (serialised by an advisory lock).
    public func migrate() async throws {
        try await PostgresMigrations.migrate(client, schema: settings.schema, logger: logger)
        try await PostgresSearchIndex.backfill(client, logger: logger)
    }

    /// The names of the migrations applied so far, in order.
    public func appliedMigrations() async throws -> [String] {
        try await PostgresMigrations.applied(client, logger: logger)
    }

    public var stores: Stores {
        let database = PostgresDatabase(client: client, logger: logger)
        return Stores(
            users: PostgresUserStore(database: database), sessions: PostgresSessionStore(database: database),
            notes: PostgresNoteStore(database: database), follows: PostgresFollowStore(database: database),
            tags: PostgresTagStore(database: database), likes: PostgresLikeStore(database: database),
            boards: PostgresBoardStore(database: database),
            comments: PostgresCommentStore(database: database),
            shares: PostgresShareStore(database: database),
            blocks: PostgresBlockStore(database: database),
            notices: PostgresNoticeStore(database: database),
            events: PostgresEventStore(database: database),
            commerce: CommerceStores(
                brands: PostgresBrandStore(database: database), products: PostgresProductStore(database: database),
                carts: PostgresCartStore(database: database), orders: PostgresOrderStore(database: database),
                promos: PostgresPromoStore(database: database), reviews: PostgresReviewStore(database: database)),
            search: PostgresSearchStore(database: database), attribution: PostgresAttributionStore(database: database),
            reports: PostgresReportStore(database: database), discovery: PostgresDiscoveryStore(database: database))
    }

    static func isPlainIdentifier(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 63
            && name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
    }
}

/// The pool and logger every PostgreSQL store uses, with a transaction helper that rethrows
/// the store's own error rather than PostgresNIO's wrapper.
struct PostgresDatabase: Sendable {
    let client: PostgresClient
    let logger: Logger

    @discardableResult
    func query(_ query: PostgresQuery) async throws -> PostgresRowSequence {
        try await client.query(query, logger: logger)
    }

    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error.commitError ?? error
        }
    }
}

extension PSQLError {
    var isUniqueViolation: Bool { serverInfo?[.sqlState] == "23505" }
}
