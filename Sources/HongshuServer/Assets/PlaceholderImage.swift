/// Warm gradient pictures served at `/media/placeholder/{hue}.svg`, so generated and demo notes
/// have photos to show without storing any. The hue (0–359) picks the colours.
enum PlaceholderImage {
    static func svg(fileName: String) -> String? {
        guard fileName.hasSuffix(".svg"), let hue = Int(fileName.dropLast(4)), (0..<360).contains(hue) else {
            return nil
        }
        let second = (hue + 40) % 360
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 400" preserveAspectRatio="xMidYMid slice">\
            <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">\
            <stop offset="0" stop-color="hsl(\(hue),70%,74%)"/><stop offset="1" stop-color="hsl(\(second),65%,56%)"/>\
            </linearGradient></defs><rect width="300" height="400" fill="url(#g)"/>\
            <circle cx="230" cy="90" r="46" fill="#fff" fill-opacity=".25"/>\
            <path d="M0 330 Q80 260 150 320 T300 300 V400 H0Z" fill="#fff" fill-opacity=".18"/></svg>
            """
    }
}
