/// What a note's text refers to: `@handle` mentions and `#topic` hashtags.
enum NoteText {
    /// Lower-cased handles after `@`, in order of first appearance, at most `limit`.
    static func mentionedHandles(in text: String, limit: Int = 20) -> [String] {
        var handles: [String] = []
        var seen = Set<String>()
        var scalars = text.unicodeScalars[...]
        while let at = scalars.firstIndex(of: "@"), handles.count < limit {
            let rest = scalars[scalars.index(after: at)...]
            let run = rest.prefix(while: isHandleScalar)
            let handle = String(String.UnicodeScalarView(run)).lowercased()
            // `ada@example.com` is an address, not a mention: a mention starts a word.
            let startsWord = at == scalars.startIndex || !isHandleScalar(scalars[scalars.index(before: at)])
            if startsWord, (3...24).contains(handle.count), seen.insert(handle).inserted { handles.append(handle) }
            scalars = rest[run.endIndex...]
        }
        return handles
    }

    private static func isHandleScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }

    /// Hashtags in the text: `#` followed by characters up to white space, `#` or `@`
    /// (so both `#Citywalk ` and the `#城市漫步#` style work). Empty tags are skipped.
    static func hashtags(in text: String) -> [String] {
        var tags: [String] = []
        var scalars = text.unicodeScalars[...]
        while let hash = scalars.firstIndex(where: { $0 == "#" || $0 == "＃" }) {
            let rest = scalars[scalars.index(after: hash)...]
            let run = rest.prefix { !$0.properties.isWhitespace && $0 != "#" && $0 != "＃" && $0 != "@" }
            let tag = String(String.UnicodeScalarView(run)).trimmingPunctuation
            if !tag.isEmpty { tags.append(tag) }
            scalars = rest[run.endIndex...]
            if scalars.first == "#" || scalars.first == "＃" { scalars = scalars.dropFirst() }  // a closing `#`
        }
        return tags
    }
}

extension String {
    /// Without ASCII punctuation at the end (`#coffee,` → `coffee`).
    fileprivate var trimmingPunctuation: String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last.isASCII, last.properties.generalCategory.isPunctuation {
            scalars.removeLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default: false
        }
    }
}
