import HongshuCore

/// The "new note" form: title, text, interest tags, #topics, an image, product cards and a place.
struct NewNotePage: Sendable {
    var title = ""
    var body = ""
    var selectedTags: Set<Tag.ID> = []
    var topics = ""
    var imageURL = ""
    var placeName = ""
    var placeCity = ""
    /// Product links or ids, as typed.
    var products = ""
    var categories: [Tag] = []
    var errors = FormErrors()

    func render(_ viewer: Viewer) -> HTML {
        let tagOptions = categories.map { tag -> HTML in
            let checked: HTML = selectedTags.contains(tag.id) ? " checked" : .empty
            return
                "<label class=\"chip choice\"><input type=\"checkbox\" name=\"tagIds\" value=\"\(tag.id)\"\(checked)> \(tag.name) <span class=\"en\">\(tag.englishName)</span></label>"
        }
        let tagError: HTML = errors.fields["tagIds"].map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        return Layout.page(
            title: "发布笔记 New note", viewer: viewer,
            main: """
                <section class="panel wide">
                <h1>发布笔记 New note</h1>
                \(FormViews.general(errors))
                <form method="post" action="\(Link.publishNote)" novalidate>
                \(viewer.csrfField)
                \(FormViews.input("title", label: "标题 Title", value: title, errors: errors, hint: "最多 20 个字 Up to 20 characters", required: true))
                \(FormViews.textarea("body", label: "正文 Text", value: body, errors: errors, hint: "最多 1000 字；用 #话题 和 @用户名 Up to 1,000 characters; #topics and @mentions work"))
                <fieldset class="field"><legend>兴趣标签 Interest tags (≤ 10)</legend><div class="choices">\(tagOptions)</div>\(tagError)</fieldset>
                \(FormViews.input("topics", label: "话题 Topics", value: topics, errors: errors, hint: "用空格分隔，如 #城市漫步 #咖啡 Separate with spaces"))
                \(FormViews.input("imageURL", label: "图片链接 Image URL", value: imageURL, type: "url", errors: errors, hint: "可选 Optional: https://…"))
                \(FormViews.input("productIds", label: "商品 Products", value: products, errors: errors, hint: "可选：粘贴最多 5 个商品链接或编号 Optional: paste up to 5 product links or ids"))
                <div class="row">
                \(FormViews.input("placeName", label: "地点 Place", value: placeName, errors: errors))
                \(FormViews.input("placeCity", label: "城市 City", value: placeCity, errors: errors))
                </div>
                <button type="submit" class="button wide">发布 Publish</button>
                </form>
                </section>
                """)
    }
}
