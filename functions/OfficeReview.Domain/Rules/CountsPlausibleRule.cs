using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// No count may exceed <see cref="RulesetParameters.MaxCount"/> (10,000,000 by default: more than the whole party).
/// A count near Int64 would otherwise make sums wrap so that a wrong report checks clean.
/// </summary>
internal sealed class CountsPlausibleRule : IRule
{
    public const string Code = FindingCatalogue.CountImplausible;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        var max = parameters.MaxCount;
        foreach (var group in CountGroups.Enumerate(report))
        {
            foreach (var (field, value) in CountsNonNegativeRule.Fields(group.Block))
                if (value > max)
                    yield return Error($"{group.Path}.{field}", $"{group.Label}: số liệu \"{FieldNames.Vietnamese(field)}\"", value.Value, max);
            if (group.Block is MemberBlock members)
            {
                if (members.Exempt is { } exempt)
                    foreach (var reason in ExemptReasons.All)
                        if (exempt.Get(reason) is { } v && v > max)
                            yield return Error($"members.exempt.{reason.JsonKey()}", $"Đảng viên: số \"{reason.VietnameseName()}\"", v, max);
                if (members.DisciplinedInYear is { } d && d > max)
                    yield return Error("members.disciplinedInYear", "Đảng viên: số bị kỷ luật trong năm", d, max);
            }
        }
    }

    private static Finding Error(string path, string what, long value, long max) =>
        Finding.Error(Code, path, $"{what} là {VietnameseFormat.Count(value)}, vượt giới hạn hợp lý {VietnameseFormat.Count(max)} (RulesetParameters.MaxCount); hãy kiểm tra lại số liệu.");
}
