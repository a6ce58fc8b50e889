using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// An organization's level against its members, its sub-units and its leadership:
/// HD 21 Mục II.B tiểu mục 1.3 — a chi bộ HTXS needs 100% of its members HTNV or above and ≥ 80% HTT or above (HTT: ≥ 50%),
/// a đảng bộ the same of its subordinate organizations; 124/366 set no member share, so a HTXS/HTT organization with
/// KHTNV members or sub-units is a warning for the competent level. A collective with a disciplined subordinate
/// organization or leadership member cannot be HTXS (366 Điều 11 khoản 1.1; 124: not HTT either). The cases that make a
/// collective KHTNV: 124 — more than 20% of subordinate organizations disciplined in the year, the collective itself
/// disciplined (also HD 21 1.3 HTNV); 366 — a member of the leadership collective disciplined for a duty-related
/// violation (Điều 11 khoản 4.1). HD 21 tiết 3: a leadership collective is not rated above its organization.
/// </summary>
internal sealed class OrganizationLevelRule : IRule
{
    public const string MembersBelowLevel = FindingCatalogue.OrgLevelMembers;
    public const string SubunitsBelowLevel = FindingCatalogue.OrgLevelSubunits;
    public const string CollectiveNotCompleteCase = FindingCatalogue.CollectiveNotCompleteCase;
    public const string LeadershipAboveOrganization = FindingCatalogue.LeadershipAboveOrganization;

