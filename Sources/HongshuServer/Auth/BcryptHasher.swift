import Community
import HummingbirdBcrypt
import NIOPosix
import Synchronization

/// bcrypt on NIO's blocking thread pool, so hashing never stalls the request executors.
public struct BcryptHasher: PasswordHasher {
    let cost: UInt8
    /// A hash of a random password at the same cost, made on first use.
    private let decoy = Decoy()

    /// - Parameter cost: log2 of the rounds; 12 in production, 4 (the minimum) in tests.
    public init(cost: UInt8 = 12) {
        precondition((4...31).contains(cost), "bcrypt cost is 4...31")
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    public func spendVerificationTime(_ password: String) async throws {
        let decoyHash: String
        if let made = decoy.hash.withLock({ $0 }) {
            decoyHash = made
        } else {
            decoyHash = try await hash(String(UInt64.random(in: .min ... .max)))
            decoy.hash.withLock { $0 = decoyHash }
        }
        _ = try await verify(password, against: decoyHash)
    }
}

private final class Decoy: Sendable {
    let hash = Mutex<String?>(nil)
}
