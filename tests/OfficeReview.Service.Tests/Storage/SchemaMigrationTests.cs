using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Identity.Storage;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Storage;

/// <summary>
/// Numbered schema migrations on both providers: a database left by the version before migrations (its DDL and rows
/// kept as test data in Storage/Legacy) upgrades and reads back whole; a new database gets exactly that schema; a second
/// start runs nothing; a failing script changes nothing and is named; edited or unknown applied scripts stop the start.
/// </summary>
public abstract class SchemaMigrationContract : IAsyncLifetime
{
    /// <summary>"sqlite" or "postgres": the prefix of the files in Storage/Legacy.</summary>
    protected abstract string Dialect { get; }
    /// <summary>A new, empty place for a database: a data folder (SQLite) or a database (PostgreSQL).</summary>
    protected abstract Task<string> NewDatabaseAsync();
    /// <summary>An open connection to the campaign (file "officereview.db") or security ("security.db") database.</summary>
    protected abstract DbConnection Connect(string db, string file);
    protected abstract RelationalCampaignStore OpenCampaignStore(string db);
    protected abstract RelationalSecurityStore OpenSecurityStore(string db);
    protected abstract MigrationSet CampaignSet { get; }
    protected abstract MigrationSet SecuritySet { get; }
    /// <summary>Every table's columns, keys and indexes, one line each, the journal tables left out.</summary>
    protected abstract Task<List<string>> DescribeAsync(DbConnection c);
    /// <summary>Puts the blobs the legacy rows name where that version kept them (SQLite: files; PostgreSQL: rows, in the SQL).</summary>
    protected virtual void WriteBlobs(string db, IReadOnlyDictionary<string, byte[]> blobs) { }

    private readonly List<IDisposable> _open = [];
    public Task InitializeAsync() => Task.CompletedTask;
    public virtual Task DisposeAsync()
    {
        foreach (var d in _open) d.Dispose();
        return Task.CompletedTask;
    }

    private T Keep<T>(T store) where T : class { _open.Add((IDisposable)store); return store; }

    protected static string Legacy(string name) => File.ReadAllText(RepoPaths.Of("tests", "OfficeReview.Service.Tests", "Storage", "Legacy", name));

    protected static async Task ExecAsync(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }

    /// <summary>A database as the version before migrations left it: its DDL, then its rows (campaign store).</summary>
    private async Task<string> LegacyCampaignDatabaseAsync()
    {
        var db = await NewDatabaseAsync();
        var rows = Legacy($"{Dialect}-campaigns-rows.sql");
        await using (var c = Connect(db, "officereview.db"))
        {
            await ExecAsync(c, Legacy($"{Dialect}-campaigns.sql"));
            await ExecAsync(c, rows);
        }
        WriteBlobs(db, LegacyBlobs(rows));
        return db;
    }

