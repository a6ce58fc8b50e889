using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

internal enum CountGroupKind { Organizations, Category, Members, LeadershipCollectives, Leaders }

/// <summary>A block of counts with its JSON path and the Vietnamese label used in messages.</summary>
internal sealed record CountGroup(string Path, string Label, CountBlock Block, CountGroupKind Kind);

internal static class CountGroups
{
    public static string MembersLabel => "Đảng viên";
    public static string LeadershipCollectivesLabel => "Tập thể lãnh đạo, quản lý";
    public static string LeadersLabel => "Cán bộ lãnh đạo, quản lý";

    /// <summary>Every count block of the report: organization blocks, their rows by loại hình, members, leadership.</summary>
    public static IEnumerable<CountGroup> Enumerate(UnitReport report, bool includeCategoryRows = true)
    {
        if (report.Organizations is { } orgs)
        {
            foreach (var (kind, block) in orgs.Present())
            {
                var path = $"organizations.{kind.JsonKey()}";
                yield return new CountGroup(path, kind.VietnameseName(), block, CountGroupKind.Organizations);
                if (!includeCategoryRows || block.ByCategory is null) continue;
                for (var i = 0; i < block.ByCategory.Count; i++)
                {
                    var row = block.ByCategory[i];
                    var name = UnitCategories.FromSlug(row.Category)?.Name ?? row.Category;
                    yield return new CountGroup($"{path}.byCategory[{i}]", $"{kind.VietnameseName()} – loại hình {name}", row, CountGroupKind.Category);
                }
            }
        }
        if (report.Members is { } members) yield return new CountGroup("members", MembersLabel, members, CountGroupKind.Members);
        if (report.LeadershipCollectives is { } lc) yield return new CountGroup("leadershipCollectives", LeadershipCollectivesLabel, lc, CountGroupKind.LeadershipCollectives);
        if (report.Leaders is { } leaders) yield return new CountGroup("leaders", LeadersLabel, leaders, CountGroupKind.Leaders);
    }
}
