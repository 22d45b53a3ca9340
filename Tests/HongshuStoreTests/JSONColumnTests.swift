import Foundation
import Testing

@testable import HongshuStore

@Suite struct JSONColumnTests {
    @Test func idListsAreReadDirectlyAndAgreeWithTheDecoder() throws {
        for text in ["[]", "[1]", "[0,-7,251970969235623100]", "[12,34,56]"] {
            #expect(
                try JSONColumn.decode([Int64].self, from: text)
                    == JSONDecoder().decode([Int64].self, from: Data(text.utf8)))
        }
        // What this module never writes still reads as JSON would.
        #expect(try JSONColumn.decode([Int64].self, from: "[ 1, 2 ]") == [1, 2])
        #expect(try JSONColumn.decode([Int64].self, from: "[9223372036854775807]") == [Int64.max])
        for broken in ["", "[", "[,]", "[-]", "1", "[\"1\"]"] {
            #expect(throws: (any Error).self) { try JSONColumn.decode([Int64].self, from: broken) }
        }
        // Whatever the decoder makes of odd input, the direct reading makes the same.
        for odd in ["[1]x", "[1,]", "[1.5]", "[1e3]", "[01]", "[-0]", "[00]"] {
            let decoded = try? JSONDecoder().decode([Int64].self, from: Data(odd.utf8))
            #expect((try? JSONColumn.decode([Int64].self, from: odd)) == decoded)
        }
        #expect(try JSONColumn.decode([String].self, from: "[]") == [])
        #expect(try JSONColumn.decode([String].self, from: "[\"早餐\"]") == ["早餐"])
    }
}
