using System.Text;
using System.Text.Json.Nodes;
using OfficeReview.Domain.Model;

namespace OfficeReview.HostileCorpus;

// Items 7 (wrapping sums), 8 (U+FFFE, lone surrogates, random bytes), 9 (quotas), 10 (unit identity),
// 11 (campaign state), 12 (hygiene).
public sealed partial class HostileCorpusGenerator
{
    private const long P62 = 1L << 62;

    /// <summary>The chi bộ's report with the members block replaced (and its member list dropped, so only the counts speak).</summary>
    internal byte[] ReportWithMembers(long total, long notRated, long rated, long excellent, long good, long complete, long notComplete,
        (string Reason, long Count)[]? exempt = null, string? code = null)
    {
        var node = ReportNode();
        node.AsObject().Remove("memberList");
        var members = new JsonObject
        {
            ["total"] = total, ["notRated"] = notRated, ["rated"] = rated,
            ["excellent"] = excellent, ["good"] = good, ["complete"] = complete, ["notComplete"] = notComplete,
        };
        if (exempt is not null)
        {
            var e = new JsonObject();
            foreach (var (reason, count) in exempt) e[reason] = count;
            members["exempt"] = e;
        }
        node["members"] = members;
        if (code is not null) node["unit"]!["code"] = code;
        return Json(node);
    }

    /// <summary>A report with a known error (the rated members do not add up), for cases about something else (names, headers).</summary>
    private byte[] ReportWithError() => _seeds.ReportWithError();

    private void Wrapping()
    {
        const int item = 7;
        var f = Expected.FindingsWithErrors;
        const long max = long.MaxValue;
        var cases = new (string Name, byte[] Bytes, string Note)[]
        {
            ("wrap-to-max", ReportWithMembers(max, 0, max, max, max, 2, max), "rated = 2^63-1 and the four levels add up to it only modulo 2^64"),
            ("wrap-to-zero", ReportWithMembers(0, 0, 0, P62, P62, P62, P62), "0 members, four levels of 2^62 each (sum wraps to 0)"),
            ("wrap-exempt", ReportWithMembers(10, 0, 12, 2, 10, 0, 0, [("excused", max), ("suspended", max)]), "two exempt groups of 2^63-1 make total = exempt + rated wrap to 10"),
            ("near-max-total", ReportWithMembers(max, 0, max, max, 0, 0, 0), "9.223.372.036.854.775.807 members, all excellent"),
            ("beyond-double", ReportWithMembers(9007199254740993, 0, 9007199254740993, 0, 9007199254740993, 0, 0), "2^53+1 members (not representable as a double)"),
            ("above-int64", U(Encoding.UTF8.GetString(ReportWithMembers(1, 0, 1, 0, 1, 0, 0)).Replace("\"total\":1", "\"total\":9223372036854775808")), "members total 2^63 (above Int64) in JSON"),
            ("exponent", U(Encoding.UTF8.GetString(ReportWithMembers(1, 0, 1, 0, 1, 0, 0)).Replace("\"total\":1", "\"total\":1e19")), "members total 1e19 in JSON"),
        };
        foreach (var (name, bytes, note) in cases)
        {
            _out.Add($"{name}.json", bytes, E(Targets.Validate, item, f, note));
            _out.Add($"{name}-submit.json", bytes, E(Targets.Submit, item, f, "submission: " + note));
        }
        // Workbook: the same wrap in cells.
        var wb = Workbook().Edit(MembersSheet, xml =>
        {
            foreach (var (cell, v) in new[] { ("C10", "0"), ("H10", "0"), ("I10", P62.ToString()), ("K10", P62.ToString()), ("M10", P62.ToString()), ("O10", P62.ToString()) })
                xml = WithCellText(xml, cell, v);
            return xml;
        });
        _out.Add("wrap-to-zero.xlsx", wb.ToZip(), E(Targets.Validate, item, f, "workbook: 0 members and four levels of 2^62"));

        // Merges: four units of 2^62 members each, under one parent: the province total wraps to 0.
        var parent = _seeds.Cell.Unit.Parent!;
        IEnumerable<(string, byte[])> Units(int n, long members, string ext) => Enumerable.Range(1, n).Select(i =>
        {
            var node = JsonNode.Parse(ReportWithMembers(members, 0, members, 0, members, 0, 0, code: $"{_seeds.Cell.Unit.Code}-W{i}"))!;
            node["unit"]!["name"] = $"Chi bộ thử tràn số {i}";
            node["unit"]!["parent"] = parent;
            return ($"w{i}.{ext}", Json(node));
        });
        _out.AddFolder("merge-four-2p62", Units(4, P62, "json"), E(Targets.Merge, item, f, "four units of 2^62 members each merge into a total of 0"));
        _out.AddFolder("merge-two-2p62", Units(2, P62, "json"), E(Targets.Merge, item, f, "two units of 2^62 members merge into -2^63"));
        _out.AddFolder("merge-three-max", Units(3, long.MaxValue, "json"), E(Targets.Merge, item, f, "three units of 2^63-1 members"));
    }

