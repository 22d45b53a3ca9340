import Foundation
import HongshuCore
import Testing

@Suite struct IdentifierTests {
    @Test(arguments: ["0", "-1", "+1", " 1", "1.0", "abc", "9223372036854775808", "", "１２"])
    func onlyPositiveDecimal64BitNumbersAreIDs(_ text: String) {
        #expect(UserID(text) == nil)
    }

    @Test func idsRoundTripThroughText() {
        #expect(UserID("9223372036854775807")?.rawValue == .max)
        #expect(NoteID(42).description == "42")
    }

    @Test func snowflakeIDsAreUniqueIncreasingAndCarryTheirTime() {
        let moment = Date(timeIntervalSince1970: 1_767_225_600)
        let ids = Snowflake(node: 3, now: { moment })
        let made = (0..<10_000).map { _ in ids.next() }
        #expect(Set(made).count == made.count)
        #expect(made == made.sorted())
        #expect(abs(Snowflake.date(of: made[0]).timeIntervalSince(moment)) < 0.001)
    }

    @Test func cursorsRoundTripAndForeignOnesAreRefused() throws {
        let key = TimeKey(time: Date(timeIntervalSince1970: 1_767_225_600.123), id: 77)
        let back = try TimeKey(key.cursor)
        #expect(back.id == 77 && back.microseconds == key.microseconds)
        #expect(throws: CursorError.self) { try TimeKey(Cursor(rawValue: "t_")) }
    }
}
