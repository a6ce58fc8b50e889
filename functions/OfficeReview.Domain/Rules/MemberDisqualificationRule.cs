using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// A member with a disqualifying case must be KHTNV, and a member disciplined in the year cannot be rated above what the
/// ruleset allows — unless the competent level weighed the circumstances (where the ruleset allows that).
/// Also: a collective with a disciplined subordinate or leadership member cannot be HTXS.
/// </summary>
public sealed class MemberDisqualificationRule : IRule
{
    public const string Disqualified = "DISQUALIFIED_LEVEL";
    public const string Disciplined = "DISCIPLINED_LEVEL";
    public const string ExceptionNotAllowed = "EXCEPTION_NOT_ALLOWED";
    public const string CollectiveExcellentBlocked = "COLLECTIVE_EXCELLENT_BLOCKED";

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        if (report.OwnRating is { Level: RatingLevel.Excellent, HasDisciplinedSubordinate: true })
            yield return Finding.Error(CollectiveExcellentBlocked, "ownRating.level",
                $"{report.Unit.Name} có tổ chức trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật trong năm nên không được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\".");

        if (report.MemberList is not { } list) yield break;
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            if (m.FinalLevel is not { } level || m.ExemptReason is not null) continue;
            var field = m.DecidedLevel is not null ? "decidedLevel" : m.ProposedLevel is not null ? "proposedLevel" : "selfLevel";
            var path = $"memberList[{i}].{field}";
            var excused = m.CompetentLevelException && parameters.CompetentLevelExceptionAllowed;
            if (m.CompetentLevelException && !parameters.CompetentLevelExceptionAllowed && (m.Disqualified || m.DisciplinedInYear) && level != RatingLevel.NotComplete)
                yield return Finding.Error(ExceptionNotAllowed, $"memberList[{i}].competentLevelException",
                    $"Đảng viên {m.Name}: quy định {parameters.Label} không cho phép cấp có thẩm quyền xem xét xếp loại khác đối với trường hợp này.");

            if (m.Disqualified && level != RatingLevel.NotComplete && !excused)
                yield return Finding.Error(Disqualified, path,
                    $"Đảng viên {m.Name} thuộc trường hợp \"Không hoàn thành nhiệm vụ\" nhưng xếp loại \"{level.VietnameseName()}\" (không có ý kiến xem xét của cấp có thẩm quyền).");
            else if (m.DisciplinedInYear && level.Rank() > parameters.DisciplinedMaxLevel.Rank() && !excused)
                yield return Finding.Error(Disciplined, path,
                    $"Đảng viên {m.Name} bị kỷ luật trong năm nên không được xếp loại cao hơn \"{parameters.DisciplinedMaxLevel.VietnameseName()}\" (đang ghi \"{level.VietnameseName()}\").");
        }
    }
}
