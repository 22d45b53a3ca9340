import Community
import HongshuCore

/// A note as a card in a two-column grid: cover, title, author and a link to the note.
struct NoteCard: Sendable {
    let note: Note
    let author: User
    let likes: Int
}

enum NoteViews {
    static func grid(_ cards: [NoteCard], more: Link?, empty: HTML) -> HTML {
        guard !cards.isEmpty else { return "<p class=\"empty\">\(empty)</p>" }
        let items = cards.map(card)
        let next: HTML =
            more.map { "<p class=\"more\"><a class=\"button ghost\" href=\"\($0)\">加载更多 More</a></p>" } ?? .empty
        return "<section class=\"grid\">\(items)</section>\(next)"
    }

    static func card(_ card: NoteCard) -> HTML {
        let note = card.note
        return """
            <article class="card">
            <a class="cover" href="\(Link.note(note.id))">\(cover(note))</a>
            <h3><a href="\(Link.note(note.id))">\(note.title)</a></h3>
            <p class="byline"><a href="\(Link.user(card.author.id))">\(avatar(card.author))\(card.author.displayName)</a>\
            <span class="likes" aria-label="\(card.likes) likes">\(heart)\(card.likes)</span></p>
            </article>
            """
    }

    /// The first image, or a warm placeholder with the title's first character.
    static func cover(_ note: Note) -> HTML {
        if let image = note.media.first(where: { $0.kind == .image }) {
            return
                "<img src=\"\(image.url)\" alt=\"\(note.title)\" width=\"\(image.width)\" height=\"\(image.height)\" loading=\"lazy\">"
        }
        let hue = Int(note.id.rawValue % 360)
        return
            "<span class=\"placeholder\" style=\"--hue:\(hue)\" role=\"img\" aria-label=\"\(note.title)\">\(String(note.title.prefix(1)))</span>"
    }

    /// A heart drawn inline (no icon font needed).
    static let heart: HTML =
        "<svg class=\"icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M12 21s-7.5-4.6-9.5-9.2C1 8.4 3.2 5 6.6 5c2 0 3.6 1.1 4.4 2.6C11.8 6.1 13.4 5 15.4 5 18.8 5 21 8.4 19.5 11.8 19.5 16.4 12 21 12 21z\"/></svg>"

    static func avatar(_ user: User) -> HTML {
        let hue = Int(user.id.rawValue % 360)
        return
            "<span class=\"avatar\" style=\"--hue:\(hue)\" aria-hidden=\"true\">\(String(user.displayName.prefix(1)))</span>"
    }

    /// The body as paragraphs, with @mentions of known users linked to their profiles.
    static func body(_ text: String, mentions: [User]) -> HTML {
        let byHandle = Dictionary(mentions.map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true).map { line -> HTML in
            "<p>\(linkingMentions(line, byHandle))</p>"
        }
        return HTML(paragraphs)
    }

    /// One line of text with @handles of `users` (by lower-case handle) linked to their profiles.
    static func linkingMentions(_ line: Substring, _ users: [String: User]) -> HTML {
        linkingMentions(line, users.mapValues { Link.user($0.id) })
    }

    static func linkingMentions(_ line: Substring, _ links: [String: Link]) -> HTML {
        guard !links.isEmpty, line.contains("@") else { return HTML(text: line) }
        var parts: [HTML] = []
        var rest = line[...]
        while let at = rest.firstIndex(of: "@") {
            parts.append(HTML(text: rest[..<at]))
            let after = rest[rest.index(after: at)...]
            let handle = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            if let link = links[handle.lowercased()] {
                parts.append("<a class=\"mention\" href=\"\(link)\">@\(handle)</a>")
            } else {
                parts.append("@\(handle)")
            }
            rest = after[handle.endIndex...]
        }
        parts.append(HTML(text: rest))
        return HTML(parts)
    }
}
