import Crypto
import Foundation
import _CryptoExtras

/// Password hashing with PBKDF2-HMAC-SHA256 (swift-crypto's `_CryptoExtras`, BoringSSL underneath).
///
/// Hashes are stored as `$pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>` so the iteration count can be
/// raised later: old hashes keep verifying with their own count.
public enum PasswordHasher {
    /// OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.
    public static let defaultIterations = 600_000
    /// Shortest password accepted at sign-up.
    public static let minimumLength = 8

    /// Hashes a password with a fresh 16-byte salt. Runs on a Dispatch queue, off the cooperative pool (it takes a
    /// fraction of a second on purpose).
    public static func hash(_ password: String, iterations: Int = defaultIterations) async throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: .min ... .max, using: &generator) }
        let derived = try await derive(password, salt: salt, iterations: iterations)
        return "$pbkdf2-sha256$\(iterations)$\(Data(salt).base64EncodedString())$\(Data(derived).base64EncodedString())"
    }

    /// Whether `password` matches a stored hash. Malformed hashes never match.
    public static func verify(_ password: String, against stored: String) async -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: true)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let iterations = Int(parts[1]), iterations > 0,
            let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3]))
        else { return false }
        guard let derived = try? await derive(password, salt: Array(salt), iterations: iterations) else { return false }
        return constantTimeEqual(derived, Array(expected))
    }

    /// Compares two byte strings in time independent of where they differ.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    private static func derive(_ password: String, salt: [UInt8], iterations: Int) async throws -> [UInt8] {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result {
                    let key = try KDF.Insecure.PBKDF2.deriveKey(
                        from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: 32,
                        unsafeUncheckedRounds: iterations)
                    return key.withUnsafeBytes { Array($0) }
                })
            }
        }
    }
}