    /// <summary>The blob contents listed in the rows file's header ("-- blob NAME CONTENT"), by name.</summary>
    private static Dictionary<string, byte[]> LegacyBlobs(string rows) =>
        Regex.Matches(rows, @"^-- blob (\w+) (.*)$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => Encoding.UTF8.GetBytes(m.Groups[2].Value));

    private static readonly TimeSpan s_vn = TimeSpan.FromHours(7);

    [Fact]
    public async Task A_campaign_database_of_the_version_before_migrations_upgrades_and_reads_back_every_row()
    {
        var db = await LegacyCampaignDatabaseAsync();
        var blobs = LegacyBlobs(Legacy($"{Dialect}-campaigns-rows.sql"));
        string Sha(string name) => BlobFiles.Hash(blobs[name]);

        var store = Keep(OpenCampaignStore(db));
        var report = await store.MigrateAsync();
        Assert.Equal(Names(CampaignSet), report.AppliedNow);
        Assert.Empty(report.AppliedBefore);

        var campaigns = await store.ListCampaignsAsync();
        Assert.Equal(["c2024", "c2025"], campaigns.Select(c => c.Id));
        var c2024 = campaigns[0];
        Assert.Equal(new DateTimeOffset(2025, 1, 15, 16, 30, 0, s_vn), c2024.ClosedAt);
        Assert.Null(c2024.Issuer);
        var c2025 = (await store.GetCampaignAsync("c2025"))!;
        Assert.Equal("Kiểm điểm năm 2025 — Đảng bộ huyện Thử", c2025.Name);
        Assert.Equal((2025, "366"), (c2025.Year, c2025.RulesetId));
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 8, 0, 0, s_vn), c2025.CreatedAt);
        Assert.Null(c2025.ClosedAt);
        Assert.Equal(QuotaDenominator.GoodAndExcellent, c2025.Settings.QuotaDenominator);
        Assert.Equal(1, c2025.Settings.PercentPrecision);
        var deadline = Assert.Single(c2025.Deadlines);
        Assert.Equal(("chi-bo-truc-thuoc", "Chi bộ nộp đảng ủy"), (deadline.UnitKind, deadline.Label));
        Assert.Equal(new DateTimeOffset(2025, 12, 10, 23, 59, 59, s_vn), deadline.Due);
        Assert.Equal(new DateTimeOffset(2025, 12, 5, 17, 0, 0, s_vn), deadline.ReviewBy);
        Assert.Equal(("BAN TỔ CHỨC", "BTCTU", "Thành phố Thử"), (c2025.Issuer!.Issuer, c2025.Issuer.IssuerCode, c2025.Issuer.Place));
        Assert.Equal(("K/T", "PHÓ TRƯỞNG BAN", "Trần Văn Ký"), (c2025.Issuer.Signer.Authority, c2025.Issuer.Signer.Title, c2025.Issuer.Signer.Name));
        Assert.Equal(["Các chi bộ trực thuộc"], c2025.Issuer.Recipients);

        var units = await store.GetUnitsAsync("c2025");
        Assert.Equal(["H", "CB01", "CB02"], units.Select(u => u.Code));
        Assert.Equal([UnitKind.UpperCommittee, UnitKind.SubordinateCell, UnitKind.SubordinateCell], units.Select(u => u.Kind));
        Assert.Equal([null, "H", "H"], units.Select(u => u.Parent));
        Assert.Equal("xa", (await store.GetUnitAsync("c2025", "CB02"))!.Category);

