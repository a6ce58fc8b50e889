using System.Diagnostics;
using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Validation;
using OfficeReview.Service.Hosting.Observability;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>One input of a merge: a label (file name), how to get its bytes, and the unit it was submitted for (campaigns).</summary>
public sealed record MergeSource(string Label, Func<byte[]?> Read, UnitInfo? SubmittedFor = null, DateTimeOffset? At = null)
{
    /// <summary>
    /// In a campaign: the file's validation outcome and SHA-256 without re-reading it when it was parsed before
    /// (<see cref="ParsedSubmissions"/>); null outcome: the bytes could not be read. When set, <see cref="Read"/> is not used.
    /// </summary>
    public Func<(ValidationOutcome? Outcome, string Sha256)>? Load { get; init; }
}

/// <summary>What became of one input file.</summary>
public sealed record MergeSourceSummary(string File, string? Unit, string? UnitName, int? Year, bool Readable, int Errors, int Warnings, string? Sha256 = null, DateTimeOffset? At = null);

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
    /// <summary>In a campaign: which organizations' levels in the figures are the upper level's decisions, and which are still proposals.</summary>
    public MergeDecisions? Decisions { get; init; }
}

/// <summary>Units counted with a decided level, and units whose level in the figures is still their own proposal.</summary>
public sealed record MergeDecisions(IReadOnlyList<string> Decided, IReadOnlyList<string> Proposals)
{
    public string Summary => Proposals.Count == 0
        ? $"Mức xếp loại của {Decided.Count} tổ chức là mức cấp trên đã quyết định."
        : $"{Decided.Count} tổ chức theo mức cấp trên đã quyết định; {Proposals.Count} tổ chức còn là mức tự xếp loại (đề xuất, chưa quyết định).";
}

public sealed record MergeProgress(int Done, int Total);

/// <summary>
/// One part of a planned campaign merge, as it travels to the top (a Durable activity's output): the part's merged
/// result, its files (summaries and findings), and which organizations' levels are decisions or proposals.
/// </summary>
public sealed record CampaignPartResult(
    SubtreeResult Result,
    IReadOnlyList<MergeSourceSummary> Sources,
    IReadOnlyList<Finding> ReadFindings,
    IReadOnlyList<string> Decided,
    IReadOnlyList<string> Proposals);

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
/// dropped) and consolidated up the tree by <see cref="HierarchyMerge"/>. Files are read in parallel, at most a small window ahead of the member check, so
/// memory stays flat however many there are.
/// </summary>
public sealed class MergeService(ValidationService validation, CampaignService? campaigns = null, ILogger<MergeService>? logger = null)
{
    public const string SourceUnreadable = FindingCatalogue.MergeSourceUnreadable;
    public const string ResultFile = "(kết quả tổng hợp)";
    private const int BatchSize = 64;

    /// <summary>N files in, a consolidated report out; the units and tree come from the files themselves.</summary>
    public MergeRun MergeFiles(IReadOnlyList<MergeSource> files, MergeFilesOptions? options = null, IProgress<MergeProgress>? progress = null, int threads = 0)
    {
        using var activity = Telemetry.Start("merge files");
        activity?.SetTag("officereview.merge.files", files.Count);
        var started = Stopwatch.GetTimestamp();
        var run = Observed("files", "-", "-", started, activity, () => MergeFilesCore(files, options, progress, threads));
        return run;
    }

    private MergeRun MergeFilesCore(IReadOnlyList<MergeSource> files, MergeFilesOptions? options, IProgress<MergeProgress>? progress, int threads)
    {
        options ??= new MergeFilesOptions();
        var registry = new MemberRegistry();
        var (sources, summaries, findings) = ReadAll(files, options.RulesetId, options.Overrides, registry, progress, threads);
        var year = options.Year ?? (sources.Count > 0
            ? sources.GroupBy(s => s.Report.Year).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key
            : DateTime.UtcNow.Year);
        var ruleset = options.RulesetId is { } id ? Rulesets.ById(id, options.Overrides)! : Rulesets.ForYear(year, options.Overrides);
        var result = HierarchyMerge.MergeFiles(sources, year, new HierarchyMerge.Options { PercentPrecision = ruleset.Parameters.PercentPrecision, MaxCount = ruleset.Parameters.MaxCount });
        return Finish(result, findings, summaries, year, ruleset);
    }

