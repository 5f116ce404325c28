import CielStore

/// Who may sign up and how much each account may generate, read once at the edge (the CLI) and passed in.
public struct AccessPolicy: Sendable {
    /// How new accounts are created in the web app.
    public enum SignUp: String, Sendable, CaseIterable {
        /// Anyone may create an account (the default: no waiting list, no region lock).
        case open
        /// An invitation code, made by an admin or by a user with invitations left, is required.
        case invite
        /// Nobody may sign up; the operator creates accounts.
        case closed
    }

    /// Sign-up mode.
    public var signUp: SignUp = .open
    /// Tiers by name.
    public var tiers: [String: Tier] = [Tier.free.name: .free, Tier.pro.name: .pro]
    /// Tier of a new account.
    public var defaultTier: String = Tier.free.name
    /// Invitations an ordinary user may make (admins: unlimited).
    public var invitesPerUser: Int = 5
    /// Whether session cookies carry `Secure`: true, false, or nil to decide per request (TLS or
    /// `X-Forwarded-Proto: https`).
    public var secureCookies: Bool? = nil
    /// How long a browser session lasts, in seconds.
    public var sessionLifetimeSeconds: Int64 = 30 * 24 * 3600
    /// PBKDF2-SHA256 iterations for new password hashes (OWASP 2023: at least 600,000).
    public var passwordIterations: Int = PasswordHasher.defaultIterations

    /// The default policy.
    public init() {}

    /// The tier of an account: its row's tier, `Tier.operator` for an operator key's implicit account, and the
    /// default tier when a row names a tier the configuration no longer has.
    public func tier(of account: AccountRecord?) -> Tier {
        guard let account else { return .operator }
        return tiers[account.tier] ?? tiers[defaultTier] ?? .free
    }

    /// Tier names, in a stable order for menus.
    public var tierNames: [String] { tiers.keys.sorted() }
}

/// Limits that apply to every account of one tier.
public struct Tier: Sendable, Equatable {
    /// Tier name (`free`, `pro`, …).
    public var name: String
    /// Videos per UTC day (nil: no limit).
    public var videosPerDay: Int?
    /// Longest video in seconds (nil: any the API accepts).
    public var maxSeconds: Int?
    /// Largest short side of the delivered size in pixels (nil: any), so 720 allows 720x1280 and 1280x720.
    public var maxShortSide: Int?

    /// Creates a tier.
    public init(name: String, videosPerDay: Int?, maxSeconds: Int?, maxShortSide: Int?) {
        self.name = name
        self.videosPerDay = videosPerDay
        self.maxSeconds = maxSeconds
        self.maxShortSide = maxShortSide
    }

    /// 20 videos a day, up to 8 s, up to 720p.
    public static let free = Tier(name: "free", videosPerDay: 20, maxSeconds: 8, maxShortSide: 720)
    /// 200 videos a day, every duration and size.
    public static let pro = Tier(name: "pro", videosPerDay: 200, maxSeconds: nil, maxShortSide: nil)
    /// The operator's own keys (`ciel keys create` without an account): no limits.
    public static let `operator` = Tier(name: "operator", videosPerDay: nil, maxSeconds: nil, maxShortSide: nil)

    /// Whether the tier allows a `WIDTHxHEIGHT` size.
    public func allows(size: String) -> Bool {
        guard let maxShortSide else { return true }
        let sides = size.split(separator: "x").compactMap { Int($0) }
        guard sides.count == 2 else { return false }
        return min(sides[0], sides[1]) <= maxShortSide
    }

    /// Whether the tier allows a duration in seconds.
    public func allows(seconds: Int) -> Bool { maxSeconds.map { seconds <= $0 } ?? true }
}

/// The account a request acts for, with the tier whose limits apply. Set on the request context by API-key
/// authentication and by the web session; cameo permissions and quotas are decided on `id`.
public struct AccountIdentity: Sendable, Equatable {
    /// The account id (`acct_…`); for an operator key, its implicit account.
    public var id: String
    /// The account's row, nil for an operator key's implicit account.
    public var record: AccountRecord?
    /// The limits that apply.
    public var tier: Tier

    /// Creates an identity.
    public init(id: String, record: AccountRecord?, tier: Tier) {
        self.id = id
        self.record = record
        self.tier = tier
    }
}