    private sealed record Results(string What, long NotComplete, long GoodOrAbove, long Rated, bool Members);

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        var unit = report.Unit.Name;
        var exceptionOk = parameters.CompetentLevelExceptionAllowed;
        if (report.OwnRating is { Level: { } ownLevel } own)
        {
            var excused = own.CompetentLevelException && exceptionOk;
            if (ResultsOf(report) is { Rated: > 0 } r)
            {
                var code = r.Members ? MembersBelowLevel : SubunitsBelowLevel;
                var threshold = parameters.OrganizationThresholds.FirstOrDefault(t => t.Level == ownLevel);
                if (threshold is not null)
                {
                    var shareOk = r.GoodOrAbove * 100 >= threshold.MinGoodOrAbovePercent * r.Rated;
                    if (r.NotComplete > 0 || !shareOk)
                        yield return new Finding(code, threshold.Severity,
                            $"{unit} xếp loại {MemberRules.Name(ownLevel)} nhưng {r.What}: {MemberRules.N(r.NotComplete)} \"Không hoàn thành nhiệm vụ\", " +
                            $"{MemberRules.N(r.GoodOrAbove)}/{MemberRules.N(r.Rated)} ({MemberRules.Pct(r.GoodOrAbove, r.Rated)}) hoàn thành tốt nhiệm vụ trở lên; " +
                            $"mức này cần 100% hoàn thành nhiệm vụ trở lên, trong đó từ {MemberRules.P(threshold.MinGoodOrAbovePercent)} hoàn thành tốt nhiệm vụ trở lên ({parameters.GuidanceShort}, Mục II.B tiểu mục 1.3).",
                            "ownRating.level");
                }
                else if (parameters.OrganizationThresholds.Count == 0 && ownLevel is RatingLevel.Excellent or RatingLevel.Good && r.NotComplete > 0)
                    yield return Finding.Warning(code, "ownRating.level",
                        $"{unit} xếp loại {MemberRules.Name(ownLevel)} nhưng {r.What} có {MemberRules.N(r.NotComplete)} \"Không hoàn thành nhiệm vụ\": " +
                        $"{parameters.Label} không quy định tỷ lệ, nhưng kết quả của tổ chức đảng dựa trên kết quả của tổ chức trực thuộc và toàn bộ đảng viên — cấp có thẩm quyền xem xét.");
            }

            var blockers = new List<string>();
            if (own.HasDisciplinedSubordinate) blockers.Add("có tổ chức trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật trong năm");
            var subunits = (report.OrganizationList ?? []).Where(o => !o.LeadershipCollective).ToList();
            var disciplinedSubunits = subunits.Where(o => o.Disciplined).ToList();
            if (disciplinedSubunits.Count > 0) blockers.Add($"tổ chức trực thuộc bị kỷ luật: {string.Join(", ", disciplinedSubunits.Select(o => o.Name ?? o.Code))}");
            var leadership = (report.MemberList ?? []).Where(m => m.LedUnits.Contains(report.Unit.Code, StringComparer.Ordinal)).ToList();
            var disciplinedLeaders = leadership.Where(m => m.IsDisciplined).ToList();
            if (disciplinedLeaders.Count > 0) blockers.Add($"thành viên tập thể lãnh đạo bị kỷ luật: {string.Join(", ", disciplinedLeaders.Select(m => m.Name))}");
            var max = parameters.DisciplinedSubordinateMaxLevel;
            if (blockers.Count > 0 && ownLevel.Rank() > max.Rank() && !excused)
                yield return Finding.Error(MemberDisqualificationRule.CollectiveExcellentBlocked, "ownRating.level",
                    $"{unit} {string.Join("; ", blockers)} nên không được xếp loại cao hơn {MemberRules.Name(max)} (đang ghi {MemberRules.Name(ownLevel)}; {parameters.GuidanceShort}).");

            if (parameters.DisciplinedSubunitsNotCompletePercent is { } pct && subunits.Count > 0 && ownLevel != RatingLevel.NotComplete && !excused
                && disciplinedSubunits.Count * 100m > pct * subunits.Count)
                yield return Finding.Error(CollectiveNotCompleteCase, "ownRating.level",
                    $"{unit} có {MemberRules.N(disciplinedSubunits.Count)}/{MemberRules.N(subunits.Count)} tổ chức trực thuộc bị kỷ luật trong năm ({MemberRules.Pct(disciplinedSubunits.Count, subunits.Count)}), " +
                    $"trên {MemberRules.P(pct)} nên xếp loại \"Không hoàn thành nhiệm vụ\" (Quy định 124-QĐ/TW, Điều 12); đang ghi {MemberRules.Name(ownLevel)}.");

            if (parameters.LeaderAndCollectiveCases366 && ownLevel != RatingLevel.NotComplete && !excused)
            {
                var dutyDisciplined = leadership.Where(m => MemberDisqualificationRule.DisciplineCounts(m, parameters, out _) == true).ToList();
                if (dutyDisciplined.Count > 0)
                    yield return Finding.Error(CollectiveNotCompleteCase, "ownRating.level",
                        $"{unit}: thành viên tập thể lãnh đạo {string.Join(", ", dutyDisciplined.Select(m => m.Name))} bị kỷ luật do vi phạm liên quan đến chức trách, nhiệm vụ " +
                        $"nên tập thể xếp loại \"Không hoàn thành nhiệm vụ\" (Quy định 366-QĐ/TW, Điều 11 khoản 4), trừ khi cấp có thẩm quyền xem xét; đang ghi {MemberRules.Name(ownLevel)}.");
            }
        }