    private void BadCharacters()
    {
        const int item = 8;
        var f = Expected.FindingsWithErrors;
        // In JSON reports (escaped and raw).
        (string Name, Func<string, string> Edit, string Note)[] json =
        [
            ("code-fffe-escaped", s => s.Replace($"\"code\":\"{_seeds.Cell.Unit.Code}\"", $"\"code\":\"{_seeds.Cell.Unit.Code}\\uFFFE\""), "unit code with an escaped U+FFFE"),
            ("code-lone-high", s => s.Replace($"\"code\":\"{_seeds.Cell.Unit.Code}\"", $"\"code\":\"{_seeds.Cell.Unit.Code}\\uD800\""), "unit code ending in a lone high surrogate (\\uD800)"),
            ("name-lone-low", s => s.Replace("\"name\":\"", "\"name\":\"\\uDFFF"), "names starting with a lone low surrogate (\\uDFFF)"),
            ("name-nul", s => s.Replace("\"name\":\"", "\"name\":\"\\u0000"), "names starting with NUL"),
            ("member-reversed-pair", s => s.Replace("\"name\":\"", "\"name\":\"\\uDC00\\uD800"), "names starting with a reversed surrogate pair"),
        ];
        var baseJson = ReportNode().ToJsonString(s_compact);
        foreach (var (name, edit, note) in json)
        {
            var text = edit(baseJson);
            if (text == baseJson) throw new InvalidOperationException(name + " changed nothing");
            _out.Add($"report-{name}.json", U(text), E(Targets.Validate, item, f, note));
            _out.Add($"report-{name}-submit.json", U(text), E(Targets.Submit, item, f, "submission: " + note));
        }
        foreach (var (bytes, name) in new[] { (new byte[] { 0xEF, 0xBF, 0xBE }, "raw-fffe"), (new byte[] { 0xED, 0xA0, 0x80 }, "raw-cesu-surrogate"), (new byte[] { 0xEF, 0xBF, 0xBF }, "raw-ffff") })
        {
            var at = IndexOf(_seeds.ReportJson, U($"\"{_seeds.Cell.Unit.Code}\"")) + 1;
            _out.Add($"report-{name}.json", [.. _seeds.ReportJson[..at], .. bytes, .. _seeds.ReportJson[at..]], E(Targets.Validate, item, f, $"raw bytes {Convert.ToHexString(bytes)} inside the unit code"));
            var p = Workbook();
            var sst = p.Get("xl/sharedStrings.xml");
            var t = IndexOf(sst, U("<t>")) + 3;
            p.Set("xl/sharedStrings.xml", [.. sst[..t], .. bytes, .. sst[t..]]);
            _out.Add($"workbook-{name}.xlsx", p.ToZip(), E(Targets.Validate, item, f, $"raw bytes {Convert.ToHexString(bytes)} in a shared string"));
            _out.Add($"workbook-{name}-submit.xlsx", p.ToZip(), E(Targets.Submit, item, f, $"submission with raw bytes {Convert.ToHexString(bytes)} in a shared string"));
            var d = Seeds.DocxPackage(Seeds.DocumentXml(Seeds.Paragraphs(Seeds.ReportParagraphs)));
            var doc = d.Get("word/document.xml");
            var dt = IndexOf(doc, U("<w:t xml:space=\"preserve\">")) + 26;
            d.Set("word/document.xml", [.. doc[..dt], .. bytes, .. doc[dt..]]);
            _out.Add($"document-{name}.docx", d.ToZip(), E(Targets.CheckReport, item, Expected.Unreadable, $"raw bytes {Convert.ToHexString(bytes)} in the report text (not an XML character)"));
        }
        foreach (var (reference, name) in new[] { ("&#xFFFE;", "fffe"), ("&#xD800;", "d800"), ("&#0;", "nul") })
        {
            _out.Add($"workbook-charref-{name}.xlsx", Workbook().Edit("xl/sharedStrings.xml", x => ReplaceFirst(x, "<t>", "<t>" + reference)).ToZip(), E(Targets.Validate, item, f, $"the character reference {reference} in a shared string"));
            _out.Add($"document-charref-{name}.docx", Seeds.DocxPackage(Seeds.DocumentXml(Seeds.Paragraphs(Seeds.ReportParagraphs).Replace("BÁO CÁO", "BÁO CÁO" + reference))).ToZip(),
                E(Targets.CheckReport, item, Expected.Unreadable, $"the character reference {reference} in the report text"));
        }
        _out.Add("workbook-sheet-name-fffe.xlsx", Workbook().Edit("xl/workbook.xml", x => x.Replace("name=\"Đảng viên\"", "name=\"Đảng viên\uFFFE\"").Replace("'Đảng viên'!", "'Đảng viên\uFFFE'!").Replace("&apos;Đảng viên&apos;!", "&apos;Đảng viên\uFFFE&apos;!")).ToZip(),
            E(Targets.Validate, item, f, "the members sheet named with a U+FFFE"));
        _out.Add("units-fffe.csv", U(Seeds.Csv([.. _seeds.Units.Select(Seeds.Row), ["CB\uFFFE1", "Chi bộ \uFFFE", "chi-bo-truc-thuoc", "", _seeds.Cell.Unit.Parent!]])),
            E(Targets.UnitImport, item, Expected.Refused, "a unit list with U+FFFE in a code") with { CliSkip = "no CLI verb imports unit lists" });
        _out.Add("units-lone-surrogate.json", U(Encoding.UTF8.GetString(_seeds.UnitListJson).Replace("]", ",{\"code\":\"CB\\uD800\",\"name\":\"x\",\"kind\":\"chi-bo-truc-thuoc\",\"parent\":\"" + _seeds.Cell.Unit.Parent + "\"}]")),
            E(Targets.UnitImport, item, Expected.Refused, "a unit list with a lone surrogate in a code") with { CliSkip = "no CLI verb imports unit lists" });
        // JSON API bodies.
        foreach (var (body, name, note) in new[]
        {
            ("{\"id\":\"s1\",\"year\":2025,\"name\":\"Đợt \\uD800\"}", "campaign-name-lone", "campaign name with a lone surrogate"),
            ("{\"id\":\"s2\\uFFFE\",\"year\":2025,\"name\":\"Đợt\"}", "campaign-id-fffe", "campaign id with U+FFFE"),
            ("{\"id\":\"s3\",\"year\":2025,\"name\":\"Đợt\",\"units\":[{\"code\":\"\\uDFFF\",\"name\":\"x\",\"kind\":\"dang-bo-tinh\"}]}", "campaign-unit-lone", "campaign created with a unit code that is a lone surrogate"),
        })
            _out.Add($"api-{name}.json", U(body), E(Targets.JsonApi, item, Expected.Refused, note) with { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = "HTTP only" });
        _out.Add("api-raw-fffe.json", [.. U("{\"id\":\"s4\",\"year\":2025,\"name\":\"Đợt "), 0xEF, 0xBF, 0xBE, .. U("\"}")], E(Targets.JsonApi, item, Expected.Refused, "campaign name with a raw U+FFFE")
            with
        { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = "HTTP only" });
        _out.Add("api-invalid-utf8.json", [.. U("{\"id\":\"s5\",\"year\":2025,\"name\":\"Đợt "), 0xC3, 0x28, 0xFF, .. U("\"}")], E(Targets.JsonApi, item, Expected.Refused, "campaign name with invalid UTF-8")
            with
        { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = "HTTP only" });
        _out.Add("api-patch-lone.json", U("{\"name\":\"\\uD83D\"}"), E(Targets.JsonApi, item, Expected.Refused, "renaming the campaign to half an emoji") with { Method = "PATCH", Path = "api/campaigns/{campaign}", ContentType = "application/json", CliSkip = "HTTP only" });
        // File names (the content carries a known error either way).
        foreach (var (upload, name) in new[] { ("bao%EF%BF%BEcao.json", "fffe"), ("%ED%A0%80.json", "cesu-surrogate"), ("%FF%FE%FD.json", "invalid-utf8"), ("a%00b.json", "nul"), ("%E2%80%AEnosj.exe.json", "rlo"), ("..%2F..%2F..%2Ftmp%2Fx.json", "traversal"), ("%", "bad-escape") })
            _out.Add($"upload-name-{name}.json", ReportWithError(), E(Targets.Submit, item, f, $"a submission whose file name header is {upload}") with { UploadName = upload, CliSkip = "the name is only sent over HTTP" });
        _out.Add("upload-name-validate-fffe.json", ReportWithError(), E(Targets.Validate, item, f, "validation with a file name holding U+FFFE") with { UploadName = "b%EF%BF%BE.json", CliSkip = "the name is only sent over HTTP" });
        // Random bytes (seeded).
        string[] exts = ["xlsx", "json", "docx", "csv", "txt", "xlsm"];
        for (var i = 0; i < 24; i++)
        {
            var ext = exts[i % exts.Length];
            var size = (int)Math.Pow(4, 1 + i % 8);
            var bytes = RandomBytes(size);
            if (i % 4 == 1) bytes = [0x50, 0x4B, 0x03, 0x04, .. bytes];
            if (i % 4 == 2) bytes = [0xFF, 0xFE, .. bytes];
            if (i % 4 == 3) bytes = [(byte)'{', .. bytes];
            var target = ext switch { "docx" or "txt" => Targets.CheckReport, "csv" => Targets.UnitImport, _ => i % 3 == 0 ? Targets.Submit : Targets.Validate };
            _out.Add($"random-{i:00}.{ext}", bytes, E(target, item, Expected.Unreadable, $"{bytes.Length:N0} random bytes") with { CliSkip = target == Targets.UnitImport ? "no CLI verb imports unit lists" : null });
        }
        _out.Add("random-merge.xlsx", RandomBytes(5000), E(Targets.Merge, item, Expected.Unreadable, "merge of random bytes"));
    }

