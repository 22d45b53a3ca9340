import Community
import Foundation
import HongshuCore

/// Writes one note the way people on the platform do: a short title, then a small story
/// (pain point → what I tried → how it went → a tip), #topics at the end, sometimes an
/// @mention, a place and photos.
struct NoteWriter {
    let vocabulary: Vocabulary
    let taxonomy: TaxonomyIndex

    func draft(
        by person: Person, category: TagID, tags: [TagID], mention: String?, random: inout SeededRandom
    ) -> NoteDraft {
        let words = vocabulary.categories[String(category.rawValue)] ?? vocabulary.categories["1"]!
        let subject = random.pick(words.subjects)
        let place = random.pick(words.places)
        // One pass over the template (Foundation's replacing was a tenth of a world's time).
        func fill(_ template: String, _ random: inout SeededRandom) -> String {
            let number = String(random.within(2...12))
            var result = ""
            result.reserveCapacity(template.utf8.count + 24)
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{") {
                result += rest[..<open]
                let after = rest[open...]
                let (value, length): (String, Int) =
                    if after.hasPrefix("{subject}") {
                        (subject, 9)
                    } else if after.hasPrefix("{place}") {
                        (place, 7)
                    } else if after.hasPrefix("{city}") {
                        (person.city, 6)
                    } else if after.hasPrefix("{n}") {
                        (number, 3)
                    } else {
                        ("{", 1)
                    }
                result += value
                rest = after.dropFirst(length)
            }
            result += rest
            return result
        }

        var title = subject
        for _ in 0..<4 {
            let candidate = fill(random.pick(words.titles), &random)
            if (1...NoteError.titleLimit).contains(candidate.count) {
                title = candidate
                break
            }
        }

        var paragraphs: [String] = []
        if random.chance(0.6) { paragraphs.append(random.pick(vocabulary.common.openers) + emoji(&random, 0.5)) }
        paragraphs.append(fill(random.pick(words.pains), &random) + fill(random.pick(words.tries), &random))
        var outcome = fill(random.pick(words.outcomes), &random)
        if random.chance(0.45) { outcome += fill(random.pick(words.outcomes), &random) }
        paragraphs.append(outcome + emoji(&random, 0.4))
        if random.chance(0.75) { paragraphs.append(fill(random.pick(words.tips), &random)) }
        if random.chance(0.3) { paragraphs.append(fill(random.pick(words.tips), &random)) }
        if random.chance(0.15) { paragraphs.append(fill(random.pick(words.english), &random)) }
        if let mention {
            paragraphs.append(random.pick(["和 @\(mention) 一起去的", "@\(mention) 你上次说的就是这个吧", "感谢 @\(mention) 的安利"]))
        }
        if random.chance(0.6) { paragraphs.append(random.pick(vocabulary.common.closers) + emoji(&random, 0.5)) }

        var topics = random.sample(words.topics.filter { !$0.contains(" ") }, count: random.within(1...3))
        if let tag = tags.first.flatMap({ taxonomy.byID[$0] }), tag.name.count <= NoteError.topicLengthLimit,
            !tag.name.contains(" "), random.chance(0.4)
        {
            topics.append(tag.name)
        }
        paragraphs.append(topics.map { "#" + $0 }.joined(separator: " "))

        var body = paragraphs.joined(separator: "\n")
        while body.count > NoteError.bodyLimit, paragraphs.count > 2 {  // rare: drop optional middle parts
            paragraphs.remove(at: paragraphs.count - 2)
            body = paragraphs.joined(separator: "\n")
        }

        let location =
            Self.placeCategories.contains(category.rawValue) && random.chance(0.45)
            ? Place(name: place, city: person.city) : nil
        return NoteDraft(title: title, body: body, tags: tags, media: photos(&random), place: location)
    }

    /// Categories whose notes happen somewhere worth naming (food, cafés, travel, the city, the
    /// outdoors, sport, photography, weddings); elsewhere "places" are shops or apps, not places.
    static let placeCategories: Set<Int64> = [1, 2, 3, 4, 13, 14, 16, 17, 18, 22, 30]

    private func emoji(_ random: inout SeededRandom, _ probability: Double) -> String {
        random.chance(probability) ? random.pick(vocabulary.common.emoji) : ""
    }

    /// Photo references, served by Hongshu as warm gradient placeholders.
    private func photos(_ random: inout SeededRandom) -> [Media] {
        guard random.chance(0.8) else { return [] }
        let hue = random.below(360)
        let height = random.pick([1080, 1350, 1440])
        return (0..<random.within(1...6)).map { index in
            Media(kind: .image, url: "/media/placeholder/\((hue + index * 23) % 360).svg", width: 1080, height: height)
        }
    }
}
