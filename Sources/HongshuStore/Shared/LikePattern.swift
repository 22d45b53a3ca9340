/// Escapes `%`, `_` and `\` so user text matches literally inside a LIKE pattern (`ESCAPE '\'`).
enum LikePattern {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
