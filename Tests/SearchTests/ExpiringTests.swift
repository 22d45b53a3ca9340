import Foundation
import HongshuCore
import Testing

@Suite struct ExpiringTests {
    actor Reads {
        var count = 0
        func next() -> Int {
            count += 1
            return count
        }
    }

    /// A value is read once a lifetime, by the caller's clock, per key; readers arriving while it is read share
    /// that read; a full cache forgets its oldest values.
    @Test func valuesAreReadOnceALifetimePerKey() async throws {
        let reads = Reads()
        let cache = Expiring<String, Int>(lifetime: 60, capacity: 4)
        let start = Date(timeIntervalSince1970: 1_000_000)
        #expect(try await cache.value(for: "a", at: start) { await reads.next() } == 1)
        #expect(try await cache.value(for: "a", at: start.addingTimeInterval(59)) { await reads.next() } == 1)
        #expect(try await cache.value(for: "b", at: start) { await reads.next() } == 2)
        #expect(try await cache.value(for: "a", at: start.addingTimeInterval(60)) { await reads.next() } == 3)
        // A clock that went back does not trust what was kept.
        #expect(try await cache.value(for: "a", at: start) { await reads.next() } == 4)

        let later = start.addingTimeInterval(1_000)
        let shared = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await cache.value(for: "c", at: later) {
                        try await Task.sleep(for: .milliseconds(50))
                        return await reads.next()
                    }
                }
            }
            return try await group.reduce(into: Set<Int>()) { $0.insert($1) }
        }
        #expect(shared == [5])

        for key in ["d", "e", "f"] { _ = try await cache.value(for: key, at: later) { await reads.next() } }
        let before = await reads.count
        _ = try await cache.value(for: "b", at: start.addingTimeInterval(1)) { await reads.next() }
        #expect(await reads.count == before + 1)  // "b" was among the oldest, forgotten when the cache filled

        await cache.invalidate()
        #expect(try await cache.value(for: "f", at: later) { await reads.next() } == before + 2)
    }
}
