using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReportChecking;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Synthetic;

namespace OfficeReview.Domain.Tests.ReportChecking;

/// <summary>
/// The §7.2 figure sentences written out for many synthetic units (the generator's valid reports): the checker must
/// read them and find nothing; with one level count changed it must find the sum that no longer adds up.
/// </summary>
public class SyntheticReportTextTests
{
    private static string C(long? v) => VietnameseFormat.PaddedCount(v ?? 0);
    private static string P(long? part, long? whole) => VietnameseFormat.Percent(VietnameseFormat.Ratio(part ?? 0, whole ?? 0, 1) ?? 0, 1);

    private static string Levels(CountBlock b, string noun, string ratedPhrase, string goodPhrase, bool goodOrBetter)
    {
        var r = b.EffectiveRated;
        var e = b.Excellent ?? 0;
        var g = b.Good ?? 0;
        var second = goodOrBetter ? (e + g > 0 ? $" và {P(e, e + g)} so với {goodPhrase}" : "") : (g > 0 ? $" (bằng {P(e, g)} so với {goodPhrase})" : "");
        return $"Hoàn thành xuất sắc nhiệm vụ {C(e)} {noun}, chiếm {P(e, r)} so với {ratedPhrase}{second}; " +
               $"Hoàn thành tốt nhiệm vụ {C(g)} {noun}, chiếm {P(g, r)}; Hoàn thành nhiệm vụ {C(b.Complete)} {noun}, chiếm {P(b.Complete, r)}; " +
               $"Không hoàn thành nhiệm vụ {C(b.NotComplete)} {noun}, chiếm {P(b.NotComplete, r)}.";
    }

    internal static List<string> Render(UnitReport report)
    {
        var text = new List<string> { $"BÁO CÁO Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm {report.Year}", report.Unit.Name };
        if (report.Organizations is { } orgs)
        {
            foreach (var (kind, b) in orgs.Present())
            {
                if (b.Total is null || b.EffectiveRated is not > 0) continue;
                if (kind == OrganizationBlockKind.BaseOrganizations)
                {
                    text.Add($"Tổng số tổ chức cơ sở đảng: {C(b.Total)}; số được đánh giá, xếp loại: {C(b.EffectiveRated)}/{C(b.Total)}" +
                             (b.NotRated is > 0 ? $" (chưa đánh giá {C(b.NotRated)}, do mới thành lập)." : "."));
                    text.Add("Trong đó: " + Levels(b, "tổ chức", "tổng số tổ chức được đánh giá, xếp loại", "số tổ chức được xếp loại hoàn thành tốt nhiệm vụ", false));
                }
                else
                {
                    text.Add($"{kind.VietnameseName()}: tổng số {C(b.Total)}; được đánh giá {C(b.EffectiveRated)}; kết quả: " +
                             Levels(b, "tổ chức", "tổng số được đánh giá, xếp loại", "số hoàn thành tốt nhiệm vụ", false));
                }
            }
        }
        if (report.LeadershipCollectives is { EffectiveRated: > 0 } lc)
            text.Add($"Tập thể lãnh đạo, quản lý: tổng số {C(lc.Total ?? lc.EffectiveRated)}; được đánh giá, xếp loại {C(lc.EffectiveRated)}. Kết quả: " +
                     Levels(lc, "tập thể", "tổng số được đánh giá, xếp loại", "số hoàn thành tốt nhiệm vụ", false));
        if (report.Leaders is { EffectiveRated: > 0 } leaders)
            text.Add($"Cán bộ lãnh đạo, quản lý: tổng số {C(leaders.Total ?? leaders.EffectiveRated)}; được đánh giá, xếp loại {C(leaders.EffectiveRated)}. Kết quả: " +
                     Levels(leaders, "đồng chí", "tổng số được đánh giá, xếp loại", "số hoàn thành tốt nhiệm vụ", false));
        if (report.Members is { Total: not null, EffectiveRated: > 0 } m)
        {
            var ex = m.Exempt ?? new ExemptCounts();
            text.Add($"Tổng số đảng viên của đảng bộ: {C(m.Total)}; đảng viên thuộc diện không đánh giá: {C(ex.Sum)} (miễn công tác và sinh hoạt đảng {C(ex.Excused)}, " +
                     $"đình chỉ sinh hoạt đảng {C(ex.Suspended)}, mới kết nạp chưa đủ 6 tháng {C(ex.NewlyAdmitted)}); số đảng viên tham gia đánh giá, xếp loại: {C(m.EffectiveRated)}" +
                     (m.NotRated is > 0 ? $"; chưa đánh giá {C(m.NotRated)}." : "."));
            text.Add("Kết quả: " + Levels(m, "đồng chí", "tổng số đảng viên tham gia đánh giá", "tổng số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên", true));
        }
        return text;
    }

    private static IEnumerable<UnitReport> CleanUnits()
    {
        var province = SyntheticProvince.Generate(new SyntheticOptions { Units = 150, Members = 6_000, Seed = 11 });
        return province.Units.Where(u => !Rulesets.ForYear(u.Year).Validate(u).Any(f => f.Severity == Severity.Error));
    }

    [Fact]
    public void SentencesWrittenFromValidReportsCheckClean()
    {
        var checkedUnits = 0;
        foreach (var unit in CleanUnits())
        {
            var text = Render(unit);
            var result = ReportChecker.Check(text);
            var problems = result.Findings.Where(f => f.Severity != Severity.Info).ToList();
            Assert.True(problems.Count == 0, $"{unit.Unit.Name}:\n{string.Join("\n", text)}\n---\n{string.Join("\n", problems.Select(p => p.Message))}");
            Assert.Contains(result.Statements, s => s.Kind == StatementKind.LevelCount);
            checkedUnits++;
        }
        Assert.True(checkedUnits >= 20, $"only {checkedUnits} clean units");
    }

    [Fact]
    public void AChangedLevelCountIsFoundInEveryUnit()
    {
        var units = 0;
        foreach (var unit in CleanUnits().Where(u => u.Members is { EffectiveRated: > 0 }))
        {
            var text = Render(unit);
            var at = text.FindLastIndex(t => t.StartsWith("Kết quả: Hoàn thành xuất sắc", StringComparison.Ordinal));
            var members = unit.Members!;
            var from = $"Hoàn thành nhiệm vụ {C(members.Complete)} đồng chí";
            text[at] = text[at].Replace(from, $"Hoàn thành nhiệm vụ {C((members.Complete ?? 0) + 1)} đồng chí");
            var result = ReportChecker.Check(text);
            Assert.Contains(result.Findings, f => f.Code == ReportChecker.SumMismatch && f.Path == $"paragraphs[{at}]");
            units++;
        }
        Assert.True(units >= 10, $"only {units} units with members");
    }
}
