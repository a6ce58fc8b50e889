using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace OfficeReview.OpenXml.Workbooks.Templates;

/// <summary>A workbook being built: sheets in order plus defined names.</summary>
internal sealed class WorkbookModel
{
    public List<SheetModel> Sheets { get; } = [];
    /// <summary>Workbook-level defined names: name → reference ("'Thông tin'!$C$8").</summary>
    public SortedDictionary<string, string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);
    public int PercentDecimals { get; init; } = 2;
    public string Title { get; init; } = "";

    public SheetModel Add(SheetModel sheet) { Sheets.Add(sheet); return sheet; }

    public void Name(string name, SheetModel sheet, int row, int col) =>
        Names[name] = $"{Cells.QuoteSheet(sheet.Name)}!{Cells.Absolute(row, col)}";

    public void NameRange(string name, SheetModel sheet, int row1, int col1, int row2, int col2) =>
        Names[name] = $"{Cells.QuoteSheet(sheet.Name)}!{Cells.Absolute(row1, col1)}:{Cells.Absolute(row2, col2)}";
}

/// <summary>
/// Serializes a <see cref="WorkbookModel"/> to an .xlsx that is byte-for-byte deterministic: fixed entry order,
/// fixed timestamps, fixed relationship ids, shared strings in first-use order.
/// </summary>
internal static class XlsxPackageWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly DateTimeOffset s_stamp = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(WorkbookModel book, Stream output)
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Sst(string s)
        {
            s = Sanitize(s);
            if (!index.TryGetValue(s, out var i)) { i = strings.Count; strings.Add(s); index[s] = i; }
            return i;
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var sheetXml = new List<byte[]>();
        foreach (var sheet in book.Sheets) sheetXml.Add(SheetXml(sheet, Sst, book.Sheets.IndexOf(sheet) == 0));

        var tables = book.Sheets.Select((s, i) => (s, i)).Where(x => x.s.Table is not null).ToList();

        Entry(zip, "[Content_Types].xml", ContentTypes(book, tables.Count));
        Entry(zip, "_rels/.rels",
            $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>" +
            "</Relationships>");
        Entry(zip, "docProps/core.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
            $"<dc:title>{Escape(book.Title)}</dc:title><dc:creator>OfficeReview</dc:creator></cp:coreProperties>");
        Entry(zip, "docProps/app.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>OfficeReview</Application></Properties>");
        Entry(zip, "xl/workbook.xml", WorkbookXml(book));
        Entry(zip, "xl/_rels/workbook.xml.rels", WorkbookRels(book));
        Entry(zip, "xl/styles.xml", WorkbookStyles.Xml(book.PercentDecimals));
        for (var i = 0; i < book.Sheets.Count; i++)
        {
            Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]);
            if (book.Sheets[i].Table is { } table)
            {
                var t = tables.FindIndex(x => x.i == i) + 1;
                Entry(zip, $"xl/worksheets/_rels/sheet{i + 1}.xml.rels",
                    $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                    $"<Relationship Id=\"rId1\" Type=\"{Rel}/table\" Target=\"../tables/table{t}.xml\"/></Relationships>");
                Entry(zip, $"xl/tables/table{t}.xml", TableXml(table, t));
            }
        }
        Entry(zip, "xl/sharedStrings.xml", SharedStringsXml(strings));
    }

    private static void Entry(ZipArchive zip, string name, string content) => Entry(zip, name, Encoding.UTF8.GetBytes(content));

    private static void Entry(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = s_stamp;
        using var s = entry.Open();
        s.Write(content);
    }

    private static string ContentTypes(WorkbookModel book, int tableCount)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        sb.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        sb.Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        sb.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (var i = 1; i <= book.Sheets.Count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        for (var i = 1; i <= tableCount; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/tables/table{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml\"/>");
        sb.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        sb.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        sb.Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        sb.Append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
        sb.Append("</Types>");
        return sb.ToString();
    }

    private static string WorkbookXml(WorkbookModel book)
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\">");
        sb.Append("<workbookPr/><bookViews><workbookView xWindow=\"0\" yWindow=\"0\" windowWidth=\"28800\" windowHeight=\"15000\" activeTab=\"0\"/></bookViews><sheets>");
        for (var i = 0; i < book.Sheets.Count; i++)
        {
            var s = book.Sheets[i];
            sb.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{Escape(s.Name)}\" sheetId=\"{i + 1}\"{(s.Hidden ? " state=\"hidden\"" : "")} r:id=\"rId{i + 1}\"/>");
        }
        sb.Append("</sheets><definedNames>");
        var all = new List<(string Name, int? Local, string Ref)>();
        foreach (var (name, reference) in book.Names) all.Add((name, null, reference));
        for (var i = 0; i < book.Sheets.Count; i++)
            if (book.Sheets[i].PrintTitleRows is { } rows)
                all.Add(("_xlnm.Print_Titles", i, $"{Cells.QuoteSheet(book.Sheets[i].Name)}!${rows.Replace(":", ":$")}"));
        foreach (var (name, local, reference) in all.OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase).ThenBy(n => n.Local))
            sb.Append(CultureInfo.InvariantCulture, $"<definedName name=\"{name}\"{(local is { } l ? $" localSheetId=\"{l}\"" : "")}>{Escape(reference)}</definedName>");
        sb.Append("</definedNames><calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>");
        return sb.ToString();
    }

    private static string WorkbookRels(WorkbookModel book)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 0; i < book.Sheets.Count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i + 1}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
        var n = book.Sheets.Count;
        sb.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{n + 1}\" Type=\"{Rel}/styles\" Target=\"styles.xml\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{n + 2}\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        sb.Append("</Relationships>");
        return sb.ToString();
    }

    private static string TableXml(TableModel t, int id)
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<table xmlns=\"{Main}\" id=\"{id}\" name=\"{t.Name}\" displayName=\"{t.Name}\" ref=\"{t.Ref}\" totalsRowShown=\"0\">");
        sb.Append(CultureInfo.InvariantCulture, $"<autoFilter ref=\"{t.Ref}\"/><tableColumns count=\"{t.Columns.Count}\">");
        for (var i = 0; i < t.Columns.Count; i++) sb.Append(CultureInfo.InvariantCulture, $"<tableColumn id=\"{i + 1}\" name=\"{Escape(t.Columns[i])}\"/>");
        sb.Append("</tableColumns><tableStyleInfo name=\"TableStyleLight1\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>");
        return sb.ToString();
    }

    private static string SharedStringsXml(List<string> strings)
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"{Main}\" count=\"{strings.Count}\" uniqueCount=\"{strings.Count}\">");
        foreach (var s in strings)
        {
            var space = s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n')) ? " xml:space=\"preserve\"" : "";
            sb.Append(CultureInfo.InvariantCulture, $"<si><t{space}>{Escape(s)}</t></si>");
        }
        sb.Append("</sst>");
        return sb.ToString();
    }

    private static byte[] SheetXml(SheetModel sheet, Func<string, int> sst, bool selected)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            w.WriteStartDocument(true);
            w.WriteStartElement("worksheet", Main);
            w.WriteAttributeString("xmlns", "r", null, Rel);
            w.WriteStartElement("sheetPr", Main);
            w.WriteStartElement("pageSetUpPr", Main); w.WriteAttributeString("fitToPage", "1"); w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("dimension", Main);
            w.WriteAttributeString("ref", $"A1:{Cells.Address(sheet.MaxRow, Math.Max(1, sheet.MaxCol))}");
            w.WriteEndElement();
            w.WriteStartElement("sheetViews", Main);
            w.WriteStartElement("sheetView", Main);
            if (selected) w.WriteAttributeString("tabSelected", "1");
            w.WriteAttributeString("workbookViewId", "0");
            if (sheet.FreezeRow > 0)
            {
                w.WriteStartElement("pane", Main);
                w.WriteAttributeString("ySplit", I(sheet.FreezeRow));
                w.WriteAttributeString("topLeftCell", $"A{sheet.FreezeRow + 1}");
                w.WriteAttributeString("activePane", "bottomLeft");
                w.WriteAttributeString("state", "frozen");
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("sheetFormatPr", Main); w.WriteAttributeString("defaultRowHeight", "15.75"); w.WriteEndElement();
            if (sheet.Widths.Count > 0)
            {
                w.WriteStartElement("cols", Main);
                foreach (var (col, width) in sheet.Widths)
                {
                    w.WriteStartElement("col", Main);
                    w.WriteAttributeString("min", I(col)); w.WriteAttributeString("max", I(col));
                    w.WriteAttributeString("width", width.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteAttributeString("customWidth", "1");
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteStartElement("sheetData", Main);
            foreach (var (r, cells) in sheet.Rows)
            {
                w.WriteStartElement("row", Main);
                w.WriteAttributeString("r", I(r));
                if (sheet.Heights.TryGetValue(r, out var h))
                {
                    w.WriteAttributeString("ht", h.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteAttributeString("customHeight", "1");
                }
                foreach (var (c, cell) in cells) WriteCell(w, r, c, cell, sst);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            if (sheet.Protect)
            {
                w.WriteStartElement("sheetProtection", Main);
                w.WriteAttributeString("sheet", "1"); w.WriteAttributeString("objects", "1"); w.WriteAttributeString("scenarios", "1");
                w.WriteAttributeString("formatCells", "0"); w.WriteAttributeString("formatColumns", "0"); w.WriteAttributeString("formatRows", "0");
                w.WriteAttributeString("insertRows", "0"); w.WriteAttributeString("autoFilter", "0");
                w.WriteEndElement();
            }
            if (sheet.Merges.Count > 0)
            {
                w.WriteStartElement("mergeCells", Main);
                w.WriteAttributeString("count", I(sheet.Merges.Count));
                foreach (var m in sheet.Merges) { w.WriteStartElement("mergeCell", Main); w.WriteAttributeString("ref", m); w.WriteEndElement(); }
                w.WriteEndElement();
            }
            if (sheet.Validations.Count > 0)
            {
                w.WriteStartElement("dataValidations", Main);
                w.WriteAttributeString("count", I(sheet.Validations.Count));
                foreach (var v in sheet.Validations)
                {
                    w.WriteStartElement("dataValidation", Main);
                    w.WriteAttributeString("type", "list");
                    w.WriteAttributeString("allowBlank", "1");
                    w.WriteAttributeString("showInputMessage", "1");
                    w.WriteAttributeString("showErrorMessage", "1");
                    w.WriteAttributeString("errorTitle", "Giá trị không hợp lệ");
                    w.WriteAttributeString("error", "Chọn một giá trị trong danh sách.");
                    w.WriteAttributeString("promptTitle", "Chọn trong danh sách");
                    w.WriteAttributeString("prompt", v.Prompt);
                    w.WriteAttributeString("sqref", v.Sqref);
                    w.WriteElementString("formula1", Main, v.ListFormula);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteStartElement("pageMargins", Main);
            foreach (var (k, v) in new[] { ("left", "0.5"), ("right", "0.4"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3") })
                w.WriteAttributeString(k, v);
            w.WriteEndElement();
            w.WriteStartElement("pageSetup", Main);
            w.WriteAttributeString("paperSize", "9");
            w.WriteAttributeString("fitToHeight", "0");
            w.WriteAttributeString("orientation", sheet.Landscape ? "landscape" : "portrait");
            w.WriteEndElement();
            w.WriteStartElement("headerFooter", Main);
            w.WriteElementString("oddFooter", Main, "&CTrang &P/&N");
            w.WriteEndElement();
            if (sheet.Table is not null)
            {
                w.WriteStartElement("tableParts", Main);
                w.WriteAttributeString("count", "1");
                w.WriteStartElement("tablePart", Main); w.WriteAttributeString("id", Rel, "rId1"); w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return ms.ToArray();
    }

    private static void WriteCell(XmlWriter w, int r, int c, CellModel cell, Func<string, int> sst)
    {
        w.WriteStartElement("c", Main);
        w.WriteAttributeString("r", Cells.Address(r, c));
        if (cell.Style != 0) w.WriteAttributeString("s", I(cell.Style));
        if (cell.Formula is not null)
        {
            if (cell.CachedText is not null) w.WriteAttributeString("t", "str");
            w.WriteElementString("f", Main, cell.Formula);
            if (cell.CachedText is not null) w.WriteElementString("v", Main, cell.CachedText);
            else if (cell.CachedNumber is not null) w.WriteElementString("v", Main, cell.CachedNumber);
        }
        else if (cell.Text is not null)
        {
            w.WriteAttributeString("t", "s");
            w.WriteElementString("v", Main, I(sst(cell.Text)));
        }
        else if (cell.Number is not null)
        {
            w.WriteElementString("v", Main, cell.Number);
        }
        w.WriteEndElement();
    }

    private static string I(long v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static string I(uint v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Escape(string s) => System.Security.SecurityElement.Escape(Sanitize(s)) ?? "";

    /// <summary>Drops characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone surrogates).</summary>
    internal static string Sanitize(string s)
    {
        var clean = true;
        foreach (var ch in s)
            if ((ch < 0x20 && ch is not ('\t' or '\n' or '\r')) || ch is '\uFFFE' or '\uFFFF' || char.IsSurrogate(ch)) { clean = false; break; }
        if (clean) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(ch).Append(s[++i]); continue; }
            if ((ch < 0x20 && ch is not ('\t' or '\n' or '\r')) || ch is '\uFFFE' or '\uFFFF' || char.IsSurrogate(ch)) continue;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
