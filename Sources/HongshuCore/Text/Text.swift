import Foundation

extension String {
    /// The text without leading and trailing white space (including full-width spaces).
    public var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The form text is compared in when people type it: compatibility forms, case and accents removed, spaces
    /// collapsed (`Lancôme` and `ＬＡＮＣＯＭＥ` both give `lancome`).
    public var folded: String {
        // Plain ASCII letters and digits and CJK ideographs fold to themselves (ASCII to lower case): most
        // names and topics take this path, without Unicode normalisation.
        if unicodeScalars.allSatisfy({ scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                || (0x4E00...0x9FFF).contains(scalar.value)
        }) {
            return lowercased()
        }
        return precomposedStringWithCompatibilityMapping.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
        ).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Date {
    /// This time cut to whole milliseconds: what every backend stores exactly.
    public var truncatedToMilliseconds: Date {
        Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    /// The start of this time's UTC day.
    public var utcDay: Date {
        Date(timeIntervalSince1970: (timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }
}

extension Calendar {
    /// The Gregorian calendar in UTC: how Hongshu counts days.
    public static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
