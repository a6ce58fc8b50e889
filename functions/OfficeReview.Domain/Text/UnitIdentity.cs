using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Text;

/// <summary>
/// Checks a unit list for identity problems before it replaces a campaign's tree: every code (and parent code) in the
/// safe form of <see cref="UnitCodes"/>, no two codes that differ only by letter case, names within bounds. Findings
/// point at the unit (units[i].code / .name); never throws.
/// </summary>
public static class UnitIdentity
{
    public const string UnsafeCode = FindingCatalogue.UnitCodeUnsafe;
    public const string CaseVariant = FindingCatalogue.UnitCodeCaseVariant;
    public const string NameTooLong = FindingCatalogue.UnitNameTooLong;

    public static IReadOnlyList<Finding> Check(IReadOnlyList<UnitInfo> units, int maxNameLength)
    {
        var findings = new List<Finding>();
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var (code, problem) = UnitCodes.Normalize(u.Code);
            if (code is null || code != u.Code)
            {
                findings.Add(Finding.Error(UnsafeCode, $"units[{i}].code", $"Đơn vị thứ {i + 1}: {problem ?? $"mã đơn vị \"{UnitCodes.Visible(u.Code)}\" chưa ở dạng chuẩn"}."));
                continue;
            }
            if (u.Parent is { } parent && UnitCodes.Normalize(parent) is var (p, parentProblem) && (p is null || p != parent))
                findings.Add(Finding.Error(UnsafeCode, $"units[{i}].parent", $"Đơn vị thứ {i + 1} ({code}): mã cấp trên không hợp lệ: {parentProblem ?? UnitCodes.Visible(parent)}."));
            if (byKey.TryGetValue(UnitCodes.Key(code), out var other) && other != code)
                findings.Add(Finding.Error(CaseVariant, $"units[{i}].code",
                    $"Đơn vị thứ {i + 1}: mã \"{code}\" chỉ khác mã \"{other}\" ở chữ hoa/chữ thường; hai mã này được coi là một đơn vị."));
            else byKey.TryAdd(UnitCodes.Key(code), code);
            if (u.Name.Length > maxNameLength)
                findings.Add(Finding.Error(NameTooLong, $"units[{i}].name",
                    $"Đơn vị thứ {i + 1} ({code}): tên dài {u.Name.Length} ký tự, vượt giới hạn {maxNameLength} ký tự (Limits:MaxUnitNameLength)."));
        }
        return findings;
    }
}
