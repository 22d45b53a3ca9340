import Community
import Discovery
import Foundation
import HongshuCore
import Insights

/// Generates a world — people, who follows whom, and notes — and writes it through the domain
/// operations' batch paths, so everything obeys the rules the app enforces.
public struct WorldGenerator: Sendable {
    let accounts: Accounts
    let notes: Notes
    let follows: Follows
    let taxonomy: Taxonomy
    let vocabulary: Vocabulary
    let likes: Likes
    let boards: Boards
    let comments: Comments
    let events: EventLog
    let commerce: WorldCommerce?
    /// Credits the world's purchases once every event is in (they are written out of time order).
    let attribution: Attribution?
    /// Builds everyone's interest profile from the world's events once they are all in.
    let profiles: InterestProfiles?

    /// Every generated account signs in with this password.
    public static let password = "hongshu-demo"

    public init(
        accounts: Accounts, notes: Notes, follows: Follows, taxonomy: Taxonomy, likes: Likes, boards: Boards,
        comments: Comments, events: EventLog, vocabulary: Vocabulary, commerce: WorldCommerce? = nil,
        attribution: Attribution? = nil, profiles: InterestProfiles? = nil
    ) {
        self.attribution = attribution
        self.profiles = profiles
        self.commerce = commerce
        self.comments = comments
        self.events = events
        self.accounts = accounts
        self.notes = notes
        self.follows = follows
        self.taxonomy = taxonomy
        self.likes = likes
        self.boards = boards
        self.vocabulary = vocabulary
    }

