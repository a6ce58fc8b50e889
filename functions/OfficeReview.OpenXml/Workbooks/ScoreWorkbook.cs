using System.Globalization;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReviewForms;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Input;
using OfficeReview.OpenXml.Workbooks.Reading;
using OfficeReview.OpenXml.Workbooks.Templates;
using S = OfficeReview.OpenXml.Workbooks.Templates.WorkbookStyles;

namespace OfficeReview.OpenXml.Workbooks;

/// <summary>What reading a scoring workbook gave: the rows, each row's result, and findings located at their cells.</summary>
public sealed record ScoreWorkbookRead(IReadOnlyList<ScoreRow> Rows, IReadOnlyList<ScoreResult> Results, IReadOnlyList<Finding> Findings, int? Year, string? Unit)
{
    public bool Readable { get; init; } = true;
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}

/// <summary>
/// The scoring workbook ("bảng điểm", <c>bang-diem.xlsx</c>): sheet "Bảng điểm" holds one row per member (table
/// OR_Scores) with the points of each criterion of the member's annex (G1…G5, T1…T3), group totals, total and band
/// (formulas), the task counts behind the 366 conditions, and the chi bộ's proposal; sheet "Khung điểm" lists the criteria
/// and points of each form. Written by the project's deterministic writer, read back by column header (columns may be
/// moved or added), scored with <see cref="ScoreSheet"/>, and merged into the unit workbook's member list with <see cref="Import"/>.
/// </summary>
public static class ScoreWorkbook
{
    private static readonly string[] s_criteriaHeaders = ["Mẫu", "Mã", "Tiêu chí", "Điểm tối đa"];

    public const string FormId = "officereview.bang-diem";
    public const string FileName = "bang-diem.xlsx";
    public const string SheetName = "Bảng điểm";
    public const string FrameSheetName = "Khung điểm";
    public const string TableName = "OR_Scores";
    public const string NotAScoreWorkbook = FindingCatalogue.ScoresNotAScoreWorkbook;
    public const string BadValue = FindingCatalogue.ScoresBadValue;
    public const string NoName = FindingCatalogue.ScoresNoName;
    public const string MemberAdded = FindingCatalogue.ScoresMemberAdded;
    public const string MemberDuplicate = FindingCatalogue.ScoresMemberDuplicate;

    private const int HeaderRow = 6;
    private const string Remedied = "Đã khắc phục", NotRemedied = "Chưa khắc phục", NonePointed = "Không có";

    /// <summary>Columns left to right: header text, key (criterion code or field), computed.</summary>
    private static List<(string Header, string Key, bool Computed)> Columns(ScoringFramework f)
    {
        var generalCount = IndividualAnnexes(f).Max(a => a.In(CriteriaGroup.General).Count());
        var taskCount = IndividualAnnexes(f).Max(a => a.In(CriteriaGroup.Tasks).Count());
        var cols = new List<(string, string, bool)>
        {
            ("STT", "index", true), ("Họ và tên", "name", false), ("Chi bộ", "cell", false), ("Chức vụ", "position", false), ("Mẫu", "form", false),
        };
        for (var i = 1; i <= generalCount; i++) cols.Add(($"G{i}", $"G{i}", false));
        cols.Add(("Cộng nhóm chung", "general", true));
        for (var i = 1; i <= taskCount; i++) cols.Add(($"T{i}", $"T{i}", false));
        cols.Add(("Cộng nhóm nhiệm vụ", "tasks", true));
        cols.Add(("Tổng điểm", "total", true));
        cols.Add(("Khung điểm", "band", true));
        cols.Add(("Số nhiệm vụ được giao", "tasksAssigned", false));
        cols.Add(("Số hoàn thành", "tasksDone", false));
        cols.Add(("Trong đó vượt mức", "tasksExceeded", false));
        cols.Add(("Trong đó chậm tiến độ", "tasksLate", false));
        cols.Add(("Khắc phục hạn chế đã chỉ ra", "shortcomings", false));
        cols.Add(("Thuộc trường hợp không hoàn thành nhiệm vụ", "disqualified", false));
        cols.Add(("Tự xếp loại", "selfLevel", false));
        cols.Add(("Chi bộ đề xuất", "proposedLevel", false));
        cols.Add(("Ghi chú", "note", false));
        return cols;
    }

