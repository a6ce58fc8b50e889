using Npgsql;
using OfficeReview.Service.Features.Audit;

namespace OfficeReview.Service.Features.Identity.Storage;

/// <summary>Users, roles, sign-in links and the audit log in PostgreSQL (same database as the campaigns).</summary>
public sealed class PostgresSecurityStore : ISecurityStore, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly SemaphoreSlim _init = new(1, 1);
    private volatile bool _ready;

    public PostgresSecurityStore(string connectionString) => _source = NpgsqlDataSource.Create(connectionString);

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS users(
            user_name text PRIMARY KEY, display_name text NOT NULL, password_hash text, security_stamp text NOT NULL, created_at text NOT NULL);
        CREATE TABLE IF NOT EXISTS user_roles(
            user_name text NOT NULL, ord integer NOT NULL, role text NOT NULL, unit text, campaign text, PRIMARY KEY(user_name, ord));
        CREATE TABLE IF NOT EXISTS signin_links(
            token_sha256 text PRIMARY KEY, user_name text NOT NULL, expires_at text NOT NULL);
        CREATE TABLE IF NOT EXISTS audit_log(
            id bigint PRIMARY KEY, at text NOT NULL, user_name text NOT NULL, action text NOT NULL, campaign text, unit text,
            target text, detail text, remote_ip text, previous_hash text NOT NULL, hash text NOT NULL);
        CREATE INDEX IF NOT EXISTS audit_log_campaign ON audit_log(campaign, id);
        """;

    // Advisory lock keys: schema creation, and the audit chain (one append at a time across every instance).
    private const long SchemaLock = 7270402;
    private const long AuditLock = 7270403;

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        if (!_ready)
        {
            await _init.WaitAsync(ct);
            try
            {
                if (!_ready)
                {
                    await using var c = await _source.OpenConnectionAsync(ct);
                    await using (var l = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLock})", c)) await l.ExecuteNonQueryAsync(ct);
                    try { await using var s = new NpgsqlCommand(Schema, c); await s.ExecuteNonQueryAsync(ct); }
                    finally { await using var u = new NpgsqlCommand($"SELECT pg_advisory_unlock({SchemaLock})", c); await u.ExecuteNonQueryAsync(ct); }
                    _ready = true;
                }
            }
            finally { _init.Release(); }
        }
        return await _source.OpenConnectionAsync(ct);
    }

    private static NpgsqlCommand Command(NpgsqlConnection c, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = new NpgsqlCommand(sql, c);
        foreach (var (name, value) in args)
            cmd.Parameters.Add(new NpgsqlParameter(name, value is null ? NpgsqlTypes.NpgsqlDbType.Text : value is long ? NpgsqlTypes.NpgsqlDbType.Bigint : value is int ? NpgsqlTypes.NpgsqlDbType.Integer : NpgsqlTypes.NpgsqlDbType.Text) { Value = value ?? DBNull.Value });
        return cmd;
    }

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static UserAccount ReadUser(NpgsqlDataReader r) => new()
    {
        UserName = r.GetString(0), DisplayName = r.GetString(1), PasswordHash = Str(r, 2), SecurityStamp = r.GetString(3),
        CreatedAt = AuditChain.ParseTime(r.GetString(4)),
    };

    public async Task<UserAccount?> GetUserAsync(string userName, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT user_name, display_name, password_hash, security_stamp, created_at FROM users WHERE user_name = @u", ("u", userName));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadUser(r) : null;
    }

    public async Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT user_name, display_name, password_hash, security_stamp, created_at FROM users ORDER BY user_name COLLATE \"C\"");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<UserAccount>();
        while (await r.ReadAsync(ct)) list.Add(ReadUser(r));
        return list;
    }

    public async Task<long> CountUsersAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT COUNT(*) FROM users");
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async Task<bool> CreateUserAsync(UserAccount user, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "INSERT INTO users(user_name, display_name, password_hash, security_stamp, created_at) VALUES(@u, @d, @p, @s, @t) ON CONFLICT(user_name) DO NOTHING",
            ("u", user.UserName), ("d", user.DisplayName), ("p", user.PasswordHash), ("s", user.SecurityStamp), ("t", AuditChain.FormatTime(user.CreatedAt)));
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<bool> SetPasswordAsync(string userName, string passwordHash, string securityStamp, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "UPDATE users SET password_hash = @p, security_stamp = @s WHERE user_name = @u", ("u", userName), ("p", passwordHash), ("s", securityStamp));
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<IReadOnlyList<RoleAssignment>> GetRolesAsync(string userName, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT role, unit, campaign FROM user_roles WHERE user_name = @u ORDER BY ord", ("u", userName));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<RoleAssignment>();
        while (await r.ReadAsync(ct)) list.Add(new RoleAssignment(r.GetString(0), Str(r, 1), Str(r, 2)));
        return list;
    }

    public async Task SetRolesAsync(string userName, IReadOnlyList<RoleAssignment> roles, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await using (var del = Command(c, "DELETE FROM user_roles WHERE user_name = @u", ("u", userName))) await del.ExecuteNonQueryAsync(ct);
        for (var i = 0; i < roles.Count; i++)
        {
            await using var ins = Command(c, "INSERT INTO user_roles(user_name, ord, role, unit, campaign) VALUES(@u, @o, @r, @n, @c)",
                ("u", userName), ("o", i), ("r", roles[i].Role), ("n", roles[i].Unit), ("c", roles[i].Campaign));
            await ins.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    public async Task AddSignInLinkAsync(string tokenSha256, string userName, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "INSERT INTO signin_links(token_sha256, user_name, expires_at) VALUES(@t, @u, @e)",
            ("t", tokenSha256), ("u", userName), ("e", AuditChain.FormatTime(expiresAt)));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<string?> RedeemSignInLinkAsync(string tokenSha256, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "DELETE FROM signin_links WHERE token_sha256 = @t RETURNING user_name, expires_at", ("t", tokenSha256));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        var user = r.GetString(0);
        return AuditChain.ParseTime(r.GetString(1)) > now ? user : null;
    }

    public async Task<AuditEntry> AppendAuditAsync(NewAuditEntry e, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await using (var l = Command(c, $"SELECT pg_advisory_xact_lock({AuditLock})")) await l.ExecuteNonQueryAsync(ct);
        long id;
        string previous;
        await using (var last = Command(c, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))
        await using (var r = await last.ExecuteReaderAsync(ct))
            (id, previous) = await r.ReadAsync(ct) ? (r.GetInt64(0) + 1, r.GetString(1)) : (1L, AuditChain.Genesis);
        var at = AuditChain.FormatTime(e.At);
        var hash = AuditChain.Hash(id, at, e.User, e.Action, e.Campaign, e.Unit, e.Target, e.Detail, e.RemoteIp, previous);
        await using (var ins = Command(c, "INSERT INTO audit_log(id, at, user_name, action, campaign, unit, target, detail, remote_ip, previous_hash, hash) VALUES(@i, @a, @u, @x, @c, @n, @t, @d, @ip, @p, @h)",
            ("i", id), ("a", at), ("u", e.User), ("x", e.Action), ("c", e.Campaign), ("n", e.Unit), ("t", e.Target), ("d", e.Detail), ("ip", e.RemoteIp), ("p", previous), ("h", hash)))
            await ins.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return new AuditEntry(id, AuditChain.ParseTime(at), e.User, e.Action, e.Campaign, e.Unit, e.Target, e.Detail, e.RemoteIp, previous, hash);
    }

    private const string AuditColumns = "id, at, user_name, action, campaign, unit, target, detail, remote_ip, previous_hash, hash";

    private static AuditChain.Row ReadRow(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8), r.GetString(9), r.GetString(10));

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? campaign, long afterId, int limit, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = campaign is null
            ? Command(c, $"SELECT {AuditColumns} FROM audit_log WHERE id > @a ORDER BY id LIMIT @l", ("a", afterId), ("l", (long)limit))
            : Command(c, $"SELECT {AuditColumns} FROM audit_log WHERE campaign = @c AND id > @a ORDER BY id LIMIT @l", ("c", campaign), ("a", afterId), ("l", (long)limit));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<AuditEntry>();
        while (await r.ReadAsync(ct)) list.Add(AuditChain.ToEntry(ReadRow(r)));
        return list;
    }

    public async Task<AuditVerification> VerifyAuditAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, $"SELECT {AuditColumns} FROM audit_log ORDER BY id");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<AuditChain.Row>();
        while (await r.ReadAsync(ct)) rows.Add(ReadRow(r));
        return AuditChain.Verify(rows);
    }

    public void Dispose() => _source.Dispose();
}
