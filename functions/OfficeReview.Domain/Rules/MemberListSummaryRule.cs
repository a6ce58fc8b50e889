using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>The member list and the members summary agree: total, each exempt group, not rated, each level (members hosted for temporary activity left out).</summary>
internal sealed class MemberListSummaryRule : IRule
{
    public const string Mismatch = FindingCatalogue.MemberListMismatch;
    public const string ExemptRated = FindingCatalogue.MemberExemptRated;
    public const string Duplicate = FindingCatalogue.MemberDuplicate;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        if (report.MemberList is not { } list) yield break;

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            if (m.ExemptReason is { } reason && (m.DecidedLevel ?? m.ProposedLevel) is { } level)
                yield return Finding.Warning(ExemptRated, $"memberList[{i}].decidedLevel",
                    $"Đảng viên {m.Name} thuộc diện \"{reason.VietnameseName()}\" (không đánh giá) nhưng có mức xếp loại \"{level.VietnameseName()}\".");
            var key = $"{Text.VietnameseText.FoldKey(m.Name)}|{m.BirthYear}|{Text.VietnameseText.FoldKey(m.Cell)}";
            if (seen.TryGetValue(key, out var first))
                yield return Finding.Error(Duplicate, $"memberList[{i}].name",
                    $"Đảng viên {m.Name}{(m.BirthYear is { } y ? $" (sinh năm {y})" : "")} có hai dòng trong danh sách (dòng {first + 1} và dòng {i + 1}).");
            else seen[key] = i;
        }

        if (report.Members is not { } summary) yield break;
        const string label = "Danh sách đảng viên";
        // Members of another chi bộ temporarily active here are rated (and counted) at their official chi bộ (HD 43 mục 7.6).
        list = list.Where(m => m.TemporaryActivity != TemporaryActivity.Hosted).ToList();
        if (summary.Total is { } total && total != list.Count)
            yield return Error("members.total", $"{label} có {N(list.Count)} người, bảng tổng hợp ghi tổng số {N(total)}.");

        foreach (var reason in ExemptReasons.All)
        {
            var listed = list.Count(m => m.ExemptReason == reason);
            if (summary.Exempt?.Get(reason) is { } stated && stated != listed)
                yield return Error($"members.exempt.{reason.JsonKey()}",
                    $"{label} có {N(listed)} người \"{reason.VietnameseName()}\", bảng tổng hợp ghi {N(stated)}.");
        }

        var subject = list.Where(m => m.ExemptReason is null).ToList();
        var notRated = subject.Count(m => m.FinalLevel is null);
        if (summary.NotRated is { } statedNotRated && statedNotRated != notRated)
            yield return Error("members.notRated", $"{label} có {N(notRated)} người chưa có mức xếp loại, bảng tổng hợp ghi {N(statedNotRated)}.");
        foreach (var level in RatingLevels.All)
        {
            var listed = subject.Count(m => m.FinalLevel == level);
            if (summary.Get(level) is { } stated && stated != listed)
                yield return Error($"members.{level.JsonKey()}",
                    $"{label} có {N(listed)} người \"{level.VietnameseName()}\", bảng tổng hợp ghi {N(stated)}.");
        }
    }

    private static Finding Error(string path, string message) => Finding.Error(Mismatch, path, message);
    private static string N(long v) => VietnameseFormat.Count(v);
}
