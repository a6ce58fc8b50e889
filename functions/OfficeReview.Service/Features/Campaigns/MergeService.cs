using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>One input of a merge: a label (file name), how to get its bytes, and the unit it was submitted for (campaigns).</summary>
public sealed record MergeSource(string Label, Func<byte[]?> Read, UnitInfo? SubmittedFor = null);

/// <summary>What became of one input file.</summary>
public sealed record MergeSourceSummary(string File, string? Unit, string? UnitName, int? Year, bool Readable, int Errors, int Warnings);

/// <summary>A finished merge: the domain result, every finding (files and consolidation), the inputs, the parameters.</summary>
public sealed record MergeRun(
    MergeResult Result,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<MergeSourceSummary> Sources,
    int Year,
    string RulesetId,
    int PercentPrecision)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
}

public sealed record MergeProgress(int Done, int Total);

/// <summary>Options of a stateless merge (POST /api/merge, CLI merge).</summary>
public sealed record MergeFilesOptions
{
    public int? Year { get; init; }
    public string? RulesetId { get; init; }
    public RulesetOverrides? Overrides { get; init; }
}

/// <summary>
/// Merges reports: every input goes through <see cref="ValidationService"/> (JSON today, workbooks when the reader is
/// present), members are checked across units as the files are read, then the reports are compacted (member lists
/// dropped) and consolidated up the tree by <see cref="HierarchyMerge"/>. Files are read in small parallel batches so
/// memory stays flat however many there are.
/// </summary>
public sealed class MergeService(ValidationService validation, CampaignService? campaigns = null)
{
    public const string SourceUnreadable = "MERGE_SOURCE_UNREADABLE";
    public const string ResultFile = "(kết quả tổng hợp)";
    private const int BatchSize = 32;

    /// <summary>N files in, a consolidated report out; the units and tree come from the files themselves.</summary>
    public MergeRun MergeFiles(IReadOnlyList<MergeSource> files, MergeFilesOptions? options = null, IProgress<MergeProgress>? progress = null)
    {
        options ??= new MergeFilesOptions();
        var registry = new MemberRegistry();
        var (sources, summaries, findings) = ReadAll(files, options.RulesetId, options.Overrides, registry, progress);
        var year = options.Year ?? (sources.Count > 0
            ? sources.GroupBy(s => s.Report.Year).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key
            : DateTime.UtcNow.Year);
        var ruleset = options.RulesetId is { } id ? Rulesets.ById(id, options.Overrides)! : Rulesets.ForYear(year, options.Overrides);
        var result = HierarchyMerge.MergeFiles(sources, year, new HierarchyMerge.Options { PercentPrecision = ruleset.Parameters.PercentPrecision });
        return Finish(result, findings, summaries, year, ruleset);
    }

