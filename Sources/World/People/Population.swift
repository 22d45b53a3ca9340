import Community
import Foundation
import HongshuCore

/// One simulated person: the account, plus the latent facts that drive what they do.
struct Person: Sendable {
    var account: ImportedAccount
    let city: String
    /// Heavy-tailed: most people are quiet, a few are very active.
    let activity: Double
    let creator: Bool
    /// Latent interests: tags with weights summing to 1, grouped under a few categories.
    let interests: [(tag: TagID, category: TagID, weight: Double)]

    /// How much others want to follow them.
    var popularity: Double { creator ? 40 + activity * 2 : 1 + activity * 0.3 }
    /// How much they post.
    var postingWeight: Double { creator ? activity * 6 : activity }
}

/// The taxonomy as the generator uses it: categories and the tags under each.
struct TaxonomyIndex: Sendable {
    let categories: [Tag]
    let tagsUnder: [TagID: [Tag]]
    let byID: [TagID: Tag]

    init(_ tags: [Tag]) {
        let sorted = tags.sorted { $0.id < $1.id }
        byID = Dictionary(uniqueKeysWithValues: sorted.map { ($0.id, $0) })
        categories = sorted.filter { $0.parent == nil }
        var under: [TagID: [Tag]] = [:]
        for tag in sorted where tag.parent != nil {
            var top = tag
            while let parent = top.parent, let next = byID[parent] { top = next }
            under[top.id, default: []].append(tag)
        }
        tagsUnder = under
    }
}

/// Makes the people of a world: names, cities, activity, creators and latent interests.
struct Population {
    /// How popular each category is among people (ids of the top-level categories); others 1.
    static let categoryPopularity: [Int64: Double] = [
        1: 3.0, 2: 2.2, 4: 1.8, 5: 2.0, 6: 2.4, 7: 2.6, 13: 2.4, 14: 1.6, 15: 1.6, 16: 1.8, 20: 1.6, 9: 1.2, 10: 1.2,
        11: 1.4, 12: 1.2, 21: 1.4, 23: 0.6, 32: 0.8, 30: 0.6,
    ]

    let taxonomy: TaxonomyIndex
    let vocabulary: Vocabulary

    func make(_ plan: WorldPlan, ids: inout WorldIDs, random: inout SeededRandom) -> [Person] {
        let categoryPicker = WeightedPicker(
            taxonomy.categories.map { Self.categoryPopularity[$0.id.rawValue] ?? 1.0 })
        let cityPicker = WeightedPicker(vocabulary.common.cities.indices.map { 1 / Double($0 + 2) })  // Zipf-like
        var handles = Set<String>()
        var people: [Person] = []
        people.reserveCapacity(plan.users)
        for _ in 0..<plan.users {
            let creator = random.chance(0.02)
            let activity = min(random.pareto(shape: 1.3), 200) * (creator ? 6 : 1)
            let city = vocabulary.common.cities[cityPicker.pick(&random)]
            let interests = makeInterests(categoryPicker, &random)
            // Most people joined before the period; a fifth join during it.
            let joined =
                random.chance(0.8)
                ? plan.start.addingTimeInterval(-random.unit() * 365 * 86_400)
                : plan.start.addingTimeInterval(random.unit() * Double(plan.days) * 86_400 * 0.9)
            let handle = makeHandle(&random, taken: &handles)
            let favourite = taxonomy.byID[interests[0].tag].map(\.name) ?? "生活"
            let account = ImportedAccount(
                id: UserID(ids.next(at: joined)), handle: handle,
                displayName: makeDisplayName(city: city, interest: favourite, &random), joinedAt: joined)
            people.append(
                Person(account: account, city: city, activity: activity, creator: creator, interests: interests))
        }
        return people
    }

    private func makeInterests(_ picker: WeightedPicker, _ random: inout SeededRandom)
        -> [(tag: TagID, category: TagID, weight: Double)]
    {
        var categories: [Tag] = []
        let wanted = random.within(2...4)
        var attempts = 0
        while categories.count < wanted && attempts < 20 {
            let category = taxonomy.categories[picker.pick(&random)]
            if !categories.contains(where: { $0.id == category.id }) { categories.append(category) }
            attempts += 1
        }
        var interests: [(tag: TagID, category: TagID, weight: Double)] = []
        for (rank, category) in categories.enumerated() {
            let strength = random.exponential() / Double(rank + 1)  // the first interest is usually strongest
            let tags = random.sample(taxonomy.tagsUnder[category.id] ?? [], count: random.within(2...4))
            for tag in tags { interests.append((tag.id, category.id, strength * (0.5 + random.unit()))) }
        }
        let total = interests.reduce(0) { $0 + $1.weight }
        return interests.map { ($0.tag, $0.category, $0.weight / max(total, 1e-9)) }.sorted { $0.weight > $1.weight }
    }

    private func makeHandle(_ random: inout SeededRandom, taken: inout Set<String>) -> String {
        while true {
            var handle = random.pick(Names.syllables) + random.pick(Names.syllables)
            switch random.below(4) {
            case 0: handle += "_" + random.pick(Names.words)
            case 1: handle += String(random.within(1...99))
            case 2: handle = random.pick(Names.words) + "_" + handle
            default: break
            }
            if handle.count > 24 { handle = String(handle.prefix(24)) }
            if taken.insert(handle).inserted { return handle }
            let numbered = String(handle.prefix(19)) + String(random.within(100...99_999))
            if taken.insert(numbered).inserted { return numbered }
        }
    }

    private func makeDisplayName(city: String, interest: String, _ random: inout SeededRandom) -> String {
        let interest = interest.count <= 6 ? interest : String(interest.prefix(4))
        let name = random.pick(Names.patterns)
            .replacingOccurrences(of: "{p}", with: random.pick(Names.prefixes))
            .replacingOccurrences(of: "{c2}", with: random.pick(Names.cores))
            .replacingOccurrences(of: "{c}", with: random.pick(Names.cores))
            .replacingOccurrences(of: "{city}", with: city)
            .replacingOccurrences(of: "{interest}", with: interest)
        return String(name.prefix(24))
    }
}

/// Time-ordered 64-bit ids for generated things, in the Snowflake layout with node 1023 (so
/// they never collide with ids the server makes), derived from each thing's simulated time.
struct WorldIDs {
    private var sequences: [Int64: Int64] = [:]

    mutating func next(at date: Date) -> Int64 {
        var millisecond = max(
            Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) - Snowflake.epochMilliseconds, 0)
        while true {
            let sequence = sequences[millisecond, default: 0]
            if sequence < 4096 {
                sequences[millisecond] = sequence + 1
                return (millisecond << 22) | (1023 << 12) | sequence
            }
            millisecond += 1
        }
    }
}
