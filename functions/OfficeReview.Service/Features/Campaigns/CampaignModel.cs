using OfficeReview.Domain.Rules;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// One annual review campaign of a committee: the year, the ruleset (with the province's overrides), the unit tree
/// (stored separately), the deadline of each level, and when it was created.
/// </summary>
public sealed record Campaign
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required int Year { get; init; }
    /// <summary>"132", "124" or "366"; by default the ruleset of the year.</summary>
    public required string RulesetId { get; init; }
    public CampaignSettings Settings { get; init; } = new();
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];
    /// <summary>The issuing body's details, typed once for every document of the campaign (PUT /api/campaigns/{id}/issuer); null until set.</summary>
    public CampaignIssuer? Issuer { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the campaign was closed (no more submissions, unit or deadline changes; figures frozen), or null while open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>"open" or "closed".</summary>
    public string State => ClosedAt is null ? "open" : "closed";
}

/// <summary>What a province may change in the ruleset's parameters.</summary>
public sealed record CampaignSettings
{
    public QuotaDenominator? QuotaDenominator { get; init; }
    public int? PercentPrecision { get; init; }
    public decimal? QuotaCapPercent { get; init; }
    public decimal? QuotaExceptionCapPercent { get; init; }
    /// <summary>
    /// The comparable group of the members' HTXS cap in a member list: "organization" (the whole tổ chức cơ sở đảng,
    /// the default), "cell" (each chi bộ) or "form" (2A / 2B / 2C: similar position and role).
    /// </summary>
    public QuotaGrouping? MemberQuotaGrouping { get; init; }
    /// <summary>HD 21 "not rated above the collective" check (2019–2022); null = the ruleset's default (on).</summary>
    public bool? LeaderNotAboveCollective { get; init; }

    public RulesetOverrides ToOverrides() => new()
    {
        QuotaDenominator = QuotaDenominator,
        PercentPrecision = PercentPrecision,
        QuotaCapPercent = QuotaCapPercent,
        QuotaExceptionCapPercent = QuotaExceptionCapPercent,
        MemberQuotaGrouping = MemberQuotaGrouping,
        LeaderNotAboveCollective = LeaderNotAboveCollective,
    };
}

/// <summary>
/// When units of one kind must have submitted to the level above (e.g. chi-bo-truc-thuoc → 10/12, dang-bo-cap-tren-co-so
/// → 20/12). <see cref="UnitKind"/> is the slug of the submitting units' kind; a deadline without kind applies to every
/// unit that has no deadline of its own kind. Plans give two dates per level: when the units finish their review
/// meetings (<see cref="ReviewBy"/>, optional) and when the report must reach the level above (<see cref="Due"/>);
/// "late" is always decided from <see cref="Due"/>.
/// </summary>
public sealed record Deadline
{
    public string? UnitKind { get; init; }
    /// <summary>The send date: the report must have reached the level above by then (a later submission is late).</summary>
    public required DateTimeOffset Due { get; init; }
    public string? Label { get; init; }
    /// <summary>The date by which the units of this level finish their review (kiểm điểm xong); null when the plan gives none.</summary>
    public DateTimeOffset? ReviewBy { get; init; }
}

