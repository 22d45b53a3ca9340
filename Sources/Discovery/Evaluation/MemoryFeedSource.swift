import Foundation
import HongshuCore

/// The world as it stood at one moment, in memory: the feed's source for offline evaluation. Only notes published
/// before the moment exist, and their counters are what their readers had done by then.
public struct MemoryFeedSource: FeedSource {
    let facts: [NoteID: NoteFacts]
    /// Newest first.
    let byTag: [TagID: [NoteFacts]]
    let byAuthor: [UserID: [NoteFacts]]
    let all: [NoteFacts]
    let trendingNotes: [(note: NoteID, engagements: Int)]
    let platform: AuthorRecord
    public var followees: [UserID: [UserID]] = [:]
    public var seen: [UserID: Set<NoteID>] = [:]

    /// - Parameters:
    ///   - notes: every note published before the moment, with its counters then.
    ///   - trending: engagements per note in the trending window before the moment.
    public init(notes: [NoteFacts], taxonomy: TaxonomyMap, trending: [NoteID: Int]) {
        let sorted = notes.sorted { ($0.publishedAt, $0.id) > ($1.publishedAt, $1.id) }
        all = sorted
        var facts: [NoteID: NoteFacts] = [:]
        var byTag: [TagID: [NoteFacts]] = [:]
        var byAuthor: [UserID: [NoteFacts]] = [:]
        var platform = AuthorRecord()
        var authors: [UserID: AuthorRecord] = [:]
        for note in sorted {
            authors[note.author, default: AuthorRecord()].notes += 1
            authors[note.author]!.likes += note.likes
            authors[note.author]!.collects += note.collects
            authors[note.author]!.comments += note.comments
            authors[note.author]!.reads += note.reads
        }
        for var note in sorted {
            note.authorRecord = authors[note.author] ?? AuthorRecord()
            facts[note.id] = note
            var listed = Set<TagID>()
            for tag in note.tags { listed.insert(tag); listed.formUnion(taxonomy.ancestors(of: tag)) }
            for tag in listed { byTag[tag, default: []].append(note) }
            byAuthor[note.author, default: []].append(note)
            platform.notes += 1
            platform.likes += note.likes
            platform.collects += note.collects
            platform.comments += note.comments
            platform.reads += note.reads
        }
        self.facts = facts
        self.byTag = byTag
        self.byAuthor = byAuthor
        self.platform = platform
        trendingNotes = trending.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key > $1.key }
            .map { ($0.key, $0.value) }
    }

    public var catalogue: Int { all.count }

    public func noteFacts(_ ids: [NoteID]) async throws -> [NoteFacts] { ids.compactMap { facts[$0] } }
    public func platformRecord() async throws -> AuthorRecord { platform }

    public func latest(tagged tag: TagID, in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        Self.newest(byTag[tag] ?? [], in: window, limit: limit)
    }

    public func latest(by authors: [UserID], in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        let notes = authors.flatMap { Self.newestFacts(byAuthor[$0] ?? [], in: window, limit: limit) }
        return notes.sorted { ($0.publishedAt, $0.id) > ($1.publishedAt, $1.id) }.prefix(limit).map(\.id)
    }

    public func latest(in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        Self.newest(all, in: window, limit: limit)
    }

    public func trending(since: Date, limit: Int) async throws -> [(note: NoteID, engagements: Int)] {
        Array(trendingNotes.prefix(limit))
    }

    public func followees(of user: UserID, limit: Int) async throws -> [UserID] {
        Array((followees[user] ?? []).prefix(limit))
    }

    public func blocked(around user: UserID) async throws -> Set<UserID> { [] }

    public func seen(by user: UserID, since: Date) async throws -> Set<NoteID> { seen[user] ?? [] }

    /// The newest of a newest-first list within the window.
    static func newestFacts(_ notes: [NoteFacts], in window: ClosedRange<Date>, limit: Int) -> ArraySlice<NoteFacts> {
        // Binary search for the first note at or before the window's end.
        var low = 0
        var high = notes.count
        while low < high {
            let middle = (low + high) / 2
            if notes[middle].publishedAt > window.upperBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < notes.count && end - low < limit && notes[end].publishedAt >= window.lowerBound { end += 1 }
        return notes[low..<end]
    }

    static func newest(_ notes: [NoteFacts], in window: ClosedRange<Date>, limit: Int) -> [NoteID] {
        newestFacts(notes, in: window, limit: limit).map(\.id)
    }

    /// The notes every reader would see: the newest, and the most engaged with (the baselines).
    public func newest(limit: Int) -> [NoteFacts] { Array(all.prefix(limit)) }
    public func fact(_ id: NoteID) -> NoteFacts? { facts[id] }
}
