using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// 366-QĐ/TW points scale: group scores within 0–30 and 0–70; the level matches the band of the total
/// (≥ 90 / 70–&lt; 90 / 50–&lt; 70 / &lt; 50). A level above the band is an error; below it is a warning (the HTXS
/// quota may push a member scoring ≥ 90 down). Members forced to KHTNV by a disqualifier are left to
/// <see cref="MemberDisqualificationRule"/>.
/// </summary>
internal sealed class ScoreBandRule : IRule
{
    public const string OutOfRange = FindingCatalogue.ScoreOutOfRange;
    public const string AboveBand = FindingCatalogue.ScoreBandAbove;
    public const string BelowBand = FindingCatalogue.ScoreBandBelow;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        if (!parameters.HasScoreBands) yield break;

        if (report.OwnRating is { Score: { } ownScore, Level: { } ownLevel })
        {
            if (ownScore is < 0 or > 100)
                yield return Finding.Error(OutOfRange, "ownRating.score", $"Điểm tự đánh giá của {report.Unit.Name} ({D(ownScore)}) ngoài khoảng 0–100.");
            else if (Compare(report.Unit.Name, "ownRating.level", ownScore, ownLevel, parameters) is { } f)
                yield return f;
        }

        if (report.MemberList is not { } list) yield break;
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            var path = $"memberList[{i}]";
            var bad = false;
            if (m.GeneralScore is { } g && (g < 0 || g > parameters.GeneralScoreMax))
            {
                bad = true;
                yield return Finding.Error(OutOfRange, $"{path}.generalScore",
                    $"Đảng viên {m.Name}: điểm nhóm tiêu chí chung {D(g)} ngoài khoảng 0–{D(parameters.GeneralScoreMax)}.");
            }
            if (m.TaskScore is { } t && (t < 0 || t > parameters.TaskScoreMax))
            {
                bad = true;
                yield return Finding.Error(OutOfRange, $"{path}.taskScore",
                    $"Đảng viên {m.Name}: điểm nhóm tiêu chí kết quả thực hiện nhiệm vụ {D(t)} ngoài khoảng 0–{D(parameters.TaskScoreMax)}.");
            }
            if (bad || m.Disqualified || m.ExemptReason is not null) continue;
            if (m.TotalScore is not { } total || m.FinalLevel is not { } level) continue;
            var field = m.DecidedLevel is not null ? "decidedLevel" : m.ProposedLevel is not null ? "proposedLevel" : "selfLevel";
            if (Compare($"Đảng viên {m.Name}", $"{path}.{field}", total, level, parameters) is { } finding)
                yield return finding;
        }
    }

    public static RatingLevel BandOf(decimal score, RulesetParameters p) =>
        p.ScoreBands.FirstOrDefault(b => score >= b.MinScore)?.Level ?? RatingLevel.NotComplete;

    private static Finding? Compare(string who, string path, decimal score, RatingLevel level, RulesetParameters p)
    {
        var band = BandOf(score, p);
        if (band == level) return null;
        var text = $"{who}: tổng điểm {D(score)} thuộc khung \"{band.VietnameseName()}\" ({BandText(band, p)}) nhưng xếp loại \"{level.VietnameseName()}\"";
        return level.Rank() > band.Rank()
            ? Finding.Error(AboveBand, path, text + ".")
            : Finding.Warning(BelowBand, path, text + " (thấp hơn khung điểm; kiểm tra giới hạn tỷ lệ hoặc lý do).");
    }

    private static string BandText(RatingLevel band, RulesetParameters p)
    {
        var bands = p.ScoreBands;
        var i = bands.ToList().FindIndex(b => b.Level == band);
        if (i < 0) return "";
        var min = bands[i].MinScore;
        if (i == 0) return $"từ {D(min)} điểm";
        var upper = bands[i - 1].MinScore;
        return min <= 0 ? $"dưới {D(upper)} điểm" : $"từ {D(min)} đến dưới {D(upper)} điểm";
    }

    private static string D(decimal v) => VietnameseFormat.Decimal(v, v == Math.Round(v) ? 0 : 1);
}
