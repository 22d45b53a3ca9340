/// Collects writes that must not delay a response (events, notifications) and writes them in
/// batches when flushed: one transaction for many, off the request's path. A service flushes it
/// several times a second and once more at shutdown, so nothing is lost.
public actor WriteBehind<Item: Sendable> {
    private var items: [Item] = []
    private let write: @Sendable ([Item]) async throws -> Void

    public init(write: @escaping @Sendable ([Item]) async throws -> Void) {
        self.write = write
    }

    public func add(_ item: Item) { items.append(item) }

    public var pending: Int { items.count }

    /// Writes everything collected so far; on failure the batch is kept for the next flush.
    public func flush() async throws {
        guard !items.isEmpty else { return }
        let batch = items
        items = []
        do {
            try await write(batch)
        } catch {
            items = batch + items
            throw error
        }
    }
}
