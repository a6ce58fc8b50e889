using System.Data.Common;
using System.Globalization;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>
/// Rows ↔ records, once for both stores. Columns are read by position from the lists below. The only stored types that
/// differ are times (SQLite: ISO 8601 text; PostgreSQL: timestamptz) and booleans (SQLite: 0/1; both read by GetBoolean).
/// </summary>
internal static class CampaignRows
{
    public const string CampaignColumns = "id, name, year, ruleset, settings, deadlines, created_at, closed_at, issuer";
    public const string UnitColumns = "code, name, kind, category, parent";
    public const string SubmissionColumns = "id, campaign_id, unit_code, version, sha256, file_name, size, received_at, readable, errors, warnings, ruleset, claimed_unit, claimed_year, validation, late, parsed_sha256";
    public const string DecisionColumns = "unit_code, level, reason, decided_by, decided_at";
    public const string ResultColumns = "id, campaign_id, unit_code, created_at, json_sha256, workbook_sha256, summary";
    public const string DocumentColumns = "id, campaign_id, kind, unit_code, state, sha256, file_name, size, created_at, created_by, source, number, document_number, approved_by, approved_at, approved_sha256, approval";

    public const string FormColumns = "campaign_id, sha256, file_name, size, uploaded_at, uploaded_by, check_json";

    public const string ProfileColumns = "id, name, body, version, created_at, created_by, updated_at, updated_by, check_json";

    /// <summary>Every blob a row names (submitted file, parsed form, result JSON and workbook, document draft and final file, the campaign's own form).</summary>
    public const string ReferencedBlobs = "SELECT sha256 FROM submissions UNION SELECT parsed_sha256 FROM submissions WHERE parsed_sha256 IS NOT NULL UNION SELECT json_sha256 FROM results UNION SELECT workbook_sha256 FROM results WHERE workbook_sha256 IS NOT NULL UNION SELECT sha256 FROM documents UNION SELECT approved_sha256 FROM documents WHERE approved_sha256 IS NOT NULL UNION SELECT sha256 FROM forms";

    public static Campaign ReadCampaign(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Name = r.GetString(1),
        Year = r.GetInt32(2),
        RulesetId = r.GetString(3),
        Settings = StoreJson.Read<CampaignSettings>(r.GetString(4)),
        Deadlines = StoreJson.Read<List<Deadline>>(r.GetString(5)),
        CreatedAt = Time(r, 6),
        ClosedAt = NullableTime(r, 7),
        Issuer = Text(r, 8) is { } issuer ? StoreJson.Read<CampaignIssuer>(issuer) : null,
    };

    public static UnitInfo ReadUnit(DbDataReader r) =>
        UnitInfos.Create(r.GetString(0), r.GetString(1), UnitKinds.FromSlug(r.GetString(2)) ?? UnitKind.SubordinateCell, Text(r, 3), Text(r, 4));

    public static Submission ReadSubmission(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        CampaignId = r.GetString(1),
        UnitCode = r.GetString(2),
        Version = r.GetInt32(3),
        Sha256 = r.GetString(4),
        FileName = r.GetString(5),
        Size = r.GetInt64(6),
        ReceivedAt = Time(r, 7),
        Readable = r.GetBoolean(8),
        Errors = r.GetInt32(9),
        Warnings = r.GetInt32(10),
        RulesetId = Text(r, 11),
        ClaimedUnit = Text(r, 12),
        ClaimedYear = r.IsDBNull(13) ? null : r.GetInt32(13),
        ValidationJson = r.GetString(14),
        Late = r.IsDBNull(15) ? null : r.GetBoolean(15),
        ParsedSha256 = Text(r, 16),
    };

    public static Decision ReadDecision(DbDataReader r) => new()
    {
        UnitCode = r.GetString(0), Level = r.GetString(1), Reason = Text(r, 2), DecidedBy = r.GetString(3), DecidedAt = Time(r, 4),
    };

    public static StoredResult ReadResult(DbDataReader r) => new()
    {
        Id = r.GetInt64(0), CampaignId = r.GetString(1), UnitCode = r.GetString(2), CreatedAt = Time(r, 3),
        JsonSha256 = r.GetString(4), WorkbookSha256 = Text(r, 5), SummaryJson = r.GetString(6),
    };

    public static StoredDocument ReadDocument(DbDataReader r) => new()
    {
        Id = r.GetInt64(0), CampaignId = r.GetString(1), Kind = r.GetString(2), UnitCode = r.GetString(3), State = r.GetString(4), Sha256 = r.GetString(5),
        FileName = r.GetString(6), Size = r.GetInt64(7), CreatedAt = Time(r, 8), CreatedBy = r.GetString(9), SourceJson = r.GetString(10),
        Number = r.IsDBNull(11) ? null : r.GetInt32(11), DocumentNumber = Text(r, 12), ApprovedBy = Text(r, 13),
        ApprovedAt = NullableTime(r, 14), ApprovedSha256 = Text(r, 15), ApprovalJson = Text(r, 16),
    };

    public static CampaignForm ReadForm(DbDataReader r) => new()
    {
        CampaignId = r.GetString(0), Sha256 = r.GetString(1), FileName = r.GetString(2), Size = r.GetInt64(3),
        UploadedAt = Time(r, 4), UploadedBy = Text(r, 5), CheckJson = r.GetString(6),
    };

    public static Profiles.StoredProfile ReadProfile(DbDataReader r) => new()
    {
        Id = r.GetString(0), Name = r.GetString(1), BodyJson = r.GetString(2), Version = r.GetInt32(3), CreatedAt = Time(r, 4), CreatedBy = Text(r, 5),
        UpdatedAt = Time(r, 6), UpdatedBy = Text(r, 7), CheckJson = r.GetString(8),
    };

    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>A stored time: ISO 8601 text (SQLite, offset kept) or a UTC timestamp (PostgreSQL timestamptz).</summary>
    public static DateTimeOffset Time(DbDataReader r, int i) => r.GetValue(i) switch
    {
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        DateTimeOffset o => o,
        var other => throw new InvalidCastException($"Column {r.GetName(i)} holds {other.GetType().Name}, not a time."),
    };

    public static DateTimeOffset? NullableTime(DbDataReader r, int i) => r.IsDBNull(i) ? null : Time(r, i);
}
