using System.Data.Common;
using System.Globalization;
using OfficeReview.Domain.Model;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;
using static OfficeReview.Service.Features.Campaigns.Storage.CampaignRows;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>
/// What the SQLite and PostgreSQL stores share: the SQL (common to both dialects, with the few differences as members
/// below), the row mapping (<see cref="CampaignRows"/>) and every operation. A store supplies connections, how writes are
/// serialized, where blobs live, and the submission path (SQLite: group commit; PostgreSQL: a transaction per request).
/// </summary>
public abstract class RelationalCampaignStore : ICampaignStore, IDisposable
{
    public abstract string Provider { get; }

    /// <summary>Brings the schema to the newest version (once per store object) and says which scripts the database has.</summary>
    public abstract Task<MigrationReport> MigrateAsync(CancellationToken ct = default);

    // ---- what a store supplies -------------------------------------------------------------------------------------

    /// <summary>An open connection on a migrated database.</summary>
    private protected abstract Task<DbConnection> OpenAsync(CancellationToken ct);
    /// <summary>Runs a write on an open connection (SQLite: one writer at a time in this process).</summary>
    private protected abstract Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct);
    /// <summary>A time as a parameter value of this dialect.</summary>
    private protected abstract object Time(DateTimeOffset t);
    /// <summary>Row lock clauses (PostgreSQL); empty where the whole write is serialized (SQLite).</summary>
    private protected virtual string ForShare => "";
    private protected virtual string ForUpdate => "";
    /// <summary>Ordering by code point, as SQLite's default BINARY collation does.</summary>
    private protected virtual string Ordinal => "";
    /// <summary>The stored length of a text column (for quotas).</summary>
    private protected abstract string Length(string column);
    /// <summary>Makes the bytes durable under their hash before the transaction that names them commits.</summary>
    private protected abstract Task PutBlobAsync(DbConnection c, DbTransaction tx, string sha256, ReadOnlyMemory<byte> bytes, CancellationToken ct);
    /// <summary>
    /// The blob <paramref name="sha256"/> lost a reference in <paramref name="tx"/>: removes it when nothing names it any more,
    /// inside the transaction, or returns what removes it once the transaction has committed.
    /// </summary>
    private protected abstract Task<Func<Task>?> ReleaseBlobAsync(DbConnection c, DbTransaction tx, string sha256, CancellationToken ct);
    /// <summary>Locks taken at the start of a parsed-form write (PostgreSQL: one such writer across instances).</summary>
    private protected virtual Task LockParsedFormsAsync(DbConnection c, DbTransaction tx, CancellationToken ct) => Task.CompletedTask;
    /// <summary>The blobs present, those whose bytes no longer match their name, and leftover temp files.</summary>
    private protected abstract Task<(IReadOnlySet<string> Present, IReadOnlyList<string> Corrupt, IReadOnlyList<string> TempFiles)> BlobStateAsync(
        DbConnection c, IReadOnlySet<string> referenced, CancellationToken ct);

    public abstract Task<SubmissionSave> AddSubmissionAsync(NewSubmission submission, ReadOnlyMemory<byte> content, CancellationToken ct = default);
    public abstract Task<byte[]?> ReadBlobAsync(string sha256, CancellationToken ct = default);
    public abstract void Dispose();

    private async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await read(c);
    }

    // ---- campaigns -------------------------------------------------------------------------------------------------

    public Task<Campaign> CreateCampaignAsync(Campaign campaign, CancellationToken ct = default) => WriteAsync(async c =>
    {
        await Db.ExecAsync(c, null, "INSERT INTO campaigns(id, name, year, ruleset, settings, deadlines, created_at) VALUES(@id, @name, @year, @ruleset, @settings, @deadlines, @created)", ct,
            ("id", campaign.Id), ("name", campaign.Name), ("year", campaign.Year), ("ruleset", campaign.RulesetId),
            ("settings", StoreJson.Write(campaign.Settings)), ("deadlines", StoreJson.Write(campaign.Deadlines)), ("created", Time(campaign.CreatedAt)));
        return campaign;
    }, ct);

    public Task<Campaign?> GetCampaignAsync(string id, CancellationToken ct = default) =>
        ReadAsync(c => Db.FirstAsync(c, null, $"SELECT {CampaignColumns} FROM campaigns WHERE id=@id", ReadCampaign, ct, ("id", id)), ct);

    public async Task<IReadOnlyList<Campaign>> ListCampaignsAsync(CancellationToken ct = default) =>
        await ReadAsync(c => Db.ListAsync(c, null, $"SELECT {CampaignColumns} FROM campaigns ORDER BY created_at, id", ReadCampaign, ct), ct);

    public Task<bool> UpdateCampaignAsync(Campaign campaign, CancellationToken ct = default) => WriteAsync(async c =>
        await Db.ExecAsync(c, null, "UPDATE campaigns SET name=@name, ruleset=@ruleset, settings=@settings, deadlines=@deadlines WHERE id=@id", ct,
            ("id", campaign.Id), ("name", campaign.Name), ("ruleset", campaign.RulesetId),
            ("settings", StoreJson.Write(campaign.Settings)), ("deadlines", StoreJson.Write(campaign.Deadlines))) == 1, ct);

    public Task<bool> SetIssuerAsync(string id, CampaignIssuer issuer, CancellationToken ct = default) => WriteAsync(async c =>
        await Db.ExecAsync(c, null, "UPDATE campaigns SET issuer=@issuer WHERE id=@id", ct, ("id", id), ("issuer", StoreJson.Write(issuer))) == 1, ct);

    /// <summary>Whether the campaign is closed, read under a share lock (or the write lock): a close cannot slip in before commit. Null: no such campaign.</summary>
    private protected async Task<bool?> IsClosedAsync(DbConnection c, DbTransaction tx, string campaignId, CancellationToken ct) =>
        await Db.ScalarAsync(c, tx, $"SELECT closed_at IS NOT NULL FROM campaigns WHERE id=@c{ForShare}", ct, ("c", campaignId)) is { } v ? Convert.ToBoolean(v, CultureInfo.InvariantCulture) : null;

    public Task SetDecisionsAsync(string campaignId, IReadOnlyList<Decision> decisions, CancellationToken ct = default) => WriteAsync(async c =>
    {
        await using var tx = await c.BeginTransactionAsync(ct);
        switch (await IsClosedAsync(c, tx, campaignId, ct))
        {
            case null: throw CampaignProblemException.CampaignNotFound(campaignId);
            case true: throw QuotaProblems.Closed(campaignId, "ghi quyết định xếp loại");
        }
        foreach (var d in decisions)
            await Db.ExecAsync(c, tx, """
                INSERT INTO decisions(campaign_id, unit_code, level, reason, decided_by, decided_at) VALUES(@c, @u, @l, @r, @by, @at)
                ON CONFLICT (campaign_id, unit_code) DO UPDATE SET level=excluded.level, reason=excluded.reason, decided_by=excluded.decided_by, decided_at=excluded.decided_at
                """, ct, ("c", campaignId), ("u", d.UnitCode), ("l", d.Level), ("r", d.Reason), ("by", d.DecidedBy), ("at", Time(d.DecidedAt)));
        await tx.CommitAsync(ct);
        return true;
    }, ct);

    public async Task<IReadOnlyList<Decision>> ListDecisionsAsync(string campaignId, CancellationToken ct = default) =>
        await ReadAsync(c => Db.ListAsync(c, null, $"SELECT {DecisionColumns} FROM decisions WHERE campaign_id=@c ORDER BY unit_code{Ordinal}", ReadDecision, ct, ("c", campaignId)), ct);

    public async Task<Campaign?> CloseCampaignAsync(string id, DateTimeOffset at, CancellationToken ct = default)
    {
        // SQLite: under the write lock, like the group commit of submissions. PostgreSQL: the UPDATE waits for the share
        // locks of submissions and decisions being committed, and those that come after see the close.
        await WriteAsync(c => Db.ExecAsync(c, null, "UPDATE campaigns SET closed_at=@at WHERE id=@id AND closed_at IS NULL", ct, ("id", id), ("at", Time(at))), ct);
        return await GetCampaignAsync(id, ct);
    }

    public Task<(int UnitVersions, long CampaignBytes)> UsageAsync(string campaignId, string unitCode, CancellationToken ct = default) => ReadAsync(async c =>
    {
        await using var cmd = Db.Command(c, null, $"""
            SELECT (SELECT COUNT(*) FROM submissions WHERE campaign_id=@c AND unit_code=@u),
                   CAST((SELECT COALESCE(SUM(size + {Length("validation")}), 0) FROM submissions WHERE campaign_id=@c) AS bigint)
            """, ("c", campaignId), ("u", unitCode));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return ((int)r.GetInt64(0), r.GetInt64(1));
    }, ct);

    // ---- units -----------------------------------------------------------------------------------------------------

    public Task ReplaceUnitsAsync(string campaignId, IReadOnlyList<UnitInfo> units, CancellationToken ct = default) => WriteAsync(async c =>
    {
        await using var tx = await c.BeginTransactionAsync(ct);
        await Db.ExecAsync(c, tx, "DELETE FROM units WHERE campaign_id=@c", ct, ("c", campaignId));
        await InsertUnitsAsync(c, tx, campaignId, units, ct);
        await tx.CommitAsync(ct);
        return true;
    }, ct);

    /// <summary>The unit rows in list order (ord); one prepared INSERT reused for each.</summary>
    private protected virtual async Task InsertUnitsAsync(DbConnection c, DbTransaction tx, string campaignId, IReadOnlyList<UnitInfo> units, CancellationToken ct)
    {
        await using var ins = Db.Command(c, tx, "INSERT INTO units(campaign_id, ord, code, name, kind, category, parent) VALUES(@c, @o, @code, @name, @kind, @cat, @parent)",
            ("c", campaignId), ("o", 0), ("code", ""), ("name", ""), ("kind", ""), ("cat", null), ("parent", null));
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            ins.Parameters["@o"].Value = i;
            ins.Parameters["@code"].Value = u.Code;
            ins.Parameters["@name"].Value = u.Name;
            ins.Parameters["@kind"].Value = u.Kind.Slug();
            ins.Parameters["@cat"].Value = (object?)u.Category ?? DBNull.Value;
            ins.Parameters["@parent"].Value = (object?)u.Parent ?? DBNull.Value;
            await ins.ExecuteNonQueryAsync(ct);
        }
    }

    public Task<UnitInfo?> GetUnitAsync(string campaignId, string code, CancellationToken ct = default) =>
        ReadAsync(async c => (await Db.ListAsync(c, null, $"SELECT {UnitColumns} FROM units WHERE campaign_id=@c AND code=@code", ReadUnit, ct, ("c", campaignId), ("code", code))).FirstOrDefault(), ct);

    public async Task<IReadOnlyList<UnitInfo>> GetUnitsAsync(string campaignId, CancellationToken ct = default) =>
        await ReadAsync(c => Db.ListAsync(c, null, $"SELECT {UnitColumns} FROM units WHERE campaign_id=@c ORDER BY ord", ReadUnit, ct, ("c", campaignId)), ct);

    // ---- submissions -----------------------------------------------------------------------------------------------

    /// <summary>The unit's submission of these bytes, if any.</summary>
    private protected static Task<Submission?> FindSubmissionAsync(DbConnection c, DbTransaction? tx, string campaignId, string unitCode, string sha256, CancellationToken ct) =>
        Db.FirstAsync(c, tx, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=@c AND unit_code=@u AND sha256=@sha", ReadSubmission, ct,
            ("c", campaignId), ("u", unitCode), ("sha", sha256));

    /// <summary>Inserts the row with the unit's next version (the caller serializes writers of one unit).</summary>
    private protected async Task<Submission> InsertSubmissionAsync(DbConnection c, DbTransaction tx, NewSubmission s, string sha256, long size, CancellationToken ct) =>
        (await Db.FirstAsync(c, tx, $"""
            INSERT INTO submissions(campaign_id, unit_code, version, sha256, file_name, size, received_at, readable, errors, warnings, ruleset, claimed_unit, claimed_year, validation, late)
            VALUES(@c, @u, (SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE campaign_id=@c AND unit_code=@u),
                   @sha, @f, @size, @at, @ok, @e, @w, @rs, @cu, @cy, @val, @late)
            RETURNING {SubmissionColumns}
            """, ReadSubmission, ct,
            ("c", s.CampaignId), ("u", s.UnitCode), ("sha", sha256), ("f", s.FileName), ("size", size), ("at", Time(s.ReceivedAt)),
            ("ok", s.Readable), ("e", s.Errors), ("w", s.Warnings), ("rs", s.RulesetId), ("cu", s.ClaimedUnit), ("cy", s.ClaimedYear),
            ("val", s.ValidationJson), ("late", s.Late)))!;

    public async Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string campaignId, string? unitCode = null, CancellationToken ct = default) =>
        await ReadAsync(c => unitCode is null
            ? Db.ListAsync(c, null, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=@c ORDER BY id", ReadSubmission, ct, ("c", campaignId))
            : Db.ListAsync(c, null, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=@c AND unit_code=@u ORDER BY version", ReadSubmission, ct, ("c", campaignId), ("u", unitCode)), ct);

    public async Task<IReadOnlyList<Submission>> LatestSubmissionsAsync(string campaignId, CancellationToken ct = default) =>
        await ReadAsync(c => Db.ListAsync(c, null, $"""
            SELECT {string.Join(", ", SubmissionColumns.Split(", ").Select(col => "s." + col))} FROM submissions s
            JOIN (SELECT unit_code, MAX(version) AS v FROM submissions WHERE campaign_id=@c GROUP BY unit_code) m
              ON s.unit_code = m.unit_code AND s.version = m.v
            WHERE s.campaign_id=@c ORDER BY s.id
            """, ReadSubmission, ct, ("c", campaignId)), ct);

    public Task<Submission?> GetSubmissionAsync(string campaignId, long id, CancellationToken ct = default) =>
        ReadAsync(c => Db.FirstAsync(c, null, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=@c AND id=@id", ReadSubmission, ct, ("c", campaignId), ("id", id)), ct);

    public Task<bool> SetParsedAsync(string campaignId, long submissionId, ReadOnlyMemory<byte> parsed, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(parsed.Span);
        return WriteAsync(async c =>
        {
            Func<Task>? afterCommit = null;
            await using (var tx = await c.BeginTransactionAsync(ct))
            {
                // One writer of parsed forms at a time: two submissions may share one form, and a replaced form goes only
                // when nothing names it.
                await LockParsedFormsAsync(c, tx, ct);
                string? old;
                await using (var q = Db.Command(c, tx, $"SELECT parsed_sha256 FROM submissions WHERE campaign_id=@c AND id=@id{ForUpdate}", ("c", campaignId), ("id", submissionId)))
                await using (var r = await q.ExecuteReaderAsync(ct))
                {
                    if (!await r.ReadAsync(ct)) return false;
                    old = Text(r, 0);
                }
                if (old == sha) return true;
                await PutBlobAsync(c, tx, sha, parsed, ct);
                await Db.ExecAsync(c, tx, "UPDATE submissions SET parsed_sha256=@p WHERE campaign_id=@c AND id=@id", ct, ("p", sha), ("c", campaignId), ("id", submissionId));
                if (old is not null) afterCommit = await ReleaseBlobAsync(c, tx, old, ct);
                await tx.CommitAsync(ct);
            }
            if (afterCommit is not null) await afterCommit();
            return true;
        }, ct);
    }

    // ---- results ---------------------------------------------------------------------------------------------------

    public Task<StoredResult> AddResultAsync(NewResult result, ReadOnlyMemory<byte> json, ReadOnlyMemory<byte>? workbook, CancellationToken ct = default)
    {
        var jsonSha = BlobFiles.Hash(json.Span);
        var workbookSha = workbook is { } w ? BlobFiles.Hash(w.Span) : null;
        return WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            await PutBlobAsync(c, tx, jsonSha, json, ct);
            if (workbook is { } wb) await PutBlobAsync(c, tx, workbookSha!, wb, ct);
            var id = Convert.ToInt64(await Db.ScalarAsync(c, tx,
                "INSERT INTO results(campaign_id, unit_code, created_at, json_sha256, workbook_sha256, summary) VALUES(@c, @u, @at, @j, @w, @s) RETURNING id", ct,
                ("c", result.CampaignId), ("u", result.UnitCode), ("at", Time(result.CreatedAt)), ("j", jsonSha), ("w", workbookSha), ("s", result.SummaryJson)), CultureInfo.InvariantCulture);
            await tx.CommitAsync(ct);
            return new StoredResult
            {
                Id = id, CampaignId = result.CampaignId, UnitCode = result.UnitCode, CreatedAt = result.CreatedAt,
                JsonSha256 = jsonSha, WorkbookSha256 = workbookSha, SummaryJson = result.SummaryJson,
            };
        }, ct);
    }

    public Task<StoredResult?> GetResultAsync(string campaignId, long id, CancellationToken ct = default) =>
        ReadAsync(c => Db.FirstAsync(c, null, $"SELECT {ResultColumns} FROM results WHERE campaign_id=@c AND id=@id", ReadResult, ct, ("c", campaignId), ("id", id)), ct);

    public async Task<IReadOnlyList<StoredResult>> ListResultsAsync(string campaignId, CancellationToken ct = default) =>
        await ReadAsync(c => Db.ListAsync(c, null, $"SELECT {ResultColumns} FROM results WHERE campaign_id=@c ORDER BY id", ReadResult, ct, ("c", campaignId)), ct);

    // ---- documents -------------------------------------------------------------------------------------------------

    public Task<StoredDocument> AddDocumentAsync(StoredDocument document, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(content.Span);
        return WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            await PutBlobAsync(c, tx, sha, content, ct);
            var id = Convert.ToInt64(await Db.ScalarAsync(c, tx,
                "INSERT INTO documents(campaign_id, kind, unit_code, state, sha256, file_name, size, created_at, created_by, source) VALUES(@c, @k, @u, @s, @sha, @f, @size, @at, @by, @src) RETURNING id", ct,
                ("c", document.CampaignId), ("k", document.Kind), ("u", document.UnitCode), ("s", document.State), ("sha", sha), ("f", document.FileName),
                ("size", (long)content.Length), ("at", Time(document.CreatedAt)), ("by", document.CreatedBy), ("src", document.SourceJson)), CultureInfo.InvariantCulture);
            await tx.CommitAsync(ct);
            return document with { Id = id, Sha256 = sha, Size = content.Length };
        }, ct);
    }

    public Task<StoredDocument?> GetDocumentAsync(string campaignId, long id, CancellationToken ct = default) =>
        ReadAsync(c => Db.FirstAsync(c, null, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=@c AND id=@id", ReadDocument, ct, ("c", campaignId), ("id", id)), ct);

    public async Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(string campaignId, CancellationToken ct = default) =>
        await ReadAsync(c => Db.ListAsync(c, null, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=@c ORDER BY id", ReadDocument, ct, ("c", campaignId)), ct);

    public async Task<StoredDocument?> ApproveDocumentAsync(string campaignId, long id, string registerKey, Func<int, DocumentApproval> render, CancellationToken ct = default)
    {
        var approved = await WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            // The document row, then the register row, locked until commit (PostgreSQL: FOR UPDATE; SQLite: the write
            // lock): approvals of one register queue up, one number each, no gap, no repeat.
            var doc = await Db.FirstAsync(c, tx, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=@c AND id=@id{ForUpdate}", ReadDocument, ct, ("c", campaignId), ("id", id));
            if (doc is null || doc.State == "approved") return (Done: false, Document: doc);
            await Db.ExecAsync(c, tx, "INSERT INTO registers(register_key, last_number) VALUES(@k, 0) ON CONFLICT (register_key) DO NOTHING", ct, ("k", registerKey));
            var number = Convert.ToInt32(await Db.ScalarAsync(c, tx, $"SELECT last_number FROM registers WHERE register_key=@k{ForUpdate}", ct, ("k", registerKey)), CultureInfo.InvariantCulture) + 1;
            var approval = render(number);
            var sha = BlobFiles.Hash(approval.Content);
            await PutBlobAsync(c, tx, sha, approval.Content, ct);
            await Db.ExecAsync(c, tx, "UPDATE registers SET last_number=@n WHERE register_key=@k", ct, ("k", registerKey), ("n", number));
            await Db.ExecAsync(c, tx, """
                UPDATE documents SET state='approved', number=@n, document_number=@dn, approved_by=@by, approved_at=@at, approved_sha256=@sha, approval=@rec
                WHERE campaign_id=@c AND id=@id AND state='draft'
                """, ct, ("n", number), ("dn", approval.DocumentNumber), ("by", approval.ApprovedBy), ("at", Time(approval.ApprovedAt)), ("sha", sha),
                ("rec", approval.RecordJson), ("c", campaignId), ("id", id));
            await tx.CommitAsync(ct);
            return (Done: true, Document: doc);
        }, ct);
        return approved.Done ? await GetDocumentAsync(campaignId, id, ct) : approved.Document;
    }

    // ---- the campaign's own form -----------------------------------------------------------------------------------

    public Task<bool> SetFormAsync(CampaignForm form, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(content.Span);
        return WriteAsync(async c =>
        {
            Func<Task>? afterCommit = null;
            await using (var tx = await c.BeginTransactionAsync(ct))
            {
                // The campaign row locked until commit: two uploads for one campaign queue up, and the replaced form's
                // blob goes only when nothing names it.
                if (await Db.ScalarAsync(c, tx, $"SELECT 1 FROM campaigns WHERE id=@c{ForUpdate}", ct, ("c", form.CampaignId)) is null) return false;
                var old = await Db.FirstAsync(c, tx, $"SELECT sha256 FROM forms WHERE campaign_id=@c{ForUpdate}", r => r.GetString(0), ct, ("c", form.CampaignId));
                await PutBlobAsync(c, tx, sha, content, ct);
                await Db.ExecAsync(c, tx, """
                    INSERT INTO forms(campaign_id, sha256, file_name, size, uploaded_at, uploaded_by, check_json) VALUES(@c, @s, @f, @n, @at, @by, @j)
                    ON CONFLICT (campaign_id) DO UPDATE SET sha256=excluded.sha256, file_name=excluded.file_name, size=excluded.size,
                      uploaded_at=excluded.uploaded_at, uploaded_by=excluded.uploaded_by, check_json=excluded.check_json
                    """, ct, ("c", form.CampaignId), ("s", sha), ("f", form.FileName), ("n", (long)content.Length), ("at", Time(form.UploadedAt)),
                    ("by", form.UploadedBy), ("j", form.CheckJson));
                if (old is not null && old != sha) afterCommit = await ReleaseBlobAsync(c, tx, old, ct);
                await tx.CommitAsync(ct);
            }
            if (afterCommit is not null) await afterCommit();
            return true;
        }, ct);
    }

    public Task<CampaignForm?> GetFormAsync(string campaignId, CancellationToken ct = default) =>
        ReadAsync(c => Db.FirstAsync(c, null, $"SELECT {FormColumns} FROM forms WHERE campaign_id=@c", ReadForm, ct, ("c", campaignId)), ct);

    // ---- mapping profiles ------------------------------------------------------------------------------------------

    public async Task<IReadOnlyList<Profiles.StoredProfile>> ListProfilesAsync(CancellationToken ct = default) =>
        await ReadAsync(c => Db.ListAsync(c, null, $"SELECT {ProfileColumns} FROM profiles ORDER BY id{Ordinal}", ReadProfile, ct), ct);

    public Task<Profiles.StoredProfile?> GetProfileAsync(string id, CancellationToken ct = default) =>
        ReadAsync(c => Db.FirstAsync(c, null, $"SELECT {ProfileColumns} FROM profiles WHERE id=@id", ReadProfile, ct, ("id", id)), ct);

    public Task<Profiles.StoredProfile?> SaveProfileAsync(Profiles.StoredProfile profile, bool replace, CancellationToken ct = default) => WriteAsync(async c =>
    {
        var changed = replace
            ? await Db.ExecAsync(c, null, "UPDATE profiles SET name=@n, body=@b, version=version+1, updated_at=@at, updated_by=@by, check_json=@j WHERE id=@id", ct,
                ("id", profile.Id), ("n", profile.Name), ("b", profile.BodyJson), ("at", Time(profile.UpdatedAt)), ("by", profile.UpdatedBy), ("j", profile.CheckJson))
            : await Db.ExecAsync(c, null, """
                INSERT INTO profiles(id, name, body, version, created_at, created_by, updated_at, updated_by, check_json)
                VALUES(@id, @n, @b, 1, @cat, @cby, @at, @by, @j) ON CONFLICT (id) DO NOTHING
                """, ct, ("id", profile.Id), ("n", profile.Name), ("b", profile.BodyJson), ("cat", Time(profile.CreatedAt)), ("cby", profile.CreatedBy), ("at", Time(profile.UpdatedAt)),
                ("by", profile.UpdatedBy), ("j", profile.CheckJson));
        return changed == 1 ? await Db.FirstAsync(c, null, $"SELECT {ProfileColumns} FROM profiles WHERE id=@id", ReadProfile, ct, ("id", profile.Id)) : null;
    }, ct);

    public Task<bool> DeleteProfileAsync(string id, CancellationToken ct = default) =>
        WriteAsync(async c => await Db.ExecAsync(c, null, "DELETE FROM profiles WHERE id=@id", ct, ("id", id)) == 1, ct);

    // ---- integrity -------------------------------------------------------------------------------------------------

    private protected static async Task<HashSet<string>> ReferencedBlobsAsync(DbConnection c, DbTransaction? tx, CancellationToken ct) =>
        (await Db.ListAsync(c, tx, CampaignRows.ReferencedBlobs, r => r.GetString(0), ct)).ToHashSet(StringComparer.Ordinal);

    public Task<StoreIntegrity> CheckIntegrityAsync(CancellationToken ct = default) => ReadAsync(async c =>
    {
        var referenced = await ReferencedBlobsAsync(c, null, ct);
        var submissions = Convert.ToInt32(await Db.ScalarAsync(c, null, "SELECT COUNT(*) FROM submissions", ct), CultureInfo.InvariantCulture);
        var (present, corrupt, temps) = await BlobStateAsync(c, referenced, ct);
        return new StoreIntegrity(submissions, present.Count,
            referenced.Where(s => !present.Contains(s)).Order(StringComparer.Ordinal).ToList(), corrupt.Order(StringComparer.Ordinal).ToList(),
            present.Where(s => !referenced.Contains(s)).Order(StringComparer.Ordinal).ToList(), temps.ToList());
    }, ct);
}
