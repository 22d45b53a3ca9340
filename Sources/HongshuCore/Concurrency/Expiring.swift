import Foundation

/// Values worth reading again only after a while (the week's popular queries, completions of a first
/// character): each is read at most once a `lifetime` by the caller's clock, and readers that find one stale at
/// the same time share one read. At most `capacity` are kept; when full, the oldest half is forgotten.
public actor Expiring<Key: Hashable & Sendable, Value: Sendable> {
    private let lifetime: TimeInterval
    private let capacity: Int
    private var kept: [Key: (value: Value, at: Date)] = [:]
    private var loading: [Key: Task<Value, any Error>] = [:]

    public init(lifetime: TimeInterval, capacity: Int = 1_000) {
        self.lifetime = lifetime
        self.capacity = max(capacity, 1)
    }

    /// The value kept for `key` if it was read less than `lifetime` before `now`, otherwise what `load` reads.
    public func value(
        for key: Key, at now: Date, load: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        if let entry = kept[key], now >= entry.at, now.timeIntervalSince(entry.at) < lifetime { return entry.value }
        if let pending = loading[key] { return try await pending.value }
        let task = Task { try await load() }
        loading[key] = task
        defer { loading[key] = nil }
        let value = try await task.value
        if kept.count >= capacity {
            let oldest = kept.sorted { $0.value.at < $1.value.at }.prefix(capacity / 2 + 1).map(\.key)
            for key in oldest { kept[key] = nil }
        }
        kept[key] = (value, now)
        return value
    }

    /// Forgets every value: the next readers read them again.
    public func invalidate() { kept = [:] }
}

extension Expiring where Key == Bool {
    /// The one value such a cache keeps.
    public func value(at now: Date, load: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await value(for: true, at: now, load: load)
    }
}
