/// What an author has published and what their notes received, over everything they ever published (the
/// engagement of deleted notes too: deleting a note does not erase its history).
public struct AuthorRecord: Hashable, Sendable {
    /// Live notes.
    public var notes: Int
    public var likes: Int
    public var collects: Int
    public var comments: Int
    public var reads: Int

    public init(notes: Int = 0, likes: Int = 0, collects: Int = 0, comments: Int = 0, reads: Int = 0) {
        self.notes = notes
        self.likes = likes
        self.collects = collects
        self.comments = comments
        self.reads = reads
    }
}

/// How good a note is, judged by how its readers engaged: its engagement rate (likes, collects and comments per
/// read; collects and comments count double), smoothed towards its author's rate, which is smoothed towards the
/// platform's. Search ranking and the discovery feed judge notes the same way.
public struct EngagementQuality: Hashable, Sendable {
    /// The rate every author is assumed to have while the platform has fewer than `priorReads` reads.
    public var fallbackRate: Double
    /// How many reads the platform's rate is worth when it smooths an author's (Bayesian smoothing: an author with
    /// 2 reads and 2 likes does not beat one with 2,000 and 600).
    public var priorReads: Double
    /// How many reads the author's rate is worth when it smooths the rate of one of their notes: a note is judged
    /// by its author's record until its own readers outweigh it.
    public var authorReads: Double

    public init(fallbackRate: Double = 0.5, priorReads: Double = 20, authorReads: Double = 50) {
        self.fallbackRate = fallbackRate
        self.priorReads = priorReads
        self.authorReads = authorReads
    }

    /// The rate every author starts from: the platform's engagement per read.
    public func priorRate(platform: AuthorRecord) -> Double {
        guard Double(platform.reads) >= priorReads else { return fallbackRate }
        return Self.engaged(likes: platform.likes, collects: platform.collects, comments: platform.comments)
            / Double(platform.reads)
    }

    /// The note's smoothed rate, mapped into 0...1 (the platform's rate maps to ½).
    public func quality(
        likes: Int, collects: Int, comments: Int, reads: Int, author: AuthorRecord = AuthorRecord(), prior: Double
    ) -> (value: Double, rate: Double) {
        let prior = max(prior, 1e-6)
        let authorEngaged = Self.engaged(likes: author.likes, collects: author.collects, comments: author.comments)
        let authorRate = (authorEngaged + prior * priorReads) / (Double(max(author.reads, 0)) + priorReads)
        let engaged = Self.engaged(likes: likes, collects: collects, comments: comments)
        let rate = (engaged + authorRate * authorReads) / (Double(max(reads, 0)) + authorReads)
        return (rate / (rate + prior), rate)
    }

    public static func engaged(likes: Int, collects: Int, comments: Int) -> Double {
        Double(likes) + 2 * Double(collects) + 2 * Double(comments)
    }
}
