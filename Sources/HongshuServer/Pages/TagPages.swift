import HongshuCore

/// The taxonomy at a glance: every category with its sub-tags.
struct TagsPage: Sendable {
    let categories: [(category: Tag, children: [Tag])]

    func render(_ viewer: Viewer) -> HTML {
        let sections = categories.map { entry -> HTML in
            let chips = entry.children.map { TagViews.chip($0) }
            return """
                <section class="category"><h2><a href="\(Link.tag(entry.category.id))">\(entry.category.name) \
                <span class="en">\(entry.category.englishName)</span></a></h2><div class="chips">\(chips)</div></section>
                """
        }
        return Layout.page(
            title: "兴趣标签 Interests", viewer: viewer,
            main: "<h1 class=\"section\">兴趣标签 Interests</h1><div class=\"categories\">\(sections)</div>")
    }
}

/// One tag: where it sits, what is beneath it, other names for it, and its notes.
struct TagPage: Sendable {
    let tag: Tag
    let ancestors: [Tag]
    let children: [Tag]
    let cards: [NoteCard]
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let trail = ([HTML("<a href=\"\(Link.tags)\">兴趣标签</a>")] + ancestors.map { TagViews.link($0) })
        let crumbs = HTML(trail.map { "\($0) › " as HTML })
        let aliases: HTML =
            tag.aliases.isEmpty ? .empty : "<p class=\"muted\">也叫 Also: \(tag.aliases.joined(separator: " · "))</p>"
        let children: HTML =
            self.children.isEmpty ? .empty : "<div class=\"chips\">\(self.children.map { TagViews.chip($0) })</div>"
        let grid = NoteViews.grid(
            cards, more: next.map { Link.tag(tag.id, after: $0) }, empty: "这里还没有笔记。No notes here yet.")
        return Layout.page(
            title: "\(tag.name) \(tag.englishName)", viewer: viewer,
            main: """
                <section class="tag-head">
                <p class="crumbs">\(crumbs)</p>
                <h1>#\(tag.name) <span class="en">\(tag.englishName)</span></h1>
                \(aliases)
                \(children)
                </section>
                \(grid)
                """)
    }
}

enum TagViews {
    static func chip(_ tag: Tag) -> HTML {
        "<a class=\"chip\" href=\"\(Link.tag(tag.id))\">\(tag.name)<span class=\"en\">\(tag.englishName)</span></a>"
    }

    static func link(_ tag: Tag) -> HTML { "<a href=\"\(Link.tag(tag.id))\">\(tag.name)</a>" }
}
