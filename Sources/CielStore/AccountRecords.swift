/// A person's account: they log in to the web app with it, and their API keys act for it.
public struct AccountRecord: Sendable, Equatable {
    /// Public identifier, `acct_…`.
    public var id: String
    /// Unique login name, lowercase (`[a-z0-9_.-]`, 3–32 characters).
    public var username: String
    /// Name shown beside shared videos (free text, escaped wherever it is shown).
    public var displayName: String
    /// PHC-style password hash (`$pbkdf2-sha256$i=…$salt$hash`).
    public var passwordHash: String
    /// The tier whose quotas apply (`free`, `pro`, …).
    public var tier: String
    /// Whether the account may open the admin page.
    public var isAdmin: Bool
    /// Unix seconds of creation.
    public var createdAt: Int64
    /// Unix seconds since when the account may not log in or use its keys (nil: active).
    public var disabledAt: Int64?

    /// Creates an account record.
    public init(
        id: String, username: String, displayName: String, passwordHash: String, tier: String, isAdmin: Bool = false,
        createdAt: Int64, disabledAt: Int64? = nil
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.tier = tier
        self.isAdmin = isAdmin
        self.createdAt = createdAt
        self.disabledAt = disabledAt
    }
}

/// A logged-in browser session. Only the SHA-256 of the cookie's token is stored.
public struct SessionRecord: Sendable, Equatable {
    /// Hex SHA-256 of the token held in the session cookie.
    public var tokenHash: String
    /// The account logged in.
    public var accountID: String
    /// The token every form of this session must carry (CSRF protection).
    public var csrfToken: String
    /// Unix seconds of creation.
    public var createdAt: Int64
    /// Unix seconds after which the session is no longer valid.
    public var expiresAt: Int64

    /// Creates a session record.
    public init(tokenHash: String, accountID: String, csrfToken: String, createdAt: Int64, expiresAt: Int64) {
        self.tokenHash = tokenHash
        self.accountID = accountID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// A single-use invitation code for sign-up when the access policy is `invite`.
public struct InviteRecord: Sendable, Equatable {
    /// The code itself (what a person types).
    public var code: String
    /// The account that made it (an admin or a user with invitations left).
    public var createdBy: String
    /// Unix seconds of creation.
    public var createdAt: Int64
    /// The account that signed up with it, once used.
    public var usedBy: String?
    /// Unix seconds of use.
    public var usedAt: Int64?

    /// Creates an invitation record.
    public init(code: String, createdBy: String, createdAt: Int64, usedBy: String? = nil, usedAt: Int64? = nil) {
        self.code = code
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.usedBy = usedBy
        self.usedAt = usedAt
    }
}
