import Community
import HongshuCore

/// My boards: each with its count and privacy, and a form to make a new one.
struct BoardsPage: Sendable {
    let boards: [Board]
    var name = ""
    var isPrivate = false
    var errors = FormErrors()

    func render(_ viewer: Viewer) -> HTML {
        let items = boards.map { board -> HTML in
            let lock: HTML = board.isPrivate ? " · 仅自己可见 Private" : .empty
            return """
                <li><a href="\(Link.board(board.id))"><strong>\(board.name)</strong></a>\\
                <span class="muted"> \(board.noteCount) 篇笔记 notes\(lock)</span></li>
                """
        }
        let privateChecked: HTML = isPrivate ? " checked" : .empty
        return Layout.page(
            title: "我的收藏 Boards", viewer: viewer,
            main: """
                <section class="panel wide">
                <h1>我的收藏 Boards</h1>
                <ul class="boards">\(items)</ul>
                <h2 class="section">新建收藏夹 New board</h2>
                \(FormViews.general(errors))
                <form method="post" action="\(Link.boards)" novalidate>
                \(viewer.csrfField)
                \(FormViews.input("name", label: "名称 Name", value: name, errors: errors, hint: "最多 20 个字 Up to 20 characters", required: true))
                <label class="check"><input type="checkbox" name="private" value="1"\(privateChecked)> 仅自己可见 Private</label>
                <button type="submit" class="button">创建 Create</button>
                </form>
                </section>
                """)
    }
}

/// One board and the notes saved in it.
struct BoardPage: Sendable {
    let board: Board
    let owner: User
    let cards: [NoteCard]
    let next: Cursor?

    func render(_ viewer: Viewer) -> HTML {
        let grid = NoteViews.grid(
            cards, more: next.map { Link.board(board.id, after: $0) }, empty: "收藏夹还是空的。Nothing saved here yet.")
        let lock: HTML = board.isPrivate ? " · 仅自己可见 Private" : .empty
        return Layout.page(
            title: board.name, viewer: viewer,
            main: """
                <section class="tag-head">
                <p class="crumbs"><a href="\(Link.user(owner.id))">\(owner.displayName)</a> 的收藏夹</p>
                <h1>\(board.name)</h1>
                <p class="muted">\(board.noteCount) 篇笔记 notes\(lock)</p>
                </section>
                \(grid)
                """)
    }
}
