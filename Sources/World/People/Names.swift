/// The pieces handles and display names are made of, so people read like people.
enum Names {
    static let syllables = [
        "xiao", "lu", "mo", "an", "bei", "chen", "yu", "qing", "tian", "mi", "tang", "guo", "lin", "yue", "xin",
        "jia", "ning", "wen", "hui", "zhi", "ke", "le", "nan", "xi", "ya", "yi", "ran", "shu", "tao", "you",
        "feng", "yun", "hao", "jing", "meng", "rui", "si", "tong", "wei", "xuan",
    ]
    static let words = [
        "cat", "daily", "eats", "home", "walk", "run", "cafe", "life", "diary", "studio", "travel", "style", "cook",
        "bake", "reads", "lens", "trip", "notes", "film", "plant", "tea", "sun", "moon", "bear", "fox", "peach",
    ]
    static let cores = [
        "鹿", "萌", "桃", "柚", "糖", "七", "喵", "橙", "栗", "梨", "禾", "木", "星", "月", "云", "夏", "冬", "小满", "芒果",
        "布丁", "奶盖", "团子", "年糕", "可乐", "豆豆", "阿狸", "小熊", "饭团", "椰子", "西西", "朵朵", "悠悠", "乐乐",
    ]
    static let prefixes = ["小", "阿", "大", "", "", ""]
    static let patterns = [
        "{p}{c}", "{p}{c}在{city}", "{c}的{interest}日记", "{p}{c}爱{interest}", "{c}{c2}", "是{c}呀", "{c}不吃香菜",
        "{city}{c}", "{c}同学", "{interest}的{c}", "{c}酱", "今天也要{interest}",
    ]
}