    /// <summary>
    /// A merge planned over parts (<see cref="MergePlan"/>): each part — typically one province's folder of files — is
    /// read, checked and consolidated on its own, up to <paramref name="threads"/> parts at a time (largest first, each
    /// on one thread, so the threads never wait on each other), then the parts' results are combined under their
    /// common parent. Members listed in two parts are found from the parts' fingerprints. The year (when not given) is
    /// the one most files carry over all parts; a part whose files mostly carry another year is read again for that year.
    /// </summary>
    public MergeRun MergeFileParts(IReadOnlyList<IReadOnlyList<MergeSource>> parts, MergeFilesOptions? options = null, int threads = 0,
        IProgress<MergeProgress>? progress = null, Action<PartTiming>? partDone = null)
    {
        options ??= new MergeFilesOptions();
        threads = threads <= 0 ? Environment.ProcessorCount : threads;
        var total = parts.Sum(p => p.Count);
        var done = 0;
        var perPart = Math.Max(1, threads / Math.Max(1, parts.Count));
        var outcomes = new PartRead[parts.Count];
        var order = Enumerable.Range(0, parts.Count).OrderByDescending(i => parts[i].Count).ThenBy(i => i).ToList();
        // One part alone is the whole result: its merged tree (with every unit's figures) is kept for the workbook.
        SubtreeResult PartResult(SubtreeResult r) => parts.Count == 1 ? r : r with { Node = null };
        PartRead ReadPart(int i, int? year)
        {
            var registry = new MemberRegistry();
            var (sources, summaries, findings) = ReadAll(parts[i], options.RulesetId, options.Overrides, registry, null, perPart);
            var partYear = year ?? MajorityYear(sources);
            // Only the part's result stays (its figures, nodes with provenance, member fingerprints): the reports and
            // member keys read for it are dropped here, so memory grows with the parts' results, not with their files.
            var years = sources.GroupBy(s => s.Report.Year).ToDictionary(g => g.Key, g => g.Count());
            return new PartRead(summaries, findings, partYear, years, sources.Count, PartResult(MergePartFiles(sources, partYear, options, registry)));
        }
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(order, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var threadCpu = ThreadCpu();
                outcomes[i] = ReadPart(i, options.Year);
                progress?.Report(new MergeProgress(Interlocked.Add(ref done, parts[i].Count), total));
                partDone?.Invoke(new PartTiming(i, parts[i].Count, outcomes[i].Result.Unit.Code, outcomes[i].Result.Report?.Members?.Total ?? 0,
                    watch.Elapsed.TotalSeconds, ThreadCpu() - threadCpu));
            });
        var yearCounts = outcomes.SelectMany(o => o.Years).GroupBy(kv => kv.Key).Select(g => (Year: g.Key, Count: g.Sum(kv => kv.Value))).ToList();
        var topYear = options.Year ?? (yearCounts.Count > 0 ? yearCounts.OrderByDescending(y => y.Count).ThenByDescending(y => y.Year).First().Year : DateTime.UtcNow.Year);
        var ruleset = options.RulesetId is { } id ? Rulesets.ById(id, options.Overrides)! : Rulesets.ForYear(topYear, options.Overrides);
        var results = new List<SubtreeResult>(parts.Count);
        var allFindings = new List<Finding>();
        var allSummaries = new List<MergeSourceSummary>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            // A part whose files mostly carry another year than all parts together is read again for that year (rare).
            var o = outcomes[i].Year == topYear || outcomes[i].SourceCount == 0 ? outcomes[i] : ReadPart(i, topYear);
            allFindings.AddRange(o.Findings);
            allSummaries.AddRange(o.Summaries);
            if (o.SourceCount > 0) results.Add(o.Result);
        }
        if (results.Count == 0)
        {
            var empty = HierarchyMerge.MergeFiles([], topYear);
            return Finish(empty, allFindings, allSummaries, topYear, ruleset);
        }
        var top = results.Count == 1 ? null : MergePlan.TopFor(results.Select(r => r.Unit));
        var result = top is null
            ? new MergeResult(results[0].ToNode(results[0].Unit), results[0].Findings.Concat(MissingSummary(results[0].Missing)).ToList(), results[0].Missing)
            : MergePlan.CombineParts(top, topYear, results, new HierarchyMerge.Options { PercentPrecision = ruleset.Parameters.PercentPrecision, MaxCount = ruleset.Parameters.MaxCount });
        return Finish(result, allFindings, allSummaries, topYear, ruleset);
    }

    /// <summary>How long one part of <see cref="MergeFileParts"/> took: wall and thread CPU seconds.</summary>
    public sealed record PartTiming(int Part, int Files, string Unit, long Members, double Seconds, double CpuSeconds);

    private sealed record PartRead(List<MergeSourceSummary> Summaries, List<Finding> Findings, int Year, Dictionary<int, int> Years, int SourceCount, SubtreeResult Result);

    private static int MajorityYear(List<SourceReport> sources) =>
        sources.Count == 0 ? DateTime.UtcNow.Year : sources.GroupBy(s => s.Report.Year).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;

    /// <summary>One part's files consolidated (the tree from the files), as a result the top reuses; its missing-units summary is left to the top.</summary>
    private static SubtreeResult MergePartFiles(List<SourceReport> sources, int year, MergeFilesOptions options, MemberRegistry registry)
    {
        var ruleset = options.RulesetId is { } id ? Rulesets.ById(id, options.Overrides)! : Rulesets.ForYear(year, options.Overrides);
        var result = HierarchyMerge.MergeFiles(sources, year, new HierarchyMerge.Options { PercentPrecision = ruleset.Parameters.PercentPrecision, MaxCount = ruleset.Parameters.MaxCount });
        return SubtreeResult.From(result.Root, result.Findings.Where(f => f.Code != HierarchyMerge.UnitMissing).ToList(), result.Missing, registry);
    }

    private static IEnumerable<Finding> MissingSummary(IReadOnlyList<UnitInfo> missing) =>
        missing.Count == 0 ? [] : [HierarchyMerge.MissingFinding(missing)];

    /// <summary>CPU seconds of the calling thread (Linux /proc; 0 elsewhere), for the per-part cost.</summary>
    private static double ThreadCpu()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/thread-self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { return 0; }
    }

    /// <summary>Merges the latest submission of every unit under <paramref name="unitCode"/> and stores the result.</summary>
    /// <remarks>
    /// Each submission is read through its stored parsed form (<see cref="ParsedSubmissions"/>), made the first time;
    /// <paramref name="reparse"/> reads every file's bytes again instead (as before parse-once; kept to compare the two
    /// and to measure).
    /// </remarks>
    public async Task<(StoredResult Stored, MergeRun Run, byte[] Json)> MergeCampaignAsync(string campaignId, string unitCode, bool reparse = false, CancellationToken ct = default)
    {
        using var activity = Telemetry.Start("merge campaign", campaignId, unitCode);
        var started = Stopwatch.GetTimestamp();
        return await ObservedAsync("campaign", campaignId, unitCode, started, activity, async () =>
        {
            var context = await CampaignContextAsync(campaignId, ct);
            var top = context.Tree.Find(unitCode) ?? throw CampaignProblemException.UnitNotFound(campaignId, unitCode);
            CampaignRead read;
            using (Telemetry.Start("merge read", campaignId, unitCode))
                read = await ReadCampaignUnitsAsync(context, new[] { top }.Concat(context.Tree.Descendants(top.Code)), top.Code, reparse, ct);
            MergeRun run;
            using (Telemetry.Start("merge consolidate", campaignId, unitCode))
            {
                var result = HierarchyMerge.Merge(context.Tree, top.Code, context.Campaign.Year, u => read.ByUnit.GetValueOrDefault(u.Code), context.MergeOptions);
                run = Finish(result, read.Findings, read.Summaries, context.Campaign.Year, context.Ruleset) with { Decisions = new MergeDecisions(read.Decided, read.Proposals) };
            }
            return await StoreCampaignRunAsync(context, top, run, ct);
        });
    }

    /// <summary>Runs a merge under its span and logs it: units, members, sources, duration and outcome (or the failure's kind).</summary>
    private async Task<(StoredResult Stored, MergeRun Run, byte[] Json)> ObservedAsync(string kind, string campaign, string unit, long started, Activity? activity,
        Func<Task<(StoredResult Stored, MergeRun Run, byte[] Json)>> merge)
    {
        try
        {
            var done = await merge();
            Record(kind, campaign, unit, started, activity, done.Run);
            activity?.SetTag("officereview.result", done.Stored.Id);
            return done;
        }
        catch (Exception e) when (Failed(kind, campaign, unit, started, activity, e)) { throw; }
    }

    private MergeRun Observed(string kind, string campaign, string unit, long started, Activity? activity, Func<MergeRun> merge)
    {
        try
        {
            var run = merge();
            Record(kind, campaign, unit, started, activity, run);
            return run;
        }
        catch (Exception e) when (Failed(kind, campaign, unit, started, activity, e)) { throw; }
    }

    private void Record(string kind, string campaign, string unit, long started, Activity? activity, MergeRun run)
    {
        var units = run.Result.Root.Descendants().Count() + 1;
        var members = run.Result.Report?.Members?.Total ?? 0;
        var outcome = run.Result.Report is null ? "empty" : run.Errors > 0 ? "errors" : run.Warnings > 0 ? "warnings" : "clean";
        activity?.SetTag("officereview.merge.units", units);
        activity?.SetTag("officereview.merge.members", members);
        activity?.SetTag("officereview.merge.sources", run.Sources.Count);
        activity?.SetTag("officereview.merge.errors", run.Errors);
        activity?.SetTag("officereview.merge.warnings", run.Warnings);
        activity?.SetTag("officereview.merge.outcome", outcome);
        if (logger is not null)
            ServiceLog.Merge(logger, kind, campaign, unit, units, members, run.Sources.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds, outcome, run.Errors, run.Warnings);
    }

    /// <summary>Logs a failed merge (never throws; the exception goes on).</summary>
    private bool Failed(string kind, string campaign, string unit, long started, Activity? activity, Exception e)
    {
        var reason = e is CampaignProblemException p ? $"HTTP {p.Status}" : e is OperationCanceledException ? "cancelled" : e.GetType().Name;
        activity?.SetStatus(ActivityStatusCode.Error, reason);
        if (logger is not null) ServiceLog.MergeFailed(logger, kind, campaign, unit, Stopwatch.GetElapsedTime(started).TotalMilliseconds, reason);
        return false;
    }

    /// <summary>
    /// The plan of a campaign merge at <paramref name="unitCode"/>: every unit <paramref name="depth"/> levels below it
    /// is a part (depth 1 under a country: the provinces), largest first. What a Durable orchestration fans out.
    /// </summary>
    public async Task<MergePlan> PlanCampaignMergeAsync(string campaignId, string unitCode, int depth = 1, CancellationToken ct = default)
    {
        var context = await CampaignContextAsync(campaignId, ct);
        if (context.Tree.Find(unitCode) is null) throw CampaignProblemException.UnitNotFound(campaignId, unitCode);
        var plan = MergePlan.ByDepth(context.Tree, unitCode, depth);
        return plan with { Parts = plan.PartsBySize(context.Tree) };
    }

    /// <summary>
    /// One part of a campaign merge (a province and everything under it), merged on its own from the stored parsed
    /// forms: its result, its files' summaries and findings, which levels are decisions. What a Durable activity runs.
    /// </summary>
    public async Task<CampaignPartResult> MergeCampaignPartAsync(string campaignId, string partCode, CancellationToken ct = default)
    {
        using var activity = Telemetry.Start("merge part", campaignId, partCode);
        var context = await CampaignContextAsync(campaignId, ct);
        if (context.Tree.Find(partCode) is null) throw CampaignProblemException.UnitNotFound(campaignId, partCode);
        var read = await ReadCampaignUnitsAsync(context, context.Tree.Subtree(partCode), topCode: null, reparse: false, ct, threads: 1);
        var part = HierarchyMerge.MergeSubtree(context.Tree, partCode, context.Campaign.Year, u => read.ByUnit.GetValueOrDefault(u.Code), context.MergeOptions)
            with
        { Members = read.Registry.Prints() };
        return new CampaignPartResult(part, read.Summaries, read.Findings, read.Decided, read.Proposals);
    }

    /// <summary>
    /// The top of a planned campaign merge: the units above the parts read here, each part taken from its result,
    /// members checked across parts, the result stored as <see cref="MergeCampaignAsync"/> stores it.
    /// </summary>
    public async Task<(StoredResult Stored, MergeRun Run, byte[] Json)> MergeCampaignTopAsync(string campaignId, string unitCode, IReadOnlyList<CampaignPartResult> parts, CancellationToken ct = default)
    {
        using var activity = Telemetry.Start("merge top", campaignId, unitCode);
        activity?.SetTag("officereview.merge.parts", parts.Count);
        return await ObservedAsync("top", campaignId, unitCode, Stopwatch.GetTimestamp(), activity, () => MergeCampaignTopCoreAsync(campaignId, unitCode, parts, ct));
    }

    private async Task<(StoredResult Stored, MergeRun Run, byte[] Json)> MergeCampaignTopCoreAsync(string campaignId, string unitCode, IReadOnlyList<CampaignPartResult> parts, CancellationToken ct)
    {
        var context = await CampaignContextAsync(campaignId, ct);
        var top = context.Tree.Find(unitCode) ?? throw CampaignProblemException.UnitNotFound(campaignId, unitCode);
        var byPart = new Dictionary<string, CampaignPartResult>(StringComparer.Ordinal);
        foreach (var p in parts) byPart.TryAdd(p.Result.Unit.Code, p);
        // The units above the parts, in tree order (a part's subtree is not walked).
        var above = new List<UnitInfo>();
        void Walk(UnitInfo u)
        {
            above.Add(u);
            foreach (var c in context.Tree.ChildrenOf(u.Code))
                if (!byPart.ContainsKey(c.Code)) Walk(c);
        }
        Walk(top);
        var read = await ReadCampaignUnitsAsync(context, above, top.Code, reparse: false, ct);
        var plan = new MergePlan(top.Code, parts.Select(p => p.Result.Unit.Code).ToList());
        var result = plan.Combine(context.Tree, context.Campaign.Year, u => read.ByUnit.GetValueOrDefault(u.Code),
            byPart.ToDictionary(kv => kv.Key, kv => kv.Value.Result, StringComparer.Ordinal), context.MergeOptions, checkMembers: false);
        // Members: those read here, then each part's, in tree order.
        var inTreeOrder = context.Tree.Descendants(top.Code).Where(u => byPart.ContainsKey(u.Code)).Select(u => byPart[u.Code]).ToList();
        var across = MemberPrints.CrossCheck(new[] { read.Registry.Prints() }.Concat(inTreeOrder.Select(p => p.Result.Members)));
        var findings = inTreeOrder.SelectMany(p => p.ReadFindings).Concat(read.Findings).Concat(across).ToList();
        var summaries = inTreeOrder.SelectMany(p => p.Sources).Concat(read.Summaries).ToList();
        var decided = inTreeOrder.SelectMany(p => p.Decided).Concat(read.Decided).ToList();
        var proposals = inTreeOrder.SelectMany(p => p.Proposals).Concat(read.Proposals).ToList();
        var run = Finish(result, findings, summaries, context.Campaign.Year, context.Ruleset) with { Decisions = new MergeDecisions(decided, proposals) };
        return await StoreCampaignRunAsync(context, top, run, ct);
    }

    /// <summary>
    /// A campaign merge planned over parts, run here: the parts on up to <paramref name="threads"/> threads at a time
    /// (each part on one), then the top. The same result as <see cref="MergeCampaignAsync"/>; what the Functions
    /// orchestration does across instances.
    /// </summary>
    public async Task<(StoredResult Stored, MergeRun Run, byte[] Json)> MergeCampaignPlannedAsync(string campaignId, string unitCode, int depth = 1, int threads = 0, CancellationToken ct = default)
    {
        var plan = await PlanCampaignMergeAsync(campaignId, unitCode, depth, ct);
        var results = new CampaignPartResult[plan.Parts.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, plan.Parts.Count),
            new ParallelOptions { MaxDegreeOfParallelism = threads <= 0 ? Environment.ProcessorCount : threads, CancellationToken = ct },
            async (i, token) => results[i] = await Task.Run(() => MergeCampaignPartAsync(campaignId, plan.Parts[i], token), token));
        return await MergeCampaignTopAsync(campaignId, unitCode, results, ct);
    }

    private sealed record CampaignContext(Campaign Campaign, UnitTree Tree, Dictionary<string, Submission> Latest, RulesetOverrides Overrides,
        Ruleset Ruleset, Dictionary<string, Decision> Decisions)
    {
        public HierarchyMerge.Options MergeOptions => new() { PercentPrecision = Ruleset.Parameters.PercentPrecision, MaxCount = Ruleset.Parameters.MaxCount };
    }

    private sealed record CampaignRead(Dictionary<string, SourceReport> ByUnit, List<MergeSourceSummary> Summaries, List<Finding> Findings,
        MemberRegistry Registry, List<string> Decided, List<string> Proposals);

    private async Task<CampaignContext> CampaignContextAsync(string campaignId, CancellationToken ct)
    {
        if (campaigns is null) throw new InvalidOperationException("MergeService was built without a CampaignService.");
        var campaign = await campaigns.GetAsync(campaignId, ct);
        var tree = await campaigns.TreeAsync(campaign, ct);
        var store = campaigns.Store;
        var latest = (await store.LatestSubmissionsAsync(campaignId, ct)).ToDictionary(s => s.UnitCode, StringComparer.Ordinal);
        var overrides = campaign.Settings.ToOverrides();
        var ruleset = Rulesets.ById(campaign.RulesetId, overrides) ?? Rulesets.ForYear(campaign.Year, overrides);
        var decisions = (await store.ListDecisionsAsync(campaignId, ct)).ToDictionary(d => d.UnitCode, StringComparer.Ordinal);
        return new CampaignContext(campaign, tree, latest, overrides, ruleset, decisions);
    }

    /// <summary>
    /// Reads the latest submission of each of <paramref name="units"/> (in order), registers members, and puts the upper
    /// level's decisions in place of the units' own ratings (thẩm định → quyết định) — except for the merge's top
    /// (<paramref name="topCode"/>), whose own rating counts nowhere.
    /// </summary>
    private async Task<CampaignRead> ReadCampaignUnitsAsync(CampaignContext context, IEnumerable<UnitInfo> units, string? topCode, bool reparse, CancellationToken ct, int threads = 0)
    {
        var store = campaigns!.Store;
        var inputs = new List<MergeSource>();
        var ordered = units.ToList();
        foreach (var unit in ordered)
        {
            if (!context.Latest.TryGetValue(unit.Code, out var s)) continue;
            var sha = s.Sha256;
            inputs.Add(new MergeSource(ParsedSubmissions.Label(s), () => store.ReadBlobAsync(sha, ct).GetAwaiter().GetResult(), unit, s.ReceivedAt)
            {
                Load = reparse ? null : () => (ParsedSubmissions.LoadAsync(store, validation, s, context.Ruleset.Id, context.Overrides, ct).GetAwaiter().GetResult(), sha),
            });
        }
        var registry = new MemberRegistry();
        var (sources, summaries, findings) = await Task.Run(() => ReadAllKeyed(inputs, context.Ruleset.Id, context.Overrides, registry, null, threads), ct);
        var byUnit = new Dictionary<string, SourceReport>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++) byUnit[sources[i].Unit] = sources[i].Source;
        var decided = new List<string>();
        var proposals = new List<string>();
        foreach (var unit in ordered)
        {
            if (StringComparer.Ordinal.Equals(unit.Code, topCode)) continue;
            if (!byUnit.TryGetValue(unit.Code, out var src) || ReportAggregator.BlockFor(unit.Kind) is null) continue;
            if (context.Decisions.TryGetValue(unit.Code, out var d) && DecisionService.ParseLevel(d.Level) is { } level)
            {
                byUnit[unit.Code] = src with { Report = src.Report with { OwnRating = (src.Report.OwnRating ?? new OwnRating()) with { Level = level } } };
                decided.Add(unit.Code);
            }
            else proposals.Add(unit.Code);
        }
        return new CampaignRead(byUnit, summaries, findings, registry, decided, proposals);
    }

    private async Task<(StoredResult Stored, MergeRun Run, byte[] Json)> StoreCampaignRunAsync(CampaignContext context, UnitInfo top, MergeRun run, CancellationToken ct)
    {
        using var activity = Telemetry.Start("merge store", context.Campaign.Id, top.Code);
        // The campaign's own form, when it has one: the consolidated workbook comes in the layout the upper level uses.
        var store = campaigns!.Store;
        var formInfo = await store.GetFormAsync(context.Campaign.Id, ct);
        var form = formInfo is { } f ? await store.ReadBlobAsync(f.Sha256, ct) : null;
        var workbook = run.Result.Report is null ? null : WriteWorkbook(run, campaigns.Clock.GetUtcNow(), form, formInfo?.FileName);
        // What filling the form said (a formula kept, the form that could not be filled and why) is part of the merge's findings.
        if (workbook is { Findings.Count: > 0 }) run = run with { Findings = [.. run.Findings, .. workbook.Findings] };
        var result = run.Result;
        var json = MergeResultJson.Write(run);
        var summary = JsonSerializer.Serialize(new
        {
            unit = top.Code,
            units = result.Root.Descendants().Count() + 1,
            submitted = run.Sources.Count,
            missing = result.Missing.Count,
            errors = run.Errors,
            warnings = run.Warnings,
            decided = run.Decisions!.Decided.Count,
            proposals = run.Decisions.Proposals.Count,
            levels = run.Decisions.Summary,
            workbook = workbook is null ? null : new { layout = workbook.Layout, formProblem = workbook.FormProblem },
        });
        var stored = await campaigns!.Store.AddResultAsync(new NewResult
        {
            CampaignId = context.Campaign.Id,
            UnitCode = top.Code,
            CreatedAt = campaigns.Clock.GetUtcNow().ToOffset(CampaignService.VietnamOffset),
            SummaryJson = summary,
        }, json, workbook?.Bytes, ct);
        return (stored, run, json);
    }

    /// <summary>Finding: the campaign's own form could not be filled; the consolidated workbook is in the product's layout (the message says why).</summary>
    public const string FormNotFilled = FindingCatalogue.MergeFormNotFilled;

    /// <summary>
    /// The consolidated workbook: its bytes, its layout ("campaign-form": the campaign's own form filled through its
    /// names; "product": templates/bieu-tong-hop.xlsx), why the campaign's form could not be used (null when it was, or
    /// when there is none), and the findings of filling it.
    /// </summary>
    public sealed record ConsolidatedWorkbook(byte[] Bytes, string Layout, string? FormProblem, IReadOnlyList<Finding> Findings)
    {
        public const string CampaignForm = "campaign-form";
        public const string ProductForm = "product";
    }

    /// <summary>
    /// The consolidated workbook: the top's figures, one row per subordinate with data on "Theo đơn vị", and on "Nguồn"
    /// each subordinate's file, SHA-256 and time (a consolidated subordinate shows as "tổng hợp từ N đơn vị" with its own
    /// submission's hash when it sent one). With a campaign form, the workbook is that form filled through its names.
    /// When the form cannot be filled (it would have to overwrite its own content, or the Open XML SDK cannot write the
    /// package), the workbook is still delivered — in the product's layout (templates/bieu-tong-hop.xlsx), so the upper
    /// level has the right figures on time — and a warning says so, with the form's sheet, cell and the reason; it is
    /// never a silent switch (docs/campaigns.md, "Biểu mẫu riêng của đợt").
    /// </summary>
    public static ConsolidatedWorkbook WriteWorkbook(MergeRun run, DateTimeOffset now, byte[]? form = null, string? formName = null)
    {
        var bySource = run.Sources.GroupBy(s => s.File).ToDictionary(g => g.Key, g => g.First());
        var children = new List<OpenXml.Workbooks.ConsolidatedSource>();
        foreach (var child in run.Result.Root.Children.Where(c => c.Report is not null))
        {
            var own = child.OwnSource is null ? null : bySource.GetValueOrDefault(child.OwnSource);
            var file = child.State == MergeNodeState.Merged
                ? child.OwnSource is null ? child.SourceLabel : $"{child.SourceLabel}; đối chiếu {child.OwnSource}"
                : child.OwnSource ?? child.Unit.Code;
            children.Add(new OpenXml.Workbooks.ConsolidatedSource(child.Report!, child.Unit.Code, file, own?.Sha256 ?? "", own?.At ?? now));
        }
        var findings = new List<Finding>();
        string? problem = null;
        if (form is not null)
        {
            var label = $"biểu mẫu của đợt ({Domain.Text.SafeText.FileName(formName ?? "", "bieu-mau.xlsx")})";
            var filled = OpenXml.Workbooks.Forms.CampaignFormWriter.WriteConsolidated(form, run.Result.Report!, children, run.RulesetId, label);
            if (filled.Workbook is { } bytes) return new ConsolidatedWorkbook(bytes, ConsolidatedWorkbook.CampaignForm, null, filled.Findings);
            var why = filled.Findings.FirstOrDefault(f => f.Severity == Severity.Error) ?? (filled.Findings.Count > 0 ? filled.Findings[0] : null);
            problem = why?.Message ?? $"Không điền được {label}.";
            findings.AddRange(filled.Findings.Where(f => f.Severity != Severity.Error));
            findings.Add(Finding.Warning(FormNotFilled, why?.Path ?? "",
                $"Tệp tổng hợp KHÔNG theo biểu mẫu riêng của đợt mà theo biểu mẫu chung của phần mềm (bieu-tong-hop.xlsx); số liệu vẫn đầy đủ và đúng. Lý do: {problem}")
                with
            { File = ResultFile, Sheet = why?.Sheet, Cell = why?.Cell });
        }
        using var ms = new MemoryStream();
        OpenXml.Workbooks.ConsolidatedWorkbookWriter.Write(run.Result.Report!, children, ms, Rulesets.ById(run.RulesetId)!.Parameters with { PercentPrecision = run.PercentPrecision });
        return new ConsolidatedWorkbook(ms.ToArray(), ConsolidatedWorkbook.ProductForm, problem, findings);
    }

    private static MergeRun Finish(MergeResult result, List<Finding> findings, List<MergeSourceSummary> summaries, int year, Ruleset ruleset)
    {
        findings.AddRange(result.Findings);
        if (result.Report is { } merged)
            findings.AddRange(ruleset.Validate(merged).Select(f => f with { File = ResultFile }));
        return new MergeRun(result, findings, summaries, year, ruleset.Id, ruleset.Parameters.PercentPrecision);
    }

    private sealed record ReadSource(string Unit, SourceReport Source);

    private sealed record ReadOne(ValidationOutcome Outcome, string? Sha256, string[]? Keys);

    private static ValidationOutcome Unreadable(string label) =>
        new(label, false, null, null, [Finding.Error(SourceUnreadable, "", $"Không đọc được tệp {label} (không có, không có quyền đọc, hoặc lớn hơn giới hạn Limits:MaxInputBytes).") with { File = label }]);

    /// <summary>Reads and validates in parallel batches; registers members and compacts in input order.</summary>
    private (List<SourceReport> Sources, List<MergeSourceSummary> Summaries, List<Finding> Findings) ReadAll(
        IReadOnlyList<MergeSource> files, string? rulesetId, RulesetOverrides? overrides, MemberRegistry registry, IProgress<MergeProgress>? progress, int threads = 0)
    {
        var (read, summaries, findings) = ReadAllKeyed(files, rulesetId, overrides, registry, progress, threads);
        return (read.Select(r => r.Source).ToList(), summaries, findings);
    }

    private (List<ReadSource> Sources, List<MergeSourceSummary> Summaries, List<Finding> Findings) ReadAllKeyed(
        IReadOnlyList<MergeSource> files, string? rulesetId, RulesetOverrides? overrides, MemberRegistry registry, IProgress<MergeProgress>? progress, int threads = 0)
    {
        threads = threads <= 0 ? Environment.ProcessorCount : threads;
        var sources = new List<ReadSource>(files.Count);
        var summaries = new List<MergeSourceSummary>(files.Count);
        var findings = new List<Finding>();

        // Read, validate and key one file (pure work: any thread).
        ReadOne One(MergeSource file)
        {
            if (file.Load is { } load)
            {
                var (loaded, sha) = load();
                var outcome = loaded ?? Unreadable(file.Label);
                return new ReadOne(outcome, loaded is null ? null : sha, outcome.Report?.MemberList is { Count: > 0 } loadedList ? MemberRegistry.KeysOf(loadedList) : null);
            }
            byte[]? bytes;
            try { bytes = file.Read(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { bytes = null; }
            var o = bytes is null ? Unreadable(file.Label) : validation.Validate(bytes, file.Label, rulesetId, overrides);
            return new ReadOne(o, bytes is null ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
                o.Report?.MemberList is { Count: > 0 } list ? MemberRegistry.KeysOf(list) : null);
        }

        // Register members and compact, in input order (one thread: the caller's).
        void Take(MergeSource file, ReadOne r)
        {
            var o = r.Outcome;
            findings.AddRange(o.Findings);
            summaries.Add(new MergeSourceSummary(file.Label, o.Report?.Unit.Code, o.Report?.Unit.Name, o.Report?.Year, o.Readable, o.Errors, o.Warnings, r.Sha256, file.At));
            if (o.Report is not { } report) return;
            var unit = file.SubmittedFor;
            // In a campaign a file counts for the unit it was submitted for (HierarchyMerge reports a mismatch);
            // members are registered only for files that will be used.
            var code = unit?.Code ?? report.Unit.Code.Trim();
            if (unit is null || StringComparer.Ordinal.Equals(report.Unit.Code.Trim(), unit.Code))
                findings.AddRange(registry.Register(code, unit?.Name ?? report.Unit.Name, file.Label, report.MemberList, r.Keys));
            sources.Add(new ReadSource(code, new SourceReport(file.Label, MemberSummary.Compact(report))));
        }

        if (threads == 1)
        {
            for (var i = 0; i < files.Count; i++)
            {
                Take(files[i], One(files[i]));
                if ((i + 1) % BatchSize == 0 || i + 1 == files.Count) progress?.Report(new MergeProgress(i + 1, files.Count));
            }
            return (sources, summaries, findings);
        }

        // Several threads: workers read files as fast as they can, at most `window` ahead of the caller, which takes
        // the results in order as they arrive. No batch barrier: a worker never waits for a slower one (it did, once per
        // 64 files, and a descheduled thread then held up every other on a busy machine).
        var window = Math.Max(BatchSize, threads * 16);
        var done = new ReadOne?[files.Count];
        var gate = new object();
        using var space = new SemaphoreSlim(window);
        IEnumerable<int> Indices()
        {
            for (var i = 0; i < files.Count; i++) { space.Wait(); yield return i; }
        }
        var workers = Task.Run(() => Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(Indices(), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                var r = One(files[i]);
                lock (gate) { done[i] = r; Monitor.PulseAll(gate); }
            }));
        for (var i = 0; i < files.Count; i++)
        {
            ReadOne r;
            lock (gate)
            {
                while (done[i] is null)
                {
                    if (workers.IsCompleted) workers.GetAwaiter().GetResult(); // a worker failed: rethrow it here
                    Monitor.Wait(gate, 100);
                }
                r = done[i]!;
                done[i] = null;
            }
            space.Release();
            Take(files[i], r);
            if ((i + 1) % BatchSize == 0 || i + 1 == files.Count) progress?.Report(new MergeProgress(i + 1, files.Count));
        }
        workers.GetAwaiter().GetResult();
        return (sources, summaries, findings);
    }
}
