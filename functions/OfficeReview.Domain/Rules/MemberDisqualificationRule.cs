using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// A member with a disqualifying case must be KHTNV, and a member's discipline in the rating period bears on the level
/// as the generation's text says (<see cref="DisciplineBasis"/>):
/// HD 16 / HD 21 — disciplined in the year → KHTNV, one violation counted once (no softening);
/// 124 Điều 12 — disciplined in the year → KHTNV unless self-detected and consequences fixed;
/// 366 Điều 11 khoản 4 — disciplined from khiển trách up (every form) for a violation tied to the member's duties → KHTNV;
/// a violation at the previous unit counts in the old unit's rating; not duty-related → only the score.
/// The competent level may weigh the circumstances and decide otherwise where the generation allows it.
/// (The collective's HTXS block moved to <see cref="OrganizationLevelRule"/>; its code stays here.)
/// </summary>
internal sealed class MemberDisqualificationRule : IRule
{
    public const string Disqualified = FindingCatalogue.Disqualified;
    public const string Disciplined = FindingCatalogue.Disciplined;
    public const string ExceptionNotAllowed = FindingCatalogue.ExceptionNotAllowed;
    public const string CollectiveExcellentBlocked = FindingCatalogue.CollectiveExcellentBlocked;
    /// <summary>366: a disciplined member rated above KHTNV without saying whether the violation concerns their duties.</summary>
    public const string DisciplineBasisMissing = FindingCatalogue.DisciplineBasisMissing;
    /// <summary>Information: the discipline does not count in this rating (counted before, previous unit, not duty-related).</summary>
    public const string DisciplineNotCounted = FindingCatalogue.DisciplineNotCounted;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        if (report.MemberList is not { } list) yield break;
        var g = parameters.GuidanceShort;
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            if (m.FinalLevel is not { } level || !MemberRules.IsSubject(m)) continue;
            var path = MemberRules.LevelPath(m, i);
            var excused = m.CompetentLevelException && parameters.CompetentLevelExceptionAllowed;
            var counts = DisciplineCounts(m, parameters, out var why);
            if (m.CompetentLevelException && !parameters.CompetentLevelExceptionAllowed && (m.Disqualified || counts == true) && level != RatingLevel.NotComplete)
                yield return Finding.Error(ExceptionNotAllowed, $"memberList[{i}].competentLevelException",
                    $"Đảng viên {m.Name}: quy định {parameters.Label} không cho phép cấp có thẩm quyền xem xét xếp loại khác đối với trường hợp này.");

            if (m.Disqualified && level != RatingLevel.NotComplete && !excused)
            {
                yield return Finding.Error(Disqualified, path,
                    $"Đảng viên {m.Name} thuộc trường hợp \"Không hoàn thành nhiệm vụ\" nhưng xếp loại \"{level.VietnameseName()}\" (không có ý kiến xem xét của cấp có thẩm quyền).");
                continue;
            }
            if (!m.IsDisciplined || level.Rank() <= parameters.DisciplinedMaxLevel.Rank() || excused) continue;
            switch (counts)
            {
                case true:
                    yield return Finding.Error(Disciplined, path,
                        $"Đảng viên {m.Name} bị kỷ luật{Form(m)} {why} nên không được xếp loại cao hơn \"{parameters.DisciplinedMaxLevel.VietnameseName()}\" (đang ghi \"{level.VietnameseName()}\"; {g}).");
                    break;
                case null:
                    yield return Finding.Warning(DisciplineBasisMissing, $"memberList[{i}].disciplineDutyRelated",
                        $"Đảng viên {m.Name} bị kỷ luật{Form(m)} và xếp loại \"{level.VietnameseName()}\": cần ghi rõ vi phạm có liên quan đến chức trách, nhiệm vụ (hoạt động công vụ) không — " +
                        "nếu có, đảng viên xếp loại \"Không hoàn thành nhiệm vụ\" (Quy định 366-QĐ/TW, Điều 11 khoản 4).");
                    break;
                default:
                    yield return Finding.Info(DisciplineNotCounted, path, $"Đảng viên {m.Name} bị kỷ luật{Form(m)} nhưng {why}.");
                    break;
            }
        }
    }

    /// <summary>
    /// Whether the member's discipline forces KHTNV under the generation: true, false (with the reason), or null when
    /// the data cannot tell (366 without the duty link).
    /// </summary>
    public static bool? DisciplineCounts(MemberEntry m, RulesetParameters p, out string why)
    {
        why = "";
        if (!m.IsDisciplined) return false;
        switch (p.DisciplineBasis)
        {
            case DisciplineBasis.InYearCountedOnce:
                if (m.DisciplineCountedBefore)
                {
                    why = $"vi phạm này đã được tính khi xếp loại năm trước (một vi phạm chỉ tính một lần — {p.GuidanceShort})";
                    return false;
                }
                why = "trong năm";
                return true;
            case DisciplineBasis.InYearUnlessSelfDetected:
                if (m.DisciplineSelfDetected)
                {
                    why = "đã tự phát hiện, khắc phục xong hậu quả (Quy định 124-QĐ/TW, Điều 12)";
                    return false;
                }
                why = "trong năm đánh giá";
                return true;
            default:
                if (m.DisciplinePreviousUnit)
                {
                    why = "vi phạm xảy ra ở đơn vị cũ nên tính vào kết quả xếp loại của đơn vị cũ (Quy định 366-QĐ/TW, Điều 11 khoản 4)";
                    return false;
                }
                if (m.DisciplineDutyRelated == false)
                {
                    why = "vi phạm không liên quan đến chức trách, nhiệm vụ nên chỉ xem xét khi chấm điểm (Quy định 366-QĐ/TW, Điều 11 khoản 4)";
                    return false;
                }
                if (m.DisciplineDutyRelated is null) return null;
                why = "do vi phạm liên quan đến chức trách, nhiệm vụ";
                return true;
        }
    }

    private static string Form(MemberEntry m) => m.DisciplineForm is { } f ? $" ({f.VietnameseName().ToLowerInvariant()})" : "";
}
