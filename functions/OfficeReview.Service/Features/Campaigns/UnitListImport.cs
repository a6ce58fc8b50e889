using System.Text;
using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Input;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>The unit list read from a file: the units (in file order) and what was wrong (errors stop the import).</summary>
internal sealed record UnitListRead(IReadOnlyList<UnitInfo> Units, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}

/// <summary>
/// Reads a unit tree from CSV (header: code,name,kind,category,parent — or the Vietnamese headers ma,ten,loai,loai_hinh,
/// ma_cap_tren; comma or semicolon separated; UTF-8) or JSON (an array of {code,name,kind,category,parent}, or
/// {"units":[…]}). Kinds are slugs (chi-bo-truc-thuoc…) or their Vietnamese names. Never throws.
/// </summary>
internal static class UnitListImport
{
    public const string Unreadable = FindingCatalogue.UnitsUnreadable;
    public const string MissingColumn = FindingCatalogue.UnitsColumnMissing;
    public const string BadKind = FindingCatalogue.UnitsKindUnknown;
    public const string BadCategory = FindingCatalogue.UnitsCategoryUnknown;
    public const string Empty = FindingCatalogue.UnitsEmpty;
    public const string MissingCode = FindingCatalogue.UnitsCodeMissing;
    public const int MaxUnits = 100_000;
    /// <summary>A name or label typed with an old font (TCVN3/ABC, VNI) converted to Unicode (information, with its row and cell).</summary>
    public const string TextLegacy = FindingCatalogue.UnitsTextLegacyEncoding;
    /// <summary>Decomposed (NFD) text composed to NFC (information).</summary>
    public const string TextNfd = FindingCatalogue.UnitsTextNfd;
    /// <summary>Text that reads as Vietnamese in more than one encoding: kept as it is, and said (warning).</summary>
    public const string TextAmbiguous = FindingCatalogue.UnitsTextEncodingAmbiguous;

    private static readonly Dictionary<string, string> s_headers = new(StringComparer.Ordinal)
    {
        ["code"] = "code", ["ma"] = "code", ["ma don vi"] = "code", ["ma_don_vi"] = "code",
        ["name"] = "name", ["ten"] = "name", ["ten don vi"] = "name", ["ten_don_vi"] = "name",
        ["kind"] = "kind", ["loai"] = "kind", ["loai to chuc"] = "kind", ["loai_to_chuc"] = "kind",
        ["category"] = "category", ["loai hinh"] = "category", ["loai_hinh"] = "category",
        ["parent"] = "parent", ["ma cap tren"] = "parent", ["ma_cap_tren"] = "parent", ["cap tren"] = "parent", ["cap_tren"] = "parent",
    };

    public static UnitListRead Read(ReadOnlyMemory<byte> bytes, string fileName)
    {
        // Strict UTF-8 and no broken characters (lone surrogates, U+FFFE, NUL): a clear finding, never a replaced
        // character or an exception further on.
        var (decoded, problem) = InputText.DecodeUtf8(bytes.Span, fileName);
        if (problem is { } p) return new UnitListRead([], [Finding.Error(Unreadable, "", p.Message) with { File = fileName }]);
        var text = decoded!;
        var trimmed = text.TrimStart();
        if ((trimmed.StartsWith('[') || trimmed.StartsWith('{')) && InputText.JsonProblem(bytes, fileName) is { } jsonProblem)
            return new UnitListRead([], [Finding.Error(Unreadable, "", jsonProblem.Message) with { File = fileName }]);
        var result = trimmed.StartsWith('[') || trimmed.StartsWith('{') ? ReadJson(text, fileName) : ReadCsv(text, fileName);
        if (result.Units.Count == 0 && !result.HasErrors)
            return result with { Findings = [.. result.Findings, Finding.Error(Empty, "", $"Tệp {fileName} không có đơn vị nào.") with { File = fileName }] };
        return result;
    }

