/// Who, besides its owner, may put a cameo in their prompts.
public enum CameoPermission: String, Sendable, CaseIterable, Codable {
    /// Only the person shown (the owner's account).
    case onlyMe = "only_me"
    /// The owner and the accounts on the cameo's approved list.
    case approved
    /// Every account.
    case everyone
}

/// A person's registered likeness. The owner attested that they are the person shown and an adult; the reference
/// images live in the data directory. Deleting a cameo revokes it at once.
public struct CameoRecord: Sendable, Equatable {
    /// Public identifier, `cameo_…`.
    public var id: String
    /// The account of the person shown.
    public var ownerAccountID: String
    /// The person's display name.
    public var name: String
    /// What prompts write after `@`, lowercase (`[a-z0-9_.]`, 3–30 characters), unique among live cameos.
    public var handle: String
    /// Who may use the cameo.
    public var permission: CameoPermission
    /// Accounts the owner approved (used when `permission` is `.approved`).
    public var approvedAccountIDs: [String]
    /// Reference images, relative to the data directory, 1–5.
    public var imagePaths: [String]
    /// Unix seconds of the owner's attestation (adult, and the person shown).
    public var attestedAt: Int64
    /// Unix seconds of creation.
    public var createdAt: Int64
    /// Unix seconds of deletion (revocation); nil while live.
    public var deletedAt: Int64?

    /// Creates a cameo record.
    public init(
        id: String, ownerAccountID: String, name: String, handle: String, permission: CameoPermission,
        approvedAccountIDs: [String] = [], imagePaths: [String], attestedAt: Int64, createdAt: Int64,
        deletedAt: Int64? = nil
    ) {
        self.id = id
        self.ownerAccountID = ownerAccountID
        self.name = name
        self.handle = handle
        self.permission = permission
        self.approvedAccountIDs = approvedAccountIDs
        self.imagePaths = imagePaths
        self.attestedAt = attestedAt
        self.createdAt = createdAt
        self.deletedAt = deletedAt
    }

    /// Whether `accountID` may generate a video with this cameo now.
    public func permits(_ accountID: String) -> Bool {
        guard deletedAt == nil else { return false }
        if accountID == ownerAccountID { return true }
        switch permission {
        case .onlyMe: return false
        case .approved: return approvedAccountIDs.contains(accountID)
        case .everyone: return true
        }
    }
}
