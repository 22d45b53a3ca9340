import Foundation
import Testing

@testable import Search

/// The bundled dictionary is loaded once per test process through `Segmenter.shared`.
private let segmenter = Segmenter.shared

private func words(_ text: String, mode: SegmentationMode = .default) -> [String] {
    segmenter.cut(text, mode: mode).map(String.init)
}

@Suite struct DictionaryTests {
    @Test func bundledDictionaryIsJiebas() {
        let dictionary = SegmentationDictionary.bundled
        #expect(dictionary.wordCount == 349_045)
        #expect(dictionary.totalFrequency == 60_101_967)
        #expect(dictionary.frequency(of: "清华大学") == 922)
        #expect(dictionary.frequency(of: "AT&T") == 3)
        // "清华大" is only a prefix of longer words.
        #expect(dictionary.frequency(of: "清华大") == nil)
        #expect(dictionary.frequency(of: "杭研") == nil)
    }

    @Test func addingWordsKeepsTheRest() {
        let base = SegmentationDictionary.bundled
        let extended = base.adding(words: ["杭研大厦", "清华大学"])
        #expect(extended.wordCount == base.wordCount + 1)
        #expect((extended.frequency(of: "杭研大厦") ?? 0) > 0)
        #expect((extended.frequency(of: "清华大学") ?? 0) >= 922)
        #expect(extended.frequency(of: "北京") == base.frequency(of: "北京"))
        #expect(extended.totalFrequency > base.totalFrequency)
        let fixed = base.adding(words: ["小红书"], frequency: 500)
        #expect(fixed.frequency(of: "小红书") == 500)
        #expect(fixed.totalFrequency == base.totalFrequency + 500)
    }

    @Test func customEntries() {
        let dictionary = SegmentationDictionary(entries: [("北京", 10), ("大学", 5), ("北京大学", 20), ("北京", 30)])
        #expect(dictionary.wordCount == 3)
        #expect(dictionary.totalFrequency == 65)
        #expect(dictionary.frequency(of: "北京") == 30)
        let custom = Segmenter(dictionary: dictionary)
        #expect(custom.cut("北京大学").map(String.init) == ["北京大学"])
    }
}

@Suite struct CutTests {
    @Test func jiebaReadmeExamples() {
        #expect(words("我来到北京清华大学") == ["我", "来到", "北京", "清华大学"])
        #expect(words("他来到了网易杭研大厦") == ["他", "来到", "了", "网易", "杭研", "大厦"])
        #expect(
            words("小明硕士毕业于中国科学院计算所，后在日本京都大学深造")
                == ["小明", "硕士", "毕业", "于", "中国科学院", "计算所", "，", "后", "在", "日本京都大学", "深造"])
    }

    @Test func searchMode() {
        #expect(
            words("小明硕士毕业于中国科学院计算所，后在日本京都大学深造", mode: .search)
                == [
                    "小明", "硕士", "毕业", "于", "中国", "科学", "学院", "科学院", "中国科学院", "计算", "计算所", "，", "后", "在", "日本",
                    "京都", "大学", "日本京都大学", "深造",
                ])
    }

    @Test func hiddenMarkovModelFindsUnknownWords() {
        let withoutModel = Segmenter(usesHiddenMarkovModel: false)
        #expect(withoutModel.cut("他来到了网易杭研大厦").map(String.init) == ["他", "来到", "了", "网易", "杭", "研", "大厦"])
    }

    @Test func latinAndDigitsFollowJieba() {
        #expect(words("iPhone15手机壳") == ["iPhone15", "手机", "壳"])
        #expect(words("价格3.14元，AT&T和c#") == ["价格", "3.14", "元", "，", "AT&T", "和", "c#"])
        // Full-width forms are outside jieba's block class: one piece per character.
        #expect(words("ｉＰｈｏｎｅ　１５") == ["ｉ", "Ｐ", "ｈ", "ｏ", "ｎ", "ｅ", "　", "１", "５"])
    }

    @Test func everyCharacterIsKept() {
        let samples = [
            "", " ", "a  b\tc", "line\r\n", "👨‍👩‍👧 家庭 café ﬁ", "e\u{301}t\u{E9} 中文\r\n混合", "「引号」……——《书名》",
            "𠀀𠀁 extension B",
        ]
        for sample in samples {
            #expect(segmenter.cut(sample).joined() == sample)
            let ranges = segmenter.cutRanges(sample)
            #expect(ranges.count == segmenter.cut(sample).count)
            #expect(ranges.last?.upperBound ?? 0 == sample.utf16.count)
        }
        #expect(words("a\r\nb") == ["a", "\r\n", "b"])
        #expect(words("👨‍👩‍👧") == ["👨", "\u{200D}", "👩", "\u{200D}", "👧"])
    }

    @Test func extraWordsChangeTheCut() {
        let extended = Segmenter(extraWords: ["杭研大厦", "手机壳"])
        #expect(extended.cut("他来到了网易杭研大厦").map(String.init) == ["他", "来到", "了", "网易", "杭研大厦"])
        #expect(extended.cut("iPhone15手机壳").map(String.init) == ["iPhone15", "手机壳"])
        #expect(extended.tokens("ｉＰｈｏｎｅ１５手机壳").map(\.text) == ["iphone", "15", "手机壳"])
    }
}

