using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// The member's status against the generation's text: exempt groups (HD 16 exempts only "miễn công tác và sinh hoạt
/// đảng"; HD 21, 124, 366 also "đình chỉ sinh hoạt đảng" and "mới kết nạp chưa đủ 6 tháng"), the admission date, temporary
/// party activity (HD 43 mục 7.6: rated at the official chi bộ), sick leave (HD 21: not above HTNV; HD 43 mục 7.5: actual
/// work), the state staff rating (HD 21: a civil servant rated KHTNV is KHTNV; 366 Điều 3 khoản 4: the basis), the
/// discipline forms of a probationary member (QĐ 69 Điều 7) and percentages within 0–100.
/// </summary>
internal sealed class MemberStatusRule : IRule
{
    public const string ExemptGroupNotInRuleset = FindingCatalogue.ExemptGroupNotInRuleset;
    public const string AdmissionAfterYear = FindingCatalogue.AdmissionDateAfterYear;
    public const string NewlyAdmittedDate = FindingCatalogue.NewlyAdmittedDate;
    public const string NewlyAdmittedRated = FindingCatalogue.NewlyAdmittedRated;
    public const string TemporaryRatedHere = FindingCatalogue.TemporaryRatedHere;
    public const string SickLeaveLevel = FindingCatalogue.SickLeaveLevel;
    public const string StaffNotComplete = FindingCatalogue.StaffRatingNotComplete;
    public const string StaffRatingBelow = FindingCatalogue.StaffRatingBelow;
    public const string ProbationaryDisciplineForm = FindingCatalogue.DisciplineFormProbationary;
    public const string PercentOutOfRange = FindingCatalogue.MemberPercentOutOfRange;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        var g = parameters.GuidanceShort;
        foreach (var reason in ExemptReasons.All.Where(r => !parameters.ExemptGroups.Contains(r)))
            if (report.Members?.Exempt?.Get(reason) is > 0 and var count)
                yield return Finding.Warning(ExemptGroupNotInRuleset, $"members.exempt.{reason.JsonKey()}",
                    $"Theo {parameters.Guidance}, diện \"{reason.VietnameseName()}\" vẫn phải đánh giá, xếp loại; bảng tổng hợp ghi {MemberRules.N(count)} đảng viên không đánh giá thuộc diện này.");

