using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// Leaders against the units they lead (members with <see cref="MemberEntry.Heads"/> / <see cref="MemberEntry.Leads"/>):
/// 366 Điều 11 khoản 4 — a leader is KHTNV when more than 50% of the localities, organizations or units they lead are
/// KHTNV, or when more than 50% of the confidence votes of the year are low (unless the competent level decides otherwise);
/// HD 21 — the head is not rated above the collective they head (the verified clause is about leadership collectives;
/// its reach to heads is UNCERTAIN, so a warning, and a campaign may switch it off).
/// </summary>
internal sealed class LeaderRule : IRule
{
    public const string LedUnitsNotComplete = FindingCatalogue.LeaderUnitsNotComplete;
    public const string LowConfidence = FindingCatalogue.LeaderLowConfidence;
    public const string HeadAboveCollective = FindingCatalogue.HeadAboveCollective;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        if (report.MemberList is not { } list) yield break;
        var known = MemberRules.KnownUnits(report);
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            if (m.FinalLevel is not { } level || !MemberRules.IsSubject(m)) continue;
            var path = MemberRules.LevelPath(m, i);
            var excused = m.CompetentLevelException && parameters.CompetentLevelExceptionAllowed;
            if (parameters.LeaderAndCollectiveCases366 && level != RatingLevel.NotComplete && !excused)
            {
                var led = m.LedUnits.ToList();
                var failed = led.Where(c => known.TryGetValue(c, out var u) && u.Level == RatingLevel.NotComplete).ToList();
                if (led.Count > 0 && failed.Count * 100m > parameters.LedUnitsNotCompleteMaxPercent * led.Count)
                    yield return Finding.Error(LedUnitsNotComplete, path,
                        $"Đảng viên {m.Name}: {MemberRules.N(failed.Count)}/{MemberRules.N(led.Count)} đơn vị do đồng chí lãnh đạo, phụ trách xếp loại \"Không hoàn thành nhiệm vụ\" " +
                        $"({string.Join(", ", failed.Select(c => known[c].Name))}), trên {MemberRules.P(parameters.LedUnitsNotCompleteMaxPercent)}, nên xếp loại \"Không hoàn thành nhiệm vụ\" " +
                        $"(Quy định 366-QĐ/TW, Điều 11 khoản 4); đang ghi {MemberRules.Name(level)}.");
                if (m.LowConfidencePercent is { } low && low > parameters.LowConfidenceMaxPercent && low <= 100)
                    yield return Finding.Error(LowConfidence, path,
                        $"Đảng viên {m.Name} có {MemberRules.P(low)} phiếu tín nhiệm thấp, trên {MemberRules.P(parameters.LowConfidenceMaxPercent)}, nên xếp loại \"Không hoàn thành nhiệm vụ\" " +
                        $"(Quy định 366-QĐ/TW, Điều 11 khoản 4); đang ghi {MemberRules.Name(level)}.");
            }
            if (parameters.LeaderNotAboveCollective)
                foreach (var code in m.Heads ?? [])
                    if (known.TryGetValue(code, out var unit) && unit.Level is { } unitLevel && level.Rank() > unitLevel.Rank())
                        yield return Finding.Warning(HeadAboveCollective, path,
                            $"Đảng viên {m.Name} là người đứng đầu {unit.Name} nhưng xếp loại {MemberRules.Name(level)}, cao hơn mức của tập thể ({MemberRules.Name(unitLevel)}); " +
                            $"người đứng đầu không được xếp loại cao hơn tập thể ({parameters.GuidanceShort}).");
        }
    }
}
