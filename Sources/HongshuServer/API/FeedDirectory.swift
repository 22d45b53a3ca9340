import Community
import Discovery
import Foundation
import HongshuCore

/// Turns what discovery returns (note ids, explanations, profiles) into what people read: notes, tags and
/// authors fetched in one batch, and reasons in words.
struct FeedDirectory: Sendable {
    let notes: Notes
    let accounts: Accounts
    let taxonomy: Taxonomy

    /// The notes of `ids`, in their order (notes deleted meanwhile are left out).
    func notes(_ ids: [NoteID]) async throws -> [Note] {
        let found = Dictionary(uniqueKeysWithValues: try await notes.notes(ids).map { ($0.id, $0) })
        return ids.compactMap { found[$0] }
    }

    /// Each reason with what it names, and in words (Chinese first, then English).
    func reasons(_ explanation: FeedExplanation) async throws -> [ExplainedReason] {
        // The strongest few: at most two tags and one topic, then follows, trends and freshness.
        var taken: [FeedReason.Kind: Int] = [:]
        let limits: [FeedReason.Kind: Int] = [.tag: 2, .topic: 1, .author: 1, .follow: 1, .trending: 1, .fresh: 1]
        let reasons = explanation.reasons.filter { reason in
            taken[reason.kind, default: 0] += 1
            return taken[reason.kind]! <= limits[reason.kind, default: 1]
        }
        let tags = Dictionary(
            uniqueKeysWithValues: try await taxonomy.tags(reasons.compactMap(\.tag)).map { ($0.id, $0) })
        let users = try await accounts.users(reasons.compactMap(\.author))
        var explained = reasons.map { reason in
            ExplainedReason(
                reason: reason, tag: reason.tag.flatMap { tags[$0] }, user: reason.author.flatMap { users[$0] })
        }
        if explained.isEmpty || !explanation.personal {
            let quality = explanation.score.parts.first { $0.name == "quality" }?.value ?? 0
            explained.append(
                ExplainedReason(
                    kind: quality >= 0.5 ? "quality" : "explore", weight: quality,
                    text: quality >= 0.5
                        ? "读过的人多半点赞收藏 · Readers of this author's notes engage more than most"
                        : "帮你发现新内容 · Something outside your usual interests"))
        }
        return explained
    }
}

/// A reason in words, with the tag or person it names.
struct ExplainedReason: Sendable {
    let kind: String
    let weight: Double
    let text: String
    var tag: Tag?
    var user: User?
    var topic: String?

    init(kind: String, weight: Double, text: String) {
        self.kind = kind
        self.weight = weight
        self.text = text
    }

    init(reason: FeedReason, tag: Tag?, user: User?) {
        self.kind = reason.kind.rawValue
        self.weight = reason.weight
        self.tag = tag
        self.user = user
        self.topic = reason.topic
        let tagName = tag.map { "「\($0.name)」" } ?? "这个标签"
        let tagEnglish = tag.map { "\($0.englishName)" } ?? "this tag"
        let who = user.map { "@\($0.handle)" } ?? "这位作者"
        switch reason.kind {
        case .tag where reason.weight < 0:
            text = "你说过对\(tagName)不感兴趣 · You said you are not interested in \(tagEnglish)"
        case .tag:
            text = "你常看\(tagName)的笔记 · You often read notes about \(tagEnglish)"
        case .topic where reason.weight < 0:
            text = "你较少看 #\(reason.topic ?? "") · You rarely read #\(reason.topic ?? "")"
        case .topic:
            text = "你感兴趣的话题 #\(reason.topic ?? "") · A topic you engage with"
        case .author where reason.weight < 0:
            text = "你说过对\(who)不感兴趣 · You said you are not interested in \(who)"
        case .author:
            text = "你常和\(who)互动 · You often engage with \(who)"
        case .follow:
            text = "你关注了\(who) · You follow \(who)"
        case .trending:
            text = "最近 48 小时有 \(Int(reason.weight)) 次点赞收藏评论 · Popular now: \(Int(reason.weight)) engagements in 48 h"
        case .fresh:
            text = "刚发布，正在寻找第一批读者 · New, and looking for its first readers"
        }
    }
}
