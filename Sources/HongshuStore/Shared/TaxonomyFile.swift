import Foundation
import HongshuCore

/// The interest taxonomy as shipped in `Resources/taxonomy.tsv`: one tag a line,
/// `id, parent id, Chinese name, English name, aliases separated by |`, parents first.
/// The migrations load it; it is frozen with them (later changes are new migrations and files).
enum TaxonomyFile {
    struct Entry: Sendable {
        let tag: Tag
        /// Order among its siblings.
        let position: Int
    }

    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    static func load() throws -> [Entry] {
        guard let url = Bundle.module.url(forResource: "taxonomy", withExtension: "tsv") else {
            throw FormatError(description: "taxonomy.tsv is missing from the HongshuStore bundle")
        }
        return try parse(String(contentsOf: url, encoding: .utf8))
    }

    static func parse(_ text: String) throws -> [Entry] {
        var siblings: [Int64: Int] = [:]
        return try text.split(separator: "\n").enumerated().map { number, line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let id = Int64(fields[0]), let parent = Int64(fields[1]) else {
                throw FormatError(
                    description: "taxonomy.tsv line \(number + 1) is not id, parent, name, English, aliases")
            }
            let position = siblings[parent, default: 0]
            siblings[parent] = position + 1
            let aliases = fields[4].split(separator: "|").map(String.init)
            let tag = Tag(
                id: TagID(id), parent: TagID(parent), name: fields[2], englishName: fields[3], aliases: aliases)
            return Entry(tag: tag, position: position)
        }
    }
}

extension Tag {
    /// Aliases as one column, `|` around each so `LIKE '%|x|%'` and substring search both work.
    var aliasColumn: String { aliases.isEmpty ? "" : "|" + aliases.joined(separator: "|") + "|" }

    static func aliases(fromColumn column: String) -> [String] {
        column.split(separator: "|").map(String.init)
    }
}
