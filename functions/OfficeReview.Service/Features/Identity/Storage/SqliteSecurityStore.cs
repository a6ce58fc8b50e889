using Microsoft.Data.Sqlite;
using OfficeReview.Service.Features.Audit;

namespace OfficeReview.Service.Features.Identity.Storage;

/// <summary>Users, roles, sign-in links and the audit log in security.db (SQLite, WAL) in the data folder.</summary>
public sealed class SqliteSecurityStore : ISecurityStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _write = new(1, 1);

    public SqliteSecurityStore(string dataFolder)
    {
        var folder = Path.GetFullPath(dataFolder);
        Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "security.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        using var c = Open();
        Exec(c, "PRAGMA journal_mode=WAL;");
        Exec(c, Schema);
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS users(
            user_name TEXT PRIMARY KEY, display_name TEXT NOT NULL, password_hash TEXT, security_stamp TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS user_roles(
            user_name TEXT NOT NULL, ord INTEGER NOT NULL, role TEXT NOT NULL, unit TEXT, campaign TEXT, PRIMARY KEY(user_name, ord));
        CREATE TABLE IF NOT EXISTS signin_links(
            token_sha256 TEXT PRIMARY KEY, user_name TEXT NOT NULL, expires_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS audit_log(
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL, campaign TEXT, unit TEXT,
            target TEXT, detail TEXT, remote_ip TEXT, previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS audit_log_campaign ON audit_log(campaign, id);
        """;

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Exec(c, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000;");
        return c;
    }

    private static void Exec(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static UserAccount ReadUser(SqliteDataReader r) => new()
    {
        UserName = r.GetString(0), DisplayName = r.GetString(1), PasswordHash = Str(r, 2), SecurityStamp = r.GetString(3),
        CreatedAt = AuditChain.ParseTime(r.GetString(4)),
    };

    public Task<UserAccount?> GetUserAsync(string userName, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, "SELECT user_name, display_name, password_hash, security_stamp, created_at FROM users WHERE user_name = $u", ("$u", userName));
        using var r = cmd.ExecuteReader();
        return Task.FromResult(r.Read() ? ReadUser(r) : null);
    }

    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, "SELECT user_name, display_name, password_hash, security_stamp, created_at FROM users ORDER BY user_name");
        using var r = cmd.ExecuteReader();
        var list = new List<UserAccount>();
        while (r.Read()) list.Add(ReadUser(r));
        return Task.FromResult<IReadOnlyList<UserAccount>>(list);
    }

    public Task<long> CountUsersAsync(CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, "SELECT COUNT(*) FROM users");
        return Task.FromResult((long)cmd.ExecuteScalar()!);
    }

    public async Task<bool> CreateUserAsync(UserAccount user, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var cmd = Command(c, "INSERT INTO users(user_name, display_name, password_hash, security_stamp, created_at) VALUES($u, $d, $p, $s, $t) ON CONFLICT(user_name) DO NOTHING",
                ("$u", user.UserName), ("$d", user.DisplayName), ("$p", user.PasswordHash), ("$s", user.SecurityStamp), ("$t", AuditChain.FormatTime(user.CreatedAt)));
            return cmd.ExecuteNonQuery() == 1;
        }
        finally { _write.Release(); }
    }

    public async Task<bool> SetPasswordAsync(string userName, string passwordHash, string securityStamp, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var cmd = Command(c, "UPDATE users SET password_hash = $p, security_stamp = $s WHERE user_name = $u", ("$u", userName), ("$p", passwordHash), ("$s", securityStamp));
            return cmd.ExecuteNonQuery() == 1;
        }
        finally { _write.Release(); }
    }

    public Task<IReadOnlyList<RoleAssignment>> GetRolesAsync(string userName, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, "SELECT role, unit, campaign FROM user_roles WHERE user_name = $u ORDER BY ord", ("$u", userName));
        using var r = cmd.ExecuteReader();
        var list = new List<RoleAssignment>();
        while (r.Read()) list.Add(new RoleAssignment(r.GetString(0), Str(r, 1), Str(r, 2)));
        return Task.FromResult<IReadOnlyList<RoleAssignment>>(list);
    }

    public async Task SetRolesAsync(string userName, IReadOnlyList<RoleAssignment> roles, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var tx = c.BeginTransaction();
            using (var del = Command(c, "DELETE FROM user_roles WHERE user_name = $u", ("$u", userName))) { del.Transaction = tx; del.ExecuteNonQuery(); }
            for (var i = 0; i < roles.Count; i++)
            {
                using var ins = Command(c, "INSERT INTO user_roles(user_name, ord, role, unit, campaign) VALUES($u, $o, $r, $n, $c)",
                    ("$u", userName), ("$o", i), ("$r", roles[i].Role), ("$n", roles[i].Unit), ("$c", roles[i].Campaign));
                ins.Transaction = tx;
                ins.ExecuteNonQuery();
            }
            tx.Commit();
        }
        finally { _write.Release(); }
    }

    public async Task AddSignInLinkAsync(string tokenSha256, string userName, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var cmd = Command(c, "INSERT INTO signin_links(token_sha256, user_name, expires_at) VALUES($t, $u, $e)",
                ("$t", tokenSha256), ("$u", userName), ("$e", AuditChain.FormatTime(expiresAt)));
            cmd.ExecuteNonQuery();
        }
        finally { _write.Release(); }
    }

    public async Task<string?> RedeemSignInLinkAsync(string tokenSha256, DateTimeOffset now, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var cmd = Command(c, "DELETE FROM signin_links WHERE token_sha256 = $t RETURNING user_name, expires_at", ("$t", tokenSha256));
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            var user = r.GetString(0);
            return AuditChain.ParseTime(r.GetString(1)) > now ? user : null;
        }
        finally { _write.Release(); }
    }

    public async Task<AuditEntry> AppendAuditAsync(NewAuditEntry e, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var tx = c.BeginTransaction(deferred: false);
            long id;
            string previous;
            using (var last = Command(c, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))
            {
                last.Transaction = tx;
                using var r = last.ExecuteReader();
                (id, previous) = r.Read() ? (r.GetInt64(0) + 1, r.GetString(1)) : (1L, AuditChain.Genesis);
            }
            var at = AuditChain.FormatTime(e.At);
            var hash = AuditChain.Hash(id, at, e.User, e.Action, e.Campaign, e.Unit, e.Target, e.Detail, e.RemoteIp, previous);
            using (var ins = Command(c, "INSERT INTO audit_log(id, at, user_name, action, campaign, unit, target, detail, remote_ip, previous_hash, hash) VALUES($i, $a, $u, $x, $c, $n, $t, $d, $ip, $p, $h)",
                ("$i", id), ("$a", at), ("$u", e.User), ("$x", e.Action), ("$c", e.Campaign), ("$n", e.Unit), ("$t", e.Target), ("$d", e.Detail), ("$ip", e.RemoteIp), ("$p", previous), ("$h", hash)))
            {
                ins.Transaction = tx;
                ins.ExecuteNonQuery();
            }
            tx.Commit();
            return new AuditEntry(id, AuditChain.ParseTime(at), e.User, e.Action, e.Campaign, e.Unit, e.Target, e.Detail, e.RemoteIp, previous, hash);
        }
        finally { _write.Release(); }
    }

    private const string AuditColumns = "id, at, user_name, action, campaign, unit, target, detail, remote_ip, previous_hash, hash";

    private static AuditChain.Row ReadRow(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8), r.GetString(9), r.GetString(10));

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? campaign, long afterId, int limit, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = campaign is null
            ? Command(c, $"SELECT {AuditColumns} FROM audit_log WHERE id > $a ORDER BY id LIMIT $l", ("$a", afterId), ("$l", limit))
            : Command(c, $"SELECT {AuditColumns} FROM audit_log WHERE campaign = $c AND id > $a ORDER BY id LIMIT $l", ("$c", campaign), ("$a", afterId), ("$l", limit));
        using var r = cmd.ExecuteReader();
        var list = new List<AuditEntry>();
        while (r.Read()) list.Add(AuditChain.ToEntry(ReadRow(r)));
        return Task.FromResult<IReadOnlyList<AuditEntry>>(list);
    }

    public Task<AuditVerification> VerifyAuditAsync(CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, $"SELECT {AuditColumns} FROM audit_log ORDER BY id");
        using var r = cmd.ExecuteReader();
        return Task.FromResult(AuditChain.Verify(Rows(r)));

        static IEnumerable<AuditChain.Row> Rows(SqliteDataReader r)
        {
            while (r.Read()) yield return ReadRow(r);
        }
    }

    public void Dispose() => _write.Dispose();
}
