using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// 366 Điều 11's numeric conditions, where the data carries the task figures: HTXS needs 100% of tasks done on time and
/// at least 30% exceeded, and the shortcomings of the previous review remedied; HTT 100% on time; HTNV 100% done with at
/// most 20% behind schedule; KHTNV when more than 50% of an individual's tasks are undone (khoản 4.3) or a collective
/// completes less than 70% (khoản 4.1). A level whose band holds but no level's conditions do (e.g. 90% done) is left
/// to the competent level (a warning, not a guess). For a leader the figures are those of the units they lead.
/// </summary>
internal sealed class TaskConditionsRule : IRule
{
    public const string Inconsistent = FindingCatalogue.TasksInconsistent;
    public const string ForcedNotComplete = FindingCatalogue.TasksNotComplete;
    public const string LevelCondition = FindingCatalogue.TasksLevelCondition;
    public const string NoLevelFits = FindingCatalogue.TasksNoLevel;
    public const string ShortcomingsNotFixed = FindingCatalogue.ShortcomingsNotFixed;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        if (!parameters.TaskConditions) yield break;
        if (report.OwnRating is { } own)
            foreach (var f in Check(report.Unit.Name, "ownRating", "ownRating.level", own.Level, own.Tasks, own.ShortcomingsFixed, collective: true, own.CompetentLevelException, parameters))
                yield return f;
        if (report.OrganizationList is { } orgs)
            for (var i = 0; i < orgs.Count; i++)
                if (!orgs[i].NewlyEstablished)
                    foreach (var f in Check(orgs[i].Name ?? orgs[i].Code, $"organizationList[{i}]", MemberRules.LevelPath(orgs[i], i), orgs[i].FinalLevel, orgs[i].Tasks, orgs[i].ShortcomingsFixed, collective: true, orgs[i].CompetentLevelException, parameters))
                        yield return f;
        if (report.MemberList is { } list)
            for (var i = 0; i < list.Count; i++)
                if (MemberRules.IsSubject(list[i]))
                    foreach (var f in Check($"Đảng viên {list[i].Name}", $"memberList[{i}]", MemberRules.LevelPath(list[i], i), list[i].FinalLevel, list[i].Tasks, list[i].ShortcomingsFixed, collective: false, list[i].CompetentLevelException, parameters))
                        yield return f;
    }

    private static IEnumerable<Finding> Check(string who, string basePath, string levelPath, RatingLevel? level, TaskFigures? t, bool? shortcomingsFixed,
        bool collective, bool exception, RulesetParameters p)
    {
        if (level is RatingLevel.Excellent && shortcomingsFixed == false && !exception)
            yield return Finding.Error(ShortcomingsNotFixed, levelPath,
                $"{who} xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" nhưng chưa khắc phục hết hạn chế, khuyết điểm đã chỉ ra ở kỳ kiểm điểm trước (Quy định 366-QĐ/TW, Điều 11 khoản 1).");
        if (t is null || t.Assigned is not { } assigned) yield break;
        var bad = false;
        foreach (var (value, key, label) in new[] { (t.Exceeded, "tasksExceeded", "vượt mức"), (t.Late, "tasksLate", "chưa bảo đảm tiến độ"), (t.Undone, "tasksUndone", "không hoàn thành") })
            if (value is { } v && (v < 0 || v > assigned))
            {
                bad = true;
                yield return Finding.Error(Inconsistent, $"{basePath}.{key}", $"{who}: số nhiệm vụ {label} ({MemberRules.N(v)}) phải từ 0 đến số nhiệm vụ được giao ({MemberRules.N(assigned)}).");
            }
        if (!bad && t.Late is { } l0 && t.Undone is { } u0 && l0 + u0 > assigned)
        {
            bad = true;
            yield return Finding.Error(Inconsistent, $"{basePath}.tasksLate",
                $"{who}: số nhiệm vụ chưa bảo đảm tiến độ ({MemberRules.N(l0)}) cộng số không hoàn thành ({MemberRules.N(u0)}) vượt số nhiệm vụ được giao ({MemberRules.N(assigned)}).");
        }
        if (bad || assigned <= 0 || level is not { } lv) yield break;

        var undone = t.Undone ?? 0;
        var forced = collective
            ? (assigned - undone) * 100m < p.CollectiveDoneMinPercent * assigned
            : undone * 100m > p.IndividualUndoneMaxPercent * assigned;
        if (forced)
        {
            if (lv != RatingLevel.NotComplete && !exception)
                yield return Finding.Error(ForcedNotComplete, levelPath, collective
                    ? $"{who} hoàn thành {MemberRules.N(assigned - undone)}/{MemberRules.N(assigned)} nhiệm vụ ({MemberRules.Pct(assigned - undone, assigned)}), dưới {MemberRules.P(p.CollectiveDoneMinPercent)}, nên xếp loại \"Không hoàn thành nhiệm vụ\" (Quy định 366-QĐ/TW, Điều 11 khoản 4); đang ghi {MemberRules.Name(lv)}."
                    : $"{who} có {MemberRules.N(undone)}/{MemberRules.N(assigned)} nhiệm vụ không hoàn thành ({MemberRules.Pct(undone, assigned)}), trên {MemberRules.P(p.IndividualUndoneMaxPercent)}, nên xếp loại \"Không hoàn thành nhiệm vụ\" (Quy định 366-QĐ/TW, Điều 11 khoản 4); đang ghi {MemberRules.Name(lv)}.");
            yield break;
        }
        if (lv == RatingLevel.NotComplete || Allows(lv, t, assigned, p)) yield break;
        var best = RatingLevels.All.Where(x => x != RatingLevel.NotComplete && x.Rank() < lv.Rank()).FirstOrDefault(x => Allows(x, t, assigned, p), RatingLevel.NotComplete);
        var facts = $"{MemberRules.N(assigned)} nhiệm vụ được giao; vượt mức {MemberRules.N(t.Exceeded ?? 0)}, chưa bảo đảm tiến độ {MemberRules.N(t.Late ?? 0)}, không hoàn thành {MemberRules.N(undone)}";
        if (best != RatingLevel.NotComplete)
            yield return Finding.Error(LevelCondition, levelPath,
                $"{who} xếp loại {MemberRules.Name(lv)} nhưng chỉ đạt điều kiện mức {MemberRules.Name(best)} ({facts}): {Condition(lv, p)} (Quy định 366-QĐ/TW, Điều 11).");
        else if (!exception)
            yield return Finding.Warning(NoLevelFits, levelPath,
                $"{who} xếp loại {MemberRules.Name(lv)} nhưng không đạt điều kiện của mức nào ({facts}) và chưa thuộc trường hợp \"Không hoàn thành nhiệm vụ\": cần cấp có thẩm quyền xem xét, quyết định (Quy định 366-QĐ/TW, Điều 11).");
    }

    /// <summary>The task conditions of a level; figures not given are not held against it.</summary>
    private static bool Allows(RatingLevel level, TaskFigures t, long assigned, RulesetParameters p)
    {
        var allDone = (t.Undone ?? 0) == 0;
        var onTime = (t.Late ?? 0) == 0;
        return level switch
        {
            RatingLevel.Excellent => allDone && onTime && (t.Exceeded is not { } e || e * 100m >= p.ExcellentExceededMinPercent * assigned),
            RatingLevel.Good => allDone && onTime,
            RatingLevel.Complete => allDone && (t.Late ?? 0) * 100m <= p.CompleteLateMaxPercent * assigned,
            _ => true,
        };
    }

    private static string Condition(RatingLevel level, RulesetParameters p) => level switch
    {
        RatingLevel.Excellent => $"mức này cần 100% nhiệm vụ hoàn thành đúng tiến độ, có chất lượng, hiệu quả, trong đó ít nhất {MemberRules.P(p.ExcellentExceededMinPercent)} vượt mức yêu cầu",
        RatingLevel.Good => "mức này cần 100% nhiệm vụ hoàn thành đúng tiến độ, có chất lượng, hiệu quả",
        _ => $"mức này cần 100% nhiệm vụ hoàn thành, số chưa bảo đảm tiến độ không quá {MemberRules.P(p.CompleteLateMaxPercent)}",
    };
}
