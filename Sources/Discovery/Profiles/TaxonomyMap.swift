import HongshuCore

/// The taxonomy as discovery reads it: each tag's parent, and tags by their folded names and aliases.
public struct TaxonomyMap: Sendable {
    public let parents: [TagID: TagID]
    public let names: [TagID: String]
    let byName: [String: TagID]
    /// Each tag's ancestors, nearest first (worked out once: ranking asks for every candidate's tags).
    let lineage: [TagID: [TagID]]

    public init(_ tags: [Tag]) {
        var parents: [TagID: TagID] = [:]
        var names: [TagID: String] = [:]
        var byName: [String: TagID] = [:]
        for tag in tags {
            if let parent = tag.parent { parents[tag.id] = parent }
            names[tag.id] = tag.name
            for name in [tag.name, tag.englishName] + tag.aliases where !name.isEmpty {
                byName[name.folded] = byName[name.folded] ?? tag.id
            }
        }
        self.parents = parents
        self.names = names
        self.byName = byName
        var lineage: [TagID: [TagID]] = [:]
        for tag in tags {
            var chain: [TagID] = []
            var current = parents[tag.id]
            while let parent = current, chain.count < 8 {
                chain.append(parent)
                current = parents[parent]
            }
            if !chain.isEmpty { lineage[tag.id] = chain }
        }
        self.lineage = lineage
    }

    /// The tag's parent, grandparent, … up to the category.
    public func ancestors(of tag: TagID) -> [TagID] { lineage[tag] ?? [] }

    /// The tag named (or aliased) exactly `text`, folded.
    public func tag(named text: String) -> TagID? { byName[text.folded] }
}
