using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// The HTXS quota per comparable group (REVIEW-DOMAIN §1.4): HTXS ≤ 20% of those rated HTT (25% where the competent
/// level approved it, 366 only). Both ratios (÷ HTT and ÷ HTT + HTXS) are reported; which one is enforced is a setting.
/// Applied to each organization block, members, leadership collectives, leaders, and each chi bộ of the member list.
/// </summary>
public sealed class ExcellentQuotaRule : IRule
{
    public const string Code = "QUOTA_EXCEEDED";

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        foreach (var group in CountGroups.Enumerate(report, includeCategoryRows: false))
        {
            if (group.Block.Excellent is not { } excellent || group.Block.Good is not { } good) continue;
            var finding = Check(group.Label, $"{group.Path}.excellent", excellent, good, group.Block.QuotaExceptionApproved, parameters);
            if (finding is not null) yield return finding;
        }

        if (report.MemberList is not { Count: > 0 } list) yield break;
        var byCell = list
            .Select((m, i) => (Member: m, Index: i))
            .Where(x => x.Member.ExemptReason is null && !string.IsNullOrWhiteSpace(x.Member.Cell))
            .GroupBy(x => x.Member.Cell!, StringComparer.Ordinal);
        foreach (var cell in byCell)
        {
            var excellent = cell.Count(x => x.Member.FinalLevel == RatingLevel.Excellent);
            var good = cell.Count(x => x.Member.FinalLevel == RatingLevel.Good);
            var first = cell.FirstOrDefault(x => x.Member.FinalLevel == RatingLevel.Excellent);
            if (excellent == 0) continue;
            var finding = Check($"Danh sách đảng viên – {cell.Key}", $"memberList[{first.Index}].decidedLevel", excellent, good, false, parameters);
            if (finding is not null) yield return finding;
        }
    }

    public static Finding? Check(string label, string path, long excellent, long good, bool exceptionApproved, RulesetParameters p)
    {
        if (excellent <= 0) return null;
        var cap = exceptionApproved && p.QuotaExceptionCapPercent is { } raised ? raised : p.QuotaCapPercent;
        var denominator = p.QuotaDenominator == QuotaDenominator.Good ? good : good + excellent;
        var strict = VietnameseFormat.ExactRatio(excellent, good);
        var inclusive = VietnameseFormat.ExactRatio(excellent, good + excellent);
        var enforced = p.QuotaDenominator == QuotaDenominator.Good ? strict : inclusive;
        if (enforced is { } ratio && ratio <= cap) return null;

        var both = $"HTXS ÷ HTT = {N(excellent)} ÷ {N(good)} = {R(strict)}; HTXS ÷ (HTT + HTXS) = {N(excellent)} ÷ {N(good + excellent)} = {R(inclusive)}";
        var measured = p.QuotaDenominator == QuotaDenominator.Good ? "số hoàn thành tốt nhiệm vụ" : "số hoàn thành tốt nhiệm vụ trở lên";
        var capText = VietnameseFormat.Percent(cap, 0);
        var message = denominator == 0
            ? $"{label}: có {N(excellent)} Hoàn thành xuất sắc nhiệm vụ nhưng không có Hoàn thành tốt nhiệm vụ, vượt giới hạn {capText} so với {measured} ({both})."
            : $"{label}: số Hoàn thành xuất sắc nhiệm vụ vượt giới hạn {capText} so với {measured} ({both}).";
        return Finding.Error(Code, path, message);
    }

    private static string R(decimal? ratio) => ratio is { } r ? VietnameseFormat.Percent(r, 1) : "không xác định";
    private static string N(long v) => VietnameseFormat.Count(v);
}
