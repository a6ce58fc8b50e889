using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace OfficeReview.Service.Features.Campaigns.Storage.Migrations;

/// <summary>One numbered SQL script of a store's schema (e.g. <c>0002_register_index.sql</c>).</summary>
public sealed record MigrationScript(string Name, string Sql)
{
    /// <summary>SHA-256 of the text with line endings made LF, so a checkout with CRLF names the same script.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}

/// <summary>What a start did to a store's schema: the scripts found applied (by an earlier start, or by another instance meanwhile) and those it applied.</summary>
public sealed record MigrationReport(string Store, IReadOnlyList<string> AppliedBefore, IReadOnlyList<string> AppliedNow)
{
    public IEnumerable<string> All => AppliedBefore.Concat(AppliedNow);
}

/// <summary>A schema change that cannot be made: the message (Vietnamese) names the store and the script.</summary>
internal sealed class SchemaMigrationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The scripts of one store in one SQL dialect, and the journal table that records which ran.</summary>
public sealed class MigrationSet
{
    /// <summary>Name of the store in messages ("chiến dịch (SQLite)").</summary>
    public required string Store { get; init; }
    /// <summary>The journal table (name, checksum, applied_at); one per store, since stores may share a database.</summary>
    public required string Journal { get; init; }
    /// <summary>In the order they run: by name, so names start with a zero-padded number.</summary>
    public required IReadOnlyList<MigrationScript> Scripts { get; init; }
    /// <summary>PostgreSQL: the transaction-scoped advisory lock that queues instances migrating the same database.</summary>
    public long? AdvisoryLock { get; init; }
    /// <summary>
    /// Runs once in the first transaction on a database without a journal, before any script: brings a database made by
    /// the versions before migrations existed to the shape of the first script (which creates only what is missing).
    /// </summary>
    public Action<DbConnection, DbTransaction>? AdoptUnjournaled { get; init; }