        if (report.MemberList is not { } list) yield break;
        // HD 43 mục 4: the review finishes before 31/12; six months before the usual review month (December) is 1/6.
        var yearEnd = new DateOnly(report.Year, 12, 31);
        var sixMonthsBeforeDecember = new DateOnly(report.Year, 6, 1);
        var sixMonthsBeforeYearEnd = new DateOnly(report.Year, 6, 30);
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            var who = $"Đảng viên {m.Name}";
            var level = m.FinalLevel;
            if (m.ExemptReason is { } reason && !parameters.ExemptGroups.Contains(reason))
                yield return Finding.Warning(ExemptGroupNotInRuleset, $"memberList[{i}].exemptReason",
                    $"{who}: theo {parameters.Guidance}, diện \"{reason.VietnameseName()}\" vẫn phải đánh giá, xếp loại (chỉ \"{string.Join("\", \"", parameters.ExemptGroups.Select(r => r.VietnameseName()))}\" không đánh giá).");

            if (m.AdmissionDate is { } admitted)
            {
                if (admitted > yearEnd)
                    yield return Finding.Error(AdmissionAfterYear, $"memberList[{i}].admissionDate",
                        $"{who}: ngày vào Đảng {MemberDetails.FormatDate(admitted)} sau năm đánh giá {report.Year}.");
                else if (m.ExemptReason == ExemptReason.NewlyAdmitted && admitted < sixMonthsBeforeDecember)
                    yield return Finding.Warning(NewlyAdmittedDate, $"memberList[{i}].exemptReason",
                        $"{who} ghi \"Mới kết nạp chưa đủ 6 tháng\" nhưng vào Đảng ngày {MemberDetails.FormatDate(admitted)}, đã đủ 6 tháng trước kỳ kiểm điểm cuối năm.");
                else if (m.ExemptReason is null && parameters.ExemptGroups.Contains(ExemptReason.NewlyAdmitted) && admitted > sixMonthsBeforeYearEnd
                         && (m.DecidedLevel ?? m.ProposedLevel) is not null)
                    yield return Finding.Warning(NewlyAdmittedRated, MemberRules.LevelPath(m, i),
                        $"{who} vào Đảng ngày {MemberDetails.FormatDate(admitted)}, chưa đủ 6 tháng đến cuối năm {report.Year}, nhưng có mức xếp loại; đảng viên mới kết nạp chưa đủ 6 tháng không đánh giá, xếp loại ({g}).");
            }

            if (m.TemporaryActivity == TemporaryActivity.Hosted && m.ExemptReason is null && (m.DecidedLevel ?? m.ProposedLevel) is { } hostedLevel)
                yield return Finding.Warning(TemporaryRatedHere, MemberRules.LevelPath(m, i),
                    $"{who} sinh hoạt đảng tạm thời tại chi bộ nhưng có mức xếp loại \"{hostedLevel.VietnameseName()}\": đảng viên sinh hoạt tạm thời được đánh giá, xếp loại ở chi bộ chính thức, sau khi có nhận xét của chi bộ nơi sinh hoạt tạm thời (HD 43 mục 7.6).");

            if (m.VotePercent is { } vote && vote is < 0 or > 100)
                yield return Finding.Error(PercentOutOfRange, $"memberList[{i}].votePercent", $"{who}: kết quả biểu quyết {MemberRules.P(vote)} ngoài khoảng 0–100%.");
            if (m.LowConfidencePercent is { } low && low is < 0 or > 100)
                yield return Finding.Error(PercentOutOfRange, $"memberList[{i}].lowConfidencePercent", $"{who}: tỷ lệ phiếu tín nhiệm thấp {MemberRules.P(low)} ngoài khoảng 0–100%.");

            if (m.Membership == MembershipStatus.Probationary && m.DisciplineForm is DisciplineForm.Dismissal or DisciplineForm.Expulsion)
                yield return Finding.Error(ProbationaryDisciplineForm, $"memberList[{i}].disciplineForm",
                    $"{who} là đảng viên dự bị nhưng ghi hình thức kỷ luật \"{m.DisciplineForm.Value.VietnameseName()}\"; đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo (Quy định 69-QĐ/TW, Điều 7).");

            if (level is not { } l || !MemberRules.IsSubject(m)) continue;
            if (m.Leave == LeaveKind.SickLeave && parameters.SickLeaveMaxLevel is { } sickMax && l.Rank() > sickMax.Rank() && !m.CompetentLevelException)
                yield return Finding.Warning(SickLeaveLevel, MemberRules.LevelPath(m, i),
                    $"{who} nghỉ ốm từ 03 tháng trở lên trong năm: theo {parameters.Guidance} không xếp loại cao hơn \"{sickMax.VietnameseName()}\" (đang ghi \"{l.VietnameseName()}\").");
            if (m.StaffRating == RatingLevel.NotComplete && l != RatingLevel.NotComplete)
            {
                if (parameters.StaffNotCompleteForcesNotComplete && !m.CompetentLevelException)
                    yield return Finding.Error(StaffNotComplete, MemberRules.LevelPath(m, i),
                        $"{who} là cán bộ, công chức, viên chức bị xếp loại \"Không hoàn thành nhiệm vụ\" nên đảng viên xếp loại \"Không hoàn thành nhiệm vụ\" ({g}); đang ghi \"{l.VietnameseName()}\".");
            }
            if (m.StaffRating is { } staff && l.Rank() > staff.Rank() && !(parameters.StaffNotCompleteForcesNotComplete && staff == RatingLevel.NotComplete))
                yield return Finding.Info(StaffRatingBelow, MemberRules.LevelPath(m, i),
                    $"{who} xếp loại đảng viên \"{l.VietnameseName()}\", cao hơn kết quả xếp loại cán bộ, công chức, viên chức \"{staff.VietnameseName()}\" — kết quả xếp loại công chức là cơ sở để xếp loại đảng viên (Quy định 366-QĐ/TW, Điều 3 khoản 4).");
        }
    }
}
