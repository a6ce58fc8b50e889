using System.Text.Json.Serialization;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>One decision as sent: PUT …/units/{unit}/decision {level, reason}; PUT …/decisions [{unit, level, reason}].</summary>
public sealed record DecisionRequest(string? Unit, string? Level, string? Reason);

/// <summary>A unit's level: proposed (its current submission's own rating), decided (the level above), and which counts.</summary>
public sealed record DecisionView(
    string Unit, string UnitName, string? Parent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Proposed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Decided,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Effective, bool IsProposal,
    string? Reason, string? DecidedBy, DateTimeOffset? DecidedAt);

/// <summary>
/// The HTXS cap over one comparable group (the organizations of one block under the same parent), with both
/// denominators: HTXS ÷ HTT and HTXS ÷ (HTT + HTXS); <see cref="Denominator"/> says which one the ruleset binds.
/// </summary>
public sealed record CapGroupView(
    string Parent, string ParentName, string Block, string BlockName, int Units, int Decided, int Proposals,
    long Excellent, long Good,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? PercentOfGood,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? PercentOfGoodAndExcellent, string Denominator, decimal CapPercent, bool OverCap, string? Message);

public sealed record DecisionAnswer(IReadOnlyList<DecisionView> Decisions, IReadOnlyList<CapGroupView> Groups, IReadOnlyList<FindingDto> Findings);

/// <summary>
/// Thẩm định → quyết định: the upper level decides each subordinate organization's level (REVIEW-DOMAIN §1.4, §5).
/// The HTXS cap is checked at decision time over each comparable group; a group over the cap is a finding in the
/// answer, not a refusal (the committee may still decide so, e.g. with the raised cap approved).
/// </summary>
public sealed class DecisionService(CampaignService campaigns)
{
    public const string CapCode = FindingCatalogue.DecisionQuotaExceeded;
    public const int MaxDecisionsPerRequest = 5000;
    public const int MaxReasonLength = 1000;

    private ICampaignStore Store => campaigns.Store;

