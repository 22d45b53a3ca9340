import Foundation
import NIOCore
import PostgresNIO

/// A `timestamptz` parameter rounded to the nearest microsecond. PostgresNIO's own `Date`
/// encoding truncates, which turns 12:00:00.123 into 12:00:00.122999 and breaks keyset cursors.
struct PostgresTimestamp: PostgresNonThrowingEncodable {
    let date: Date

    init(_ date: Date) { self.date = date }

    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        let microseconds = (date.timeIntervalSince1970 - 946_684_800) * 1_000_000  // since 2000-01-01
        buffer.writeInteger(Int64(microseconds.rounded()))
    }
}

extension Date {
    /// This time as an exact PostgreSQL parameter.
    var exact: PostgresTimestamp { PostgresTimestamp(self) }
}

extension Date {
    /// A time read back from PostgreSQL, as the same `Date` the domain wrote. The domain keeps
    /// whole milliseconds; PostgresNIO's decoding (microseconds since 2000) can land one ulp away.
    var fromPostgres: Date { Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000).rounded() / 1000) }
}
