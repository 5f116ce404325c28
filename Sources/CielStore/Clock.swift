import Foundation

/// Wall-clock helpers: the store keeps Unix seconds (and milliseconds for leases).
public enum Clock {
    /// Current Unix time in seconds.
    public static func nowSeconds() -> Int64 { Int64(Date().timeIntervalSince1970) }
    /// Current Unix time in milliseconds.
    public static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
