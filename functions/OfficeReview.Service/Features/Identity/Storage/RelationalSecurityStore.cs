using System.Data.Common;
using System.Globalization;
using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Identity.Storage;

/// <summary>
/// What the SQLite and PostgreSQL security stores share: the SQL, the row mapping and every operation. Every column is
/// text or integer in both dialects (times are ISO 8601 text, as the audit chain hashes them), so a store supplies only
/// connections, how writes are serialized, and how audit appends queue up.
/// </summary>
public abstract class RelationalSecurityStore : ISecurityStore, IDisposable
{
    public abstract void Dispose();

    /// <summary>Brings the schema to the newest version (once per store object) and says which scripts the database has.</summary>
    public abstract Task<MigrationReport> MigrateAsync(CancellationToken ct = default);

    /// <summary>An open connection on a migrated database.</summary>
    private protected abstract Task<DbConnection> OpenAsync(CancellationToken ct);
    /// <summary>Runs a write on an open connection (SQLite: one writer at a time in this process).</summary>
    private protected abstract Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct);
    /// <summary>Taken first in an audit append's transaction (PostgreSQL: one append at a time across instances).</summary>
    private protected virtual Task LockAuditAsync(DbConnection c, DbTransaction tx, CancellationToken ct) => Task.CompletedTask;
    /// <summary>Ordering by code point, as SQLite's default BINARY collation does.</summary>
    private protected virtual string Ordinal => "";

    private const string UserColumns = "user_name, display_name, password_hash, security_stamp, created_at";
    private const string AuditColumns = "id, at, user_name, action, campaign, unit, target, detail, remote_ip, previous_hash, hash";

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static UserAccount ReadUser(DbDataReader r) => new()
    {
        UserName = r.GetString(0), DisplayName = r.GetString(1), PasswordHash = Text(r, 2), SecurityStamp = r.GetString(3),
        CreatedAt = AuditChain.ParseTime(r.GetString(4)),
    };

    private static RoleAssignment ReadRole(DbDataReader r) => new(r.GetString(0), Text(r, 1), Text(r, 2));

    private static AuditChain.Row ReadAuditRow(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8), r.GetString(9), r.GetString(10));

    private async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await read(c);
    }

    public Task<UserAccount?> GetUserAsync(string userName, CancellationToken ct = default) =>
        ReadAsync(c => Db.FirstAsync(c, null, $"SELECT {UserColumns} FROM users WHERE user_name = @u", ReadUser, ct, ("u", userName)), ct);

    public async Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken ct = default) =>
        await ReadAsync(c => Db.ListAsync(c, null, $"SELECT {UserColumns} FROM users ORDER BY user_name{Ordinal}", ReadUser, ct), ct);

    public Task<long> CountUsersAsync(CancellationToken ct = default) =>
        ReadAsync(async c => Convert.ToInt64(await Db.ScalarAsync(c, null, "SELECT COUNT(*) FROM users", ct), CultureInfo.InvariantCulture), ct);

    public Task<bool> CreateUserAsync(UserAccount user, CancellationToken ct = default) => WriteAsync(async c =>
        await Db.ExecAsync(c, null, $"INSERT INTO users({UserColumns}) VALUES(@u, @d, @p, @s, @t) ON CONFLICT(user_name) DO NOTHING", ct,
            ("u", user.UserName), ("d", user.DisplayName), ("p", user.PasswordHash), ("s", user.SecurityStamp), ("t", AuditChain.FormatTime(user.CreatedAt))) == 1, ct);

    public Task<bool> SetPasswordAsync(string userName, string passwordHash, string securityStamp, CancellationToken ct = default) => WriteAsync(async c =>
        await Db.ExecAsync(c, null, "UPDATE users SET password_hash = @p, security_stamp = @s WHERE user_name = @u", ct,
            ("u", userName), ("p", passwordHash), ("s", securityStamp)) == 1, ct);

    public async Task<IReadOnlyList<RoleAssignment>> GetRolesAsync(string userName, CancellationToken ct = default) =>
        await ReadAsync(c => Db.ListAsync(c, null, "SELECT role, unit, campaign FROM user_roles WHERE user_name = @u ORDER BY ord", ReadRole, ct, ("u", userName)), ct);

    public Task SetRolesAsync(string userName, IReadOnlyList<RoleAssignment> roles, CancellationToken ct = default) => WriteAsync(async c =>
    {
        await using var tx = await c.BeginTransactionAsync(ct);
        await Db.ExecAsync(c, tx, "DELETE FROM user_roles WHERE user_name = @u", ct, ("u", userName));
        for (var i = 0; i < roles.Count; i++)
            await Db.ExecAsync(c, tx, "INSERT INTO user_roles(user_name, ord, role, unit, campaign) VALUES(@u, @o, @r, @n, @c)", ct,
                ("u", userName), ("o", i), ("r", roles[i].Role), ("n", roles[i].Unit), ("c", roles[i].Campaign));
        await tx.CommitAsync(ct);
        return true;
    }, ct);

    public Task AddSignInLinkAsync(string tokenSha256, string userName, DateTimeOffset expiresAt, CancellationToken ct = default) => WriteAsync(c =>
        Db.ExecAsync(c, null, "INSERT INTO signin_links(token_sha256, user_name, expires_at) VALUES(@t, @u, @e)", ct,
            ("t", tokenSha256), ("u", userName), ("e", AuditChain.FormatTime(expiresAt))), ct);

    public Task<string?> RedeemSignInLinkAsync(string tokenSha256, DateTimeOffset now, CancellationToken ct = default) => WriteAsync(async c =>
    {
        var link = (await Db.ListAsync(c, null, "DELETE FROM signin_links WHERE token_sha256 = @t RETURNING user_name, expires_at",
            r => (User: r.GetString(0), Expires: AuditChain.ParseTime(r.GetString(1))), ct, ("t", tokenSha256))).FirstOrDefault();
        return link.User is not null && link.Expires > now ? link.User : null;
    }, ct);

    public Task<AuditEntry> AppendAuditAsync(NewAuditEntry entry, CancellationToken ct = default) => WriteAsync(async c =>
    {
        await using var tx = await c.BeginTransactionAsync(ct);
        await LockAuditAsync(c, tx, ct);
        var last = (await Db.ListAsync(c, tx, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", r => (Id: r.GetInt64(0), Hash: r.GetString(1)), ct)).ToList();
        var (id, previous) = last.Count == 1 ? (last[0].Id + 1, last[0].Hash) : (1L, AuditChain.Genesis);
        var at = AuditChain.FormatTime(entry.At);
        var hash = AuditChain.Hash(id, at, entry.User, entry.Action, entry.Campaign, entry.Unit, entry.Target, entry.Detail, entry.RemoteIp, previous);
        await Db.ExecAsync(c, tx, $"INSERT INTO audit_log({AuditColumns}) VALUES(@i, @a, @u, @x, @c, @n, @t, @d, @ip, @p, @h)", ct,
            ("i", id), ("a", at), ("u", entry.User), ("x", entry.Action), ("c", entry.Campaign), ("n", entry.Unit), ("t", entry.Target), ("d", entry.Detail), ("ip", entry.RemoteIp), ("p", previous), ("h", hash));
        await tx.CommitAsync(ct);
        return new AuditEntry(id, AuditChain.ParseTime(at), entry.User, entry.Action, entry.Campaign, entry.Unit, entry.Target, entry.Detail, entry.RemoteIp, previous, hash);
    }, ct);

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? campaign, long afterId, int limit, CancellationToken ct = default)
    {
        var rows = await ReadAsync(c => campaign is null
            ? Db.ListAsync(c, null, $"SELECT {AuditColumns} FROM audit_log WHERE id > @a ORDER BY id LIMIT @l", ReadAuditRow, ct, ("a", afterId), ("l", (long)limit))
            : Db.ListAsync(c, null, $"SELECT {AuditColumns} FROM audit_log WHERE campaign = @c AND id > @a ORDER BY id LIMIT @l", ReadAuditRow, ct, ("c", campaign), ("a", afterId), ("l", (long)limit)), ct);
        return rows.Select(AuditChain.ToEntry).ToList();
    }

    public async Task<AuditVerification> VerifyAuditAsync(CancellationToken ct = default) =>
        AuditChain.Verify(await ReadAsync(c => Db.ListAsync(c, null, $"SELECT {AuditColumns} FROM audit_log ORDER BY id", ReadAuditRow, ct), ct));
}
