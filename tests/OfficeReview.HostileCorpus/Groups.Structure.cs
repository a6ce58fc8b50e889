using System.Text;

namespace OfficeReview.HostileCorpus;

// Items 1 (deep nesting), 2 (no sign-in), 3 (expansion, memory, CPU), 4 (cross-site requests).
public sealed partial class HostileCorpusGenerator
{
    private void DeepNesting()
    {
        const int item = 1;
        (string Open, string Close, string Name)[] word =
        [
            ("<w:customXml w:element=\"a\">", "</w:customXml>", "customxml"),
            ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "sdt"),
            ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "table"),
            ("<w:x>", "</w:x>", "unknown"),
        ];
        foreach (var depth in new[] { 140_000, 60_000, 20_000 })
            foreach (var (open, close, name) in word)
            {
                var body = Seeds.Paragraphs(Seeds.ReportParagraphs) + Nest(open, close, depth);
                var docx = Seeds.DocxPackage(Seeds.DocumentXml(body)).ToZip();
                _out.Add($"docx-nested-{name}-{depth}.docx", docx, E(Targets.CheckReport, item, Expected.Unreadable,
                    $"document.xml with {depth:N0} nested {name} elements (~{docx.Length / 1024} KB): the SDK's recursive DOM loader overflows the stack") with
                { Isolate = true });
            }
        // Deep nesting in other parts of a report document.
        foreach (var (part, xml) in new[]
        {
            ("word/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"{Seeds.WordMain}\">{Nest("<w:style>", "</w:style>", 140_000)}</w:styles>"),
            ("word/numbering.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"{Seeds.WordMain}\">{Nest("<w:abstractNum>", "</w:abstractNum>", 140_000)}</w:numbering>"),
        })
        {
            var p = Seeds.DocxPackage(Seeds.DocumentXml(Seeds.Paragraphs(Seeds.ReportParagraphs)),
                $"<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{(part.Contains("styles") ? "styles" : "numbering")}\" Target=\"{part[5..]}\"/>");
            p.Set(part, xml);
            _out.Add($"docx-nested-{Path.GetFileNameWithoutExtension(part)}.docx", p.ToZip(), E(Targets.CheckReport, item, Expected.Unreadable,
                $"{part} with 140.000 nested elements") with
            { Isolate = true });
        }

        // The unit list as a small .xlsx whose workbook.xml nests 140.000 elements (issue: sent to the unit-list import).
        var nestedWorkbook = Seeds.WorkbookXml().Replace("</workbook>", Nest("<a>", "</a>", 140_000) + "</workbook>");
        var unitList = Seeds.XlsxPackage(Seeds.SheetXml([["code", "name", "kind", "category", "parent"], .. _seeds.Units.Select(Seeds.Row)]), nestedWorkbook).ToZip();
        _out.Add("unit-list-nested-workbook.xlsx", unitList, E(Targets.UnitImport, item, Expected.Unreadable,
            $"unit list .xlsx (~{unitList.Length / 1024} KB) whose workbook.xml nests 140.000 elements: stack overflow in UnitListWorkbook.Rows") with
        { Isolate = true });
        _out.Add("unit-list-nested-workbook-validate.xlsx", unitList, E(Targets.Validate, item, Expected.Unreadable,
            "the same nested unit list sent to validate") with
        { Isolate = true });
        var deepRows = Seeds.XlsxPackage(Seeds.SheetXml([["code", "kind"]]).Replace("<sheetData>", "<sheetData>" + Nest("<x>", "</x>", 140_000))).ToZip();
        _out.Add("unit-list-nested-sheet.xlsx", deepRows, E(Targets.UnitImport, item, Expected.Unreadable, "unit list whose worksheet nests 140.000 elements") with { Isolate = true });

        // The unit workbook with deep nesting in each part the reader opens.
        foreach (var (part, name) in new[] { ("xl/workbook.xml", "workbook"), (MembersSheet, "sheet"), ("xl/sharedStrings.xml", "sharedstrings"), ("xl/styles.xml", "styles"), (MemberTable, "table"), ("[Content_Types].xml", "contenttypes"), ("xl/_rels/workbook.xml.rels", "rels") })
        {
            var wb = Workbook().Edit(part, xml =>
            {
                var close = xml.LastIndexOf("</", StringComparison.Ordinal);
                return xml[..close] + Nest("<a>", "</a>", 140_000) + xml[close..];
            }).ToZip();
            _out.Add($"workbook-nested-{name}.xlsx", wb, E(Targets.Validate, item, Expected.Unreadable, $"unit workbook whose {part} nests 140.000 elements") with { Isolate = true });
        }
        var submitNested = Workbook().Edit("xl/workbook.xml", xml => xml.Replace("</workbook>", Nest("<a>", "</a>", 140_000) + "</workbook>")).ToZip();
        _out.Add("submit-nested-workbook.xlsx", submitNested, E(Targets.Submit, item, Expected.Unreadable, "submission whose workbook.xml nests 140.000 elements") with { Isolate = true });
        _out.Add("merge-nested-workbook.xlsx", submitNested, E(Targets.Merge, item, Expected.Unreadable, "merge of one workbook whose workbook.xml nests 140.000 elements") with { Isolate = true });

        // JSON nesting.
        _out.Add("report-nested-arrays.json", U("{\"schema\":\"officereview.unit-report/1\",\"year\":2025,\"x\":" + Nest("[", "]", 140_000) + "}"),
            E(Targets.Validate, item, Expected.Unreadable, "report JSON with 140.000 nested arrays"));
        _out.Add("report-nested-objects.json", U("{\"schema\":\"officereview.unit-report/1\",\"year\":2025,\"unit\":" + Nest("{\"a\":", "}", 140_000).Replace("{\"a\":}", "{\"a\":1}") + "}"),
            E(Targets.Submit, item, Expected.Unreadable, "report JSON with 140.000 nested objects"));
        _out.Add("units-nested.json", U(Nest("[", "]", 140_000)), E(Targets.UnitImport, item, Expected.Unreadable, "unit list JSON of 140.000 nested arrays") with { CliSkip = "no CLI verb imports unit lists" });
        _out.Add("campaign-nested.json", U("{\"id\":\"nested\",\"year\":2025,\"settings\":" + Nest("{\"a\":", "}", 140_000).Replace("{\"a\":}", "{\"a\":1}") + "}"),
            E(Targets.JsonApi, item, Expected.Refused, "campaign creation JSON with 140.000 nested objects") with { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = "HTTP only" });

        // A user template with deep nesting.
        var template = Template().Edit("word/document.xml", xml => xml.Replace("</w:body>", Nest("<w:customXml w:element=\"a\">", "</w:customXml>", 140_000) + "</w:body>")).ToZip();
        _out.Add("template-nested.docx", template, E(Targets.GenerateTemplate, item, Expected.FindingsWithErrors, "user template whose document.xml nests 140.000 elements") with { Isolate = true, HttpSkip = "no HTTP route takes a user template" });
    }

    private void Unauthenticated()
    {
        const int item = 2;
        const string anonymous = "sent without credentials: every route but health and the pane's files must refuse it (401)";
        _out.Add("anonymous-submit.json", _seeds.ReportJson, E(Targets.Submit, item, Expected.Refused, "a valid report submitted for a unit, " + anonymous) with { Anonymous = true, CliSkip = "HTTP only" });
        _out.Add("anonymous-units.csv", _seeds.UnitListCsv, E(Targets.UnitImport, item, Expected.Refused, "the unit tree replaced, " + anonymous) with { Anonymous = true, CliSkip = "HTTP only" });
        _out.Add("anonymous-merge.json", _seeds.ReportJson, E(Targets.Merge, item, Expected.Refused, "a merge, " + anonymous) with { Anonymous = true, CliSkip = "HTTP only" });
        _out.Add("anonymous-campaign.json", U("{\"id\":\"anon\",\"year\":2025,\"name\":\"Không đăng nhập\"}"), E(Targets.JsonApi, item, Expected.Refused, "a campaign created, " + anonymous)
            with
        { Anonymous = true, Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = "HTTP only" });
        _out.Add("anonymous-deadline.json", U("{\"deadlines\":[{\"due\":\"2020-01-01\"}]}"), E(Targets.JsonApi, item, Expected.Refused, "the deadline moved, " + anonymous)
            with
        { Anonymous = true, Method = "PATCH", Path = "api/campaigns/{campaign}", ContentType = "application/json", CliSkip = "HTTP only" });
        _out.Add("anonymous-validate.json", _seeds.ReportJson, E(Targets.Validate, item, Expected.Refused, "validation, " + anonymous) with { Anonymous = true, CliSkip = "HTTP only" });
        _out.Add("forged-token-submit.json", _seeds.ReportJson, E(Targets.Submit, item, Expected.Refused, "a submission with a forged bearer token (unsigned JWT, alg none)")
            with
        { Anonymous = true, Headers = new() { ["Authorization"] = "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJmdXp6Iiwicm9sZSI6ImFkbWluIn0." }, CliSkip = "HTTP only" });
        _out.Add("garbage-token-units.csv", _seeds.UnitListCsv, E(Targets.UnitImport, item, Expected.Refused, "unit import with a garbage bearer token")
            with
        { Anonymous = true, Headers = new() { ["Authorization"] = "Bearer not-a-token" }, CliSkip = "HTTP only" });
    }

    private void Expansion()
    {
        const int item = 3;
        var spaces = Encoding.ASCII.GetBytes(new string(' ', 65536));
        (byte[] Compressed, long Size, uint Crc) Bomb(string head, long chunks, string tail) => RawZip.DeflateRepeated(U(head), spaces, chunks, U(tail));

        // Ratio bombs: one part of 512 MB of spaces inside valid XML, honestly declared.
        var sheetBomb = Bomb($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Seeds.SpreadsheetMain}\"><sheetData>", 16_384, "</sheetData></worksheet>");
        foreach (var (part, name, target) in new[]
        {
            (MembersSheet, "sheet", Targets.Validate), ("xl/sharedStrings.xml", "sharedstrings", Targets.Validate), ("xl/styles.xml", "styles", Targets.Validate),
            ("docProps/app.xml", "app", Targets.Validate), (MemberListSheet, "memberlist", Targets.Submit),
        })
        {
            var p = Workbook();
            var items = p.Entries.Select(e => e.Name == part
                ? new ZipItem(e.Name, []) { Precompressed = sheetBomb.Compressed, PrecompressedSize = sheetBomb.Size, DeclaredCrc = sheetBomb.Crc }
                : new ZipItem(e.Name, e.Data));
            var zip = RawZip.Write(items);
            _out.Add($"bomb-ratio-{name}.xlsx", zip, E(target, item, Expected.Unreadable, $"{part} expands to {sheetBomb.Size / 1024 / 1024} MB of spaces ({zip.Length / 1024} KB file)") with { Isolate = true });
        }
        var docBomb = Bomb($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{Seeds.WordMain}\"><w:body>", 16_384, "</w:body></w:document>");
        {
            var p = ReportDocx();
            var zip = RawZip.Write(p.Entries.Select(e => e.Name == "word/document.xml"
                ? new ZipItem(e.Name, []) { Precompressed = docBomb.Compressed, PrecompressedSize = docBomb.Size, DeclaredCrc = docBomb.Crc }
                : new ZipItem(e.Name, e.Data)));
            _out.Add("bomb-ratio-document.docx", zip, E(Targets.CheckReport, item, Expected.Unreadable, $"document.xml expands to {docBomb.Size / 1024 / 1024} MB of spaces") with { Isolate = true });
            var lying = RawZip.Write(p.Entries.Select(e => e.Name == "word/document.xml"
                ? new ZipItem(e.Name, []) { Precompressed = docBomb.Compressed, PrecompressedSize = 4000, DeclaredCrc = docBomb.Crc }
                : new ZipItem(e.Name, e.Data)));
            _out.Add("bomb-lying-size-document.docx", lying, E(Targets.CheckReport, item, Expected.Unreadable, $"document.xml declares 4.000 bytes but inflates to {docBomb.Size / 1024 / 1024} MB") with { Isolate = true });
            var t = Template();
            var tzip = RawZip.Write(t.Entries.Select(e => e.Name == "word/document.xml"
                ? new ZipItem(e.Name, []) { Precompressed = docBomb.Compressed, PrecompressedSize = docBomb.Size, DeclaredCrc = docBomb.Crc }
                : new ZipItem(e.Name, e.Data)));
            _out.Add("bomb-ratio-template.docx", tzip, E(Targets.GenerateTemplate, item, Expected.FindingsWithErrors, $"user template whose document.xml expands to {docBomb.Size / 1024 / 1024} MB") with { Isolate = true, HttpSkip = "no HTTP route takes a user template" });
        }
        {
            var p = Workbook();
            var lying = RawZip.Write(p.Entries.Select(e => e.Name == MembersSheet
                ? new ZipItem(e.Name, []) { Precompressed = sheetBomb.Compressed, PrecompressedSize = 7000, DeclaredCrc = sheetBomb.Crc }
                : new ZipItem(e.Name, e.Data)));
            _out.Add("bomb-lying-size-sheet.xlsx", lying, E(Targets.Validate, item, Expected.Unreadable, $"members sheet declares 7.000 bytes but inflates to {sheetBomb.Size / 1024 / 1024} MB") with { Isolate = true });
            var huge = RawZip.Write(p.Entries.Select(e => e.Name == MembersSheet ? new ZipItem(e.Name, e.Data) { DeclaredSize = uint.MaxValue - 1 } : new ZipItem(e.Name, e.Data)));
            _out.Add("declared-4gb-sheet.xlsx", huge, E(Targets.Validate, item, Expected.Unreadable, "members sheet declares 4 GB (buffers sized from headers)") with { Isolate = true });
        }
        // The unit-list import without an expansion budget: a sheet of ~280 MB from a 2 MB file.
        {
            var rows = RawZip.DeflateRepeated(U($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Seeds.SpreadsheetMain}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>kind</t></is></c></row>"),
                U(Repeat("<row><c t=\"inlineStr\"><is><t>X</t></is></c><c t=\"inlineStr\"><is><t>chi-bo-truc-thuoc</t></is></c></row>", 400)), 8_000, U("</sheetData></worksheet>"));
            var p = Seeds.XlsxPackage("");
            var zip = RawZip.Write(p.Entries.Select(e => e.Name == "xl/worksheets/sheet1.xml"
                ? new ZipItem(e.Name, []) { Precompressed = rows.Compressed, PrecompressedSize = rows.Size, DeclaredCrc = rows.Crc }
                : new ZipItem(e.Name, e.Data)));
            _out.Add("unit-list-3m-rows.xlsx", zip, E(Targets.UnitImport, item, Expected.Unreadable, $"unit list .xlsx of {zip.Length / 1024} KB: 3,2 million rows, {rows.Size / 1024 / 1024} MB of XML") with { Isolate = true });
            var wide = Seeds.XlsxPackage(Seeds.SheetXml([Enumerable.Range(0, 26).Select(i => new string('x', 32)).ToArray()])
                .Replace("<sheetData>", "<sheetData><row r=\"1\">" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $"<c t=\"inlineStr\"><is><t>{new string('y', 40)}</t></is></c>")) + "</row>")).ToZip();
            _out.Add("unit-list-wide-row.xlsx", wide, E(Targets.UnitImport, item, Expected.Unreadable, "unit list whose header row has 200.000 cells") with { Isolate = true });
        }
        // Total-size bomb: many parts of 1 MB each.
        {
            var mb = RawZip.DeflateRepeated([], spaces, 16, []);
            var p = Workbook();
            var items = p.Items().Concat(Enumerable.Range(0, 600).Select(i => new ZipItem($"xl/media/pad{i}.bin", []) { Precompressed = mb.Compressed, PrecompressedSize = mb.Size, DeclaredCrc = mb.Crc }));
            _out.Add("bomb-total-600-parts.xlsx", RawZip.Write(items), E(Targets.Validate, item, Expected.Unreadable, "600 extra parts of 1 MB each (600 MB total)") with { Isolate = true });
            var d = ReportDocx();
            var ditems = d.Items().Concat(Enumerable.Range(0, 600).Select(i => new ZipItem($"word/media/pad{i}.bin", []) { Precompressed = mb.Compressed, PrecompressedSize = mb.Size, DeclaredCrc = mb.Crc }));
            _out.Add("bomb-total-600-parts.docx", RawZip.Write(ditems), E(Targets.CheckReport, item, Expected.Unreadable, "600 extra parts of 1 MB each") with { Isolate = true });
        }
        // Entry count.
        foreach (var (count, ext, target) in new[] { (60_000, "xlsx", Targets.Validate), (60_000, "docx", Targets.CheckReport), (5_001, "xlsx", Targets.Submit), (5_001, "docx", Targets.CheckReport) })
        {
            var p = ext == "xlsx" ? Workbook() : ReportDocx();
            var items = p.Items().Concat(Enumerable.Range(0, count).Select(i => new ZipItem($"x/{i}", []) { Deflate = false }));
            _out.Add($"entries-{count}.{ext}", RawZip.Write(items), E(target, item, Expected.Unreadable, $"{count:N0} entries in the zip") with { Isolate = count > 10_000 });
        }
        // Member table / ranges over the whole grid (28 KB workbook allocating ~13 GB).
        foreach (var (part, find, replace, name, target) in new[]
        {
            (MemberTable, "ref=\"A6:AL", "ref=\"A6:XFD1048576\" x=\"", "table-ref", Targets.Validate),
            (MemberTable, "ref=\"A6:AL", "ref=\"A6:XFD1048576\" x=\"", "table-ref-submit", Targets.Submit),
            (MemberTable, "<autoFilter ref=\"A6:AL", "<autoFilter ref=\"A6:XFD1048576\" x=\"", "autofilter-ref", Targets.Validate),
            (MemberListSheet, "<dimension ref=\"", "<dimension ref=\"A1:XFD1048576\" x=\"", "dimension", Targets.Validate),
            ("xl/workbook.xml", "!$C$10</definedName>", "!$A$1:$XFD$1048576</definedName>", "defined-name", Targets.Validate),
        })
        {
            var p = Workbook();
            if (!p.Text(part).Contains(find)) throw new InvalidOperationException($"{find} not in {part}");
            var zip = p.Edit(part, x => ReplaceFirst(x, find, replace)).ToZip();
            _out.Add($"grid-{name}.xlsx", zip, E(target, item, Expected.FindingsWithErrors, $"{part}: a range A6:XFD1048576 (the whole grid) in a {zip.Length / 1024} KB workbook") with { Isolate = true });
        }
        {
            var p = Workbook();
            var zip = p.Edit(MemberListSheet, x => x.Replace("</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>cuối</t></is></c></row></sheetData>")).Edit(MemberTable, x => ReplaceFirst(x, "ref=\"A6:AL", "ref=\"A6:XFD1048576\" x=\"")).ToZip();
            _out.Add("grid-last-cell.xlsx", zip, E(Targets.Validate, item, Expected.FindingsWithErrors, "member table to XFD1048576 with a value in the very last cell") with { Isolate = true });
        }
        // 1.6 M bare '&' (quadratic entity decoding), and legal but huge entity text.
        foreach (var (part, name, target) in new[] { ("xl/sharedStrings.xml", "sharedstrings", Targets.Validate), (MembersSheet, "sheet", Targets.Validate), (MemberListSheet, "memberlist", Targets.Submit) })
        {
            var p = Workbook();
            var amp = new string('&', 1_600_000);
            var zip = p.Edit(part, x => part.Contains("sharedStrings")
                ? ReplaceFirst(x, "<si>", $"<si><t>{amp}</t></si><si>")
                : ReplaceFirst(x, "</sheetData>", $"<row r=\"9000\"><c r=\"A9000\" t=\"inlineStr\"><is><t>{amp}</t></is></c></row></sheetData>")).ToZip();
            _out.Add($"bare-ampersands-{name}.xlsx", zip, E(target, item, Expected.Unreadable, $"1.600.000 bare '&' in {part} ({zip.Length / 1024} KB): not XML, and quadratic in the entity decoder") with { Isolate = true });
        }
        foreach (var (entity, name) in new[] { ("&amp;", "amp"), ("&#38;", "numeric"), ("&#x1F600;", "emoji") })
        {
            var p = Workbook();
            var zip = p.Edit("xl/sharedStrings.xml", x => ReplaceFirst(x, "<si>", $"<si><t>{Repeat(entity, 1_000_000)}</t></si><si>")).ToZip();
            _out.Add($"entities-{name}.xlsx", zip, E(Targets.Validate, item, Expected.FindingsWithErrors, $"1.000.000 '{entity}' in one shared string (legal XML, a 1 M character text)") with { Isolate = true });
        }
        // Long names and attributes.
        {
            var p = Workbook();
            var zip = p.Edit(MembersSheet, x => ReplaceFirst(x, "<sheetData>", $"<sheetData><row r=\"1\" {string.Concat(Enumerable.Range(0, 100_000).Select(i => $"a{i}=\"1\" "))}/>")).ToZip();
            _out.Add("attributes-100k.xlsx", zip, E(Targets.Validate, item, Expected.Unreadable, "one row element with 100.000 attributes") with { Isolate = true });
            var name = Workbook().Edit(MembersSheet, x => ReplaceFirst(x, "<sheetData>", $"<sheetData><{new string('z', 5_000_000)}/>")).ToZip();
            _out.Add("element-name-5m.xlsx", name, E(Targets.Validate, item, Expected.Unreadable, "an element name of 5.000.000 characters") with { Isolate = true });
        }
        // Endless input: /dev/zero (CLI reads it whole), and a JSON report padded to 45 MB of spaces.
        _out.AddLink("dev-zero.xlsx", "/dev/zero", E(Targets.Validate, 12, Expected.Unreadable, "a link to /dev/zero: `validate /dev/zero` read 4 GB") with { Isolate = true, HttpSkip = "not a file with an end" });
        _out.AddLink("dev-zero.docx", "/dev/zero", E(Targets.CheckReport, 12, Expected.Unreadable, "a link to /dev/zero sent to check-report") with { Isolate = true, HttpSkip = "not a file with an end" });
        _out.AddLink("dev-urandom.json", "/dev/urandom", E(Targets.Validate, 12, Expected.Unreadable, "a link to /dev/urandom") with { Isolate = true, HttpSkip = "not a file with an end" });
        _out.Add("report-45mb-spaces.json", [.. _seeds.ReportJson[..^1], .. Encoding.ASCII.GetBytes(new string(' ', 45_000_000)), (byte)'}'],
            E(Targets.Validate, item, Expected.FindingsWithErrors, "a valid report padded with 45 MB of spaces") with { Isolate = true });
    }

    private static string ReplaceFirst(string s, string find, string replace)
    {
        var i = s.IndexOf(find, StringComparison.Ordinal);
        if (i < 0) throw new InvalidOperationException($"'{find}' not found");
        return s[..i] + replace + s[(i + find.Length)..];
    }

    private void CrossSite()
    {
        const int item = 4;
        var evil = new Dictionary<string, string> { ["Origin"] = "https://evil.example" };
        _out.Add("cross-origin-text-plain-campaign.json", U("{\"id\":\"csrf\",\"year\":2025,\"name\":\"Tạo từ trang khác\"}"), E(Targets.JsonApi, item, Expected.Refused,
            "a cross-origin text/plain POST creating a campaign (no CORS preflight)") with
        { Method = "POST", Path = "api/campaigns", ContentType = "text/plain", Headers = evil, CliSkip = "HTTP only" });
        _out.Add("cross-origin-json-campaign.json", U("{\"id\":\"csrf2\",\"year\":2025,\"name\":\"Tạo từ trang khác\"}"), E(Targets.JsonApi, item, Expected.Refused,
            "a cross-origin JSON POST creating a campaign") with
        { Method = "POST", Path = "api/campaigns", ContentType = "application/json", Headers = evil, CliSkip = "HTTP only" });
        _out.Add("cross-origin-submit.json", _seeds.ReportJson, E(Targets.Submit, item, Expected.Refused, "a cross-site submission (Origin: https://evil.example)") with { Headers = evil, CliSkip = "HTTP only" });
        _out.Add("cross-origin-null-units.csv", _seeds.UnitListCsv, E(Targets.UnitImport, item, Expected.Refused, "a unit import from a sandboxed page (Origin: null)") with { Headers = new() { ["Origin"] = "null" }, CliSkip = "HTTP only" });
        _out.Add("dns-rebinding-host.json", U("{\"id\":\"rebind\",\"year\":2025,\"name\":\"Rebinding\"}"), E(Targets.JsonApi, item, Expected.Refused,
            "any Host header is answered (DNS rebinding): Host: evil.example") with
        { Method = "POST", Path = "api/campaigns", ContentType = "application/json", Headers = new() { ["Host"] = "evil.example" }, CliSkip = "HTTP only" });
        _out.Add("dns-rebinding-validate.json", _seeds.ReportJson, E(Targets.Validate, item, Expected.Refused, "validation through a rebound host name (Host: attacker.example:7071)")
            with
        { Headers = new() { ["Host"] = "attacker.example:7071" }, CliSkip = "HTTP only" });
    }
}
