/// Messages to show beside the fields of a form that was sent back, keyed by field name.
struct FormErrors: Sendable {
    var fields: [String: String] = [:]
    var general: String?

    var isEmpty: Bool { fields.isEmpty && general == nil }
}

/// Labelled inputs that show what the user typed and the error beside the field.
enum FormViews {
    static func input(
        _ name: String, label: String, value: String = "", type: StaticString = "text", errors: FormErrors,
        hint: HTML? = nil, required: Bool = false, autocomplete: StaticString = "off"
    ) -> HTML {
        let error = errors.fields[name]
        let describedBy: HTML = error == nil ? .empty : " aria-invalid=\"true\" aria-describedby=\"\(name)-error\""
        let requiredAttribute: HTML = required ? " required" : .empty
        return """
            <div class="field\(error == nil ? "" : " invalid")">
            <label for="\(name)">\(label)</label>
            <input id="\(name)" name="\(name)" type="\(HTML(stringLiteral: type))" value="\(value)" autocomplete="\(HTML(stringLiteral: autocomplete))"\(requiredAttribute)\(describedBy)>
            \(hint.map { "<p class=\"hint\">\($0)</p>" as HTML })\(message(name, error))
            </div>
            """
    }

    static func textarea(_ name: String, label: String, value: String, errors: FormErrors, hint: HTML? = nil) -> HTML {
        let error = errors.fields[name]
        let describedBy: HTML = error == nil ? .empty : " aria-invalid=\"true\" aria-describedby=\"\(name)-error\""
        return """
            <div class="field\(error == nil ? "" : " invalid")">
            <label for="\(name)">\(label)</label>
            <textarea id="\(name)" name="\(name)" rows="8"\(describedBy)>\(value)</textarea>
            \(hint.map { "<p class=\"hint\">\($0)</p>" as HTML })\(message(name, error))
            </div>
            """
    }

    static func general(_ errors: FormErrors) -> HTML {
        errors.general.map { "<p class=\"alert\" role=\"alert\">\($0)</p>" } ?? .empty
    }

    private static func message(_ name: String, _ error: String?) -> HTML {
        error.map { "<p class=\"error\" id=\"\(name)-error\" role=\"alert\">\($0)</p>" } ?? .empty
    }
}
