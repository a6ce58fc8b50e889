using System.Security;
using System.Text;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Synthetic;
using OfficeReview.OpenXml.Documents;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.HostileCorpus;

/// <summary>
/// The valid inputs every hostile file starts from, all produced by the project's own writers (a synthetic province,
/// its unit workbook and JSON report, the blank form, a party-format template) or written here as plain XML (a short
/// report document, unit lists). Deterministic: the same bytes on every run.
/// </summary>
public sealed class Seeds
{
    public SyntheticProvince Province { get; }
    /// <summary>A chi bộ with a member list: the unit whose files are damaged.</summary>
    public UnitReport Cell { get; }
    public UnitReport Parent { get; }
    public byte[] UnitWorkbook { get; }
    public byte[] BlankWorkbook { get; }
    public byte[] ConsolidatedWorkbook { get; }
    public byte[] ReportJson { get; }
    public byte[] ReportDocx { get; }
    public byte[] TemplateDocx { get; }
    public byte[] UnitListCsv { get; }
    public byte[] UnitListJson { get; }
    public byte[] UnitListXlsx { get; }

    /// <summary>The campaign the HTTP test creates: these units (the province's), submitted to as <see cref="Cell"/>.</summary>
    public IReadOnlyList<UnitInfo> Units => Province.Units.Select(u => u.Unit).ToList();

    public Seeds()
    {
        Province = SyntheticProvince.Generate(new SyntheticOptions { Units = 12, Members = 240, Seed = 9, Year = 2025 });
        Cell = Province.Units.First(u => u.MemberList is { Count: >= 10 } && u.Unit.Parent is not null);
        Parent = Province.Units.First(u => u.Unit.Code == Cell.Unit.Parent);
        UnitWorkbook = UnitWorkbookWriter.Write(Cell);
        BlankWorkbook = WorkbookTemplates.Unit();
        ConsolidatedWorkbook = WorkbookTemplates.Consolidated();
        ReportJson = Encoding.UTF8.GetBytes(UnitReportJson.Write(Cell));
        ReportDocx = Docx(ReportParagraphs);
        TemplateDocx = PartyTemplateGenerator.Generate(TemplateKind.BaoCao);
        UnitListCsv = Encoding.UTF8.GetBytes(Csv(Units.Select(Row)));
        UnitListJson = Encoding.UTF8.GetBytes(UnitsJson(Units.Select(Row)));
        UnitListXlsx = Xlsx([["code", "name", "kind", "category", "parent"], .. Units.Select(Row)]);
    }

    /// <summary>The chi bộ's report with a known error: 30 members rated, the four levels add up to 29.</summary>
    public byte[] ReportWithError()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ReportJson)!;
        node.AsObject().Remove("memberList");
        node["members"] = new System.Text.Json.Nodes.JsonObject
        {
            ["total"] = 30, ["notRated"] = 0, ["rated"] = 30, ["excellent"] = 5, ["good"] = 20, ["complete"] = 4, ["notComplete"] = 0,
        };
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    public static string[] Row(UnitInfo u) => [u.Code, u.Name, u.Kind.Slug(), u.Category ?? "", u.Parent ?? ""];

    /// <summary>A short report whose figures agree with each other and with the quota (check-report finds nothing in it).</summary>
    public static readonly string[] ReportParagraphs =
    [
        "BÁO CÁO kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
        "Tổng số tổ chức cơ sở đảng: 40; số được đánh giá, xếp loại: 40/40.",
        "Trong đó: Hoàn thành xuất sắc nhiệm vụ 05 tổ chức, chiếm 12,5%; Hoàn thành tốt nhiệm vụ 30, chiếm 75,0%; Hoàn thành nhiệm vụ 05, chiếm 12,5%; Không hoàn thành nhiệm vụ 0.",
        "Tổng số đảng viên của đảng bộ: 1.200; số đảng viên tham gia đánh giá, xếp loại: 1.200.",
        "Kết quả: Hoàn thành xuất sắc nhiệm vụ 150 đồng chí, chiếm 12,5%; Hoàn thành tốt nhiệm vụ 930 đồng chí, chiếm 77,5%; Hoàn thành nhiệm vụ 120 đồng chí, chiếm 10,0%; Không hoàn thành nhiệm vụ 0 đồng chí.",
    ];

    public const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static string DocumentXml(string bodyXml) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WordMain}\" xmlns:r=\"{Relationships}\"><w:body>{bodyXml}</w:body></w:document>";

    public static string Paragraphs(IEnumerable<string> texts) =>
        string.Concat(texts.Select(t => $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(t)}</w:t></w:r></w:p>"));

    /// <summary>A minimal .docx package: content types, package relationships, the document part (and extra parts).</summary>
    public static Package DocxPackage(string documentXml, string documentRels = "", string extraContentTypes = "")
    {
        var p = new Package();
        p.Set("[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
            extraContentTypes + "</Types>");
        p.Set("_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        p.Set("word/document.xml", documentXml);
        if (documentRels.Length > 0)
            p.Set("word/_rels/document.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + documentRels + "</Relationships>");
        return p;
    }

    public static byte[] Docx(IEnumerable<string> paragraphs) => DocxPackage(DocumentXml(Paragraphs(paragraphs))).ToZip();

    public static string Csv(IEnumerable<string[]> rows) =>
        "code,name,kind,category,parent\n" + string.Concat(rows.Select(r => string.Join(",", r.Select(CsvCell)) + "\n"));

    private static string CsvCell(string s) => s.Contains(',') || s.Contains('"') || s.Contains('\n') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    public static string UnitsJson(IEnumerable<string[]> rows) =>
        System.Text.Json.JsonSerializer.Serialize(rows.Select(r => new { code = r[0], name = r[1], kind = r[2], category = r[3].Length == 0 ? null : r[3], parent = r[4].Length == 0 ? null : r[4] }));

    public const string SpreadsheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A plain one-sheet workbook of inline strings (a unit list as a province keeps it).</summary>
    public static byte[] Xlsx(IEnumerable<string[]> rows) => XlsxPackage(SheetXml(rows)).ToZip();

    public static string SheetXml(IEnumerable<string[]> rows)
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{SpreadsheetMain}\"><sheetData>");
        var r = 0;
        foreach (var row in rows)
        {
            r++;
            sb.Append($"<row r=\"{r}\">");
            for (var c = 0; c < row.Length; c++)
                sb.Append($"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(row[c])}</t></is></c>");
            sb.Append("</row>");
        }
        return sb.Append("</sheetData></worksheet>").ToString();
    }

    public static string WorkbookXml(string sheets = "<sheet name=\"Don vi\" sheetId=\"1\" r:id=\"rId1\"/>") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{SpreadsheetMain}\" xmlns:r=\"{Relationships}\"><sheets>{sheets}</sheets></workbook>";

    public static Package XlsxPackage(string sheetXml, string? workbookXml = null)
    {
        var p = new Package();
        p.Set("[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        p.Set("_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        p.Set("xl/workbook.xml", workbookXml ?? WorkbookXml());
        p.Set("xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        p.Set("xl/worksheets/sheet1.xml", sheetXml);
        return p;
    }
}