    private static IEnumerable<AnnexCriteria> IndividualAnnexes(ScoringFramework f) => f.Annexes.Where(a => a.Annex != CriteriaAnnex.Collective);

    // ---- writing ----------------------------------------------------------------------------------------------------

    /// <summary>The scoring workbook prefilled with the rated members of <paramref name="report"/>'s member list (none: a blank one).</summary>
    public static byte[] Write(UnitReport? report, ScoringFramework? framework = null)
    {
        framework ??= ScoringFramework.Default366;
        var cols = Columns(framework);
        int Col(string key) => cols.FindIndex(c => c.Key == key) + 1;
        var book = new WorkbookModel { Title = "Bảng điểm tự đánh giá, xếp loại chất lượng đảng viên" };
        var sheet = book.Add(new SheetModel(SheetName) { Protect = false });
        var year = report?.Year;
        var last = cols.Count;
        sheet.Merge(1, 1, 1, last, $"BẢNG ĐIỂM ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM {(year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "……")}", S.Title);
        sheet.Merge(2, 1, 2, last, $"Khung tiêu chí Quy định 366-QĐ/TW: nhóm tiêu chí chung {ScoringFramework.D(framework.GeneralMax)} điểm, nhóm kết quả thực hiện nhiệm vụ {ScoringFramework.D(framework.TasksMax)} điểm; " +
            "điểm từng tiêu chí theo trang \"Khung điểm\" (cấp ủy cấp trên cụ thể hóa). G1…, T1…: tiêu chí của mẫu kiểm điểm ghi ở cột Mẫu.", S.ItalicCenter);
        sheet.Text(3, 1, "Đơn vị:", S.Default);
        sheet.Text(3, 2, report?.Unit.Name ?? "", S.BoldCenter);
        sheet.Text(3, Col("band"), "Mã biểu:", S.Default);
        sheet.Text(3, Col("band") + 1, FormId, S.Default);
        book.Name(WorkbookSchema.FormId, sheet, 3, Col("band") + 1);
        sheet.Text(4, 1, "Năm:", S.Default);
        if (year is { } yy) sheet.Set(4, 2, new CellModel(S.Default, Number: CellModel.Num(yy)));
        book.Name(WorkbookSchema.Year, sheet, 4, 2);
        // Group header row above the table header.
        sheet.Merge(5, 1, 5, Col("form"), "Đảng viên", S.Header);
        sheet.Merge(5, Col("G1"), 5, Col("general"), $"Nhóm tiêu chí chung ({ScoringFramework.D(framework.GeneralMax)} điểm)", S.Header);
        sheet.Merge(5, Col("T1"), 5, Col("tasks"), $"Nhóm kết quả thực hiện nhiệm vụ ({ScoringFramework.D(framework.TasksMax)} điểm)", S.Header);
        sheet.Merge(5, Col("total"), 5, Col("band"), "Kết quả", S.Header);
        sheet.Merge(5, Col("tasksAssigned"), 5, Col("disqualified"), "Điều kiện của Quy định 366-QĐ/TW, Điều 11", S.Header);
        sheet.Merge(5, Col("selfLevel"), 5, last, "Xếp loại", S.Header);
        for (var i = 0; i < cols.Count; i++)
        {
            sheet.Text(HeaderRow, i + 1, cols[i].Header, S.Header);
            sheet.Widths[i + 1] = cols[i].Key switch
            {
                "index" => 5,
                "name" => 24,
                "cell" => 18,
                "position" => 20,
                "form" => 6,
                "note" => 20,
                "selfLevel" or "proposedLevel" => 24,
                "shortcomings" => 14,
                "disqualified" => 14,
                "band" => 9,
                _ when cols[i].Key.Length == 2 => 6,
                _ => 10,
            };
        }
        sheet.Heights[HeaderRow] = 60;

        var members = (report?.MemberList ?? []).Where(m => m.ExemptReason is null && !string.IsNullOrWhiteSpace(m.Name)).ToList();
        var rows = Math.Max(1, members.Count);
        for (var n = 0; n < rows; n++)
        {
            var r = HeaderRow + 1 + n;
            var m = n < members.Count ? members[n] : null;
            var prefill = m is null ? null : MemberForms.Prefill(m);
            foreach (var (header, key, _) in cols)
            {
                var c = Col(key);
                string A(string k) => Cells.Address(r, Col(k));
                var generalRange = $"{A("G1")}:{Cells.Address(r, Col("general") - 1)}";
                var taskRange = $"{A("T1")}:{Cells.Address(r, Col("tasks") - 1)}";
                CellModel cell = key switch
                {
                    "index" => new(S.CenterText, Number: m is null ? null : CellModel.Num(n + 1)),
                    "name" => new(S.InputText, Text: prefill?.Name),
                    "cell" => new(S.InputText, Text: prefill?.Cell),
                    "position" => new(S.InputText, Text: prefill?.Position),
                    "form" => new(S.InputText, Text: prefill?.Form.Number()),
                    "general" => new(S.ComputedDecimal, Formula: $"IF(COUNT({generalRange})=0,\"\",SUM({generalRange}))", CachedText: ""),
                    "tasks" => new(S.ComputedDecimal, Formula: $"IF(COUNT({taskRange})=0,\"\",SUM({taskRange}))", CachedText: ""),
                    "total" => new(S.ComputedDecimal, Formula: $"IF(AND({A("general")}=\"\",{A("tasks")}=\"\"),\"\",N({A("general")})+N({A("tasks")}))", CachedText: ""),
                    "band" => new(S.LockedText, Formula: BandFormula(A("total"), framework), CachedText: ""),
                    "tasksAssigned" or "tasksDone" or "tasksExceeded" or "tasksLate" => new(S.InputCount),
                    "selfLevel" => new(S.InputText, Text: m?.SelfLevel?.VietnameseName()),
                    "proposedLevel" => new(S.InputText, Text: m?.ProposedLevel?.VietnameseName()),
                    "disqualified" => new(S.InputText, Text: m?.Disqualified == true ? WorkbookSchema.YesText : null),
                    "note" => new(S.InputText),
                    _ => new(key.Length == 2 ? S.InputDecimal : S.InputText),
                };
                sheet.Set(r, c, cell);
            }
        }
        sheet.Table = new TableModel(TableName, HeaderRow, 1, members.Count, cols.Select(c => c.Header).ToList());
        var lastValidated = Math.Max(2000, HeaderRow + rows + 500);
        string Range(string key) => $"{Cells.Column(Col(key))}{HeaderRow + 1}:{Cells.Column(Col(key))}{lastValidated}";
        var levels = "\"" + string.Join(",", RatingLevels.All.Select(l => l.VietnameseName())) + "\"";
        sheet.Validations.Add(new DataValidationModel($"{Range("selfLevel")} {Range("proposedLevel")}", levels, "Chọn mức xếp loại."));
        sheet.Validations.Add(new DataValidationModel(Range("form"), "\"2A,2B,2C\"", "2A: lãnh đạo, quản lý; 2B: không giữ chức vụ; 2C: ngoài hệ thống chính trị."));
        sheet.Validations.Add(new DataValidationModel(Range("shortcomings"), $"\"{Remedied},{NotRemedied},{NonePointed}\"", "Hạn chế, khuyết điểm đã chỉ ra ở kỳ trước."));
        sheet.Validations.Add(new DataValidationModel(Range("disqualified"), $"\"{WorkbookSchema.YesText}\"", "Có: bị kỷ luật liên quan chức trách, suy thoái… (Điều 11 khoản 4)."));
        sheet.FreezeRow = HeaderRow;
        sheet.PrintTitleRows = $"5:{HeaderRow}";

        FrameSheet(book, framework);
        using var output = new MemoryStream();
        XlsxPackageWriter.Write(book, output);
        return output.ToArray();
    }

