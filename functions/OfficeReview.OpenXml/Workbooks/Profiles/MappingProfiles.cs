using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Profiles;

/// <summary>
/// What makes a <see cref="MappingProfile"/> storable: every text in NFC without control characters, every figure known
/// to the contract (spelled as the contract spells it) and mapped once, each entry exactly one of a cell (with its
/// sheet), a row label (with an optional column label and sheet) or a constant, and bounded sizes. Pure; never throws.
/// </summary>
public static class MappingProfiles
{
    /// <summary>Entries one profile may have (the contract has fewer figures than this).</summary>
    public const int MaxEntries = 1000;

    /// <summary>The profile cleaned, or null with the problems (Vietnamese, one per entry at fault).</summary>
    public static (MappingProfile? Profile, IReadOnlyList<string> Problems) Normalize(MappingProfile? profile, int maxText = 200)
    {
        var problems = new List<string>();
        if (profile is null) return (null, ["Hồ sơ ánh xạ rỗng."]);
        var name = Clean(profile.Name);
        if (name.Length == 0) problems.Add("Hồ sơ chưa có tên (trường \"name\").");
        else if (name.Length > maxText) problems.Add($"Tên hồ sơ dài {name.Length} ký tự, vượt giới hạn {maxText} ký tự.");
        if (profile.Entries.Count == 0) problems.Add("Hồ sơ không có dòng ánh xạ nào (trường \"entries\").");
        if (profile.Entries.Count > MaxEntries) problems.Add($"Hồ sơ có {profile.Entries.Count} dòng ánh xạ, vượt giới hạn {MaxEntries}.");
        var entries = new List<ProfileEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Math.Min(profile.Entries.Count, MaxEntries); i++)
        {
            var e = profile.Entries[i];
            var where = $"Dòng ánh xạ {i + 1}";
            if (e is null) { problems.Add($"{where}: rỗng."); continue; }
            var figureName = (e.Figure ?? "").Trim();
            if (!FormContract.ByName.TryGetValue(figureName, out var figure))
            {
                problems.Add($"{where}: chỉ tiêu \"{Short(figureName)}\" không có trong danh mục chỉ tiêu (GET /api/form-contract).");
                continue;
            }
            where = $"{where} ({figure.Name})";
            if (!seen.Add(figure.Name)) { problems.Add($"{where}: chỉ tiêu được ánh xạ hai lần."); continue; }
            var sheet = Optional(e.Sheet);
            var cell = Optional(e.Cell)?.Replace("$", "", StringComparison.Ordinal).ToUpperInvariant();
            var rowLabel = Optional(e.RowLabel);
            var columnLabel = Optional(e.ColumnLabel);
            var value = e.Value is null ? null : Clean(e.Value);
            var ways = (cell is null ? 0 : 1) + (rowLabel is null ? 0 : 1) + (value is null ? 0 : 1);
            if (ways != 1)
            {
                problems.Add($"{where}: nêu đúng một cách tìm — ô (\"sheet\" + \"cell\"), nhãn dòng (\"rowLabel\", có thể kèm \"columnLabel\") hoặc giá trị cố định (\"value\").");
                continue;
            }
            if (cell is not null && (!Cells.TryParse(cell, out _, out _) || sheet is null))
            {
                problems.Add(sheet is null ? $"{where}: ô \"{Short(cell)}\" cần tên trang tính (\"sheet\")." : $"{where}: \"{Short(cell)}\" không phải địa chỉ một ô (ví dụ C7).");
                continue;
            }
            if (columnLabel is not null && rowLabel is null) { problems.Add($"{where}: nhãn cột cần đi cùng nhãn dòng."); continue; }
            foreach (var (text, field) in new[] { (sheet, "sheet"), (rowLabel, "rowLabel"), (columnLabel, "columnLabel"), (value, "value") })
                if (text is not null && text.Length > maxText) problems.Add($"{where}: trường \"{field}\" dài {text.Length} ký tự, vượt giới hạn {maxText} ký tự.");
            entries.Add(new ProfileEntry { Figure = figure.Name, Sheet = sheet, Cell = cell, RowLabel = rowLabel, ColumnLabel = columnLabel, Value = value });
        }
        return problems.Count > 0 ? (null, problems) : (new MappingProfile { Name = name, Entries = entries }, []);
    }

    private static string Clean(string? text) => VietnameseText.Clean(text ?? "");

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clean(text);

    private static string Short(string s) => s.Length <= 60 ? s : string.Concat(s.AsSpan(0, 60), "…");
}