    public static UnitKind? ParseKind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var clean = VietnameseText.Clean(text);
        if (UnitKinds.FromSlug(clean) is { } bySlug) return bySlug;
        var key = VietnameseText.FoldKey(clean);
        foreach (var kind in UnitKinds.All)
            if (VietnameseText.FoldKey(kind.VietnameseName()) == key || VietnameseText.FoldKey(kind.Slug().Replace('-', ' ')) == key) return kind;
        return key switch
        {
            "dang bo xa" or "dang bo phuong" or "dang bo dac khu" or "dang uy xa" or "dang uy phuong" => UnitKind.UpperCommittee,
            "tinh uy" or "thanh uy" or "dang bo thanh pho" => UnitKind.ProvincialCommittee,
            _ => null,
        };
    }

    public static string? ParseCategory(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var clean = VietnameseText.Clean(text);
        if (UnitCategories.FromSlug(clean) is { } c) return c.Slug;
        var key = VietnameseText.FoldKey(clean);
        return UnitCategories.All.FirstOrDefault(x => VietnameseText.FoldKey(x.Name) == key)?.Slug;
    }

    private static UnitListRead ReadJson(string text, string fileName)
    {
        var findings = new List<Finding>();
        var units = new List<UnitInfo>();
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
            var array = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("units", out var u) ? u : doc.RootElement;
            if (array.ValueKind != JsonValueKind.Array)
                return Fail(fileName, "Tệp JSON phải là một mảng đơn vị [ {\"code\":…,\"name\":…,\"kind\":…,\"parent\":…} ] hoặc {\"units\": [ … ]}.");
            var i = 0;
            static string? S(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            DocumentEvidence? evidence = null;
            DocumentEvidence Evidence() => evidence ??= LegacyVietnamese.Evidence(array.EnumerateArray().Take(MaxUnits).SelectMany(e => new[] { S(e, "name"), S(e, "kind"), S(e, "category") }));
            foreach (var e in array.EnumerateArray())
            {
                if (++i > MaxUnits) return Fail(fileName, $"Danh sách có hơn {MaxUnits} đơn vị (giới hạn).");
                var where = $"Phần tử {i}";
                var path = $"units[{i - 1}]";
                string? T(string name) => Text(S(e, name), fileName, $"{path}.{name}", $"{where}, trường \"{name}\"", null, Evidence, findings);
                Add(units, findings, fileName, path, where, S(e, "code"), T("name"), T("kind"), T("category"), S(e, "parent"));
            }
        }
        catch (JsonException e)
        {
            return Fail(fileName, $"Tệp JSON sai cú pháp: {e.Message}");
        }
        return new UnitListRead(units, findings);
    }

    private static UnitListRead ReadCsv(string text, string fileName)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headerIndex = lines.FindIndex(l => l.Trim().Length > 0);
        if (headerIndex < 0) return new UnitListRead([], []);
        var separator = lines[headerIndex].Count(ch => ch == ';') > lines[headerIndex].Count(ch => ch == ',') ? ';' : ',';
        var rows = lines.Select((l, i) => (Line: i + 1, Cells: l.Trim().Length == 0 ? null : SplitCsv(l, separator))).Skip(headerIndex).ToList();
        return ReadRows(rows, fileName, "Dòng");
    }

    /// <summary>True when the header row names at least the code and kind columns.</summary>
    public static bool HasUnitHeader(IReadOnlyList<string> header)
    {
        var mapped = header.Select(h => s_headers.GetValueOrDefault(VietnameseText.FoldKey(h))).ToList();
        return mapped.Contains("code") && mapped.Contains("kind");
    }

    /// <summary>A unit list as rows of cells (the first non-empty row is the header); used for CSV and plain worksheets.</summary>
    /// <param name="cells">True for a worksheet: findings about a text name its cell (B7); a CSV names its line and column.</param>
    public static UnitListRead ReadRows(IReadOnlyList<(int Line, List<string>? Cells)> rows, string fileName, string rowWord, bool cells = false)
    {
        var findings = new List<Finding>();
        var units = new List<UnitInfo>();
        var first = rows.ToList().FindIndex(r => r.Cells is { Count: > 0 } c && c.Any(x => x.Length > 0));
        if (first < 0) return new UnitListRead([], []);
        var headerIndex = first;
        var lines = rows;
        var header = rows[first].Cells!.Select(h => s_headers.GetValueOrDefault(VietnameseText.FoldKey(h)) ?? "").ToList();
        foreach (var required in new[] { "code", "kind" })
            if (!header.Contains(required))
                return Fail(fileName, $"Dòng tiêu đề thiếu cột \"{required}\" (các cột: code, name, kind, category, parent — hoặc ma, ten, loai, loai_hinh, ma_cap_tren).", MissingColumn);
        int Col(string name) => header.IndexOf(name);
        DocumentEvidence? evidence = null;
        DocumentEvidence Evidence() => evidence ??= LegacyVietnamese.Evidence(lines.Skip(headerIndex + 1).Take(MaxUnits + 1).SelectMany(l => l.Cells ?? []));
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            if (lines[i].Cells is not { } row || row.All(c => c.Length == 0)) continue;
            if (units.Count >= MaxUnits) return Fail(fileName, $"Danh sách có hơn {MaxUnits} đơn vị (giới hạn).");
            string? C(string name) => Col(name) is var c and >= 0 && c < row.Count ? row[c] : null;
            var where = $"{rowWord} {lines[i].Line}";
            var path = $"units[{units.Count}]";
            var line = lines[i].Line;
            string? T(string name) => Text(C(name), fileName, $"{path}.{name}",
                cells ? $"{where}, ô {OpenXml.Workbooks.Templates.Cells.Address(line, Col(name) + 1)}" : $"{where}, cột \"{name}\"",
                cells ? OpenXml.Workbooks.Templates.Cells.Address(line, Col(name) + 1) : null, Evidence, findings);
            Add(units, findings, fileName, path, where, C("code"), T("name"), T("kind"), T("category"), C("parent"));
        }
        return new UnitListRead(units, findings);
    }

    private static void Add(List<UnitInfo> units, List<Finding> findings, string fileName, string path, string where,
        string? code, string? name, string? kind, string? category, string? parent)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            findings.Add(Finding.Error(MissingCode, $"{path}.code", $"{where}: thiếu mã đơn vị.") with { File = fileName });
            return;
        }
        // Codes are identities: NFC and trimmed, then only the safe set (UnitCodes); look-alikes and hidden characters are refused at the row.
        var (cleanCode, codeProblem) = UnitCodes.Normalize(code);
        if (cleanCode is null)
        {
            findings.Add(Finding.Error(UnitIdentity.UnsafeCode, $"{path}.code", $"Tệp {fileName}, {where}: {codeProblem}.") with { File = fileName });
            return;
        }
        string? cleanParent = null;
        if (!string.IsNullOrWhiteSpace(parent))
        {
            (cleanParent, var parentProblem) = UnitCodes.Normalize(parent);
            if (cleanParent is null)
            {
                findings.Add(Finding.Error(UnitIdentity.UnsafeCode, $"{path}.parent", $"Tệp {fileName}, {where}: mã cấp trên: {parentProblem}.") with { File = fileName });
                return;
            }
        }
        var parsedKind = ParseKind(kind);
        if (parsedKind is null)
        {
            findings.Add(Finding.Error(BadKind, $"{path}.kind",
                $"{where}: loại tổ chức \"{kind}\" không hợp lệ; dùng một trong: {string.Join(", ", UnitKinds.All.Select(k => $"{k.Slug()} ({k.VietnameseName()})"))}.") with
            { File = fileName });
            return;
        }
        var parsedCategory = ParseCategory(category);
        if (!string.IsNullOrWhiteSpace(category) && parsedCategory is null)
            findings.Add(Finding.Warning(BadCategory, $"{path}.category", $"{where}: loại hình \"{category}\" không có trong danh mục; bỏ qua.") with { File = fileName });
        units.Add(UnitInfos.Create(cleanCode, VietnameseText.Clean(name) is { Length: > 0 } n ? n : cleanCode, parsedKind.Value, parsedCategory,
            cleanParent));
    }

    /// <summary>
    /// A name or label as the file holds it, made Unicode NFC: text typed with an old font (TCVN3/ABC, VNI) is converted
    /// when it reads as Vietnamese only that way (or the rest of the file decides), decomposed text is composed, and each
    /// change is said (information, with where); text that reads as Vietnamese more than one way is kept and warned.
    /// </summary>
    private static string? Text(string? raw, string fileName, string path, string where, string? cell, Func<DocumentEvidence> evidence, List<Finding> findings)
    {
        if (string.IsNullOrWhiteSpace(raw)) return raw;
        // Judged before cleaning: cleaning would drop TCVN3's "ư" (byte 0xAD, a soft hyphen).
        var resolution = LegacyVietnamese.Resolve(raw.Trim(), evidence);
        var clean = VietnameseText.Clean(raw);
        Finding? note = null;
        switch (resolution.Outcome)
        {
            case LegacyOutcome.Converted:
                var converted = VietnameseText.Clean(resolution.Text);
                note = Finding.Info(TextLegacy, path, $"Tệp {fileName}, {where}: {LegacyVietnamese.DescribeConversion(resolution, clean, converted)}");
                clean = converted;
                break;
            case LegacyOutcome.Ambiguous:
                note = Finding.Warning(TextAmbiguous, path, $"Tệp {fileName}, {where}: \"{clean}\" có thể là {LegacyVietnamese.DescribeReadings(resolution)}; phần mềm giữ nguyên, hãy kiểm tra và gõ lại bằng Unicode.");
                break;
            default:
                if (!raw.IsNormalized(NormalizationForm.FormC))
                    note = Finding.Info(TextNfd, path, $"Tệp {fileName}, {where}: chữ tiếng Việt dạng tổ hợp (NFD) đã được chuyển về dạng dựng sẵn (NFC) \"{clean}\".");
                break;
        }
        if (note is not null) findings.Add(note with { File = fileName, Cell = cell });
        return clean;
    }

    private static List<string> SplitCsv(string line, char separator)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == separator) { cells.Add(sb.ToString().Trim()); sb.Clear(); }
            else sb.Append(ch);
        }
        cells.Add(sb.ToString().Trim());
        return cells;
    }

    private static UnitListRead Fail(string fileName, string message, string code = Unreadable) =>
        new([], [Finding.Error(code, "", $"Tệp {fileName}: {message}") with { File = fileName }]);
}