    /// <summary>The embedded scripts below a resource folder (LogicalName migrations/&lt;folder&gt;/NNNN_name.sql).</summary>
    public static IReadOnlyList<MigrationScript> Embedded(string folder)
    {
        var assembly = typeof(MigrationSet).Assembly;
        var prefix = $"migrations/{folder}/";
        return assembly.GetManifestResourceNames()
            .Select(n => (Resource: n, Path: n.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal) && r.Path.EndsWith(".sql", StringComparison.Ordinal))
            .Select(r => new MigrationScript(r.Path[prefix.Length..], Read(assembly, r.Resource)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>
/// Brings a database to the newest schema: every script not yet in the journal runs, in name order, each in its own
/// transaction together with its journal row, so a script either runs whole and is recorded, or leaves nothing. Another
/// process migrating the same database waits (SQLite: the write lock of BEGIN IMMEDIATE; PostgreSQL: an advisory lock)
/// and then finds the script recorded. A recorded script whose text has changed, or one the journal names but this
/// version does not have (a newer version migrated the database), stops the start with a message instead.
/// </summary>
internal static class SchemaMigrator
{
    public static async Task<MigrationReport> RunAsync(DbConnection connection, MigrationSet set, TimeProvider? clock = null, CancellationToken ct = default)
    {
        clock ??= TimeProvider.System;
        CheckNames(set);
        Dictionary<string, string> before;
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            await LockAsync(connection, tx, set, ct);
            var journaled = await ScalarAsync(connection, tx, JournalExistsSql(connection, set.Journal), ct) is not null;
            if (!journaled)
            {
                await ExecAsync(connection, tx, $"CREATE TABLE {set.Journal}(name text PRIMARY KEY, checksum text NOT NULL, applied_at text NOT NULL)", ct);
                set.AdoptUnjournaled?.Invoke(connection, tx);
            }
            before = await AppliedAsync(connection, tx, set, ct);
            await tx.CommitAsync(ct);
        }
        Check(set, before);

        var now = new List<string>();
        var byOthers = new List<string>();
        foreach (var script in set.Scripts.Where(s => !before.ContainsKey(s.Name)))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            try
            {
                await LockAsync(connection, tx, set, ct);
                // Another instance may have run it while this one waited for the lock.
                if (await ScalarAsync(connection, tx, $"SELECT 1 FROM {set.Journal} WHERE name = '{script.Name}'", ct) is not null)
                {
                    byOthers.Add(script.Name);
                    continue;
                }
                await ExecAsync(connection, tx, script.Sql, ct);
                await ExecAsync(connection, tx,
                    $"INSERT INTO {set.Journal}(name, checksum, applied_at) VALUES('{script.Name}', '{script.Checksum}', '{clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)}')", ct);
                await tx.CommitAsync(ct);
                now.Add(script.Name);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                try { await tx.RollbackAsync(CancellationToken.None); }
                catch (DbException) { /* the connection is gone: nothing was committed */ }
                catch (InvalidOperationException) { /* likewise */ }
                var done = now.Count == 0 ? "" : $" Các bản đã chạy trong lần này vẫn giữ: {string.Join(", ", now)}.";
                throw new SchemaMigrationException(
                    $"Không nâng cấp được cơ sở dữ liệu {set.Store}: bản nâng cấp {script.Name} bị lỗi nên đã được hoàn tác toàn bộ, " +
                    $"dữ liệu giữ nguyên như trước bản này.{done} Lỗi: {e.Message}", e);
            }
        }
        return new MigrationReport(set.Store, before.Keys.Concat(byOthers).Order(StringComparer.Ordinal).ToList(), now);
    }

    /// <summary>The scripts the journal lists (name and checksum), or none when there is no journal yet.</summary>
    public static async Task<IReadOnlyList<(string Name, string Checksum, string AppliedAt)>> ListAsync(DbConnection connection, string journal, CancellationToken ct = default)
    {
        if (await ScalarAsync(connection, null, JournalExistsSql(connection, journal), ct) is null) return [];
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT name, checksum, applied_at FROM {journal} ORDER BY name";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<(string, string, string)>();
        while (await r.ReadAsync(ct)) list.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        return list;
    }

    private static void CheckNames(MigrationSet set)
    {
        // Names go into SQL literals and decide the order: digits, letters, '_', '-', '.' only, numbered, no repeat.
        foreach (var s in set.Scripts)
            if (s.Name.Length is 0 or > 200 || !char.IsAsciiDigit(s.Name[0]) || s.Name.Any(ch => !(char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-' or '.')))
                throw new SchemaMigrationException($"Bản nâng cấp \"{s.Name}\" của cơ sở dữ liệu {set.Store} có tên không hợp lệ: tên phải bắt đầu bằng số thứ tự (ví dụ 0002_them_cot.sql).");
        var repeated = set.Scripts.GroupBy(s => s.Name.Split('_')[0], StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new SchemaMigrationException($"Cơ sở dữ liệu {set.Store} có hai bản nâng cấp cùng số {repeated.Key}: {string.Join(", ", repeated.Select(s => s.Name))}.");
    }

    private static void Check(MigrationSet set, Dictionary<string, string> applied)
    {
        var known = set.Scripts.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var (name, checksum) in applied)
        {
            if (!known.TryGetValue(name, out var script))
                throw new SchemaMigrationException(
                    $"Cơ sở dữ liệu {set.Store} đã được nâng cấp bằng bản {name}, bản này không có trong phiên bản đang chạy (cơ sở dữ liệu của một phiên bản mới hơn): hãy chạy phiên bản mới.");
            if (!string.Equals(script.Checksum, checksum, StringComparison.Ordinal))
                throw new SchemaMigrationException(
                    $"Bản nâng cấp {name} của cơ sở dữ liệu {set.Store} đã chạy nhưng nội dung của nó đã bị sửa sau đó: đừng sửa bản đã chạy, hãy thêm một bản mới.");
        }
    }

    private static async Task<Dictionary<string, string>> AppliedAsync(DbConnection c, DbTransaction tx, MigrationSet set, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT name, checksum FROM {set.Journal}";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await r.ReadAsync(ct)) applied[r.GetString(0)] = r.GetString(1);
        return applied;
    }

    private static string JournalExistsSql(DbConnection c, string journal) => c is Npgsql.NpgsqlConnection
        ? $"SELECT to_regclass('{journal}')::text WHERE to_regclass('{journal}') IS NOT NULL"
        : $"SELECT name FROM sqlite_master WHERE type = 'table' AND name = '{journal}'";

    private static async Task LockAsync(DbConnection c, DbTransaction tx, MigrationSet set, CancellationToken ct)
    {
        if (set.AdvisoryLock is { } key) await ExecAsync(c, tx, $"SELECT pg_advisory_xact_lock({key})", ct);
    }

    private static async Task ExecAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        var value = await cmd.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }
}
