using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// The HTXS quota per comparable group (REVIEW-DOMAIN §1.4): HTXS ≤ 20% of those rated HTT (25% where the competent
/// level approved it, 366 only). Both ratios (÷ HTT and ÷ HTT + HTXS) are reported; which one is enforced is a setting.
/// Applied to each organization block, members, leadership collectives, leaders, and the member list counted over the
/// comparable group of <see cref="RulesetParameters.MemberQuotaGrouping"/> (default the whole tổ chức cơ sở đảng; HD 21
/// "trong từng tổ chức cơ sở đảng", 366 Điều 11 khoản 1.5) — a single chi bộ's share is then information.
/// </summary>
public sealed class ExcellentQuotaRule : IRule
{
    public const string Code = FindingCatalogue.QuotaExceeded;
    /// <summary>Information: one chi bộ's HTXS share is above the cap, while the cap is counted over the comparable group.</summary>
    public const string CellShare = FindingCatalogue.QuotaCellShare;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        // A chi bộ trực thuộc or đảng bộ bộ phận is a part of its tổ chức cơ sở đảng: unless the campaign counts the cap
        // per chi bộ, its own members' share is information (the group is the TCCS above). For a TCCS and above the
        // unit's figures are the group or a sum of whole groups — a sum over the cap means some group is over it.
        var partOfGroup = report.Unit.Kind is UnitKind.SubordinateCell or UnitKind.PartialCommittee && parameters.MemberQuotaGrouping != QuotaGrouping.Cell;
        foreach (var group in CountGroups.Enumerate(report, includeCategoryRows: false))
        {
            if (group.Block.Excellent is not { } excellent || group.Block.Good is not { } good) continue;
            var finding = Check(group.Label, $"{group.Path}.excellent", excellent, good, group.Block.QuotaExceptionApproved, parameters);
            if (finding is null) continue;
            yield return partOfGroup && group.Kind == CountGroupKind.Members ? AsInformation(finding, report.Unit.Name) : finding;
        }

        if (report.MemberList is not { Count: > 0 } list) yield break;
        var subject = list.Select((m, i) => (Member: m, Index: i)).Where(x => MemberRules.IsSubject(x.Member)).ToList();
        var grouping = parameters.MemberQuotaGrouping;

        IEnumerable<IGrouping<string, (MemberEntry Member, int Index)>> groups = grouping switch
        {
            QuotaGrouping.Cell => subject.Where(x => !string.IsNullOrWhiteSpace(x.Member.Cell)).GroupBy(x => $"chi bộ {x.Member.Cell}", StringComparer.Ordinal),
            QuotaGrouping.Form => subject.GroupBy(x => string.IsNullOrWhiteSpace(x.Member.Form) ? "đảng viên chưa ghi mẫu kiểm điểm" : $"nhóm mẫu {x.Member.Form!.Trim().ToUpperInvariant()}", StringComparer.Ordinal),
            // The whole list is the tổ chức cơ sở đảng; when the members summary states the same counts it is already checked there.
            _ => report.Members is { Excellent: not null, Good: not null }
                ? []
                : subject.GroupBy(_ => report.Unit.Name, StringComparer.Ordinal),
        };
        foreach (var group in groups)
        {
            var excellent = group.Count(x => x.Member.FinalLevel == RatingLevel.Excellent);
            if (excellent == 0) continue;
            var good = group.Count(x => x.Member.FinalLevel == RatingLevel.Good);
            var first = group.First(x => x.Member.FinalLevel == RatingLevel.Excellent);
            var finding = Check($"Danh sách đảng viên – {group.Key}", MemberRules.LevelPath(first.Member, first.Index), excellent, good, false, parameters);
            if (finding is not null) yield return partOfGroup ? AsInformation(finding, report.Unit.Name) : finding;
        }
        if (grouping == QuotaGrouping.Cell || (partOfGroup && report.Unit.Kind == UnitKind.SubordinateCell)) yield break;

        // A single chi bộ's share is information: the cap is counted over the comparable group, not per chi bộ.
        var groupText = grouping == QuotaGrouping.Form ? "từng nhóm đối tượng có vị trí, vai trò tương đồng (theo mẫu kiểm điểm)" : "toàn tổ chức cơ sở đảng";
        foreach (var cell in subject.Where(x => !string.IsNullOrWhiteSpace(x.Member.Cell)).GroupBy(x => x.Member.Cell!, StringComparer.Ordinal))
        {
            var excellent = cell.Count(x => x.Member.FinalLevel == RatingLevel.Excellent);
            if (excellent == 0 || cell.Count() == subject.Count) continue; // a list of one chi bộ: the group check said it
            var good = cell.Count(x => x.Member.FinalLevel == RatingLevel.Good);
            if (Check("", "", excellent, good, false, parameters) is null) continue;
            var first = cell.First(x => x.Member.FinalLevel == RatingLevel.Excellent);
            yield return Finding.Info(CellShare, MemberRules.LevelPath(first.Member, first.Index),
                $"Chi bộ {cell.Key}: {N(excellent)} Hoàn thành xuất sắc nhiệm vụ so với {N(good)} Hoàn thành tốt nhiệm vụ ({R(VietnameseFormat.ExactRatio(excellent, good))}) — " +
                $"chỉ là thông tin: giới hạn {VietnameseFormat.Percent(parameters.QuotaCapPercent, 0)} được tính trong {groupText}, không tính riêng từng chi bộ.");
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

    private static Finding AsInformation(Finding finding, string unit) => finding with
    {
        Code = CellShare,
        Severity = Severity.Info,
        Message = finding.Message.TrimEnd('.') + $" — chỉ là thông tin: {unit} là một phần của tổ chức cơ sở đảng, giới hạn được tính trong toàn tổ chức cơ sở đảng.",
    };

    private static string R(decimal? ratio) => ratio is { } r ? VietnameseFormat.Percent(r, 1) : "không xác định";
    private static string N(long v) => VietnameseFormat.Count(v);
}
