import Crypto
import Foundation

/// A fresh secret for a session: 256 random bits, base64url without padding.
enum SessionToken {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()  // the OS's CSPRNG
        let bytes = (0..<4).flatMap { _ in withUnsafeBytes(of: generator.next() as UInt64, Array.init) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// What is stored instead of the token: its SHA-256, in hex.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
