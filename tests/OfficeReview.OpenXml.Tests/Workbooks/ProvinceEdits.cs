using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>
/// Edits a workbook the way Excel does when a province restyles the template: every reference that points at a moved
/// cell is rewritten (cells, merges, formulas, defined names, table refs), as Excel itself would.
/// </summary>
internal sealed partial class ProvinceEdits
{
    private static readonly XNamespace s_m = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace s_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly Dictionary<string, XDocument> _xml = [];
    private readonly Dictionary<string, byte[]> _other = [];
    private readonly List<string> _order = [];

    public ProvinceEdits(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        foreach (var e in zip.Entries)
        {
            _order.Add(e.FullName);
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            if (e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)) _xml[e.FullName] = XDocument.Load(new MemoryStream(ms.ToArray()));
            else _other[e.FullName] = ms.ToArray();
        }
    }

    public byte[] Save()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
            foreach (var name in _order)
            {
                using var s = zip.CreateEntry(name).Open();
                if (_xml.TryGetValue(name, out var doc)) doc.Save(s, SaveOptions.DisableFormatting);
                else s.Write(_other[name]);
            }
        return ms.ToArray();
    }

    private XDocument Workbook => _xml["xl/workbook.xml"];

    private string SheetPath(string sheetName)
    {
        var sheet = Workbook.Descendants(s_m + "sheet").Single(s => (string)s.Attribute("name")! == sheetName);
        var rid = (string)sheet.Attribute(s_r + "id")!;
        var rel = _xml["xl/_rels/workbook.xml.rels"].Root!.Elements().Single(e => (string)e.Attribute("Id")! == rid);
        return "xl/" + (string)rel.Attribute("Target")!;
    }

    public ProvinceEdits RenameSheet(string from, string to)
    {
        Workbook.Descendants(s_m + "sheet").Single(s => (string)s.Attribute("name")! == from).SetAttributeValue("name", to);
        foreach (var n in Workbook.Descendants(s_m + "definedName"))
            n.Value = n.Value.Replace($"'{from}'!", $"'{to}'!");
        return this;
    }

    public ProvinceEdits HideSheet(string name)
    {
        Workbook.Descendants(s_m + "sheet").Single(s => (string)s.Attribute("name")! == name).SetAttributeValue("state", "hidden");
        return this;
    }

    public ProvinceEdits WidenColumns(string sheetName, double width)
    {
        foreach (var col in _xml[SheetPath(sheetName)].Descendants(s_m + "col")) col.SetAttributeValue("width", width);
        return this;
    }

    /// <summary>Inserts <paramref name="count"/> rows before row <paramref name="before"/>, with a note in the first.</summary>
    public ProvinceEdits InsertRows(string sheetName, int before, int count, string note)
    {
        var doc = _xml[SheetPath(sheetName)];
        Shift(doc, sheetName, (r, c) => r >= before ? (r + count, c) : (r, c));
        var data = doc.Descendants(s_m + "sheetData").Single();
        var row = new XElement(s_m + "row", new XAttribute("r", before),
            new XElement(s_m + "c", new XAttribute("r", $"B{before}"), new XAttribute("t", "inlineStr"), new XElement(s_m + "is", new XElement(s_m + "t", note))));
        var next = data.Elements(s_m + "row").First(e => (int)e.Attribute("r")! > before);
        next.AddBeforeSelf(row);
        return this;
    }

    /// <summary>Inserts a column before <paramref name="before"/>; inside a table it becomes a new table column.</summary>
    public ProvinceEdits InsertColumn(string sheetName, int before, string header, string value)
    {
        var path = SheetPath(sheetName);
        var doc = _xml[path];
        Shift(doc, sheetName, (r, c) => c >= before ? (r, c + 1) : (r, c));
        // Table: widen the ref and add the column.
        var relsPath = path.Replace("worksheets/", "worksheets/_rels/") + ".rels";
        int? headerRow = null;
        if (_xml.TryGetValue(relsPath, out var rels))
            foreach (var rel in rels.Root!.Elements())
            {
                var table = _xml["xl/" + ((string)rel.Attribute("Target")!).Replace("../", "")];
                var t = table.Root!;
                var reference = (string)t.Attribute("ref")!;
                var (r1, c1, r2, c2) = Range(reference);
                if (before <= c1 || before > c2 + 1) continue;
                var newRef = $"{Col(c1)}{r1}:{Col(c2 + 1)}{r2}";
                t.SetAttributeValue("ref", newRef);
                t.Element(s_m + "autoFilter")?.SetAttributeValue("ref", newRef);
                var cols = t.Element(s_m + "tableColumns")!;
                var list = cols.Elements().ToList();
                var maxId = list.Max(e => (int)e.Attribute("id")!);
                list[before - c1].AddBeforeSelf(new XElement(s_m + "tableColumn", new XAttribute("id", maxId + 1), new XAttribute("name", header)));
                cols.SetAttributeValue("count", list.Count + 1);
                headerRow = r1;
            }
        foreach (var row in doc.Descendants(s_m + "row"))
        {
            var r = (int)row.Attribute("r")!;
            var text = r == headerRow ? header : headerRow is not null && r > headerRow ? value : null;
            if (text is null) continue;
            var cell = new XElement(s_m + "c", new XAttribute("r", $"{Col(before)}{r}"), new XAttribute("t", "inlineStr"), new XElement(s_m + "is", new XElement(s_m + "t", text)));
            var after = row.Elements(s_m + "c").FirstOrDefault(c => Range((string)c.Attribute("r")!).C1 > before);
            if (after is null) row.Add(cell); else after.AddBeforeSelf(cell);
        }
        return this;
    }

    /// <summary>Types a value over a cell (dropping a formula), as a user does.</summary>
    public ProvinceEdits Type(string sheetName, string cellRef, string raw, bool asText = false)
    {
        var doc = _xml[SheetPath(sheetName)];
        var cell = doc.Descendants(s_m + "c").Single(c => (string)c.Attribute("r")! == cellRef);
        cell.Elements().Remove();
        if (asText)
        {
            cell.SetAttributeValue("t", "inlineStr");
            cell.Add(new XElement(s_m + "is", new XElement(s_m + "t", raw)));
        }
        else
        {
            cell.SetAttributeValue("t", null);
            cell.Add(new XElement(s_m + "v", raw));
        }
        return this;
    }

    private void Shift(XDocument doc, string sheetName, Func<int, int, (int, int)> move)
    {
        string MoveRef(string a1)
        {
            var (r1, c1, r2, c2) = Range(a1);
            var (nr1, nc1) = move(r1, c1);
            if (r2 == r1 && c2 == c1) return $"{Col(nc1)}{nr1}";
            var (nr2, nc2) = move(r2, c2);
            return $"{Col(nc1)}{nr1}:{Col(nc2)}{nr2}";
        }
        foreach (var row in doc.Descendants(s_m + "row").ToList())
        {
            var r = (int)row.Attribute("r")!;
            row.SetAttributeValue("r", move(r, 1).Item1);
            foreach (var c in row.Elements(s_m + "c"))
            {
                c.SetAttributeValue("r", MoveRef((string)c.Attribute("r")!));
                if (c.Element(s_m + "f") is { } f) f.Value = CellRef().Replace(f.Value, m => MoveOne(m, move));
            }
        }
        foreach (var m in doc.Descendants(s_m + "mergeCell")) m.SetAttributeValue("ref", MoveRef((string)m.Attribute("ref")!));
        foreach (var n in Workbook.Descendants(s_m + "definedName"))
        {
            var prefix = $"'{sheetName}'!";
            if (!n.Value.StartsWith(prefix, StringComparison.Ordinal)) continue;
            n.Value = prefix + AbsRef().Replace(n.Value[prefix.Length..], m => MoveOne(m, move));
        }
    }

    private static string MoveOne(Match m, Func<int, int, (int, int)> move)
    {
        var colAbs = m.Groups[1].Value;
        var rowAbs = m.Groups[3].Value;
        var (r, c) = move(int.Parse(m.Groups[4].Value), ColNumber(m.Groups[2].Value));
        return $"{colAbs}{Col(c)}{rowAbs}{r}";
    }

    [GeneratedRegex(@"(?<![A-Za-z_])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])")]
    private static partial Regex CellRef();

    [GeneratedRegex(@"(\$?)([A-Z]{1,3})(\$?)(\d+)")]
    private static partial Regex AbsRef();

    private static (int R1, int C1, int R2, int C2) Range(string a1)
    {
        var parts = a1.Split(':');
        var m1 = Regex.Match(parts[0], @"^\$?([A-Z]+)\$?(\d+)$");
        var m2 = Regex.Match(parts[^1], @"^\$?([A-Z]+)\$?(\d+)$");
        return (int.Parse(m1.Groups[2].Value), ColNumber(m1.Groups[1].Value), int.Parse(m2.Groups[2].Value), ColNumber(m2.Groups[1].Value));
    }

    private static int ColNumber(string letters) => letters.Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1);

    private static string Col(int n)
    {
        var s = "";
        while (n > 0) { var m = (n - 1) % 26; s = (char)('A' + m) + s; n = (n - 1) / 26; }
        return s;
    }
}
