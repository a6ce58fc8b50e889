using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>No count may be negative (fractional counts are reported by the readers, which see the raw value).</summary>
internal sealed class CountsNonNegativeRule : IRule
{
    public const string Code = FindingCatalogue.CountNegative;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        foreach (var group in CountGroups.Enumerate(report))
        {
            foreach (var (field, value) in Fields(group.Block))
                if (value < 0)
                    yield return Finding.Error(Code, $"{group.Path}.{field}",
                        $"{group.Label}: số liệu \"{FieldNames.Vietnamese(field)}\" là số âm ({VietnameseFormat.Count(value.Value)}).");
            if (group.Block is MemberBlock { Exempt: { } exempt })
                foreach (var reason in ExemptReasons.All)
                    if (exempt.Get(reason) is < 0 and var v)
                        yield return Finding.Error(Code, $"members.exempt.{reason.JsonKey()}",
                            $"Đảng viên: số \"{reason.VietnameseName()}\" là số âm ({VietnameseFormat.Count(v)}).");
        }
    }

    internal static IEnumerable<(string Field, long? Value)> Fields(CountBlock b)
    {
        yield return ("total", b.Total);
        yield return ("notRated", b.NotRated);
        yield return ("rated", b.Rated);
        foreach (var level in RatingLevels.All) yield return (level.JsonKey(), b.Get(level));
    }
}

/// <summary>Vietnamese names of the count fields, for messages.</summary>
internal static class FieldNames
{
    public static string Vietnamese(string field) => field switch
    {
        "total" => "Tổng số",
        "notRated" => "Chưa đánh giá, xếp loại",
        "rated" => "Số được đánh giá, xếp loại",
        "excellent" => RatingLevel.Excellent.VietnameseName(),
        "good" => RatingLevel.Good.VietnameseName(),
        "complete" => RatingLevel.Complete.VietnameseName(),
        "notComplete" => RatingLevel.NotComplete.VietnameseName(),
        _ => field,
    };
}
