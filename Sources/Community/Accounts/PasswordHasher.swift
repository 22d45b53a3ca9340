/// Turns passwords into slow, salted hashes and checks them. The server supplies bcrypt.
public protocol PasswordHasher: Sendable {
    func hash(_ password: String) async throws -> String
    func verify(_ password: String, against hash: String) async throws -> Bool
    /// Takes as long as a `verify` that fails, for sign-ins to handles that do not exist.
    func spendVerificationTime(_ password: String) async throws
}