    private void Quotas()
    {
        const int item = 9;
        var r = Expected.Refused;
        var apiOnly = "HTTP only";
        _out.Add("campaign-name-25mb.json", U("{\"id\":\"big\",\"year\":2025,\"name\":\"" + new string('A', 25 * 1024 * 1024) + "\"}"),
            E(Targets.JsonApi, item, r, "a 25 MB campaign name (every list call would return it)") with { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = apiOnly });
        _out.Add("campaign-id-100k.json", U("{\"id\":\"" + new string('a', 100_000) + "\",\"year\":2025,\"name\":\"x\"}"),
            E(Targets.JsonApi, item, r, "a campaign id of 100.000 characters") with { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = apiOnly });
        _out.Add("campaign-rename-1mb.json", U("{\"name\":\"" + new string('B', 1024 * 1024) + "\"}"),
            E(Targets.JsonApi, item, r, "renaming the campaign to 1 MB of text") with { Method = "PATCH", Path = "api/campaigns/{campaign}", ContentType = "application/json", CliSkip = apiOnly });
        _out.Add("campaign-200k-units.json", U("{\"id\":\"many\",\"year\":2025,\"name\":\"x\",\"units\":[" + string.Join(",", Enumerable.Range(0, 200_000).Select(i => $"{{\"code\":\"U{i}\",\"kind\":\"chi-bo-truc-thuoc\"}}")) + "]}"),
            E(Targets.JsonApi, item, r, "a campaign created with 200.000 units") with { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = apiOnly });
        _out.Add("campaign-100k-deadlines.json", U("{\"deadlines\":[" + string.Join(",", Enumerable.Repeat("{\"due\":\"2025-12-10\"}", 100_000)) + "]}"),
            E(Targets.JsonApi, item, r, "100.000 deadlines") with { Method = "PATCH", Path = "api/campaigns/{campaign}", ContentType = "application/json", CliSkip = apiOnly });
        _out.Add("units-150k.csv", U(Seeds.Csv(Enumerable.Range(0, 150_000).Select(i => new[] { $"U{i}", $"Chi bộ {i}", "chi-bo-truc-thuoc", "", "" }))),
            E(Targets.UnitImport, item, r, "a unit list of 150.000 rows") with { CliSkip = "no CLI verb imports unit lists" });
        _out.Add("units-name-1mb.csv", U(Seeds.Csv([.. _seeds.Units.Select(Seeds.Row), ["CBX", new string('N', 1024 * 1024), "chi-bo-truc-thuoc", "", _seeds.Cell.Unit.Parent!]])),
            E(Targets.UnitImport, item, r, "a unit name of 1 MB") with { CliSkip = "no CLI verb imports unit lists" });
        _out.Add("submission-60mb.json", [.. _seeds.ReportJson[..^1], .. Encoding.ASCII.GetBytes(new string(' ', 60 * 1024 * 1024)), (byte)'}'],
            E(Targets.Submit, item, r, "a 60 MB submission (above Limits:MaxInputBytes)") with { Isolate = true, CliSkip = "covered by report-45mb-spaces.json" });
        var members = ReportNode();
        var list = new JsonArray();
        for (var i = 0; i < 250_000; i++) list.Add(new JsonObject { ["name"] = $"Đảng viên thử {i}", ["birthYear"] = 1970 + i % 40, ["decidedLevel"] = "good" });
        members["memberList"] = list;
        _out.Add("member-list-250k.json", Json(members), E(Targets.Submit, item, Expected.FindingsWithErrors, "a chi bộ report listing 250.000 members (a 16 MB submission)") with { Isolate = true });
        _out.Add("upload-name-100k.json", ReportWithError(), E(Targets.Submit, item, Expected.FindingsWithErrors, "a file name of 100.000 characters") with { UploadName = new string('n', 100_000) + ".json", CliSkip = "the name is only sent over HTTP" });
    }