@Suite struct SegmentLineTests {
    @Test func joinsPiecesWithSingleSpaces() {
        #expect(segmentLine("我来到北京清华大学") == "我 来到 北京 清华大学")
        #expect(segmentLine("他来到了网易杭研大厦\r\n") == "他 来到 了 网易 杭研 大厦")
        // An input space is a piece of its own, between two separators, as `python -m jieba -d ' '` prints it.
        #expect(segmentLine("a b") == "a   b")
        #expect(segmentLine("") == "")
        #expect(segmentLine("中国科学院", mode: .search) == "中国 科学 学院 科学院 中国科学院")
    }

    @Test func keepsEveryCharacterExceptSeparators() {
        let line = "iPhone15 手机壳，😀好的! ｉＰｈｏｎｅ　１５"
        let output = segmentLine(line)
        #expect(output == segmenter.cut(line).joined(separator: " "))
        #expect(output.replacingOccurrences(of: " ", with: "") == line.replacingOccurrences(of: " ", with: ""))
    }
}

@Suite struct TokenTests {
    private func texts(_ text: String, mode: SegmentationMode = .default) -> [String] {
        segmenter.tokens(text, mode: mode).map(\.text)
    }

    @Test func mixedLatin() {
        let tokens = segmenter.tokens("iPhone15手机壳")
        #expect(tokens.map(\.text) == ["iphone", "15", "手机", "壳"])
        #expect(tokens.map(\.utf16Range) == [0..<6, 6..<8, 8..<10, 10..<11])
    }

    @Test func fullWidthIsNormalised() {
        let tokens = segmenter.tokens("ｉＰｈｏｎｅ　１５")
        #expect(tokens.map(\.text) == ["iphone", "15"])
        #expect(tokens.map(\.utf16Range) == [0..<6, 7..<9])
    }

    @Test func punctuationWhitespaceAndEmojiAreDropped() {
        #expect(texts("😀好的！！ 👍🏽 ✨ “引号” ……") == ["好", "的", "引号"])
        #expect(texts("1️⃣ #️⃣") == ["1"])
    }

    @Test func offsetsPointIntoTheOriginal() {
        let text = "😀 他来到了网易杭研大厦，买了ＡＢＣ牌Cases和e\u{301}té！价格3.14元"
        let tokens = segmenter.tokens(text)
        #expect(
            tokens.map(\.text) == [
                "他", "来到", "了", "网易", "杭研", "大厦", "买", "了", "abc", "牌", "case", "和", "été", "价格", "3.14", "元",
            ])
        let originals = tokens.map { String(text[$0.range(in: text)]) }
        #expect(
            originals == [
                "他", "来到", "了", "网易", "杭研", "大厦", "买", "了", "ＡＢＣ", "牌", "Cases", "和", "e\u{301}té", "价格", "3.14", "元",
            ])
        let utf16 = Array(text.utf16)
        for token in tokens {
            let slice = String(decoding: utf16[token.utf16Range], as: UTF16.self)
            #expect(slice == String(text[token.range(in: text)]))
        }
    }

    /// Lexical tokens keep each Chinese run whole; everything else (Latin words, offsets, what is dropped) is as
    /// the segmented tokens have it, so highlights made from either agree.
    @Test func lexicalTokensAgreeWithTheSegmentedOnesButForChineseWords() {
        let texts = [
            "😀 他来到了网易杭研大厦，买了ＡＢＣ牌Cases和e\u{301}té！价格3.14元",
            "iPhone15手机壳 walking tours, 上海咖啡地图",
            "秋冬必备的口红颜色推荐，显白不挑皮。Citywalk in Shanghai 1️⃣",
        ]
        for text in texts {
            let segmented = segmenter.tokens(text)
            let lexical = segmenter.lexicalTokens(text)
            let latin = { (tokens: [Token]) in tokens.filter { !IndexRuns.isChinese($0) } }
            #expect(latin(lexical) == latin(segmented))
            var runs: [[String]] = []
            for tokens in [segmented, lexical] {
                var found: [String] = []
                IndexRuns.forEach(in: tokens) { run in
                    if case .chinese(let characters) = run {
                        found.append(characters.map { "\($0.character)@\($0.utf16Range)" }.joined())
                    }
                }
                runs.append(found)
            }
            #expect(runs[0] == runs[1])
        }
        #expect(segmenter.lexicalTokens("上海咖啡地图").map(\.text) == ["上海咖啡地图"])
    }

    @Test func latinIsSplitAndStemmed() {
        #expect(texts("Running shoes, USB-C cables & 2 boxes") == ["run", "shoe", "usb", "c", "cable", "2", "box"])
        #expect(texts("MP3播放器 4K电视") == ["mp", "3", "播放器", "4", "k", "电视"])
        #expect(texts("Привет, мир") == ["привет", "мир"])
    }

    @Test func searchModeAddsSubWords() {
        let tokens = segmenter.tokens("我在中国科学院", mode: .search)
        #expect(tokens.map(\.text) == ["我", "在", "中国", "科学", "学院", "科学院", "中国科学院"])
        #expect(tokens[2].utf16Range == 2..<4)
        #expect(tokens[5].utf16Range == 4..<7)
    }

    @Test func empty() {
        #expect(segmenter.tokens("").isEmpty)
        #expect(segmenter.tokens(" ，。！").isEmpty)
    }
}

@Suite struct StemmerTests {
    @Test(arguments: [
        ("batteries", "battery"), ("boxes", "box"), ("watches", "watch"), ("glasses", "glass"), ("cases", "case"),
        ("cables", "cable"), ("bus", "bus"), ("analysis", "analysis"), ("running", "run"), ("printed", "print"),
        ("need", "need"), ("speed", "speed"), ("string", "string"), ("news", "news"), ("shoes", "shoe"),
        ("ties", "ties"),
        ("selling", "sell"), ("red", "red"),
    ])
    func stems(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }
}
