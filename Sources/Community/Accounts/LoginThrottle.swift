import Foundation

/// Counts failed sign-ins per handle and per client address in a sliding window, and says
/// when a key must wait. In memory: each server process throttles what it sees.
public actor LoginThrottle {
    public struct Limits: Sendable {
        public var perHandle: Int
        public var perAddress: Int
        public var window: TimeInterval

        /// 5 failures per handle and 20 per address in 15 minutes.
        public static let standard = Limits(perHandle: 5, perAddress: 20, window: 15 * 60)

        public init(perHandle: Int, perAddress: Int, window: TimeInterval) {
            self.perHandle = perHandle
            self.perAddress = perAddress
            self.window = window
        }
    }

    private let limits: Limits
    private var failures: [String: [Date]] = [:]
    private static let maximumKeys = 100_000

    public init(limits: Limits = .standard) { self.limits = limits }

    /// Seconds to wait before the next attempt for this handle or address, or `nil` if allowed.
    func retryAfter(handle: String, address: String?, now: Date) -> Int? {
        let keys = [("h:" + handle, limits.perHandle)] + (address.map { [("a:" + $0, limits.perAddress)] } ?? [])
        let waits = keys.compactMap { key, limit -> TimeInterval? in
            let recent = prune(key, now: now)
            guard recent.count >= limit, let oldest = recent.first else { return nil }
            return oldest.addingTimeInterval(limits.window).timeIntervalSince(now)
        }
        return waits.max().map { max(1, Int($0.rounded(.up))) }
    }

    func recordFailure(handle: String, address: String?, now: Date) {
        if failures.count >= Self.maximumKeys { failures.removeAll(keepingCapacity: true) }
        failures["h:" + handle, default: []].append(now)
        if let address { failures["a:" + address, default: []].append(now) }
    }

    func recordSuccess(handle: String) {
        failures["h:" + handle] = nil
    }

    private func prune(_ key: String, now: Date) -> [Date] {
        guard let dates = failures[key] else { return [] }
        let recent = dates.filter { now.timeIntervalSince($0) < limits.window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent
    }
}