    public async Task<DecisionAnswer> DecideAsync(string campaignId, IReadOnlyList<DecisionRequest>? requests, CallerAccess? access, CancellationToken ct = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, ct);
        if (campaign.ClosedAt is not null) throw QuotaProblems.Closed(campaignId, "ghi quyết định xếp loại");
        if (requests is null || requests.Count == 0) throw CampaignProblemException.BadRequest("Gửi ít nhất một quyết định: {\"unit\": MÃ, \"level\": \"excellent|good|complete|notComplete\", \"reason\": \"…\"}.");
        if (requests.Count > MaxDecisionsPerRequest)
            throw CampaignProblemException.BadRequest($"Có {requests.Count} quyết định trong một yêu cầu, vượt giới hạn {MaxDecisionsPerRequest}.");
        var tree = await campaigns.TreeAsync(campaign, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parsed = new List<(UnitInfo Unit, RatingLevel Level, string? Reason)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            var code = VietnameseText.Clean(r.Unit);
            var unit = tree.Find(code) ?? throw CampaignProblemException.UnitNotFound(campaignId, code);
            if (!seen.Add(unit.Code)) throw CampaignProblemException.BadRequest($"Đơn vị \"{unit.Code}\" có hai quyết định trong cùng một yêu cầu (dòng {i + 1}).");
            var level = ParseLevel(r.Level)
                ?? throw CampaignProblemException.BadRequest($"Mức xếp loại \"{r.Level}\" của đơn vị \"{unit.Code}\" không hợp lệ; dùng excellent, good, complete hoặc notComplete.");
            var reason = VietnameseText.Clean(r.Reason);
            if (reason.Length > MaxReasonLength)
                throw CampaignProblemException.BadRequest($"Lý do của đơn vị \"{unit.Code}\" dài {reason.Length} ký tự, vượt giới hạn {MaxReasonLength}.");
            if (access is not null && !await MayDecideAsync(access, campaignId, unit, ct))
                throw new CampaignProblemException(403, "Không có quyền",
                    $"Tài khoản \"{access.Caller.Name}\" không có quyền quyết định xếp loại của đơn vị \"{unit.Code}\" (cần reviewer hoặc admin của đơn vị cấp trên {(unit.Parent is null ? "(đơn vị gốc: chỉ admin)" : $"\"{unit.Parent}\"")}).");
            parsed.Add((unit, level, reason.Length == 0 ? null : reason));
        }

        var parents = parsed.Select(p => p.Unit.Parent).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var scope = parents.SelectMany(p => tree.ChildrenOf(p)).Concat(parsed.Select(p => p.Unit)).DistinctBy(u => u.Code).ToList();
        var proposals = await ProposalsAsync(campaign, scope.Select(u => u.Code), ct);
        foreach (var (unit, level, reason) in parsed)
            if (reason is null && proposals.GetValueOrDefault(unit.Code) != level)
                throw CampaignProblemException.BadRequest(
                    $"Quyết định mức \"{level.VietnameseName()}\" cho đơn vị \"{unit.Code}\" khác mức đơn vị tự xếp loại ({(proposals.GetValueOrDefault(unit.Code) is { } p ? p.VietnameseName() : "chưa có")}): cần ghi lý do (trường \"reason\").");

        var at = campaigns.Clock.GetUtcNow().ToOffset(CampaignService.VietnamOffset);
        var by = access?.Caller.Name ?? "-";
        await Store.SetDecisionsAsync(campaignId, parsed.Select(p => new Decision { UnitCode = p.Unit.Code, Level = p.Level.JsonKey(), Reason = p.Reason, DecidedBy = by, DecidedAt = at }).ToList(), ct);

        var decisions = (await Store.ListDecisionsAsync(campaignId, ct)).ToDictionary(d => d.UnitCode, StringComparer.Ordinal);
        var views = parsed.Select(p => View(p.Unit, proposals, decisions)).ToList();
        var (groups, findings) = Groups(campaign, tree, parents, proposals, decisions);
        return new DecisionAnswer(views, groups, findings);
    }

    /// <summary>The units below <paramref name="unitCode"/> with their proposed and decided levels, and the cap of every group there.</summary>
    public async Task<DecisionAnswer> ListAsync(string campaignId, string unitCode, CancellationToken ct = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, ct);
        var tree = await campaigns.TreeAsync(campaign, ct);
        var top = tree.Find(unitCode) ?? throw CampaignProblemException.UnitNotFound(campaignId, unitCode);
        var below = tree.Descendants(top.Code).ToList();
        var proposals = await ProposalsAsync(campaign, below.Select(u => u.Code), ct);
        var decisions = (await Store.ListDecisionsAsync(campaignId, ct)).ToDictionary(d => d.UnitCode, StringComparer.Ordinal);
        var parents = new[] { top }.Concat(below).Where(u => tree.ChildrenOf(u.Code).Any()).Select(u => u.Code).ToList();
        var (groups, findings) = Groups(campaign, tree, parents, proposals, decisions);
        return new DecisionAnswer(below.Select(u => View(u, proposals, decisions)).ToList(), groups, findings);
    }

    /// <summary>Reviewer (or admin) of the unit's parent; the root has no parent: admins only.</summary>
    public static async Task<bool> MayDecideAsync(CallerAccess access, string campaignId, UnitInfo unit, CancellationToken ct) =>
        unit.Parent is null ? access.IsAdmin(campaignId) : await access.CanAsync(campaignId, unit.Parent, Permission.Merge, ct);

    public static RatingLevel? ParseLevel(string? key) => RatingLevels.All.Cast<RatingLevel?>().FirstOrDefault(l => l!.Value.JsonKey() == key?.Trim());

    /// <summary>Each unit's own rating, from its current submission's parsed form (null: none, unreadable, or not rated).</summary>
    public async Task<Dictionary<string, RatingLevel?>> ProposalsAsync(Campaign campaign, IEnumerable<string> units, CancellationToken ct)
    {
        var wanted = units.ToHashSet(StringComparer.Ordinal);
        var latest = (await Store.LatestSubmissionsAsync(campaign.Id, ct)).Where(s => wanted.Contains(s.UnitCode)).ToList();
        var overrides = campaign.Settings.ToOverrides();
        // The same ruleset and label as the merge, so both read (and fill) the same stored form.
        var rulesetId = (Rulesets.ById(campaign.RulesetId, overrides) ?? Rulesets.ForYear(campaign.Year, overrides)).Id;
        var result = new Dictionary<string, RatingLevel?>(StringComparer.Ordinal);
        foreach (var s in latest)
            result[s.UnitCode] = (await ParsedSubmissions.LoadAsync(Store, campaigns.Validation, s, rulesetId, overrides, ct))?.Report?.OwnRating?.Level;
        return result;
    }

    private static DecisionView View(UnitInfo unit, IReadOnlyDictionary<string, RatingLevel?> proposals, IReadOnlyDictionary<string, Decision> decisions)
    {
        var proposed = proposals.GetValueOrDefault(unit.Code);
        var decision = decisions.GetValueOrDefault(unit.Code);
        return new DecisionView(unit.Code, unit.Name, unit.Parent, proposed?.JsonKey(), decision?.Level, decision?.Level ?? proposed?.JsonKey(),
            decision is null, decision?.Reason, decision?.DecidedBy, decision?.DecidedAt.ToOffset(CampaignService.VietnamOffset));
    }

    private static (List<CapGroupView>, List<FindingDto>) Groups(Campaign campaign, UnitTree tree, IEnumerable<string> parents,
        IReadOnlyDictionary<string, RatingLevel?> proposals, IReadOnlyDictionary<string, Decision> decisions)
    {
        var overrides = campaign.Settings.ToOverrides();
        var parameters = (Rulesets.ById(campaign.RulesetId, overrides) ?? Rulesets.ForYear(campaign.Year, overrides)).Parameters;
        var groups = new List<CapGroupView>();
        var findings = new List<FindingDto>();
        foreach (var parentCode in parents)
        {
            var parent = tree.Find(parentCode);
            if (parent is null) continue;
            foreach (var block in tree.ChildrenOf(parentCode).GroupBy(c => ReportAggregator.BlockFor(c.Kind)).Where(g => g.Key is not null))
            {
                long excellent = 0, good = 0;
                int decided = 0, proposalsCount = 0;
                foreach (var child in block)
                {
                    var level = decisions.TryGetValue(child.Code, out var d) ? ParseLevel(d.Level) : proposals.GetValueOrDefault(child.Code);
                    if (d is not null) decided++; else if (level is not null) proposalsCount++;
                    if (level == RatingLevel.Excellent) excellent++;
                    if (level == RatingLevel.Good) good++;
                }
                var label = $"{parent.Name} ({parent.Code}) – {block.Key!.Value.VietnameseName()}";
                var finding = ExcellentQuotaRule.Check(label, $"decisions.{parent.Code}.{block.Key.Value.JsonKey()}", excellent, good, false, parameters);
                if (finding is not null) findings.Add(FindingDto.From(finding with { Code = CapCode, Severity = Severity.Warning }));
                groups.Add(new CapGroupView(parent.Code, parent.Name, block.Key.Value.JsonKey(), block.Key.Value.VietnameseName(), block.Count(), decided, proposalsCount,
                    excellent, good, Round(VietnameseFormat.ExactRatio(excellent, good)), Round(VietnameseFormat.ExactRatio(excellent, good + excellent)),
                    parameters.QuotaDenominator == QuotaDenominator.Good ? "good" : "goodAndExcellent", parameters.QuotaCapPercent, finding is not null, finding?.Message));
            }
        }
        return (groups, findings);
    }

    private static decimal? Round(decimal? v) => v is { } x ? Math.Round(x, 2, MidpointRounding.AwayFromZero) : null;
}