    /// Writes the world of `plan` and returns its ground truth.
    public func generate(_ plan: WorldPlan, progress: @Sendable (WorldProgress) -> Void = { _ in }) async throws
        -> GroundTruth
    {
        let root = SeededRandom(seed: plan.seed)
        let index = TaxonomyIndex(try await taxonomy.all())
        var ids = WorldIDs()

        var random = root.fork(1)
        let people = Population(taxonomy: index, vocabulary: vocabulary).make(plan, ids: &ids, random: &random)
        let passwordHash = try await accounts.passwordHash(Self.password)  // bcrypt once, not per batch
        for (offset, batch) in people.chunked(by: 1_000).enumerated() {
            try await accounts.signUp(imported: batch.map(\.account), passwordHash: passwordHash)
            progress(WorldProgress(phase: "people", done: min((offset + 1) * 1_000, people.count), total: people.count))
        }

        random = root.fork(2)
        let graph = followGraph(people, plan: plan, &random)
        for (offset, batch) in graph.chunked(by: 5_000).enumerated() {
            try await follows.follow(imported: Array(batch))
            progress(WorldProgress(phase: "follows", done: min((offset + 1) * 5_000, graph.count), total: graph.count))
        }
        var followees: [UserID: [String]] = [:]  // handles, for @mentions
        let handles = Dictionary(uniqueKeysWithValues: people.map { ($0.account.id, $0.account.handle) })
        for follow in graph { followees[follow.follower, default: []].append(handles[follow.followee] ?? "") }

        random = root.fork(5)
        let shelf = try await openShops(people, plan: plan, ids: &ids, &random, progress: progress)
        var shelves: [TagID: [Int]] = [:]
        for (index, item) in shelf.enumerated() { shelves[item.category, default: []].append(index) }

        random = root.fork(3)
        var truth = GroundTruth()
        for item in shelf { for (sku, stock) in item.openingStock { truth.openingStock[sku.description] = stock } }
        truth.people = people.map { person in
            GroundTruth.Person(
                id: person.account.id.description, handle: person.account.handle, city: person.city,
                activity: person.activity, creator: person.creator,
                interests: person.interests.map { .init(tag: $0.tag.description, weight: $0.weight) })
        }
        let writer = NoteWriter(vocabulary: vocabulary, taxonomy: index)
        let authors = WeightedPicker(people.map(\.postingWeight))
        let hours = WeightedPicker(Self.hourlyWeights)
        var written = 0
        var published: [PublishedNote] = []
        published.reserveCapacity(plan.notes)
        let positions = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.account.id, $0) })
        while written < plan.notes {
            var batch: [ImportedNote] = []
            for _ in 0..<min(5_000, plan.notes - written) {
                let person = people[authors.pick(&random)]
                let interest = person.interests[WeightedPicker(person.interests.map(\.weight)).pick(&random)]
                var tags = [interest.tag]
                let related = person.interests.filter { $0.category == interest.category && $0.tag != interest.tag }
                if let extra = related.first, random.chance(0.4) { tags.append(extra.tag) }
                let friends = followees[person.account.id] ?? []
                let mention = !friends.isEmpty && random.chance(0.08) ? random.pick(friends) : nil
                let at = publishTime(after: person.account.joinedAt, plan: plan, hours: hours, &random)
                var draft = writer.draft(
                    by: person, category: interest.category, tags: tags, mention: mention, random: &random)
                // Creators show what they use far more often than everyone else ("seeding").
                var shown: [Int] = []
                if let onShelf = shelves[interest.category], random.chance(person.creator ? 0.35 : 0.06) {
                    shown = Array(Set((0..<(1 + random.below(2))).map { _ in random.pick(onShelf) })).sorted()
                    draft.products = shown.map { shelf[$0].product }
                }
                let id = NoteID(ids.next(at: at))
                batch.append(ImportedNote(id: id, author: person.account.id, draft: draft, publishedAt: at))
                let quality = min(1, max(0, 0.35 + 0.15 * log(person.activity) + 0.25 * (random.unit() - 0.5)))
                published.append(
                    PublishedNote(
                        id: id, author: positions[person.account.id]!, category: interest.category, at: at,
                        quality: quality, products: shown))
                truth.notes.append(
                    .init(
                        id: id.description, author: person.account.id.description,
                        category: interest.category.description, tags: tags.map(\.description), quality: quality))
            }
            try await notes.publish(imported: batch)
            written += batch.count
            progress(WorldProgress(phase: "notes", done: written, total: plan.notes))
        }
        random = root.fork(4)
        var following = Set(
            graph.compactMap { follow in
                positions[follow.follower].flatMap { follower in
                    positions[follow.followee].map { Self.pair(follower, $0) }
                }
            })
        try await simulateActivity(
            people, published, shelf: shelf, following: &following, plan: plan, hours: hours, ids: &ids, &random,
            progress: progress)
        if let attribution {
            try await attribution.attributeAll { progress(WorldProgress(phase: "attribution", done: $0, total: $0)) }
        }
        if let profiles {
            try await profiles.rebuild(from: events) {
                progress(WorldProgress(phase: "interests", done: $0, total: $0))
            }
        }
        return truth
    }

    /// A note as the activity simulation needs it.
    struct PublishedNote {
        let id: NoteID
        let author: Int
        let category: TagID
        let at: Date
        let quality: Double
        /// Indices into the shelf of the products the note shows.
        let products: [Int]
    }

    /// People open the app day by day (the active ones more often), see notes from their
    /// interests (recent ones more likely), and like or save some: more often when the note
    /// matches a strong interest and is good.
    private func simulateActivity(
        _ people: [Person], _ published: [PublishedNote], shelf: [ShelfItem], following: inout Set<Int64>,
        plan: WorldPlan, hours: WeightedPicker, ids: inout WorldIDs, _ random: inout SeededRandom,
        progress: @Sendable (WorldProgress) -> Void
    ) async throws {
        guard !published.isEmpty, !people.isEmpty else { return }
        var pools: [TagID: [Int]] = [:]
        for (index, note) in published.enumerated() { pools[note.category, default: []].append(index) }
        for category in pools.keys { pools[category]!.sort { published[$0].at < published[$1].at } }
        let poolTimes = pools.mapValues { $0.map { published[$0].at.timeIntervalSince1970 } }
        let visitors = WeightedPicker(people.map(\.activity))
        let interestPickers = people.map { WeightedPicker($0.interests.map(\.weight)) }
        // Everyone opens the app `opensPerDay` times a day on average; who opens it is drawn by
        // activity, so the active few open it many times a day and most people now and then.
        let sessions = Int((Double(plan.users * plan.days) * plan.opensPerDay).rounded())
        var likeBatch: [Like] = []
        var saveBatch: [(note: Note.ID, user: User.ID, at: Date)] = []
        var commentBatch: [Comment] = []
        var readBatch: [Event] = []
        var followBatch: [Follow] = []
        var till = Till(stock: shelf.reduce(into: [:]) { $0.merge($1.openingStock) { first, _ in first } })
        // Top comments written so far on each note (for replies): (id, author, time).
        var threads: [Int: [(id: Comment.ID, author: User.ID, at: Date)]] = [:]
        for session in 0..<sessions {
            let index = visitors.pick(&random)
            let person = people[index]
            let day = plan.start.addingTimeInterval(Double(random.below(plan.days)) * 86_400)
            let opened = day.addingTimeInterval(Double(hours.pick(&random)) * 3_600 + random.unit() * 3_600)
            guard opened > person.account.joinedAt, opened < plan.end else { continue }
            let interests = interestPickers[index]
            for _ in 0..<Self.notesSeenPerOpen {
                let interest = person.interests[interests.pick(&random)]
                guard let pool = pools[interest.category], let times = poolTimes[interest.category] else { continue }
                let seen = times.insertionIndex(of: opened.timeIntervalSince1970)
                guard seen > 0 else { continue }
                let noteIndex = pool[seen - 1 - Int(Double(seen) * pow(random.unit(), 3))]
                let note = published[noteIndex]
                guard note.author != index else { continue }
                let match = min(1, interest.weight * 4)
                let at = opened.addingTimeInterval(random.unit() * 600)
                guard at < plan.end else { continue }
                // Opening a note from the feed is a read; engaging follows reading.
                guard random.chance(0.1 + 0.4 * note.quality * match) else { continue }
                readBatch.append(
                    Event(
                        id: ids.next(at: at), at: at, user: person.account.id, kind: .read, subject: .note(note.id),
                        context: ["surface": "feed"]))
                if !note.products.isEmpty {
                    try await shop(
                        note, from: shelf, by: person.account.id, at: at, match: match, plan: plan, ids: &ids,
                        events: &readBatch, till: &till, &random)
                }
                if random.chance(0.15 + 0.5 * note.quality * match) {
                    likeBatch.append(Like(note: note.id, user: person.account.id, at: at))
                    readBatch.append(
                        Event(
                            id: ids.next(at: at), at: at, user: person.account.id, kind: .like,
                            subject: .note(note.id)))
                    // A note that strikes a chord wins its author a follower now and then.
                    if random.chance(0.08 * note.quality * match),
                        following.insert(Self.pair(index, note.author)).inserted
                    {
                        let author = people[note.author].account.id
                        followBatch.append(Follow(follower: person.account.id, followee: author, since: at))
                        readBatch.append(
                            Event(
                                id: ids.next(at: at), at: at, user: person.account.id, kind: .follow,
                                subject: .user(author), context: ["surface": "note", "note": note.id.description]))
                    }
                }
                if random.chance(0.03 + 0.2 * note.quality * match) {
                    saveBatch.append((note.id, person.account.id, at))
                    readBatch.append(
                        Event(
                            id: ids.next(at: at), at: at, user: person.account.id, kind: .collect,
                            subject: .note(note.id)))
                }
                if random.chance(0.03 + 0.12 * note.quality * match) {
                    let earlier = (threads[noteIndex] ?? []).filter { $0.at < at && $0.author != person.account.id }
                    let id = CommentID(ids.next(at: at))
                    readBatch.append(
                        Event(
                            id: ids.next(at: at), at: at, user: person.account.id, kind: .comment,
                            subject: .note(note.id), context: ["comment": id.description]))
                    if let thread = earlier.isEmpty || random.chance(0.6) ? nil : random.pick(earlier) {
                        commentBatch.append(
                            Comment(
                                id: id, note: note.id, author: person.account.id, thread: thread.id, replyingTo: nil,
                                body: random.pick(CommentPhrases.replies), createdAt: at))
                    } else {
                        commentBatch.append(
                            Comment(
                                id: id, note: note.id, author: person.account.id, thread: nil, replyingTo: nil,
                                body: random.pick(CommentPhrases.comments), createdAt: at))
                        threads[noteIndex, default: []].append((id, person.account.id, at))
                    }
                }
            }
            if likeBatch.count >= 20_000 {
                progress(WorldProgress(phase: "activity", done: session + 1, total: sessions))
            }
            try await write(&likeBatch, &saveBatch, &till, &readBatch, &commentBatch, &followBatch, all: false)
        }
        try await write(&likeBatch, &saveBatch, &till, &readBatch, &commentBatch, &followBatch, all: true)
        progress(WorldProgress(phase: "activity", done: sessions, total: sessions))
    }

    /// Writes the batches that are full (or, with `all`, everything left) through the domain.
    private func write(
        _ likeBatch: inout [Like], _ saveBatch: inout [(note: Note.ID, user: User.ID, at: Date)], _ till: inout Till,
        _ readBatch: inout [Event], _ commentBatch: inout [Comment], _ followBatch: inout [Follow], all: Bool
    ) async throws {
        if followBatch.count >= 5_000 || (all && !followBatch.isEmpty) {
            try await follows.follow(imported: followBatch)
            followBatch.removeAll(keepingCapacity: true)
        }
        if likeBatch.count >= 20_000 || (all && !likeBatch.isEmpty) {
            try await likes.like(imported: likeBatch)
            likeBatch.removeAll(keepingCapacity: true)
        }
        if saveBatch.count >= 5_000 || (all && !saveBatch.isEmpty) {
            try await boards.collect(imported: saveBatch)
            saveBatch.removeAll(keepingCapacity: true)
        }
        if till.orders.count >= 2_000 || all { try await closeTill(&till) }
        if readBatch.count >= 20_000 || (all && !readBatch.isEmpty) {
            try await events.record(imported: readBatch)
            readBatch.removeAll(keepingCapacity: true)
        }
        if all { try await events.flush() }  // the notes' read counts
        if commentBatch.count >= 5_000 || (all && !commentBatch.isEmpty) {
            try await comments.comment(imported: commentBatch)
            commentBatch.removeAll(keepingCapacity: true)
        }
    }

    /// Who follows whom: mostly people who share an interest, weighted by popularity (creators
    /// gather large audiences), some anyone popular. Each edge is dated after both joined.
    private func followGraph(_ people: [Person], plan: WorldPlan, _ random: inout SeededRandom) -> [Follow] {
        guard people.count > 1 else { return [] }
        var members: [TagID: [Int]] = [:]
        for (index, person) in people.enumerated() {
            for category in Set(person.interests.map(\.category)).sorted() {
                members[category, default: []].append(index)
            }
        }
        let pickers = members.mapValues { indices in WeightedPicker(indices.map { people[$0].popularity }) }
        let everyone = WeightedPicker(people.map(\.popularity))
        var edges: [Follow] = []
        for (index, person) in people.enumerated() {
            let wanted = min(people.count - 1, Int(2 + 3 * log(1 + person.activity) + random.unit() * 4))
            var chosen = Set<Int>()
            var attempts = 0
            while chosen.count < wanted && attempts < wanted * 4 {
                attempts += 1
                let other: Int
                if random.chance(0.7) {
                    let category = person.interests[random.below(person.interests.count)].category
                    guard let group = members[category], let picker = pickers[category] else { continue }
                    other = group[picker.pick(&random)]
                } else {
                    other = everyone.pick(&random)
                }
                guard other != index, chosen.insert(other).inserted else { continue }
                let earliest = max(person.account.joinedAt, people[other].account.joinedAt)
                let since = earliest.addingTimeInterval(
                    random.unit() * max(plan.end.timeIntervalSince(earliest) - 60, 0))
                edges.append(Follow(follower: person.account.id, followee: people[other].account.id, since: since))
            }
        }
        return edges
    }

    /// A time in the period, after `joined`, at the hours people post (China time, UTC+8).
    private func publishTime(after joined: Date, plan: WorldPlan, hours: WeightedPicker, _ random: inout SeededRandom)
        -> Date
    {
        let first = max(plan.start, joined)
        let span = max(plan.end.timeIntervalSince(first), 1)
        // A random day in the span, then an hour drawn from the daily rhythm on that day.
        let day = first.addingTimeInterval(random.unit() * span)
        let chinaDay = ((day.timeIntervalSince1970 + 8 * 3_600) / 86_400).rounded(.down)
        let chinaMidnight = chinaDay * 86_400 - 8 * 3_600
        var moment = chinaMidnight + Double(hours.pick(&random)) * 3_600 + random.unit() * 3_600
        if moment < first.timeIntervalSince1970 { moment += 86_400 }  // that hour had passed: the next day's
        if moment >= plan.end.timeIntervalSince1970 { moment -= 86_400 }  // not yet come: the day before's
        let bounded = min(max(moment, first.timeIntervalSince1970), plan.end.timeIntervalSince1970 - 1)
        return Date(timeIntervalSince1970: bounded)
    }

    /// One follower→followee pair of people (by their place in the population) as a set key.
    static func pair(_ follower: Int, _ followee: Int) -> Int64 { Int64(follower) << 32 | Int64(followee) }

    /// How many notes one open of the app shows (a screen or two of the feed).
    static let notesSeenPerOpen = 5

    /// How likely a post is in each hour of the day, China time: lunch and evening peaks.
    static let hourlyWeights: [Double] = [
        2, 1, 0.5, 0.3, 0.2, 0.3, 1, 2, 3, 3, 3, 4, 6, 5, 4, 4, 4, 4, 5, 7, 9, 10, 9, 6,
    ]
}

extension Array where Element == Double {
    /// How many elements (sorted ascending) are below `value`.
    func insertionIndex(of value: Double) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension Array {
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