    /// <summary>Merges the latest submission of every unit under <paramref name="unitCode"/> and stores the result.</summary>
    public async Task<(StoredResult Stored, MergeRun Run, byte[] Json)> MergeCampaignAsync(string campaignId, string unitCode, CancellationToken ct = default)
    {
        if (campaigns is null) throw new InvalidOperationException("MergeService was built without a CampaignService.");
        var campaign = await campaigns.GetAsync(campaignId, ct);
        var tree = await campaigns.TreeAsync(campaign, ct);
        var top = tree.Find(unitCode) ?? throw CampaignProblemException.UnitNotFound(campaignId, unitCode);
        var store = campaigns.Store;
        var latest = (await store.LatestSubmissionsAsync(campaignId, ct)).ToDictionary(s => s.UnitCode, StringComparer.Ordinal);
        var inputs = new List<MergeSource>();
        foreach (var unit in new[] { top }.Concat(tree.Descendants(top.Code)))
        {
            if (!latest.TryGetValue(unit.Code, out var s)) continue;
            var sha = s.Sha256;
            inputs.Add(new MergeSource($"{s.FileName} (lần {s.Version})", () => store.ReadBlobAsync(sha, ct).GetAwaiter().GetResult(), unit));
        }
        var overrides = campaign.Settings.ToOverrides();
        var ruleset = Rulesets.ById(campaign.RulesetId, overrides) ?? Rulesets.ForYear(campaign.Year, overrides);
        var registry = new MemberRegistry();
        var (sources, summaries, findings) = await Task.Run(() => ReadAllKeyed(inputs, ruleset.Id, overrides, registry, null), ct);
        var byUnit = new Dictionary<string, SourceReport>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++) byUnit[sources[i].Unit] = sources[i].Source;
        var result = HierarchyMerge.Merge(tree, top.Code, campaign.Year, u => byUnit.GetValueOrDefault(u.Code),
            new HierarchyMerge.Options { PercentPrecision = ruleset.Parameters.PercentPrecision });
        var run = Finish(result, findings, summaries, campaign.Year, ruleset);
        var json = MergeResultJson.Write(run);
        var summary = JsonSerializer.Serialize(new
        {
            unit = top.Code,
            units = result.Root.Descendants().Count() + 1,
            submitted = summaries.Count,
            missing = result.Missing.Count,
            errors = run.Errors,
            warnings = run.Warnings,
        });
        var stored = await store.AddResultAsync(new NewResult
        {
            CampaignId = campaignId,
            UnitCode = top.Code,
            CreatedAt = campaigns.Clock.GetUtcNow().ToOffset(CampaignService.VietnamOffset),
            SummaryJson = summary,
        }, json, null, ct);
        return (stored, run, json);
    }

    private static MergeRun Finish(MergeResult result, List<Finding> findings, List<MergeSourceSummary> summaries, int year, Ruleset ruleset)
    {
        findings.AddRange(result.Findings);
        if (result.Report is { } merged)
            findings.AddRange(ruleset.Validate(merged).Select(f => f with { File = ResultFile }));
        return new MergeRun(result, findings, summaries, year, ruleset.Id, ruleset.Parameters.PercentPrecision);
    }

    private sealed record ReadSource(string Unit, SourceReport Source);

    /// <summary>Reads and validates in parallel batches; registers members and compacts in input order.</summary>
    private (List<SourceReport> Sources, List<MergeSourceSummary> Summaries, List<Finding> Findings) ReadAll(
        IReadOnlyList<MergeSource> files, string? rulesetId, RulesetOverrides? overrides, MemberRegistry registry, IProgress<MergeProgress>? progress)
    {
        var (read, summaries, findings) = ReadAllKeyed(files, rulesetId, overrides, registry, progress);
        return (read.Select(r => r.Source).ToList(), summaries, findings);
    }

    private (List<ReadSource> Sources, List<MergeSourceSummary> Summaries, List<Finding> Findings) ReadAllKeyed(
        IReadOnlyList<MergeSource> files, string? rulesetId, RulesetOverrides? overrides, MemberRegistry registry, IProgress<MergeProgress>? progress)
    {
        var sources = new List<ReadSource>(files.Count);
        var summaries = new List<MergeSourceSummary>(files.Count);
        var findings = new List<Finding>();
        var outcomes = new ValidationOutcome[Math.Min(BatchSize, Math.Max(files.Count, 1))];
        for (var start = 0; start < files.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, files.Count - start);
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var file = files[start + i];
                byte[]? bytes;
                try { bytes = file.Read(); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { bytes = null; }
                outcomes[i] = bytes is null
                    ? new ValidationOutcome(file.Label, false, null, null, [Finding.Error(SourceUnreadable, "", $"Không đọc được tệp {file.Label} (không có, không có quyền đọc, hoặc lớn hơn giới hạn Limits:MaxInputBytes).") with { File = file.Label }])
                    : validation.Validate(bytes, file.Label, rulesetId, overrides);
            });
            for (var i = 0; i < count; i++)
            {
                var file = files[start + i];
                var o = outcomes[i];
                outcomes[i] = null!;
                findings.AddRange(o.Findings);
                summaries.Add(new MergeSourceSummary(file.Label, o.Report?.Unit.Code, o.Report?.Unit.Name, o.Report?.Year, o.Readable, o.Errors, o.Warnings));
                if (o.Report is not { } report) continue;
                var unit = file.SubmittedFor;
                // In a campaign a file counts for the unit it was submitted for (HierarchyMerge reports a mismatch);
                // members are registered only for files that will be used.
                var code = unit?.Code ?? report.Unit.Code.Trim();
                if (unit is null || StringComparer.Ordinal.Equals(report.Unit.Code.Trim(), unit.Code))
                    findings.AddRange(registry.Register(code, unit?.Name ?? report.Unit.Name, file.Label, report.MemberList));
                sources.Add(new ReadSource(code, new SourceReport(file.Label, MemberSummary.Compact(report))));
            }
            progress?.Report(new MergeProgress(start + count, files.Count));
        }
        return (sources, summaries, findings);
    }
}
