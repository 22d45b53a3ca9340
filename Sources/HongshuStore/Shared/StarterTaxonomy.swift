/// The top-level interest categories the first migration creates on both backends, so a new
/// site has tags to post under. Frozen: later taxonomy changes are new migrations.
enum StarterTaxonomy {
    /// (id, Chinese name, English name), in display order.
    static let categories: [(id: Int64, name: String, englishName: String)] = [
        (1, "美食", "Food"),
        (2, "探店", "Restaurants & café hopping"),
        (3, "烘焙", "Baking"),
        (4, "咖啡茶饮", "Coffee & tea"),
        (5, "彩妆", "Make-up"),
        (6, "护肤", "Skincare"),
        (7, "穿搭", "Fashion"),
        (8, "包包配饰", "Bags & accessories"),
        (9, "母婴", "Maternal & infant care"),
        (10, "育儿", "Parenting"),
        (11, "学习", "Education & study"),
        (12, "职场", "Career"),
        (13, "旅行", "Travel"),
        (14, "城市生活", "Citywalk & local life"),
        (15, "家居装修", "Home & renovation"),
        (16, "健身", "Fitness"),
        (17, "户外", "Outdoor"),
        (18, "运动", "Sports"),
        (19, "健康", "Health"),
        (20, "萌宠", "Pets"),
        (21, "数码", "Tech & gadgets"),
        (22, "摄影", "Photography"),
        (23, "汽车", "Cars"),
        (24, "影视", "Movies & series"),
        (25, "音乐", "Music"),
        (26, "读书", "Books"),
        (27, "游戏", "Games"),
        (28, "动漫", "Anime"),
        (29, "手工", "Crafts"),
        (30, "婚礼", "Weddings"),
        (31, "情感", "Relationships"),
        (32, "理财", "Personal finance"),
    ]
}