    private static string BandFormula(string total, ScoringFramework f)
    {
        var formula = $"\"{RatingLevel.NotComplete.Abbreviation()}\"";
        foreach (var band in f.Bands.Reverse().Where(b => b.MinScore > 0))
            formula = $"IF({total}>={band.MinScore.ToString(CultureInfo.InvariantCulture)},\"{band.Level.Abbreviation()}\",{formula})";
        return $"IF({total}=\"\",\"\",{formula})";
    }

    private static void FrameSheet(WorkbookModel book, ScoringFramework f)
    {
        var sheet = book.Add(new SheetModel(FrameSheetName) { Landscape = false });
        sheet.Widths[1] = 10; sheet.Widths[2] = 8; sheet.Widths[3] = 80; sheet.Widths[4] = 12;
        sheet.Merge(1, 1, 1, 4, "KHUNG ĐIỂM THEO MẪU KIỂM ĐIỂM", S.Title);
        sheet.Merge(2, 1, 2, 4, "Điểm từng tiêu chí do cấp ủy cấp trên cụ thể hóa (Hướng dẫn 43-HD/BTCTW); nhóm chung cộng 30, nhóm nhiệm vụ cộng 70.", S.ItalicCenter);
        var r = 4;
        for (var c = 0; c < s_criteriaHeaders.Length; c++) sheet.Text(r, c + 1, s_criteriaHeaders[c], S.Header);
        r++;
        foreach (var annex in IndividualAnnexes(f))
            foreach (var c in annex.Criteria)
            {
                sheet.Text(r, 1, annex.Annex.IndividualForm().Number(), S.CenterText);
                sheet.Text(r, 2, c.Code, S.CenterText);
                sheet.Text(r, 3, c.Text, S.Label);
                sheet.Set(r, 4, new CellModel(S.ComputedDecimal, Number: CellModel.Num(c.MaxPoints)));
                r++;
            }
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    /// <summary>
    /// Reads and scores a filled scoring workbook. Never throws: an unreadable file or a workbook that is not a scoring
    /// workbook gives one error; each unreadable value, each score out of range and each proposal above what the score
    /// and the 366 conditions allow is a finding at its sheet and cell.
    /// </summary>
    public static ScoreWorkbookRead Read(byte[] bytes, string fileName, ScoringFramework? framework = null, InputLimits? limits = null)
    {
        framework ??= ScoringFramework.Default366;
        var read = FirstSheetRows.Read(bytes, fileName, limits, sheetName: SheetName);
        if (!read.Ok)
            return new([], [], [Finding.Error(read.Code ?? NotAScoreWorkbook, "", read.Error!)], null, null) { Readable = false };
        var rows = read.Rows!;
        if (!rows.Take(HeaderRow + 2).Any(r => r.Cells?.Any(c => c?.Trim() == FormId) == true))
            return new([], [], [Finding.Error(NotAScoreWorkbook, "", $"Tệp {fileName} không có bảng điểm (trang \"{SheetName}\" hoặc trang đầu không có mã biểu {FormId}); hãy lấy bảng điểm bằng lệnh generate bang-diem hoặc chèn từ tác vụ Excel.")], null, null) { Readable = false };

        var findings = new List<Finding>();
        var sheet = SheetName;
        int? year = null;
        string? unit = null;
        (int Line, List<string>? Cells)? header = null;
        foreach (var row in rows)
        {
            var cells = row.Cells;
            if (cells is null) continue;
            var first = VietnameseText.FoldKey(Get(cells, 0));
            if (first == "nam:" && VietnameseFormat.ParseNumber(Get(cells, 1)) is { } y && y == Math.Truncate(y) && y is >= 1900 and <= 2200) year = (int)y;
            if (first == "don vi:") unit = NullIfEmpty(VietnameseText.Clean(Get(cells, 1)));
            if (cells.Any(c => VietnameseText.FoldKey(c) == "ho va ten")) { header = row; break; }
        }
        if (header is null)
            return new([], [], [Finding.Error(NotAScoreWorkbook, "", $"Tệp {fileName}: trang \"{sheet}\" không có dòng tiêu đề cột (\"Họ và tên\").")], year, unit) { Readable = false };

        var cols = Columns(framework);
        var byKey = new Dictionary<string, int>();
        for (var i = 0; i < header.Value.Cells!.Count; i++)
        {
            var h = VietnameseText.FoldKey(header.Value.Cells[i]);
            var match = cols.FirstOrDefault(c => VietnameseText.FoldKey(c.Header) == h);
            if (match.Key is not null && !byKey.ContainsKey(match.Key)) byKey[match.Key] = i;
        }

        var scoreRows = new List<ScoreRow>();
        var results = new List<ScoreResult>();
        var lines = new List<int>();
        foreach (var (line, cells) in rows.Where(r => r.Line > header.Value.Line))
        {
            if (cells is null) continue;
            string? Txt(string key) => byKey.TryGetValue(key, out var i) ? NullIfEmpty(VietnameseText.Clean(Get(cells, i))) : null;
            var inputKeys = byKey.Keys.Where(k => !cols.First(c => c.Key == k).Computed);
            if (inputKeys.All(k => Txt(k) is null)) continue;
            var index = scoreRows.Count;
            string Addr(string key) => Cells.Address(line, (byKey.TryGetValue(key, out var i) ? i : 0) + 1);
            Finding At(Finding f, string key) => f with { Sheet = sheet, Cell = Addr(key) };
            void Bad(string key, string message) => findings.Add(At(Finding.Error(BadValue, $"scores[{index}].{key}", $"{sheet}!{Addr(key)}: {message}"), key));

            var name = Txt("name");
            if (name is null) findings.Add(At(Finding.Error(NoName, $"scores[{index}].name", $"{sheet}!{Addr("name")}: dòng có điểm nhưng chưa ghi họ và tên."), "name"));
            ReviewFormKind? form = null;
            if (Txt("form") is { } formText)
            {
                form = MemberForms.ParseForm(formText);
                if (form is null) Bad("form", $"mẫu \"{formText}\" không phải 2A, 2B hoặc 2C.");
            }
            var points = new Dictionary<string, decimal>();
            foreach (var key in byKey.Keys.Where(k => k.Length == 2 && (k[0] == 'G' || k[0] == 'T')))
                if (Txt(key) is { } t)
                {
                    if (Number(t) is { } v) points[key] = v;
                    else Bad(key, $"điểm \"{t}\" không phải là số.");
                }
            int? Count(string key, string label)
            {
                if (Txt(key) is not { } t) return null;
                if (Number(t) is { } v && v == Math.Truncate(v) && v is >= -1_000_000 and <= 1_000_000) return (int)v;
                Bad(key, $"{label} \"{t}\" không phải số nguyên.");
                return null;
            }
            RatingLevel? Level(string key, string label)
            {
                if (Txt(key) is not { } t) return null;
                var level = RatingLevelParser.TryParse(t);
                if (level is null) Bad(key, $"{label} \"{t}\" không phải mức xếp loại.");
                return level;
            }
            var shortcomings = ShortcomingsState.NonePointedOut;
            if (Txt("shortcomings") is { } st)
            {
                var k = VietnameseText.FoldKey(st);
                if (k.StartsWith("da", StringComparison.Ordinal) || k == "co") shortcomings = ShortcomingsState.AllRemedied;
                else if (k.StartsWith("chua", StringComparison.Ordinal)) shortcomings = ShortcomingsState.NotAllRemedied;
                else if (!k.StartsWith("khong", StringComparison.Ordinal)) Bad("shortcomings", $"\"{st}\" — ghi {Remedied}, {NotRemedied} hoặc {NonePointed}.");
            }
            var disq = Txt("disqualified") is { } dq && VietnameseText.FoldKey(dq) is "co" or "x" or "yes";
            var row = new ScoreRow
            {
                Name = name ?? "", Cell = Txt("cell"), Position = Txt("position"), Form = form, Points = points,
                TasksAssigned = Count("tasksAssigned", "số nhiệm vụ được giao"), TasksDone = Count("tasksDone", "số hoàn thành"),
                TasksExceeded = Count("tasksExceeded", "số vượt mức"), TasksLate = Count("tasksLate", "số chậm tiến độ"),
                Shortcomings = shortcomings, Disqualified = disq,
                SelfLevel = Level("selfLevel", "tự xếp loại"), ProposedLevel = Level("proposedLevel", "chi bộ đề xuất"),
            };
            var fallback = form ?? MemberForms.FormOf(new MemberEntry { Name = row.Name, Position = row.Position }, out _);
            var result = ScoreSheet.Evaluate(row, index, framework, fallback);
            foreach (var f in result.Findings)
            {
                var key = f.Path[(f.Path.LastIndexOf('.') + 1)..];
                findings.Add(At(f with { Message = $"{sheet}!{Addr(key)}: {f.Message}" }, key));
            }
            scoreRows.Add(row);
            results.Add(result);
            lines.Add(line);
        }
        return new(scoreRows, results, findings, year, unit);
    }

    // ---- into the member list ---------------------------------------------------------------------------------------

    /// <summary>
    /// The member list with the scores merged in: for each scored row, the member of the same name (and chi bộ, when
    /// both say) gets the form, the two group scores, the self level, the chi bộ's proposal, the task figures (assigned,
    /// exceeded, late, undone = assigned − done) and whether earlier shortcomings were remedied; a row with no such member
    /// is added (a warning says so). Rows with errors are not merged (the findings say which); nothing else changes.
    /// </summary>
    public static (UnitReport Report, IReadOnlyList<Finding> Findings) Import(UnitReport report, ScoreWorkbookRead scores)
    {
        var findings = new List<Finding>();
        var list = (report.MemberList ?? []).ToList();
        var errorRows = scores.Findings.Where(f => f.Severity == Severity.Error)
            .Select(f => RowIndex(f.Path)).Where(i => i >= 0).ToHashSet();
        for (var i = 0; i < scores.Rows.Count; i++)
        {
            var row = scores.Rows[i];
            var result = scores.Results[i];
            if (errorRows.Contains(i) || row.Name.Length == 0) continue;
            var matches = list.Select((m, at) => (m, at))
                .Where(x => MemberForms.SameName(x.m.Name, row.Name) && (row.Cell is null || x.m.Cell is null || MemberForms.SameName(x.m.Cell, row.Cell)))
                .ToList();
            if (matches.Count > 1)
            {
                findings.Add(Finding.Warning(MemberDuplicate, $"scores[{i}].name",
                    $"Đảng viên {row.Name}: danh sách đảng viên có {matches.Count} người cùng tên{(row.Cell is null ? "" : " trong " + row.Cell)}; ghi chi bộ ở bảng điểm để phân biệt. Chưa cập nhật."));
                continue;
            }
            var updated = (matches.Count == 1 ? matches[0].m : new MemberEntry { Name = row.Name, Cell = row.Cell, Position = row.Position }) with
            {
                Form = result.Form.Number(),
                GeneralScore = result.General,
                TaskScore = result.Tasks,
            };
            if (row.SelfLevel is { } self) updated = updated with { SelfLevel = self };
            if (row.ProposedLevel is { } proposed) updated = updated with { ProposedLevel = proposed };
            if (row.Disqualified) updated = updated with { Disqualified = true };
            // The task counts and the shortcomings feed the member list's 366 task conditions (checked by the ruleset).
            if (row.TasksAssigned is { } assigned)
                updated = updated with
                {
                    Tasks = new TaskFigures
                    {
                        Assigned = assigned,
                        Exceeded = row.TasksExceeded,
                        Late = row.TasksLate,
                        Undone = row.TasksDone is { } done ? assigned - done : null,
                    },
                };
            if (row.Shortcomings != ShortcomingsState.NonePointedOut)
                updated = updated with { ShortcomingsFixed = row.Shortcomings == ShortcomingsState.AllRemedied };
            if (matches.Count == 1) list[matches[0].at] = updated;
            else
            {
                list.Add(updated);
                findings.Add(Finding.Warning(MemberAdded, $"scores[{i}].name",
                    $"Đảng viên {row.Name} có trong bảng điểm nhưng chưa có trong danh sách đảng viên; đã thêm vào cuối danh sách."));
            }
        }
        return (report with { MemberList = list }, findings);
    }

    private static int RowIndex(string path)
    {
        if (!path.StartsWith("scores[", StringComparison.Ordinal)) return -1;
        var end = path.IndexOf(']');
        return end > 7 && int.TryParse(path.AsSpan(7, end - 7), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
    }

    /// <summary>A cell's number: Excel stores numbers in invariant form ("7.5"); typed text may use the Vietnamese form ("7,5").</summary>
    private static decimal? Number(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")
        && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : VietnameseFormat.ParseNumber(text);

    private static string Get(List<string> cells, int i) => i < cells.Count ? cells[i] ?? "" : "";
    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
