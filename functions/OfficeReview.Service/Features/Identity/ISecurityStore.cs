using OfficeReview.Service.Features.Audit;

namespace OfficeReview.Service.Features.Identity;

/// <summary>
/// Users, their roles, one-time sign-in links and the audit log. SQLite (security.db in the data folder) or
/// PostgreSQL (tables next to the campaigns), chosen with the campaign store (Storage:Provider); both pass the same
/// contract tests.
/// </summary>
public interface ISecurityStore
{
    Task<UserAccount?> GetUserAsync(string userName, CancellationToken ct = default);
    Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken ct = default);
    Task<long> CountUsersAsync(CancellationToken ct = default);
    /// <summary>False when a user of that name exists.</summary>
    Task<bool> CreateUserAsync(UserAccount user, CancellationToken ct = default);
    /// <summary>New hash and security stamp; false when there is no such user.</summary>
    Task<bool> SetPasswordAsync(string userName, string passwordHash, string securityStamp, CancellationToken ct = default);

    Task<IReadOnlyList<RoleAssignment>> GetRolesAsync(string userName, CancellationToken ct = default);
    /// <summary>Replaces every role of the user.</summary>
    Task SetRolesAsync(string userName, IReadOnlyList<RoleAssignment> roles, CancellationToken ct = default);

    /// <summary>Stores a one-time sign-in link (by the SHA-256 of its token).</summary>
    Task AddSignInLinkAsync(string tokenSha256, string userName, DateTimeOffset expiresAt, CancellationToken ct = default);
    /// <summary>Consumes the link: the user name when it existed and had not expired; the link is gone either way.</summary>
    Task<string?> RedeemSignInLinkAsync(string tokenSha256, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>Appends one entry to the hash chain (serialized: each entry carries the hash of the one before).</summary>
    Task<AuditEntry> AppendAuditAsync(NewAuditEntry entry, CancellationToken ct = default);
    /// <summary>Entries oldest first; of one campaign when given; after an id; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? campaign, long afterId, int limit, CancellationToken ct = default);
    /// <summary>Recomputes the whole chain.</summary>
    Task<AuditVerification> VerifyAuditAsync(CancellationToken ct = default);
}
