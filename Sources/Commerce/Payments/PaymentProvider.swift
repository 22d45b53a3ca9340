import HongshuCore

/// What a payment provider answered.
public enum PaymentResult: Hashable, Sendable {
    /// Charged; the provider's reference for the charge.
    case succeeded(reference: String)
    case declined(reason: String)
}

/// Takes money from a card. Real providers are adapters behind this protocol.
///
/// Charges are idempotent on `reference` (the order id): charging the same reference twice
/// returns the first result and takes the money once, whatever the caller retries.
public protocol PaymentProvider: Sendable {
    /// - Throws: ``PaymentTimeout`` when the provider did not answer (nothing was charged).
    func charge(_ amount: Money, card: String, reference: String) async throws -> PaymentResult
    /// Gives the money of a charge back.
    func refund(charge reference: String, amount: Money) async throws
}

/// The provider did not answer in time.
public struct PaymentTimeout: Error, Sendable {
    public init() {}
}

/// A provider for development and tests with deterministic cards: `4242424242424242` pays,
/// `4000000000000002` is declined, `4000000000009995` is declined for insufficient funds,
/// `4000000000000119` times out. Any other valid number pays.
public actor SandboxPayments: PaymentProvider {
    public static let succeeds = "4242424242424242"
    public static let declines = "4000000000000002"
    public static let insufficientFunds = "4000000000009995"
    public static let timesOut = "4000000000000119"

    private var charges: [String: (result: PaymentResult, amount: Money)] = [:]
    private var refunds: [String: Money] = [:]

    public init() {}

    public func charge(_ amount: Money, card: String, reference: String) async throws -> PaymentResult {
        if let earlier = charges[reference] { return earlier.result }
        let result: PaymentResult
        switch card {
        case Self.timesOut: throw PaymentTimeout()
        case Self.declines: result = .declined(reason: "the card was declined")
        case Self.insufficientFunds: result = .declined(reason: "insufficient funds")
        default: result = .succeeded(reference: "sandbox_ch_\(reference)")
        }
        if case .succeeded = result { charges[reference] = (result, amount) }
        return result
    }

    public func refund(charge reference: String, amount: Money) async throws {
        refunds[reference] = amount
    }

    /// How much was charged in all (per reference, once): what tests check for double charges.
    public var chargedTotal: Int64 { charges.values.reduce(0) { $0 + $1.amount.amount } }
    public var chargeCount: Int { charges.count }
    public var refundedTotal: Int64 { refunds.values.reduce(0) { $0 + $1.amount } }
}

/// Card numbers: 12–19 digits with a valid Luhn check digit.
enum CardNumber {
    static func isValid(_ number: String) -> Bool {
        let digits = number.utf8.map { Int($0) - 48 }
        guard (12...19).contains(digits.count), digits.allSatisfy({ (0...9).contains($0) }) else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