/// <summary>One stored submission (a version of one unit's file), with its validation result.</summary>
public sealed record Submission
{
    public required long Id { get; init; }
    public required string CampaignId { get; init; }
    public required string UnitCode { get; init; }
    /// <summary>1 for the unit's first submission, then 2, 3…; the highest is the current one.</summary>
    public required int Version { get; init; }
    public required string Sha256 { get; init; }
    public required string FileName { get; init; }
    public required long Size { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required bool Readable { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    public string? RulesetId { get; init; }
    /// <summary>The unit code and year the file itself claims.</summary>
    public string? ClaimedUnit { get; init; }
    public int? ClaimedYear { get; init; }
    /// <summary>The validation report (ValidationReport JSON) as computed when the file was received.</summary>
    public required string ValidationJson { get; init; }
    /// <summary>Whether the file arrived after the unit's deadline, as decided when it arrived (null for rows stored before this was kept).</summary>
    public bool? Late { get; init; }
    /// <summary>
    /// SHA-256 of the stored parsed form (<see cref="ParsedSubmissions"/>: the UnitReport and the findings as the merge
    /// reads them), or null until the submission is first read (rows stored before this was kept, too).
    /// </summary>
    public string? ParsedSha256 { get; init; }
}

/// <summary>What the caller knows about a new submission; the store adds id, version, hash and size.</summary>
public sealed record NewSubmission
{
    public required string CampaignId { get; init; }
    public required string UnitCode { get; init; }
    public required string FileName { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required bool Readable { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    public string? RulesetId { get; init; }
    public string? ClaimedUnit { get; init; }
    public int? ClaimedYear { get; init; }
    public required string ValidationJson { get; init; }
    /// <summary>Received after the unit's deadline (stored: a later deadline change does not rewrite it).</summary>
    public bool Late { get; init; }
}

/// <summary>The outcome of storing a submission: the stored row, and whether it is new (false: the same bytes were already there).</summary>
public sealed record SubmissionSave(Submission Submission, bool Created);

/// <summary>A stored merge result: the JSON (and, when produced, the workbook) of a consolidation at one unit.</summary>
public sealed record StoredResult
{
    public required long Id { get; init; }
    public required string CampaignId { get; init; }
    public required string UnitCode { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string JsonSha256 { get; init; }
    public string? WorkbookSha256 { get; init; }
    /// <summary>Short summary (units merged, missing, findings) as JSON.</summary>
    public required string SummaryJson { get; init; }
}

public sealed record NewResult
{
    public required string CampaignId { get; init; }
    public required string UnitCode { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string SummaryJson { get; init; }
}

/// <summary>What an integrity check of a store found (all lists empty = rows and blobs agree).</summary>
public sealed record StoreIntegrity(
    int Submissions,
    int Blobs,
    IReadOnlyList<string> MissingBlobs,
    IReadOnlyList<string> CorruptBlobs,
    IReadOnlyList<string> OrphanBlobs,
    IReadOnlyList<string> TempFiles)
{
    public bool IsConsistent => MissingBlobs.Count == 0 && CorruptBlobs.Count == 0 && OrphanBlobs.Count == 0 && TempFiles.Count == 0;
}

/// <summary>
/// The upper level's decision (thẩm định → quyết định) on one unit's level: the decided level (JSON key: excellent, good,
/// complete, notComplete), the reason, who and when. One per unit; a new decision replaces the previous one.
/// </summary>
public sealed record Decision
{
    public required string UnitCode { get; init; }
    public required string Level { get; init; }
    public string? Reason { get; init; }
    public required string DecidedBy { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
}

/// <summary>A document drafted from the campaign (its .docx kept as a content-addressed blob, like submissions).</summary>
public sealed record StoredDocument
{
    public required long Id { get; init; }
    public required string CampaignId { get; init; }
    /// <summary>Kind slug: ke-hoach, cong-van, cong-van-don-doc, bao-cao, thong-bao-ket-qua, quyet-dinh.</summary>
    public required string Kind { get; init; }
    /// <summary>The unit whose committee issues it (the merge node of a Báo cáo).</summary>
    public required string UnitCode { get; init; }
    /// <summary>"draft" (or "approved" once signed off).</summary>
    public required string State { get; init; }
    public required string Sha256 { get; init; }
    public required string FileName { get; init; }
    public required long Size { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    /// <summary>Short facts about what it was drafted from (JSON): result id, previous year's result, units listed, problems.</summary>
    public string SourceJson { get; init; } = "{}";
    /// <summary>Once approved: the number from the issuer's register, "Số 07-KH/ĐU", who and when, the final file's SHA-256 and the approval record (JSON).</summary>
    public int? Number { get; init; }
    public string? DocumentNumber { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public string? ApprovedSha256 { get; init; }
    public string? ApprovalJson { get; init; }
}

/// <summary>What an approval writes: the final bytes (numbered, no DỰ THẢO) and the record, made for the number the register gives.</summary>
public sealed record DocumentApproval(byte[] Content, string DocumentNumber, string ApprovedBy, DateTimeOffset ApprovedAt, string RecordJson);
