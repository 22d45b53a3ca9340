import Foundation

extension String {
    /// The text without leading and trailing white space (including full-width spaces).
    public var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

extension Date {
    /// This time cut to whole milliseconds: what every backend stores exactly.
    public var truncatedToMilliseconds: Date {
        Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