        var submissions = await store.ListSubmissionsAsync("c2025");
        Assert.Equal([1L, 2, 3], submissions.Select(s => s.Id));
        var (s1, s2, s3) = (submissions[0], submissions[1], submissions[2]);
        Assert.Equal(("CB01", 1, Sha("sub1"), "bao-cao-cb01.xlsx", (long)blobs["sub1"].Length), (s1.UnitCode, s1.Version, s1.Sha256, s1.FileName, s1.Size));
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 9, 15, 0, s_vn), s1.ReceivedAt);
        Assert.Equal((true, 0, 1, "366", "CB01", (int?)2025, (bool?)false), (s1.Readable, s1.Errors, s1.Warnings, s1.RulesetId, s1.ClaimedUnit, s1.ClaimedYear, s1.Late));
        Assert.Equal("{\"findings\":[{\"code\":\"W1\"}]}", s1.ValidationJson);
        Assert.Equal(Sha("parsed"), s1.ParsedSha256);
        Assert.Equal(((bool?)true, (string?)null, 2), (s2.Late, s2.ParsedSha256, s2.Version));
        Assert.Equal((false, 2, (string?)null, (string?)null, (int?)null, (bool?)null), (s3.Readable, s3.Errors, s3.RulesetId, s3.ClaimedUnit, s3.ClaimedYear, s3.Late));
        Assert.Equal([2L, 3], (await store.LatestSubmissionsAsync("c2025")).Select(s => s.Id));
        Assert.Equal(s2, await store.GetSubmissionAsync("c2025", 2));
        Assert.Equal([1, 2], (await store.ListSubmissionsAsync("c2025", "CB01")).Select(s => s.Version));
        var validationLength = submissions.Sum(s => s.ValidationJson.Length); // ASCII: characters = bytes
        Assert.Equal((2, submissions.Sum(s => s.Size) + validationLength), await store.UsageAsync("c2025", "CB01"));
        foreach (var name in new[] { "sub1", "sub2", "sub3", "parsed" })
            Assert.Equal(blobs[name], await store.ReadBlobAsync(Sha(name)));

        var result = Assert.Single(await store.ListResultsAsync("c2025"));
        Assert.Equal((1L, "H", Sha("rjson"), Sha("rwb"), "{\"units\":2}"), (result.Id, result.UnitCode, result.JsonSha256, result.WorkbookSha256, result.SummaryJson));
        Assert.Equal(new DateTimeOffset(2025, 12, 12, 8, 0, 0, s_vn), result.CreatedAt);
        Assert.Equal(result, await store.GetResultAsync("c2025", 1));
        Assert.Equal(blobs["rwb"], await store.ReadBlobAsync(result.WorkbookSha256!));

        var decisions = await store.ListDecisionsAsync("c2025");
        Assert.Equal(["CB01", "CB02"], decisions.Select(d => d.UnitCode));
        Assert.Equal(("good", "Giữ tỷ lệ hoàn thành xuất sắc trong giới hạn", "lan"), (decisions[0].Level, decisions[0].Reason, decisions[0].DecidedBy));
        Assert.Equal(new DateTimeOffset(2025, 12, 13, 9, 0, 0, s_vn), decisions[0].DecidedAt);
        Assert.Equal(("complete", (string?)null), (decisions[1].Level, decisions[1].Reason));

        var documents = await store.ListDocumentsAsync("c2025");
        Assert.Equal([1L, 2], documents.Select(d => d.Id));
        var approved = documents[0];
        Assert.Equal(("ke-hoach", "approved", (int?)1, "01-KH/BTCTU", "lan", Sha("final"), "{\"number\":1}"),
            (approved.Kind, approved.State, approved.Number, approved.DocumentNumber, approved.ApprovedBy, approved.ApprovedSha256, approved.ApprovalJson));
        Assert.Equal(new DateTimeOffset(2025, 11, 21, 10, 0, 0, s_vn), approved.ApprovedAt);
        Assert.Equal((Sha("draft"), (long)blobs["draft"].Length, "{\"kind\":\"ke-hoach\"}"), (approved.Sha256, approved.Size, approved.SourceJson));
        Assert.Equal(("draft", (int?)null, (DateTimeOffset?)null), (documents[1].State, documents[1].Number, documents[1].ApprovedAt));
        Assert.True((await store.CheckIntegrityAsync()).IsConsistent);

        // Writing goes on where that version stopped: the next id and version, the register's next number.
        var next = await store.AddSubmissionAsync(new NewSubmission
        {
            CampaignId = "c2025", UnitCode = "CB02", FileName = "cb02-sua.xlsx", ReceivedAt = new DateTimeOffset(2025, 12, 3, 8, 0, 0, s_vn),
            Readable = true, Errors = 0, Warnings = 0, RulesetId = "366", ClaimedUnit = "CB02", ClaimedYear = 2025, ValidationJson = "{}",
        }, Encoding.UTF8.GetBytes("bản sửa của Chi bộ thôn 2"));
        Assert.Equal((4L, 2, true), (next.Submission.Id, next.Submission.Version, next.Created));
        var second = await store.ApproveDocumentAsync("c2025", 2, "BTCTU|ke-hoach|2025-2030", n => new DocumentApproval(
            Encoding.UTF8.GetBytes($"PK công văn số {n}"), $"{n:00}-CV/BTCTU", "lan", new DateTimeOffset(2025, 11, 23, 9, 0, 0, s_vn), "{}"));
        Assert.Equal(((int?)2, "02-CV/BTCTU"), (second!.Number, second.DocumentNumber));
        Assert.True(await store.SetParsedAsync("c2025", 1, Encoding.UTF8.GetBytes("{\"report\":{\"unit\":\"CB01\"},\"v\":2}")));
        Assert.Null(await store.ReadBlobAsync(Sha("parsed"))); // the replaced form is gone, nothing else named it
        Assert.True((await store.CheckIntegrityAsync()).IsConsistent);
    }

    [Fact]
    public async Task A_security_database_of_the_version_before_migrations_upgrades_and_reads_back_every_row()
    {
        var db = await NewDatabaseAsync();
        var t0 = new DateTimeOffset(2025, 11, 20, 8, 0, 0, s_vn);
        AuditEntry[] entries =
        [
            new(1, t0.AddMinutes(1), "lan", "campaign.create", "c2025", null, "c2025", "Kiểm điểm năm 2025", "127.0.0.1", AuditChain.Genesis, ""),
            new(2, t0.AddMinutes(2), "an", "submission.create", "c2025", "CB01", "1", "lần 1; tệp bao-cao-cb01.xlsx", null, "", ""),
        ];
        await using (var c = Connect(db, "security.db"))
        {
            await ExecAsync(c, Legacy($"{Dialect}-security.sql"));
            async Task Insert(string sql, params (string, object?)[] args)
            {
                await using var cmd = Db.Command(c, null, sql, args);
                await cmd.ExecuteNonQueryAsync();
            }
            await Insert("INSERT INTO users(user_name, display_name, password_hash, security_stamp, created_at) VALUES(@u, @d, @p, @s, @t)",
                ("u", "lan"), ("d", "Nguyễn Thị Lan"), ("p", "AQAAAAIAAYagAAAAEhash"), ("s", "stamp-1"), ("t", AuditChain.FormatTime(t0)));
            await Insert("INSERT INTO users(user_name, display_name, password_hash, security_stamp, created_at) VALUES(@u, @d, NULL, @s, @t)",
                ("u", "an"), ("d", "Trần Văn An"), ("s", "stamp-2"), ("t", AuditChain.FormatTime(t0)));
            await Insert("INSERT INTO user_roles(user_name, ord, role, unit, campaign) VALUES('lan', 0, @r, NULL, NULL), ('an', 0, @c, 'CB01', 'c2025')",
                ("r", Roles.Admin), ("c", Roles.Clerk));
            await Insert("INSERT INTO signin_links(token_sha256, user_name, expires_at) VALUES(@t, 'an', @e)",
                ("t", new string('a', 64)), ("e", AuditChain.FormatTime(t0.AddYears(50))));
            var previous = AuditChain.Genesis;
            for (var i = 0; i < entries.Length; i++)
            {
                var e = entries[i];
                var at = AuditChain.FormatTime(e.At);
                var hash = AuditChain.Hash(e.Id, at, e.User, e.Action, e.Campaign, e.Unit, e.Target, e.Detail, e.RemoteIp, previous);
                await Insert("INSERT INTO audit_log(id, at, user_name, action, campaign, unit, target, detail, remote_ip, previous_hash, hash) VALUES(@i, @a, @u, @x, @c, @n, @t, @d, @ip, @p, @h)",
                    ("i", e.Id), ("a", at), ("u", e.User), ("x", e.Action), ("c", e.Campaign), ("n", e.Unit), ("t", e.Target), ("d", e.Detail), ("ip", e.RemoteIp), ("p", previous), ("h", hash));
                entries[i] = e with { PreviousHash = previous, Hash = hash };
                previous = hash;
            }
        }

        var store = Keep(OpenSecurityStore(db));
        Assert.Equal(Names(SecuritySet), (await store.MigrateAsync()).AppliedNow);
        Assert.Equal(2, await store.CountUsersAsync());
        Assert.Equal(["an", "lan"], (await store.ListUsersAsync()).Select(u => u.UserName));
        var lan = (await store.GetUserAsync("lan"))!;
        Assert.Equal(("Nguyễn Thị Lan", "AQAAAAIAAYagAAAAEhash", "stamp-1", t0), (lan.DisplayName, lan.PasswordHash, lan.SecurityStamp, lan.CreatedAt));
        Assert.Null((await store.GetUserAsync("an"))!.PasswordHash);
        Assert.Equal([new RoleAssignment(Roles.Clerk, "CB01", "c2025")], await store.GetRolesAsync("an"));
        Assert.Equal("an", await store.RedeemSignInLinkAsync(new string('a', 64), t0));
        Assert.Equal(entries, await store.ListAuditAsync(null, 0, 10));
        Assert.Equal([entries[1]], await store.ListAuditAsync("c2025", 1, 10));
        Assert.True((await store.VerifyAuditAsync()).Intact);
        var third = await store.AppendAuditAsync(new NewAuditEntry { At = t0.AddMinutes(3), User = "lan", Action = "campaign.close", Campaign = "c2025" });
        Assert.Equal((3L, entries[1].Hash), (third.Id, third.PreviousHash));
        Assert.True((await store.VerifyAuditAsync()).Intact);
    }

    [Fact]
    public async Task A_new_database_gets_exactly_the_schema_the_version_before_migrations_made()
    {
        // 0001_initial.sql alone makes the legacy schema; the scripts after it add tables and leave the legacy ones as they were.
        var legacy = await NewDatabaseAsync();
        var first = await NewDatabaseAsync();
        var fresh = await NewDatabaseAsync();
        await using (var c = Connect(first, "officereview.db"))
            Assert.Equal(["0001_initial.sql"], (await SchemaMigrator.RunAsync(c, OnlyFirst(CampaignSet))).AppliedNow);
        await using (var c = Connect(first, "security.db"))
            await SchemaMigrator.RunAsync(c, OnlyFirst(SecuritySet));
        await Keep(OpenCampaignStore(fresh)).MigrateAsync();
        await Keep(OpenSecurityStore(fresh)).MigrateAsync();
        (string File, string Ddl, MigrationSet Set)[] stores = [("officereview.db", "campaigns", CampaignSet), ("security.db", "security", SecuritySet)];
        foreach (var (file, ddl, _) in stores)
        {
            await using var old = Connect(legacy, file);
            await ExecAsync(old, Legacy($"{Dialect}-{ddl}.sql"));
        }
        var later = stores.SelectMany(st => st.Set.Scripts.Skip(1))
            .SelectMany(x => Regex.Matches(x.Sql, @"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", RegexOptions.IgnoreCase).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(later); // 0002_campaign_forms.sql
        // SQLite: one file each; PostgreSQL: both in one database.
        foreach (var (file, _, _) in stores)
        {
            await using var old = Connect(legacy, file);
            await using var afterFirst = Connect(first, file);
            await using var now = Connect(fresh, file);
            var expected = await DescribeAsync(old);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await DescribeAsync(afterFirst));
            // With every script: the legacy lines unchanged, and every other line about a table a later script creates.
            var all = await DescribeAsync(now);
            Assert.Empty(expected.Except(all));
            Assert.All(all.Except(expected), line => Assert.Contains(later, t => line.Contains(t, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task A_second_start_runs_nothing()
    {
        var db = await NewDatabaseAsync();
        await Keep(OpenCampaignStore(db)).MigrateAsync();
        await Keep(OpenSecurityStore(db)).MigrateAsync();
        IReadOnlyList<(string Name, string Checksum, string AppliedAt)> journal;
        await using (var c = Connect(db, "officereview.db")) journal = await SchemaMigrator.ListAsync(c, CampaignSet.Journal);
        Assert.Equal(Names(CampaignSet), journal.Select(j => j.Name));

        var again = Keep(OpenCampaignStore(db));
        var report = await again.MigrateAsync();
        Assert.Equal(Names(CampaignSet), report.AppliedBefore);
        Assert.Empty(report.AppliedNow);
        var security = await Keep(OpenSecurityStore(db)).MigrateAsync();
        Assert.Equal((SecuritySet.Scripts.Count, 0), (security.AppliedBefore.Count, security.AppliedNow.Count));
        await using (var c = Connect(db, "officereview.db")) Assert.Equal(journal, await SchemaMigrator.ListAsync(c, CampaignSet.Journal));
    }

    [Fact]
    public async Task A_failing_script_changes_nothing_and_its_name_is_in_the_message()
    {
        var db = await LegacyCampaignDatabaseAsync();
        await Keep(OpenCampaignStore(db)).MigrateAsync();
        await using var c = Connect(db, "officereview.db");
        var before = await DescribeAsync(c);
        var set = WithScripts(CampaignSet,
            new MigrationScript("0101_unit_notes.sql", "CREATE TABLE unit_notes(campaign_id text NOT NULL, unit_code text NOT NULL, note text NOT NULL);"),
            new MigrationScript("0102_bad.sql", """
                CREATE TABLE half_done(id integer PRIMARY KEY);
                ALTER TABLE campaigns ADD COLUMN archived_at text;
                UPDATE campaigns SET name = 'đã đổi';
                INSERT INTO no_such_table VALUES(1);
                """));

        var e = await Assert.ThrowsAsync<SchemaMigrationException>(() => SchemaMigrator.RunAsync(c, set));
        Assert.Contains("bản nâng cấp 0102_bad.sql bị lỗi", e.Message);
        Assert.Contains("hoàn tác", e.Message);
        Assert.Contains("0101_unit_notes.sql", e.Message); // the one before it stays, and the message says so
        Assert.Contains(set.Store, e.Message);

        var after = await DescribeAsync(c);
        Assert.Equal(before.Count + 3, after.Count); // unit_notes' three columns, nothing of 0003
        Assert.DoesNotContain(after, line => line.Contains("half_done") || line.Contains("archived_at"));
        Assert.Equal([.. Names(CampaignSet), "0101_unit_notes.sql"], (await SchemaMigrator.ListAsync(c, set.Journal)).Select(j => j.Name));
        Assert.Equal("Kiểm điểm năm 2025 — Đảng bộ huyện Thử", await ScalarAsync(c, "SELECT name FROM campaigns WHERE id = 'c2025'"));

        // Corrected, it runs on the next start.
        var fixedSet = WithScripts(CampaignSet, set.Scripts.Single(s => s.Name == "0101_unit_notes.sql"), new MigrationScript("0102_bad.sql", "ALTER TABLE campaigns ADD COLUMN archived_at text;"));
        Assert.Equal(["0102_bad.sql"], (await SchemaMigrator.RunAsync(c, fixedSet)).AppliedNow);
        Assert.Contains(await DescribeAsync(c), line => line.Contains("archived_at"));
    }

    [Fact]
    public async Task An_applied_script_that_was_edited_or_is_unknown_stops_the_start()
    {
        var db = await NewDatabaseAsync();
        await Keep(OpenCampaignStore(db)).MigrateAsync();
        await using var c = Connect(db, "officereview.db");
        var edited = new MigrationSet
        {
            Store = CampaignSet.Store, Journal = CampaignSet.Journal, AdvisoryLock = CampaignSet.AdvisoryLock,
            Scripts = [new MigrationScript("0001_initial.sql", CampaignSet.Scripts[0].Sql + "\nCREATE TABLE extra(id integer);"), .. CampaignSet.Scripts.Skip(1)],
        };
        var e = await Assert.ThrowsAsync<SchemaMigrationException>(() => SchemaMigrator.RunAsync(c, edited));
        Assert.Contains("0001_initial.sql", e.Message);
        Assert.Contains("đã bị sửa", e.Message);

        // Line endings alone do not count as an edit (a Windows checkout).
        var crlf = new MigrationSet
        {
            Store = CampaignSet.Store, Journal = CampaignSet.Journal, AdvisoryLock = CampaignSet.AdvisoryLock,
            Scripts = [new MigrationScript("0001_initial.sql", CampaignSet.Scripts[0].Sql.ReplaceLineEndings("\r\n")), .. CampaignSet.Scripts.Skip(1)]
        };
        Assert.Empty((await SchemaMigrator.RunAsync(c, crlf)).AppliedNow);

        await ExecAsync(c, $"INSERT INTO {CampaignSet.Journal}(name, checksum, applied_at) VALUES('0009_from_the_future.sql', 'x', '2030-01-01T00:00:00Z')");
        e = await Assert.ThrowsAsync<SchemaMigrationException>(() => SchemaMigrator.RunAsync(c, CampaignSet));
        Assert.Contains("0009_from_the_future.sql", e.Message);
        Assert.Contains("phiên bản mới hơn", e.Message);
        Assert.Throws<SchemaMigrationException>(() => OpenAndMigrate(db));
    }

    [Fact]
    public async Task Starts_that_migrate_the_same_database_together_run_each_script_once()
    {
        var db = await NewDatabaseAsync();
        var set = WithScripts(CampaignSet, new MigrationScript("0101_counter.sql", "CREATE TABLE counter(n integer NOT NULL); INSERT INTO counter VALUES(1);"));
        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var c = Connect(db, "officereview.db");
            return await SchemaMigrator.RunAsync(c, set);
        })));
        Assert.Equal(set.Scripts.Count, reports.Sum(r => r.AppliedNow.Count));
        Assert.All(reports, r => Assert.Equal([.. Names(CampaignSet), "0101_counter.sql"], r.All.Order(StringComparer.Ordinal)));
        await using var check = Connect(db, "officereview.db");
        Assert.Equal(1L, Convert.ToInt64(await ScalarAsync(check, "SELECT COUNT(*) FROM counter")));
    }

    private void OpenAndMigrate(string db)
    {
        var store = OpenCampaignStore(db);
        try { store.MigrateAsync().GetAwaiter().GetResult(); }
        finally { ((IDisposable)store).Dispose(); }
    }

    /// <summary>The names of a set's embedded scripts, in the order they run.</summary>
    protected static List<string> Names(MigrationSet set) => set.Scripts.Select(x => x.Name).ToList();

    /// <summary>The set with its first script only (0001_initial.sql: the schema of the versions before migrations).</summary>
    protected static MigrationSet OnlyFirst(MigrationSet set) => new()
    {
        Store = set.Store, Journal = set.Journal, AdvisoryLock = set.AdvisoryLock, AdoptUnjournaled = set.AdoptUnjournaled,
        Scripts = [set.Scripts[0]],
    };

    protected static MigrationSet WithScripts(MigrationSet set, params MigrationScript[] more) => new()
    {
        Store = set.Store, Journal = set.Journal, AdvisoryLock = set.AdvisoryLock, AdoptUnjournaled = set.AdoptUnjournaled,
        Scripts = [.. set.Scripts.Where(s => more.All(m => m.Name != s.Name)), .. more],
    };
}

