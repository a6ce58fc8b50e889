using System.Text.Json;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>Status of a unit in a campaign (JSON values: chua-nop, hop-le, co-loi, nop-muon).</summary>
internal static class UnitStatuses
{
    public const string NotSubmitted = "chua-nop";
    public const string Valid = "hop-le";
    public const string Invalid = "co-loi";
    public const string Late = "nop-muon";

    public static string Text(string status, bool hasErrors, bool overdue) => status switch
    {
        NotSubmitted => overdue ? "Chưa nộp (quá hạn)" : "Chưa nộp",
        Valid => "Đã nộp, hợp lệ",
        Invalid => "Đã nộp, có lỗi",
        Late => hasErrors ? "Nộp muộn, có lỗi" : "Nộp muộn, hợp lệ",
        _ => status,
    };
}

/// <summary>A submission as the API and CLI show it.</summary>
public sealed record SubmissionView
{
    public required long Id { get; init; }
    public required string Campaign { get; init; }
    public required string Unit { get; init; }
    public string? UnitName { get; init; }
    public required int Version { get; init; }
    public required string FileName { get; init; }
    public required long Size { get; init; }
    public required string Sha256 { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary>False when the same bytes had already been submitted (this is that earlier submission).</summary>
    public bool? Created { get; init; }
    public required bool Readable { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    public required bool Late { get; init; }
    public string? Ruleset { get; init; }
    public IReadOnlyList<FindingDto>? Findings { get; init; }

    public static SubmissionView From(Submission s, UnitInfo? unit, Campaign campaign, bool? created, bool includeFindings)
    {
        var deadline = unit is null ? null : CampaignService.DeadlineFor(campaign, unit.Kind);
        IReadOnlyList<FindingDto>? findings = null;
        if (includeFindings)
            findings = JsonSerializer.Deserialize<ValidationReport>(s.ValidationJson, ValidationReport.JsonOptions)?.Findings ?? [];
        return new SubmissionView
        {
            Id = s.Id, Campaign = s.CampaignId, Unit = s.UnitCode, UnitName = unit?.Name, Version = s.Version, FileName = s.FileName,
            Size = s.Size, Sha256 = s.Sha256, ReceivedAt = s.ReceivedAt.ToOffset(CampaignService.VietnamOffset), Created = created,
            Readable = s.Readable, Errors = s.Errors, Warnings = s.Warnings, Late = s.Late ?? (deadline is not null && s.ReceivedAt > deadline.Due),
            Ruleset = s.RulesetId, Findings = findings,
        };
    }
}

/// <summary>Counts over a set of units: how many, submitted, valid, with errors, late, missing (overdue).</summary>
public sealed record SubtreeCounts(int Units, int Submitted, int Valid, int WithErrors, int Late, int Missing, int Overdue)
{
    /// <summary>"38/42 đơn vị đã nộp".</summary>
    public string Text => $"{VietnameseFormat.Count(Submitted)}/{VietnameseFormat.Count(Units)} đơn vị đã nộp";

    public static SubtreeCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public static SubtreeCounts Sum(IEnumerable<SubtreeCounts> parts) => parts.Aggregate(Zero, (a, b) => new(
        a.Units + b.Units, a.Submitted + b.Submitted, a.Valid + b.Valid, a.WithErrors + b.WithErrors, a.Late + b.Late, a.Missing + b.Missing, a.Overdue + b.Overdue));
}

public sealed record LatestSubmission(long Id, int Version, string FileName, DateTimeOffset ReceivedAt, int Errors, int Warnings, bool Readable);

/// <summary>One unit in the status tree: its own status and the counts of everything below it.</summary>
public sealed record StatusNode
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string KindName { get; init; }
    public required string Status { get; init; }
    public required string StatusText { get; init; }
    public required bool Late { get; init; }
    public required bool HasErrors { get; init; }
    public required bool Overdue { get; init; }
    public DateTimeOffset? Deadline { get; init; }
    public LatestSubmission? Latest { get; init; }
    public required int Versions { get; init; }
    /// <summary>The units below this one (not itself).</summary>
    public required SubtreeCounts Subtree { get; init; }
    public required IReadOnlyList<StatusNode> Children { get; init; }

    public SubtreeCounts Self() => new(1, Status == UnitStatuses.NotSubmitted ? 0 : 1, Status == UnitStatuses.Valid ? 1 : 0,
        HasErrors && Status != UnitStatuses.NotSubmitted ? 1 : 0, Late ? 1 : 0, Status == UnitStatuses.NotSubmitted ? 1 : 0, Overdue ? 1 : 0);

    public IEnumerable<StatusNode> Flatten()
    {
        yield return this;
        foreach (var c in Children) foreach (var d in c.Flatten()) yield return d;
    }

    public static StatusNode Build(UnitInfo unit, UnitTree tree, Campaign campaign, IReadOnlyDictionary<string, List<Submission>> byUnit, DateTimeOffset now)
    {
        var children = tree.ChildrenOf(unit.Code).Select(c => Build(c, tree, campaign, byUnit, now)).ToList();
        var deadline = CampaignService.DeadlineFor(campaign, unit.Kind)?.Due;
        var versions = byUnit.GetValueOrDefault(unit.Code) ?? [];
        string status;
        bool late = false, hasErrors = false, overdue = false;
        LatestSubmission? latest = null;
        if (versions.Count == 0)
        {
            status = UnitStatuses.NotSubmitted;
            overdue = deadline is { } d && now > d;
        }
        else
        {
            var last = versions[^1];
            latest = new LatestSubmission(last.Id, last.Version, last.FileName, last.ReceivedAt.ToOffset(CampaignService.VietnamOffset), last.Errors, last.Warnings, last.Readable);
            hasErrors = !last.Readable || last.Errors > 0;
            // Late means the unit's first submission came after its deadline; a later correction does not make it late.
            // Stored when it arrived (moving a deadline later does not rewrite history); computed only for rows kept before that.
            late = versions[0].Late ?? (deadline is { } d && versions[0].ReceivedAt > d);
            status = late ? UnitStatuses.Late : hasErrors ? UnitStatuses.Invalid : UnitStatuses.Valid;
        }
        return new StatusNode
        {
            Code = unit.Code, Name = unit.Name, Kind = unit.Kind.Slug(), KindName = unit.Kind.VietnameseName(),
            Status = status, StatusText = UnitStatuses.Text(status, hasErrors, overdue), Late = late, HasErrors = hasErrors, Overdue = overdue,
            Deadline = deadline?.ToOffset(CampaignService.VietnamOffset), Latest = latest, Versions = versions.Count,
            Subtree = SubtreeCounts.Sum(children.Select(c => c.Self()).Concat(children.Select(c => c.Subtree))),
            Children = children,
        };
    }
}

/// <summary>GET …/status: counts over every unit shown, and the tree.</summary>
public sealed record StatusReport(string Campaign, string Name, int Year, DateTimeOffset At, SubtreeCounts Counts, IReadOnlyList<StatusNode> Units)
{
    public string Text => Counts.Text;
}