        if (report.OrganizationList is not { } list) yield break;
        var known = MemberRules.KnownUnits(report);
        for (var i = 0; i < list.Count; i++)
        {
            var o = list[i];
            if (o.FinalLevel is not { } level || o.NewlyEstablished) continue;
            var name = o.Name ?? o.Code;
            var path = MemberRules.LevelPath(o, i);
            var excused = o.CompetentLevelException && exceptionOk;
            if (o.HasDisciplinedSubordinate && level.Rank() > parameters.DisciplinedSubordinateMaxLevel.Rank() && !excused)
                yield return Finding.Error(MemberDisqualificationRule.CollectiveExcellentBlocked, path,
                    $"{name} có tổ chức trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật trong năm nên không được xếp loại cao hơn {MemberRules.Name(parameters.DisciplinedSubordinateMaxLevel)} (đang ghi {MemberRules.Name(level)}).");
            if (o.Disciplined && parameters.DisciplineBasis != DisciplineBasis.DutyRelated && level != RatingLevel.NotComplete && !excused)
                yield return Finding.Error(CollectiveNotCompleteCase, path,
                    $"{name} bị kỷ luật trong năm nên xếp loại \"Không hoàn thành nhiệm vụ\" ({parameters.GuidanceShort}); đang ghi {MemberRules.Name(level)}.");
            if (parameters.LeaderNotAboveCollective && o.LeadershipCollective && o.CollectiveOf is { } of
                && known.TryGetValue(of, out var organization) && organization.Level is { } orgLevel && level.Rank() > orgLevel.Rank())
                yield return Finding.Error(LeadershipAboveOrganization, path,
                    $"Tập thể lãnh đạo {name} xếp loại {MemberRules.Name(level)}, cao hơn mức của {organization.Name} ({MemberRules.Name(orgLevel)}); " +
                    $"mức xếp loại của tập thể lãnh đạo, quản lý không được cao hơn mức xếp loại của tổ chức, cơ quan, đơn vị ({parameters.GuidanceShort}).");
        }
    }

    /// <summary>
    /// The results the unit's own level rests on: a chi bộ's members (the member list, else the members summary), an
    /// đảng bộ's direct subordinate organizations (the organization list, else the blocks of its direct subordinates).
    /// </summary>
    private static Results? ResultsOf(UnitReport report)
    {
        if (MemberRules.IsCell(report.Unit.Kind))
        {
            if (report.MemberList is { Count: > 0 } list)
            {
                var rated = list.Where(m => MemberRules.IsSubject(m) && m.FinalLevel is not null).Select(m => m.FinalLevel!.Value).ToList();
                return new Results("trong chi bộ", rated.Count(l => l == RatingLevel.NotComplete), rated.Count(l => l.Rank() >= RatingLevel.Good.Rank()), rated.Count, true);
            }
            return report.Members is { } b ? FromBlocks("trong chi bộ", true, b) : null;
        }
        if (report.OrganizationList is { Count: > 0 } orgs)
        {
            var rated = orgs.Where(o => !o.LeadershipCollective && !o.NewlyEstablished && o.FinalLevel is not null).Select(o => o.FinalLevel!.Value).ToList();
            return new Results("trong các tổ chức đảng trực thuộc", rated.Count(l => l == RatingLevel.NotComplete), rated.Count(l => l.Rank() >= RatingLevel.Good.Rank()), rated.Count, false);
        }
        var blocks = report.Organizations;
        IEnumerable<CountBlock?> direct = report.Unit.Kind switch
        {
            UnitKind.BaseCommittee => [blocks?.PartialCommittees, blocks?.SubordinateCells],
            UnitKind.PartialCommittee => [blocks?.SubordinateCells],
            UnitKind.UpperCommittee => [blocks?.BaseOrganizations],
            UnitKind.ProvincialCommittee => [blocks?.UpperCommittees],
            _ => [],
        };
        var present = direct.OfType<CountBlock>().ToArray();
        return present.Length == 0 ? null : FromBlocks("trong các tổ chức đảng trực thuộc", false, present);
    }

    private static Results FromBlocks(string what, bool members, params CountBlock[] blocks)
    {
        long notComplete = 0, goodUp = 0, rated = 0;
        foreach (var b in blocks)
        {
            notComplete = CountBlockMath.Add(notComplete, b.NotComplete ?? 0);
            goodUp = CountBlockMath.Add(goodUp, CountBlockMath.Add(b.Excellent ?? 0, b.Good ?? 0));
            rated = CountBlockMath.Add(rated, b.LevelSum ?? 0);
        }
        return new Results(what, notComplete, goodUp, rated, members);
    }
}
