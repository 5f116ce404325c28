import Foundation

/// Limits failed log-ins per username and per client address, in a sliding window, in this process.
///
/// After `maxFailuresPerUser` failures for one username within `window`, every attempt for it (right password
/// included) is refused until the oldest failure leaves the window; an address gets `maxFailuresPerAddress`.
/// Several server processes each keep their own counts, which only makes the limit proportionally looser.
final class LoginThrottle: @unchecked Sendable {
    let window: TimeInterval
    let maxFailuresPerUser: Int
    let maxFailuresPerAddress: Int
    private let lock = NSLock()
    private var failures: [String: [Date]] = [:]

    init(window: TimeInterval = 15 * 60, maxFailuresPerUser: Int = 5, maxFailuresPerAddress: Int = 30) {
        self.window = window
        self.maxFailuresPerUser = maxFailuresPerUser
        self.maxFailuresPerAddress = maxFailuresPerAddress
    }

    private func keys(username: String, address: String?) -> [(String, Int)] {
        var keys = [("user:" + username.lowercased(), maxFailuresPerUser)]
        if let address { keys.append(("addr:" + address, maxFailuresPerAddress)) }
        return keys
    }

    /// Whether an attempt must be refused now.
    func isBlocked(username: String, address: String?, now: Date = Date()) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        for (key, limit) in keys(username: username, address: address) {
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent.isEmpty ? nil : recent
            if recent.count >= limit { return true }
        }
        return false
    }

    /// Records a failed attempt.
    func recordFailure(username: String, address: String?, now: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        if failures.count > 100_000 { failures.removeAll() }
        for (key, _) in keys(username: username, address: address) { failures[key, default: []].append(now) }
    }

    /// Forgets a username's failures after a successful log-in.
    func recordSuccess(username: String) {
        lock.lock()
        defer { lock.unlock() }
        failures["user:" + username.lowercased()] = nil
    }
}