public sealed class SqliteSchemaMigrationTests : SchemaMigrationContract
{
    private readonly List<TempFolder> _folders = [];

    protected override string Dialect => "sqlite";

    protected override Task<string> NewDatabaseAsync()
    {
        var folder = new TempFolder();
        _folders.Add(folder);
        return Task.FromResult(folder.Path);
    }

    protected override DbConnection Connect(string db, string file)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(db, file), DefaultTimeout = 60 }.ToString());
        c.Open();
        return c;
    }

    protected override RelationalCampaignStore OpenCampaignStore(string db) => new SqliteCampaignStore(db);
    protected override RelationalSecurityStore OpenSecurityStore(string db) => new SqliteSecurityStore(db);
    protected override MigrationSet CampaignSet => SqliteCampaignStore.MigrationSet;
    protected override MigrationSet SecuritySet => SqliteSecurityStore.MigrationSet;

    protected override void WriteBlobs(string db, IReadOnlyDictionary<string, byte[]> blobs)
    {
        foreach (var bytes in blobs.Values)
        {
            var sha = BlobFiles.Hash(bytes);
            Directory.CreateDirectory(Path.Combine(db, "blobs", sha[..2]));
            File.WriteAllBytes(Path.Combine(db, "blobs", sha[..2], sha), bytes);
        }
    }

    protected override async Task<List<string>> DescribeAsync(DbConnection c)
    {
        var lines = new List<string>();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT 'column ' || m.name || '.' || p.name || ' #' || p.cid || ' ' || p.type || ' notnull=' || p."notnull" || ' default=' || IFNULL(p.dflt_value, '-') || ' pk=' || p.pk
              FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT IN ('schema_migrations', 'sqlite_sequence')
            UNION ALL
            SELECT 'index ' || m.name || ' ' || l.name || ' unique=' || l."unique" || ' origin=' || l.origin || ' on ' ||
                   (SELECT group_concat(i.name, ',') FROM pragma_index_info(l.name) i)
              FROM sqlite_master m JOIN pragma_index_list(m.name) l
             WHERE m.type = 'table' AND m.name NOT IN ('schema_migrations', 'sqlite_sequence')
            ORDER BY 1
            """;
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) lines.Add(r.GetString(0));
        return lines;
    }

    [Fact]
    public async Task A_folder_of_a_version_older_still_gains_the_columns_added_since()
    {
        // Before the closed state, the stored "late" flag, the issuer and the parsed form.
        var ddl = Legacy("sqlite-campaigns.sql")
            .Replace(", closed_at TEXT, issuer TEXT)", ")").Replace(", late INTEGER,", ",")
            .Replace("ALTER TABLE submissions ADD COLUMN parsed_sha256 TEXT;", "");
        Assert.DoesNotContain("issuer", ddl);
        var db = await NewDatabaseAsync();
        await using (var c = Connect(db, "officereview.db"))
        {
            await ExecAsync(c, ddl);
            await ExecAsync(c, "INSERT INTO campaigns(id, name, year, ruleset, settings, deadlines, created_at) VALUES('c1', 'Năm 2024', 2024, '366', '{}', '[]', '2024-11-18T08:00:00.0000000+07:00')");
        }
        using var store = new SqliteCampaignStore(db);
        Assert.Equal(SqliteCampaignStore.MigrationSet.Scripts.Select(x => x.Name), store.Migrations.AppliedNow);
        var fresh = await NewDatabaseAsync();
        using (new SqliteCampaignStore(fresh)) { }
        await using (var old = Connect(db, "officereview.db"))
        await using (var now = Connect(fresh, "officereview.db"))
        {
            // Same columns; those added later stand at the end of their table, as ALTER TABLE puts them.
            static IEnumerable<string> Names(List<string> lines) => lines.Select(l => Regex.Replace(l, " #\\d+", "")).Order(StringComparer.Ordinal);
            Assert.Equal(Names(await DescribeAsync(now)), Names(await DescribeAsync(old)));
        }
        Assert.Null((await store.GetCampaignAsync("c1"))!.ClosedAt);
        Assert.NotNull(await store.CloseCampaignAsync("c1", new DateTimeOffset(2025, 1, 15, 16, 30, 0, TimeSpan.FromHours(7))));
        Assert.NotNull((await store.GetCampaignAsync("c1"))!.ClosedAt);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var f in _folders) f.Dispose();
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaMigrationTests(PostgresServer server) : SchemaMigrationContract
{
    protected override string Dialect => "postgres";
    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync();

    protected override DbConnection Connect(string db, string file)
    {
        var c = new NpgsqlConnection(db);
        c.Open();
        return c;
    }

    protected override RelationalCampaignStore OpenCampaignStore(string db) => new PostgresCampaignStore(db);
    protected override RelationalSecurityStore OpenSecurityStore(string db) => new PostgresSecurityStore(db);
    protected override MigrationSet CampaignSet => PostgresCampaignStore.MigrationSet;
    protected override MigrationSet SecuritySet => PostgresSecurityStore.MigrationSet;

    protected override async Task<List<string>> DescribeAsync(DbConnection c)
    {
        var lines = new List<string>();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT 'column ' || table_name || '.' || column_name || ' #' || ordinal_position || ' ' || data_type || ' nullable=' || is_nullable || ' default=' || COALESCE(column_default, '-')
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '%migrations'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%migrations'
            UNION ALL
            SELECT 'index ' || tablename || ' ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '%migrations'
            ORDER BY 1
            """;
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) lines.Add(r.GetString(0));
        return lines;
    }
}
