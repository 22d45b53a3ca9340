/// A string decoded into Unicode scalar values, with the UTF-8 and, on request, UTF-16 offset of every scalar.
struct ScalarText {
    /// The scalar values.
    var scalars: [UInt32] = []
    /// `utf8Offsets[i]` is the UTF-8 offset of scalar `i`; the last element is the UTF-8 length.
    var utf8Offsets: [Int32] = []
    /// `utf16Offsets[i]` is the UTF-16 offset of scalar `i`; the last element is the UTF-16 length. Empty unless
    /// requested.
    var utf16Offsets: [Int32] = []

    /// Decodes `text`; `withUTF16` also records UTF-16 offsets.
    init(_ text: String, withUTF16: Bool = false) {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes in
            Self.decode(bytes, withUTF16: withUTF16)
        }
        if let decoded {
            self = decoded
        } else {
            self = Array(text.utf8).withUnsafeBufferPointer { Self.decode($0, withUTF16: withUTF16) }
        }
    }

    private init() {}

    /// Decodes well-formed UTF-8 (Swift strings always are).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, withUTF16: Bool) -> ScalarText {
        var result = ScalarText()
        let count = bytes.count
        result.scalars.reserveCapacity(count)
        result.utf8Offsets.reserveCapacity(count + 1)
        if withUTF16 { result.utf16Offsets.reserveCapacity(count + 1) }
        var position = 0
        var utf16 = 0
        while position < count {
            let lead = UInt32(bytes[position])
            result.utf8Offsets.append(Int32(position))
            if withUTF16 { result.utf16Offsets.append(Int32(utf16)) }
            if lead < 0x80 {
                result.scalars.append(lead)
                position &+= 1
                utf16 &+= 1
            } else if lead < 0xE0 {
                result.scalars.append((lead & 0x1F) << 6 | UInt32(bytes[position &+ 1] & 0x3F))
                position &+= 2
                utf16 &+= 1
            } else if lead < 0xF0 {
                result.scalars.append(
                    (lead & 0x0F) << 12 | UInt32(bytes[position &+ 1] & 0x3F) << 6
                        | UInt32(bytes[position &+ 2] & 0x3F))
                position &+= 3
                utf16 &+= 1
            } else {
                result.scalars.append(
                    (lead & 0x07) << 18 | UInt32(bytes[position &+ 1] & 0x3F) << 12
                        | UInt32(bytes[position &+ 2] & 0x3F) << 6 | UInt32(bytes[position &+ 3] & 0x3F))
                position &+= 4
                utf16 &+= 2
            }
        }
        result.utf8Offsets.append(Int32(count))
        if withUTF16 { result.utf16Offsets.append(Int32(utf16)) }
        return result
    }
}
