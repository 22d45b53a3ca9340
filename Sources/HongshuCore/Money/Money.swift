/// An ISO 4217 currency code: three upper-case letters ("CNY").
public struct Currency: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// `nil` unless `rawValue` is three ASCII letters; lower case is accepted and upper-cased.
    public init?(rawValue: String) {
        let upper = rawValue.uppercased()
        guard upper.utf8.count == 3, upper.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else { return nil }
        self.rawValue = upper
    }

    public static let cny = Currency(rawValue: "CNY")!

    public var description: String { rawValue }

    /// How many minor units make one major unit (fen per yuan). ISO 4217 exponents of the
    /// zero-decimal currencies we expect; two for every other.
    public var minorUnitsPerMajor: Int64 {
        ["JPY", "KRW", "VND", "CLP", "ISK", "UGX"].contains(rawValue) ? 1 : 100
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let currency = Currency(rawValue: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "A currency is an ISO 4217 code such as CNY"))
        }
        self = currency
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// An amount of money in integer minor units (fen for CNY) and its currency. Never floating point.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Minor units (fen); negative only for adjustments such as discounts.
    public var amount: Int64
    public var currency: Currency

    public init(amount: Int64, currency: Currency) {
        self.amount = amount
        self.currency = currency
    }

    public static func fen(_ amount: Int64) -> Money { Money(amount: amount, currency: .cny) }

    public static func zero(_ currency: Currency) -> Money { Money(amount: 0, currency: currency) }

    /// "¥129.00" for CNY, "129.00 USD" for others.
    public var description: String {
        let per = currency.minorUnitsPerMajor
        let sign = amount < 0 ? "-" : ""
        let magnitude = amount.magnitude
        var text = String(magnitude / UInt64(per))
        if per == 100 {
            let cents = magnitude % 100
            text += "." + (cents < 10 ? "0" : "") + String(cents)
        }
        return currency == .cny ? "\(sign)¥\(text)" : "\(sign)\(text) \(currency.rawValue)"
    }

    /// The sum; `nil` when the currencies differ or the sum overflows.
    public func adding(_ other: Money) -> Money? {
        guard other.currency == currency else { return nil }
        let (sum, overflow) = amount.addingReportingOverflow(other.amount)
        return overflow ? nil : Money(amount: sum, currency: currency)
    }

    /// This amount times a whole number; `nil` on overflow.
    public func times(_ count: Int) -> Money? {
        let (product, overflow) = amount.multipliedReportingOverflow(by: Int64(count))
        return overflow ? nil : Money(amount: product, currency: currency)
    }
}
