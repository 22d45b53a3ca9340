import Community
import Foundation
import HongshuCore
import HongshuServer
import Logging

/// `serve --demo`: a small, fixed community to explore at once — people, notes in Chinese and
/// English, follows — written through the domain operations like any user's actions. It is
/// added only to a database without notes, so restarting never duplicates it. (The world
/// generator of the taxonomy issue replaces it with a large, realistic one.)
enum DemoCommunity {
    /// Every demo account signs in with this password.
    static let password = "hongshu-demo"

    static let people: [(handle: String, name: String)] = [
        ("xiaolu", "小鹿在上海"), ("ameng_eats", "阿萌吃遍杭州"), ("citywalker", "城市漫步者"),
        ("lina_skin", "Lina 护肤日记"), ("dad_cooks", "奶爸下厨房"), ("momo_home", "Momo 的小家"),
        ("trailrunner", "越野跑的阿杰"), ("catlady", "三只猫的铲屎官"),
    ]

    /// (author index, title, body, tag ids, place name, city)
    static let notes: [(Int, String, String, [Int64], String?, String?)] = [
        (0, "武康路咖啡探店", "周末在武康路走了一圈，这家小店的燕麦拿铁真的绝！#咖啡探店 推荐靠窗的位置。", [4, 14], "武康路", "上海"),
        (1, "杭州必吃片儿川", "老字号的片儿川，汤头鲜得不行，排队二十分钟也值得。#杭州美食", [1, 2], "奎元馆", "杭州"),
        (2, "Citywalk 路线分享", "从外滩到苏州河，一下午 8 公里，沿途建筑太好拍了。#Citywalk #城市漫步", [14, 22], "苏州河", "上海"),
        (3, "换季护肤三步走", "换季皮肤容易干，我的顺序：温和洁面 → 保湿精华 → 面霜。敏感肌也适用。", [6], nil, nil),
        (4, "十分钟宝宝辅食", "南瓜小米粥 + 蒸蛋羹，十分钟搞定，宝宝吃得很香。#辅食 @momo_home 也试试？", [9, 1], nil, nil),
        (5, "30㎡出租屋改造", "花了不到 2000 元，换了窗帘和灯，整个房间都暖起来了。#出租屋改造", [15], nil, "成都"),
        (6, "第一次越野跑 25K", "爬升 1200 米，最后 5 公里全靠意志力。装备清单放在评论区。#越野跑", [17, 18], "四姑娘山", "阿坝"),
        (7, "猫咪挑食怎么办", "三只猫三个口味😹 试了冻干拌粮，终于都肯吃了。#养猫", [20], nil, nil),
        (0, "秋天的第一杯奶茶", "桂花乌龙，甜度三分，刚刚好。#秋天的第一杯奶茶", [4], nil, "上海"),
        (
            1, "Hangzhou dumplings", "Pan-fried, crispy bottom, 12 for ¥15. Go before 10 am or queue.", [1, 2], "小笼馆",
            "杭州"
        ),
        (2, "雨天也能逛的博物馆", "上海博物馆新馆太值得了，建议预留半天。#看展", [14], "上海博物馆", "上海"),
        (
            3, "My go-to sunscreen", "Light texture, no white cast, fine under make-up. Third bottle this year.",
            [6, 5], nil, nil
        ),
        (4, "周末亲子露营", "带娃第一次露营，帐篷、天幕、折叠桌都是租的，体验很好。#亲子露营", [10, 17], "滴水湖", "上海"),
        (5, "厨房收纳小技巧", "抽屉分隔盒 + 挂杆，台面终于清爽了。@catlady 你家猫会不会跳上去？", [15], nil, nil),
        (6, "跑步膝盖不疼的秘诀", "核心和臀腿力量比配速重要。每周两次力量训练，坚持三个月。#跑步", [16, 19], nil, nil),
        (7, "猫咪体检清单", "一年一次：血常规、生化、心脏彩超。老猫半年一次。#养猫", [20, 19], nil, nil),
    ]

    /// Adds the demo community unless the database already has notes.
    static func addIfEmpty(to features: Features, logger: Logger) async throws {
        guard try await features.notes.latest(page: .first(1)).items.isEmpty else { return }
        var users: [User] = []
        for person in people {
            do {
                users.append(
                    try await features.accounts.signUp(
                        handle: person.handle, displayName: person.name, password: password))
            } catch AccountError.handleTaken {
                logger.notice("Demo community skipped: its handles are taken in this database")
                return
            }
        }
        for (index, user) in users.enumerated() {
            for offset in [1, 2, 3] {
                try await features.follows.follow(users[(index + offset) % users.count].id, by: user.id)
            }
        }
        for note in notes {
            let place = note.4.map { Place(name: $0, city: note.5) } ?? note.5.map { Place(name: $0, city: $0) }
            let draft = NoteDraft(title: note.1, body: note.2, tags: note.3.map { TagID($0) }, place: place)
            _ = try await features.notes.publish(draft, by: users[note.0].id)
        }
        logger.info(
            "Demo community added",
            metadata: [
                "users": "\(users.count)", "notes": "\(notes.count)",
                "handles": "\(people.map(\.handle).joined(separator: ", "))",
            ])
    }
}
