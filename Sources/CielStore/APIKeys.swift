import Crypto
import Foundation

/// Creates API keys and hashes presented secrets. Only the SHA-256 of a secret is ever stored.
public enum APIKeys {
    /// The prefix of every secret Ciel issues.
    public static let secretPrefix = "ciel-sk-"

    /// Hex SHA-256 of a secret, as stored and looked up.
    public static func hash(secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Random lowercase hex of `byteCount` bytes.
    public static func randomHex(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<byteCount).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }
            .joined()
    }

    /// A new key: its record (to store) and its secret (to show once).
    /// - Parameters:
    ///   - name: Operator-chosen name.
    ///   - webhookURL: Optional URL for `video.completed`/`video.failed` events; a signing secret is made for it.
    ///   - now: Creation time, Unix seconds.
    public static func make(name: String, webhookURL: String? = nil, now: Int64 = Clock.nowSeconds())
        -> (record: APIKeyRecord, secret: String)
    {
        let secret = secretPrefix + randomHex(byteCount: 24)
        let webhookSecret = webhookURL.map { _ in "whsec_" + Data(randomHex(byteCount: 24).utf8).base64EncodedString() }
        let record = APIKeyRecord(
            id: "key_" + randomHex(byteCount: 8), name: name, prefix: String(secret.prefix(12)),
            secretHash: hash(secret: secret), createdAt: now, webhookURL: webhookURL, webhookSecret: webhookSecret)
        return (record, secret)
    }
}
