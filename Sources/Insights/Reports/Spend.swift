import Foundation
import HongshuCore

/// What a brand paid to be seen through a note, a creator or a search query (a creator's fee, a promoted note, a
/// bought keyword), on a day: the cost side of a report's return on spend.
public struct Spend: Hashable, Sendable {
    public let id: Int64
    public let brand: BrandID
    public let dimension: ReportDimension
    /// The note's or the creator's id, or the search query, folded as reports group queries.
    public let key: String
    /// Minor units of `currency`.
    public let amount: Int64
    public let currency: Currency
    /// The start of the UTC day it was spent.
    public let day: Date
    public let label: String

    public init(
        id: Int64, brand: BrandID, dimension: ReportDimension, key: String, amount: Int64, currency: Currency,
        day: Date, label: String
    ) {
        self.id = id
        self.brand = brand
        self.dimension = dimension
        self.key = key
        self.amount = amount
        self.currency = currency
        self.day = day
        self.label = label
    }
}

/// A spend as a brand enters it.
public struct SpendDraft: Sendable {
    public var dimension: ReportDimension
    public var key: String
    public var amount: Int64
    public var currency: String
    public var day: Date
    public var label: String

    public init(dimension: ReportDimension, key: String, amount: Int64, currency: String, day: Date, label: String = "")
    {
        self.dimension = dimension
        self.key = key
        self.amount = amount
        self.currency = currency
        self.day = day
        self.label = label
    }
}

/// What one note, creator or query cost over a report's period against what the purchases it led to brought
/// (the attributed amounts of the report's rows for it, click-through and view-through together).
public struct SpendReturn: Hashable, Sendable {
    public let dimension: ReportDimension
    public let key: String
    public let currency: Currency
    public let cost: Int64
    /// Each model's attributed amount; empty when the spend's currency is not the one the brand sold in.
    public let attributed: [AttributionModel: Int64]

    public init(
        dimension: ReportDimension, key: String, currency: Currency, cost: Int64,
        attributed: [AttributionModel: Int64]
    ) {
        self.dimension = dimension
        self.key = key
        self.currency = currency
        self.cost = cost
        self.attributed = attributed
    }

    /// Attributed amount over cost, for each model (absent when nothing can be compared).
    public var roi: [AttributionModel: Double] {
        attributed.mapValues { Double($0) / Double(cost) }
    }

    /// The returns of `spends` against the report's (shown) rows: one per dimension, key and currency.
    static func of(
        _ spends: [Spend], rows: [ReportDimension: [AttributionRow<String>]], soldIn currency: String?
    ) -> [SpendReturn] {
        var costs: [Group: Int64] = [:]
        for spend in spends { costs[Group(spend.dimension, spend.key, spend.currency), default: 0] += spend.amount }
        return costs.map { group, cost in
            var attributed: [AttributionModel: Int64] = [:]
            if currency == nil || currency == group.currency.rawValue {
                attributed = Dictionary(uniqueKeysWithValues: AttributionModel.allCases.map { ($0, 0) })
                for row in rows[group.dimension] ?? [] where Spend.key(row.key, group.dimension) == group.key {
                    attributed.merge(row.attributed, uniquingKeysWith: +)
                }
            }
            return SpendReturn(
                dimension: group.dimension, key: group.key, currency: group.currency, cost: cost, attributed: attributed
            )
        }.sorted {
            ($0.dimension.rawValue, $0.key, $0.currency.rawValue) < (
                $1.dimension.rawValue, $1.key, $1.currency.rawValue
            )
        }
    }

    private struct Group: Hashable {
        let dimension: ReportDimension
        let key: String
        let currency: Currency
        init(_ dimension: ReportDimension, _ key: String, _ currency: Currency) {
            self.dimension = dimension
            self.key = key
            self.currency = currency
        }
    }
}

extension Spend {
    /// The key a spend is kept under: ids as decimal text, queries folded and trimmed (as reports match them).
    static func key(_ text: String, _ dimension: ReportDimension) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch dimension {
        case .note, .creator: return Int64(trimmed).map(String.init) ?? trimmed
        case .query: return trimmed.folded
        case .campaign: return trimmed
        }
    }

    public static let labelLimit = 100
    public static let queryLimit = 100
}

public enum SpendError: DomainError, Equatable {
    case keyInvalid
    case amountInvalid
    case currencyInvalid
    case labelTooLong
    case notFound

    public var kind: DomainErrorKind {
        switch self {
        case .notFound: .notFound
        default: .invalid
        }
    }

    public var code: String {
        switch self {
        case .keyInvalid: "spend.key_invalid"
        case .amountInvalid: "spend.amount_invalid"
        case .currencyInvalid: "spend.currency_invalid"
        case .labelTooLong: "spend.label_too_long"
        case .notFound: "spend.not_found"
        }
    }

    public var message: String {
        switch self {
        case .keyInvalid:
            "A spend names a note or creator by id, or a search query or campaign of 1 to 100 characters."
        case .amountInvalid: "A spend is a positive amount in minor units (fen), at most 10,000,000,000."
        case .currencyInvalid: "A currency is three letters, such as CNY."
        case .labelTooLong: "A label is at most 100 characters."
        case .notFound: "This brand has no such spend."
        }
    }
}
