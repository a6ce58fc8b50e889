using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>The rows by loại hình of an organization block add up to the block, name known categories, once each.</summary>
internal sealed class CategoryBreakdownRule : IRule
{
    public const string Sum = FindingCatalogue.CategorySum;
    public const string Unknown = FindingCatalogue.CategoryUnknown;
    public const string Duplicate = FindingCatalogue.CategoryDuplicate;
    public const string WrongYear = FindingCatalogue.CategoryYear;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        if (report.Organizations is not { } orgs) yield break;
        foreach (var (kind, block) in orgs.Present())
        {
            if (block.ByCategory is not { Count: > 0 } rows) continue;
            var path = $"organizations.{kind.JsonKey()}";
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < rows.Count; i++)
            {
                var slug = rows[i].Category;
                var category = UnitCategories.FromSlug(slug);
                if (category is null)
                    yield return Finding.Error(Unknown, $"{path}.byCategory[{i}].category",
                        $"{kind.VietnameseName()}: loại hình \"{slug}\" không có trong danh mục loại hình tổ chức cơ sở đảng.");
                else if (!category.IsValidIn(report.Year))
                    yield return Finding.Warning(WrongYear, $"{path}.byCategory[{i}].category",
                        $"{kind.VietnameseName()}: loại hình \"{category.Name}\" không còn/chưa có trong năm {report.Year}.");
                if (!seen.Add(slug))
                    yield return Finding.Error(Duplicate, $"{path}.byCategory[{i}].category",
                        $"{kind.VietnameseName()}: loại hình \"{category?.Name ?? slug}\" xuất hiện nhiều lần.");
            }

            foreach (var (field, blockValue) in CountsNonNegativeRule.Fields(block))
            {
                if (blockValue is not { } expected) continue;
                var values = rows.Select(r => CountsNonNegativeRule.Fields(r).First(f => f.Field == field).Value).ToList();
                if (values.All(v => v is null)) continue;
                var sum = CountBlockMath.Sum(values.Select(v => v ?? 0));
                if (sum != expected)
                    yield return Finding.Error(Sum, $"{path}.{field}",
                        $"{kind.VietnameseName()}: cộng các loại hình ở cột \"{FieldNames.Vietnamese(field)}\" được {VietnameseFormat.Count(sum)}, khác số của khối ({VietnameseFormat.Count(expected)}).");
            }
        }
    }
}
