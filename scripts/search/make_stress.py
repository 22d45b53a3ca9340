#!/usr/bin/env python3
"""Write random lines that stress jieba's edge cases (mixed scripts, symbols, digits, emoji, rare characters).

Usage: python3 scripts/search/make_stress.py corpus/stress.raw.txt [LINES]
"""

import random
import sys

ALPHABETS = [
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞",
    "杭研龘靐齉爩鱻麤灥厵", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", "+#&._%-",
    "  \t", "，。！？、；：“”‘’（）《》【】…—·", "ＡＢＣａｂｃ０１２３", "😀👍🏽👨‍👩‍👧✨❤️", "あいうカタカナ한국어",
    "éèçñüßØ", "\u3000\u00a0", "𠀀𠀁𪚥", "!@$^*()=[]{}|\\/<>?~`'\"",
]
WORDS = ["iPhone15", "手机壳", "AT&T", "c#", "3.14%", "1.5L", "C++", "B超", "T恤", "卡拉OK", "U盘", "e-mail", "2019年",
         "www.example.com", "v1.2.3", "A股", "..", "--", "_x_", "&&", "中国科学院", "清华大学"]


def main() -> None:
    path = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    rng = random.Random(20240601)
    lines = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.25:
                parts.append(rng.choice(WORDS))
            else:
                weights = [30, 2, 6, 4, 3, 3, 4, 1, 1, 1, 1, 1, 1, 1]
                alphabet = rng.choices(ALPHABETS, weights)[0]
                parts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))))
        lines.append("".join(parts))
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