    private void UnitIdentity()
    {
        const int item = 10;
        var code = _seeds.Cell.Unit.Code;
        var parent = _seeds.Cell.Unit.Parent!;
        var name = _seeds.Cell.Unit.Name;
        var cyrillic = new string(code.Select(c => c switch { 'A' => 'А', 'B' => 'В', 'C' => 'С', 'E' => 'Е', 'H' => 'Н', 'K' => 'К', 'M' => 'М', 'O' => 'О', 'P' => 'Р', 'T' => 'Т', 'X' => 'Х', _ => c }).ToArray());
        if (cyrillic == code) cyrillic = "С" + code;
        var variants = new (string Code, string Name, string Label, string Note)[]
        {
            (cyrillic, name + " (giả)", "cyrillic", $"code {cyrillic} written with Cyrillic letters next to {code}"),
            (code[..1] + "\u200D" + code[1..], name + " 2", "zwj", "the real code with a zero-width joiner inside"),
            (code + "\u200B", name + " 3", "zwsp", "the real code with a zero-width space after it"),
            ("\u202E" + code, name + " 4", "rlo", "the real code behind a right-to-left override"),
            (string.Equals(code.ToLowerInvariant(), code, StringComparison.Ordinal) ? code.ToUpperInvariant() : code.ToLowerInvariant(), name + " 5", "case", "the real code in the other case"),
            (new string(code.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '\uFF01') : c).ToArray()), name + " 6", "fullwidth", "the real code in full-width letters"),
            (code + " ", name + " 7", "trailing-space", "the real code with a trailing space"),
            (code + "\u00A0", name + " 8", "nbsp", "the real code with a no-break space"),
            ("a/b", "Chi bộ gạch chéo", "slash", "a code with a slash (can never be used in a URL)"),
            ("..", "Chi bộ chấm chấm", "dotdot", "the code \"..\""),
            (".", "Chi bộ chấm", "dot", "the code \".\""),
            ("a\\b", "Chi bộ gạch ngược", "backslash", "a code with a backslash"),
            ("CB 01", "Chi bộ có dấu cách", "space", "a code with a space inside"),
            ("CB\u000001", "Chi bộ NUL", "nul", "a code with NUL inside"),
            ("CB\u001B[31m", "Chi bộ ESC", "esc", "a code with an ANSI escape"),
            ("CB\t01", "Chi bộ tab", "tab", "a code with a tab"),
            (new string('C', 300), "Chi bộ mã dài", "long-code", "a code of 300 characters"),
            ("%2e%2e", "Chi bộ mã hóa", "percent", "a percent-encoded \"..\" as a code"),
            ("<script>", "Chi bộ thẻ", "markup", "a code that is HTML markup"),
            (code + "\u0301", name + " 9", "combining", "the real code followed by a combining acute accent"),
        };
        foreach (var (c, n, label, note) in variants)
        {
            var rows = _seeds.Units.Select(Seeds.Row).Append([c, n, "chi-bo-truc-thuoc", "", parent]).ToList();
            var why = note + ": must be refused (no look-alike, control, bidi or unsafe code is ever imported)";
            _out.Add($"units-{label}.csv", U(Seeds.Csv(rows)), E(Targets.UnitImport, item, Expected.Refused, why) with { CliSkip = "no CLI verb imports unit lists" });
            _out.Add($"units-{label}.json", U(Seeds.UnitsJson(rows)), E(Targets.UnitImport, item, Expected.Refused, why) with { CliSkip = "no CLI verb imports unit lists" });
            _out.Add($"units-{label}.xlsx", Seeds.Xlsx([["code", "name", "kind", "category", "parent"], .. rows]), E(Targets.UnitImport, item, Expected.Refused, why));
        }
        // Names: NFD duplicates, legacy encodings, control and bidi characters (refused, or stripped before storage).
        var nfd = name.Normalize(NormalizationForm.FormD);
        _out.Add("units-nfd-duplicate.csv", U(Seeds.Csv(_seeds.Units.Select(Seeds.Row).Append([code.Normalize(NormalizationForm.FormD) + "\u0300", nfd, "chi-bo-truc-thuoc", "", parent]))),
            E(Targets.UnitImport, item, Expected.Refused, "a second unit whose name is the NFD form of an existing one and whose code adds a combining grave") with { CliSkip = "no CLI verb imports unit lists" });
        _out.Add("units-nfd-names.csv", U(Seeds.Csv(_seeds.Units.Select(u => Seeds.Row(u).Select((x, i) => i == 1 ? x.Normalize(NormalizationForm.FormD) : x).ToArray()))),
            E(Targets.UnitImport, item, Expected.FindingsWithErrors, "every name in NFD: stored as NFC or refused") with { Accept = "sanitized", CliSkip = "no CLI verb imports unit lists" });
        var tcvnRows = "code,name,kind,category,parent\n" + string.Concat(_seeds.Units.Select(u => $"{u.Code},{u.Name},{u.Kind.Slug()},{u.Category},{u.Parent}\n"));
        _out.Add("units-tcvn3.csv", Legacy(s_tcvn3, tcvnRows), E(Targets.UnitImport, item, Expected.Refused, "a unit list saved in TCVN3 (ABC): not UTF-8") with { CliSkip = "no CLI verb imports unit lists" });
        _out.Add("units-vni.csv", Legacy(s_vni, tcvnRows), E(Targets.UnitImport, item, Expected.Refused, "a unit list saved in VNI Windows: not UTF-8") with { CliSkip = "no CLI verb imports unit lists" });
        _out.Add("report-tcvn3.txt", Legacy(s_tcvn3, string.Join("\r\n", Seeds.ReportParagraphs)), E(Targets.CheckReport, item, Expected.Unreadable, "a report text file in TCVN3"));
        _out.Add("report-vni.txt", Legacy(s_vni, string.Join("\r\n", Seeds.ReportParagraphs)), E(Targets.CheckReport, item, Expected.Unreadable, "a report text file in VNI"));
        foreach (var (ch, label) in new[] { ("\u0000", "nul"), ("\u001B", "esc"), ("\u202E", "rlo"), ("\u0007", "bell") })
        {
            var rows = _seeds.Units.Select(u => Seeds.Row(u).Select((x, i) => i == 1 ? x + ch + "txt.exe" : x).ToArray());
            _out.Add($"units-name-{label}.json", U(Seeds.UnitsJson(rows)), E(Targets.UnitImport, item, Expected.FindingsWithErrors,
                $"every unit name carries {label.ToUpperInvariant()}: refused, or stripped before it reaches documents and file names") with
            { Accept = "sanitized", CliSkip = "no CLI verb imports unit lists" });
        }
        // Submissions to unusable or look-alike unit codes in the URL, and a report claiming a look-alike code.
        foreach (var (unit, label) in new[] { ("..", "dotdot"), ("a%2Fb", "slash"), (Uri.EscapeDataString(cyrillic), "cyrillic"), ("%00", "nul"), (Uri.EscapeDataString("\u202E" + code), "rlo"), (code.ToLowerInvariant(), "case") })
            _out.Add($"submit-url-{label}.json", _seeds.ReportJson, E(Targets.Submit, item, Expected.Refused, $"a submission to unit \"{Uri.UnescapeDataString(unit)}\" in the URL") with { Unit = unit, CliSkip = "HTTP only" });
        var lookalike = JsonNode.Parse(_seeds.ReportJson)!;
        lookalike["unit"]!["code"] = cyrillic;
        _out.Add("report-claims-lookalike.json", Json(lookalike), E(Targets.Submit, item, Expected.FindingsWithErrors, $"a report for {cyrillic} (Cyrillic) submitted as {code}"));
    }

    private void CampaignState()
    {
        const int item = 11;
        foreach (var (body, label, note) in new[]
        {
            ("{\"deadlines\":[{\"due\":\"0001-01-01T00:00:00+14:00\"}]}", "year-one", "a deadline in year 1 (+14:00)"),
            ("{\"deadlines\":[{\"due\":\"ngày mai\"}]}", "words", "a deadline \"ngày mai\""),
            ("{\"deadlines\":[{\"due\":\"2025-02-30\"}]}", "feb-30", "a deadline on 30 February"),
            ("{\"deadlines\":[{\"due\":1e309}]}", "number", "a deadline 1e309"),
            ("{\"deadlines\":[{\"unitKind\":\"../../x\",\"due\":\"2025-12-10\"}]}", "kind-traversal", "a deadline for unit kind ../../x"),
            ("{\"ruleset\":\"../../etc\"}", "ruleset", "ruleset ../../etc"),
            ("{\"settings\":{\"percentPrecision\":2147483647}}", "precision", "percent precision 2.147.483.647"),
            ("{\"settings\":{\"quotaCapPercent\":1e28}}", "quota-cap", "a quota cap of 1e28 %"),
        })
            _out.Add($"campaign-{label}.json", U(body), E(Targets.JsonApi, item, Expected.Refused, note) with { Method = "PATCH", Path = "api/campaigns/{campaign}", ContentType = "application/json", CliSkip = "HTTP only" });
        _out.Add("campaign-year-99999.json", U("{\"id\":\"y99999\",\"year\":99999,\"name\":\"x\"}"), E(Targets.JsonApi, item, Expected.Refused, "a campaign for year 99.999")
            with
        { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = "HTTP only" });
        _out.Add("campaign-year-negative.json", U("{\"id\":\"yneg\",\"year\":-2025,\"name\":\"x\"}"), E(Targets.JsonApi, item, Expected.Refused, "a campaign for year -2025")
            with
        { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = "HTTP only" });
    }

    private void Hygiene()
    {
        const int item = 12;
        foreach (var (body, label, note) in new[]
        {
            ("{\"id\":\"t1\",\"year\":\"hai nghìn\",\"name\":\"x\"}", "year-string", "year as a string: the 400 must not name .NET types"),
            ("{\"id\":\"t2\",\"year\":2025,\"units\":\"x\"}", "units-string", "units as a string"),
            ("{\"id\":\"t3\",\"year\":2025,\"deadlines\":{}}", "deadlines-object", "deadlines as an object"),
            ("{\"id\":\"t4\",\"year\":2025,\"settings\":{\"quotaDenominator\":\"khong-biet\"}}", "enum", "an unknown quota denominator"),
            ("[1,2,3]", "array", "an array instead of an object"),
            ("{\"id\":\"t5\",\"year\":2025", "truncated", "a truncated JSON body"),
        })
            _out.Add($"api-{label}.json", U(body), E(Targets.JsonApi, item, Expected.Refused, note) with { Method = "POST", Path = "api/campaigns", ContentType = "application/json", CliSkip = "HTTP only" });
        var typed = ReportNode();
        typed["year"] = "2025x";
        _out.Add("report-types.json", Json(typed), E(Targets.Validate, item, Expected.Unreadable, "a report whose year is a string"));
        _out.Add("document-types.json", U("{\"data\":5,\"meta\":\"x\"}"), E(Targets.JsonApi, item, Expected.Refused, "a document request with data 5 and meta \"x\"")
            with
        { Method = "POST", Path = "api/documents/bao-cao", ContentType = "application/json", CliSkip = "HTTP only" });
        _out.Add("merge-out-is-input.json", _seeds.ReportJson, E(Targets.Merge, item, Expected.Unreadable, "merge --out names one of its own inputs: refused, the input left intact") with { OutIsInput = true, HttpSkip = "a CLI option" });
    }
}
