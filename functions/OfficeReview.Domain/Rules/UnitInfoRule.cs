using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>The unit's code, name and loại hình make sense for the year; the year is one the rulesets cover.</summary>
internal sealed class UnitInfoRule : IRule
{
    public const string MissingField = FindingCatalogue.UnitFieldMissing;
    public const string UnknownCategory = FindingCatalogue.UnitCategoryUnknown;
    public const string CategoryYear = FindingCatalogue.UnitCategoryYear;
    public const string YearOutOfRange = FindingCatalogue.YearOutOfRange;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        if (string.IsNullOrWhiteSpace(report.Unit.Code))
            yield return Finding.Error(MissingField, "unit.code", "Thiếu mã đơn vị.");
        // The code is the unit's identity: a look-alike (Cyrillic letters among Latin ones), an invisible or bidi
        // character, '/' or ".." would claim — or hide — another unit, and such a code can never be submitted for.
        else if (Text.UnitCodes.Normalize(report.Unit.Code) is (null, { } problem))
            yield return Finding.Error(Text.UnitIdentity.UnsafeCode, "unit.code", $"Mã đơn vị không hợp lệ: {problem}.");
        if (string.IsNullOrWhiteSpace(report.Unit.Name))
            yield return Finding.Error(MissingField, "unit.name", "Thiếu tên đơn vị.");
        if (report.Unit.Category is { } slug)
        {
            var category = UnitCategories.FromSlug(slug);
            if (category is null)
                yield return Finding.Error(UnknownCategory, "unit.category", $"Loại hình \"{slug}\" không có trong danh mục loại hình tổ chức cơ sở đảng.");
            else if (!category.IsValidIn(report.Year))
                yield return Finding.Warning(CategoryYear, "unit.category", $"Loại hình \"{category.Name}\" không còn/chưa có trong năm {report.Year}.");
        }
        if ((parameters.FirstYear is { } first && report.Year < first) || (parameters.LastYear is { } last && report.Year > last))
            yield return Finding.Warning(YearOutOfRange, "year",
                $"Năm {report.Year} nằm ngoài thời gian áp dụng của {parameters.Label}.");
    }
}
