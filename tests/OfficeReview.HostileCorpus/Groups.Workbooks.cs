using System.Text;
using System.Text.RegularExpressions;

namespace OfficeReview.HostileCorpus;

// Item 6: damaged workbooks that lose figures and still say "no errors"; plus the foreign formats of the build list.
public sealed partial class HostileCorpusGenerator
{
    /// <summary>Cells of the members block (row 10 of 'Đảng viên'): total, not rated, rated, and the four levels.</summary>
    private static readonly (string Cell, string Field)[] s_memberCells =
        [("C10", "total"), ("H10", "rated"), ("I10", "excellent"), ("K10", "good"), ("M10", "complete")];

    private void DamagedWorkbooks()
    {
        const int item = 6;
        var f = Expected.FindingsWithErrors;
        // Cell values a reader must not turn into a clean figure.
        (string Inner, string Type, string Name, string Why)[] values =
        [
            ("<v>9223372036854775808</v>", "", "above-int64", "a count above Int64"),
            ("<v>99999999999999999999999999</v>", "", "26-digits", "a 26-digit count"),
            ("<v>1E+30</v>", "", "1e30", "1E+30"),
            ("<v>-7</v>", "", "negative", "a negative count"),
            ("<v>12.5</v>", "", "fraction", "a fractional count"),
            ("<v>NaN</v>", "", "nan", "NaN"),
            ("<v>12abc</v>", "", "garbage", "\"12abc\" as a number"),
            ("<v>999999</v>", "s", "sst-out-of-range", "a shared-string index out of range"),
            ("<v>-1</v>", "s", "sst-negative", "a negative shared-string index"),
            ("<f>SUM(C11:C20)</f>", "", "formula-no-value", "a formula without a cached value"),
            ("<f>[1]Sheet1!$C$10</f><v>42</v>", "", "external-formula", "a formula reading another workbook ([1]Sheet1!C10)"),
            ("<v>#REF!</v>", "e", "error-value", "an error value #REF!"),
        ];
        foreach (var (cell, field) in s_memberCells)
            foreach (var (inner, type, name, why) in values)
                _out.Add($"cell-{field}-{name}.xlsx", WithCell(cell, Value(cell, inner, type)),
                    E(Targets.Validate, item, f, $"members {field} ('Đảng viên'!{cell}) holds {why}"));
        // References beyond the grid or malformed: the figure moves off its named cell.
        foreach (var (cell, field) in s_memberCells.Take(3))
            foreach (var (reference, name) in new[] { ("XFE10", "xfe"), ("C1048577", "row-beyond"), ("C0", "row-zero"), ("10C", "reversed"), ("", "empty") })
                _out.Add($"ref-{field}-{name}.xlsx", WithCell(cell, old => Regex.Replace(old, "r=\"[A-Z]+\\d+\"", $"r=\"{reference}\"")),
                    E(Targets.Validate, item, f, $"members {field}: cell reference {cell} rewritten as \"{reference}\" (beyond the grid or malformed)"));
        // A few of the same cell damages sent as submissions (stored as "valid" today).
        _out.Add("submit-sst-out-of-range.xlsx", WithCell("C10", Value("C10", "<v>999999</v>", "s")), E(Targets.Submit, item, f, "submission: members total is a shared-string index out of range"));
        _out.Add("submit-xfe10.xlsx", WithCell("C10", old => Regex.Replace(old, "r=\"C10\"", "r=\"XFE10\"")), E(Targets.Submit, item, f, "submission: members total at XFE10"));
        _out.Add("merge-formula-no-value.xlsx", WithCell("C10", Value("C10", "<f>SUM(C11:C20)</f>")), E(Targets.Merge, item, f, "merge: members total is a formula without a cached value"));

        // Parts in UTF-16 without a byte order mark.
        foreach (var (part, name) in new[] { (MembersSheet, "sheet"), ("xl/sharedStrings.xml", "sharedstrings"), ("xl/workbook.xml", "workbook"), (MemberTable, "table"), (MemberListSheet, "memberlist"), ("xl/_rels/workbook.xml.rels", "rels") })
        {
            _out.Add($"utf16le-{name}.xlsx", Workbook().Set(part, Utf16(Workbook().Text(part))).ToZip(), E(Targets.Validate, item, f, $"{part} in UTF-16 LE without BOM, declaring UTF-8"));
            if (name is "sheet" or "memberlist")
                _out.Add($"utf16be-{name}.xlsx", Workbook().Set(part, Utf16(Workbook().Text(part).Replace("encoding=\"utf-8\"", "encoding=\"UTF-16\"").Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""), bigEndian: true)).ToZip(),
                    E(Targets.Validate, item, f, $"{part} in UTF-16 BE without BOM, declaring UTF-16"));
        }
        _out.Add("submit-utf16-memberlist.xlsx", Workbook().Set(MemberListSheet, Utf16(Workbook().Text(MemberListSheet))).ToZip(), E(Targets.Submit, item, f, "submission whose member list sheet is UTF-16 without BOM (the members block vanishes)"));

        // Invalid UTF-8.
        foreach (var (bytes, name) in new[] { (new byte[] { 0xC3, 0x28 }, "bad-continuation"), (new byte[] { 0xFF, 0xFE }, "ff-fe"), (new byte[] { 0xC0, 0xAF }, "overlong"), (new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 }, "five-byte"), (new byte[] { 0xE1, 0xBA }, "truncated-sequence") })
        {
            foreach (var part in new[] { "xl/sharedStrings.xml", MemberListSheet })
            {
                var p = Workbook();
                var text = p.Get(part);
                var at = IndexOf(text, U("<t>")) + 3;
                if (at < 3) at = IndexOf(text, U("<v>")) + 3;
                p.Set(part, [.. text[..at], .. bytes, .. text[at..]]);
                _out.Add($"invalid-utf8-{name}-{Path.GetFileNameWithoutExtension(part)}.xlsx", p.ToZip(), E(Targets.Validate, item, f, $"invalid UTF-8 ({Convert.ToHexString(bytes)}) in {part}"));
            }
        }

        // Truncated at tag boundaries (the zip itself is intact: the part ends early).
        foreach (var part in new[] { MembersSheet, MemberListSheet, "xl/sharedStrings.xml", "xl/workbook.xml", MemberTable })
        {
            var xml = Workbook().Text(part);
            var tags = Regex.Matches(xml, ">").Select(m => m.Index + 1).ToList();
            var fractions = part == MembersSheet || part == MemberListSheet ? new[] { 0.1, 0.3, 0.5, 0.7, 0.9, 0.99 } : [0.5, 0.95];
            foreach (var fraction in fractions)
            {
                var cut = tags[(int)((tags.Count - 1) * fraction)];
                _out.Add($"truncated-{Path.GetFileNameWithoutExtension(part)}-{(int)(fraction * 100)}.xlsx", Workbook().Set(part, xml[..cut]).ToZip(),
                    E(Targets.Validate, item, f, $"{part} cut after a tag at {fraction:P0} of its length"));
            }
        }
        {
            var xml = Workbook().Text(MembersSheet);
            _out.Add("truncated-sheet-after-sheetdata.xlsx", Workbook().Set(MembersSheet, xml[..(xml.IndexOf("</sheetData>", StringComparison.Ordinal) + "</sheetData>".Length)]).ToZip(),
                E(Targets.Validate, item, f, "members sheet ends right after </sheetData> (no </worksheet>)"));
            var list = Workbook().Text(MemberListSheet);
            var rowEnds = Regex.Matches(list, "</row>").Select(m => m.Index + 6).ToList();
            _out.Add("truncated-memberlist-half-rows.xlsx", Workbook().Set(MemberListSheet, list[..rowEnds[rowEnds.Count / 2]]).ToZip(),
                E(Targets.Submit, item, f, "submission whose member list sheet stops after half its rows, at a </row>"));
        }
        // Missing or ambiguous parts.
        _out.Add("missing-members-sheet.xlsx", Workbook().Remove(MembersSheet).ToZip(), E(Targets.Validate, item, f, "the members sheet part is missing"));
        _out.Add("missing-sharedstrings.xlsx", Workbook().Remove("xl/sharedStrings.xml").ToZip(), E(Targets.Validate, item, f, "sharedStrings.xml is missing"));
        _out.Add("missing-table.xlsx", Workbook().Remove(MemberTable).ToZip(), E(Targets.Validate, item, f, "the member table part is missing"));
        _out.Add("sheet-name-case.xlsx", Workbook().Edit("xl/workbook.xml", x => ReplaceFirst(x, "<sheet name=\"Đảng viên\"", "<sheet name=\"ĐẢNG VIÊN\"")).ToZip(), E(Targets.Validate, item, f, "the members sheet renamed so its defined names point nowhere"));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }

    private void Formats()
    {
        const int item = 6;
        var u = Expected.Unreadable;
        // Zip-level damage.
        var wb = _seeds.UnitWorkbook;
        foreach (var fraction in new[] { 0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.98 })
            _out.Add($"zip-truncated-{(int)(fraction * 100)}.xlsx", wb[..(int)(wb.Length * fraction)], E(Targets.Validate, item, u, $"the workbook cut at {fraction:P0} of its bytes"));
        _out.Add("zip-truncated-submit.xlsx", wb[..(wb.Length / 2)], E(Targets.Submit, item, u, "submission of half a workbook"));
        _out.Add("zip-truncated-merge.xlsx", wb[..(wb.Length * 3 / 4)], E(Targets.Merge, item, u, "merge of three quarters of a workbook"));
        var docx = _seeds.ReportDocx;
        foreach (var fraction in new[] { 0.1, 0.5, 0.9 })
            _out.Add($"zip-truncated-{(int)(fraction * 100)}.docx", docx[..(int)(docx.Length * fraction)], E(Targets.CheckReport, item, u, $"the report document cut at {fraction:P0}"));
        _out.Add("zip-no-end-record.xlsx", wb[..(wb.Length - 22)], E(Targets.Validate, item, u, "the end-of-central-directory record removed"));
        {
            var bad = (byte[])wb.Clone();
            BitConverter.GetBytes(0x7FFFFFF0u).CopyTo(bad, bad.Length - 6); // central directory offset
            _out.Add("zip-bad-directory-offset.xlsx", bad, E(Targets.Validate, item, u, "the central directory offset points past the end"));
            var count = (byte[])wb.Clone();
            BitConverter.GetBytes((ushort)0xFFFF).CopyTo(count, count.Length - 12);
            BitConverter.GetBytes((ushort)0xFFFF).CopyTo(count, count.Length - 14);
            _out.Add("zip-bad-entry-count.xlsx", count, E(Targets.Validate, item, u, "the end record claims 65.535 entries"));
        }
        {
            var p = Workbook();
            var crc = RawZip.Write(p.Entries.Select(e => e.Name == MembersSheet ? new ZipItem(e.Name, e.Data) { DeclaredCrc = 0xDEADBEEF } : new ZipItem(e.Name, e.Data)));
            _out.Add("zip-bad-crc-sheet.xlsx", crc, E(Targets.Validate, item, u, "the members sheet's CRC-32 is wrong"));
        }
        // Duplicate entries (two different answers for one part).
        {
            var p = Workbook();
            var second = WithCellText(p.Text(MembersSheet), "C10", "999");
            _out.Add("duplicate-members-sheet.xlsx", RawZip.Write(p.Items().Append(new ZipItem(MembersSheet, U(second)))), E(Targets.Validate, item, u, "two entries named xl/worksheets/sheet3.xml with different figures"));
            _out.Add("duplicate-workbook.xlsx", RawZip.Write(p.Items().Append(new ZipItem("xl/workbook.xml", U(Seeds.WorkbookXml())))), E(Targets.Validate, item, u, "two entries named xl/workbook.xml"));
            _out.Add("duplicate-content-types.xlsx", RawZip.Write(p.Items().Append(new ZipItem("[Content_Types].xml", U("<Types/>")))), E(Targets.Validate, item, u, "two [Content_Types].xml"));
            _out.Add("duplicate-members-sheet-submit.xlsx", RawZip.Write(p.Items().Append(new ZipItem(MembersSheet, U(second)))), E(Targets.Submit, item, u, "submission with two different members sheets"));
            var d = ReportDocx();
            _out.Add("duplicate-document.docx", RawZip.Write(d.Items().Append(new ZipItem("word/document.xml", U(Seeds.DocumentXml(Seeds.Paragraphs(["Tổng số đảng viên: 5; tham gia đánh giá: 9."])))))),
                E(Targets.CheckReport, item, u, "two entries named word/document.xml"));
            _out.Add("case-duplicate-sheet.xlsx", RawZip.Write(p.Items().Append(new ZipItem(MembersSheet.ToUpperInvariant(), U(second)))), E(Targets.Validate, item, u, "xl/worksheets/sheet3.xml and XL/WORKSHEETS/SHEET3.XML"));
        }
        // Traversal and absolute entry names.
        foreach (var (name, label) in new[] { ("../../evil.xml", "dotdot"), ("/etc/passwd", "absolute"), ("C:\\evil.xml", "drive"), ("xl/../../outside.xml", "inner-dotdot") })
        {
            _out.Add($"entry-name-{label}.xlsx", RawZip.Write(Workbook().Items().Append(new ZipItem(name, U("<x/>")))), E(Targets.Validate, item, u, $"an extra zip entry named {name}"));
            if (label is "dotdot" or "absolute")
                _out.Add($"entry-name-{label}.docx", RawZip.Write(ReportDocx().Items().Append(new ZipItem(name, U("<x/>")))), E(Targets.CheckReport, item, u, $"a report document with an entry named {name}"));
        }
        // Encrypted or unknown compression.
        foreach (var (part, label) in new[] { (MembersSheet, "sheet"), ("xl/workbook.xml", "workbook") })
            foreach (var (flags, method, how) in new[] { ((ushort)1, (ushort?)null, "flagged encrypted (ZipCrypto)"), ((ushort)1, (ushort?)99, "AES-encrypted (method 99)"), ((ushort)0, (ushort?)12, "bzip2-compressed (method 12)") })
                _out.Add($"entry-{label}-{(method ?? 0)}-{flags}.xlsx", RawZip.Write(Workbook().Entries.Select(e => e.Name == part ? new ZipItem(e.Name, e.Data) { Flags = flags, DeclaredMethod = method } : new ZipItem(e.Name, e.Data))),
                    E(Targets.Validate, item, u, $"{part} {how}"));
        _out.Add("entry-document-encrypted.docx", RawZip.Write(ReportDocx().Entries.Select(e => e.Name == "word/document.xml" ? new ZipItem(e.Name, e.Data) { Flags = 1 } : new ZipItem(e.Name, e.Data))),
            E(Targets.CheckReport, item, u, "document.xml flagged encrypted"));

        // Foreign formats: .xls (OLE), encrypted OOXML (OLE with EncryptedPackage), .xlsm, CSV renamed .xlsx, nested zip.
        var biff = new byte[] { 0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00 }.Concat(RandomBytes(6000)).ToArray();
        _out.Add("legacy.xls", OleCompoundFile(("Workbook", biff)), E(Targets.Validate, item, u, "an Excel 97-2003 .xls (BIFF8 in an OLE compound file)"));
        _out.Add("legacy-renamed.xlsx", OleCompoundFile(("Workbook", biff)), E(Targets.Validate, item, u, "an .xls renamed .xlsx"));
        _out.Add("legacy-submit.xls", OleCompoundFile(("Workbook", biff)), E(Targets.Submit, item, u, "an .xls submitted"));
        var info = new byte[] { 0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00 }.Concat(U("<?xml version=\"1.0\"?><encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\"/>")).ToArray();
        _out.Add("encrypted.xlsx", OleCompoundFile(("EncryptionInfo", info), ("EncryptedPackage", RandomBytes(8000))), E(Targets.Validate, item, u, "a password-protected workbook (OLE EncryptionInfo + EncryptedPackage)"));
        _out.Add("encrypted-submit.xlsx", OleCompoundFile(("EncryptionInfo", info), ("EncryptedPackage", RandomBytes(8000))), E(Targets.Submit, item, u, "a password-protected workbook submitted"));
        _out.Add("encrypted.docx", OleCompoundFile(("EncryptionInfo", info), ("EncryptedPackage", RandomBytes(8000))), E(Targets.CheckReport, item, u, "a password-protected report document"));
        _out.Add("legacy.doc", OleCompoundFile(("WordDocument", RandomBytes(5000)), ("1Table", RandomBytes(4096))), E(Targets.CheckReport, item, u, "a Word 97-2003 .doc"));
        _out.Add("encrypted-units.xlsx", OleCompoundFile(("EncryptionInfo", info), ("EncryptedPackage", RandomBytes(8000))), E(Targets.UnitImport, item, u, "a password-protected unit list"));
        var xlsm = Workbook().Edit("[Content_Types].xml", x => ReplaceFirst(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            .Replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"))
            .Edit("xl/_rels/workbook.xml.rels", x => x.Replace("</Relationships>", "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>"))
            .Set("xl/vbaProject.bin", OleCompoundFile(("VBA", RandomBytes(4096))));
        _out.Add("macro.xlsm", xlsm.ToZip(), E(Targets.Validate, item, Expected.FindingsWithErrors, "a macro-enabled workbook (.xlsm, vbaProject.bin): at least reported, never clean"));
        _out.Add("macro-renamed.xlsx", xlsm.ToZip(), E(Targets.Submit, item, Expected.FindingsWithErrors, "a macro-enabled workbook renamed .xlsx and submitted"));
        _out.Add("macro-merge.xlsm", xlsm.ToZip(), E(Targets.Merge, item, Expected.FindingsWithErrors, "a macro-enabled workbook merged"));
        _out.Add("csv-renamed.xlsx", _seeds.UnitListCsv, E(Targets.Validate, item, u, "a CSV file renamed .xlsx"));
        _out.Add("csv-renamed-submit.xlsx", U("ma,ten,tong_so\nCB01,Chi bộ 1,30\n"), E(Targets.Submit, item, u, "a CSV of figures renamed .xlsx and submitted"));
        _out.Add("csv-tcvn3-renamed.xlsx", Legacy(s_tcvn3, "Chi bộ thôn Đông,30\nĐảng viên,Nguyễn Văn Hùng\n"), E(Targets.Validate, item, u, "a TCVN3 (ABC) encoded CSV renamed .xlsx"));
        _out.Add("html-renamed.xlsx", U("<html><body><table><tr><td>Tổng số đảng viên</td><td>30</td></tr></table></body></html>"), E(Targets.Validate, item, u, "an HTML table saved as .xlsx (as some portals export)"));
        _out.Add("xlsx-renamed.docx", _seeds.UnitWorkbook, E(Targets.CheckReport, item, u, "a workbook renamed .docx"));
        _out.Add("docx-renamed.xlsx", _seeds.ReportDocx, E(Targets.Validate, item, u, "a report document renamed .xlsx"));
        _out.Add("zip-in-zip.xlsx", RawZip.Write([new ZipItem("inner.xlsx", _seeds.UnitWorkbook)]), E(Targets.Validate, item, u, "a zip holding the workbook instead of being it"));
        _out.Add("pdf-renamed.docx", U("%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"), E(Targets.CheckReport, item, u, "a PDF renamed .docx"));
        _out.Add("strict-ooxml.xlsx", Workbook().Edit("xl/workbook.xml", x => x.Replace(Seeds.SpreadsheetMain, "http://purl.oclc.org/ooxml/spreadsheetml/main")).ToZip(),
            E(Targets.Validate, item, Expected.FindingsWithErrors, "workbook.xml in the Strict OOXML namespace (figures not found)"));
        // Empty files.
        foreach (var (name, target) in new[] { ("empty.xlsx", Targets.Validate), ("empty.json", Targets.Validate), ("empty.docx", Targets.CheckReport), ("empty.txt", Targets.CheckReport), ("empty-submit.xlsx", Targets.Submit), ("empty-units.csv", Targets.UnitImport), ("empty-merge.json", Targets.Merge) })
            _out.Add(name, [], E(target, item, u, "an empty file") with { CliSkip = target == Targets.UnitImport ? "no CLI verb imports unit lists" : null });
        _out.Add("bom-only.json", [0xEF, 0xBB, 0xBF], E(Targets.Validate, item, u, "a UTF-8 BOM and nothing else"));
        _out.Add("whitespace.json", U("   \r\n\t  "), E(Targets.Validate, item, u, "only white space"));
        _out.Add("pk-only.xlsx", U("PK"), E(Targets.Validate, item, u, "the two bytes PK"));
        _out.Add("pk-header-only.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], E(Targets.Validate, item, u, "a zip local header cut after six bytes"));
    }

    private static string WithCellText(string xml, string cell, string value)
    {
        var m = Regex.Match(xml, $"<c r=\"{cell}\"[^>]*?(/>|>.*?</c>)");
        var style = Regex.Match(m.Value, "s=\"\\d+\"").Value;
        return xml[..m.Index] + $"<c r=\"{cell}\" {style}><v>{value}</v></c>" + xml[(m.Index + m.Length)..];
    }

    // ---- legacy Vietnamese encodings ------------------------------------------------------------------------------

    /// <summary>TCVN3 (ABC): a one-byte encoding of precomposed Vietnamese letters (only the letters used here).</summary>
    private static readonly Dictionary<char, byte> s_tcvn3 = new()
    {
        ['Đ'] = 0xA7, ['đ'] = 0xAE, ['ả'] = 0xB6, ['ộ'] = 0xE9, ['ô'] = 0xAB, ['ễ'] = 0xD6, ['ă'] = 0xA8, ['ơ'] = 0xAC, ['ư'] = 0xAD,
        ['ê'] = 0xAA, ['ù'] = 0xEF, ['ú'] = 0xF3, ['à'] = 0xB5, ['á'] = 0xB8, ['ạ'] = 0xB9, ['ế'] = 0xD5, ['ệ'] = 0xD7, ['ị'] = 0xDE,
        ['ờ'] = 0xEA, ['ớ'] = 0xED, ['ợ'] = 0xEE, ['ũ'] = 0xF2, ['ụ'] = 0xF4, ['ừ'] = 0xF5, ['ứ'] = 0xF8, ['ữ'] = 0xF7, ['ự'] = 0xF9, ['ó'] = 0xE3, ['ò'] = 0xDF,
    };

    /// <summary>VNI Windows: base letter + a combining byte (0xF8…), as VNI fonts store it (only the letters used here).</summary>
    private static readonly Dictionary<char, byte[]> s_vni = new()
    {
        ['Đ'] = [0xD1], ['đ'] = [0xF1], ['ả'] = [(byte)'a', 0xFB], ['ộ'] = [(byte)'o', 0xE4], ['ô'] = [(byte)'o', 0xE2], ['ễ'] = [(byte)'e', 0xE3],
        ['ă'] = [(byte)'a', 0xEA], ['ơ'] = [0xF4], ['ư'] = [0xF6], ['ê'] = [(byte)'e', 0xE2], ['ù'] = [(byte)'u', 0xF8], ['à'] = [(byte)'a', 0xF8],
        ['á'] = [(byte)'a', 0xF9], ['ạ'] = [(byte)'a', 0xEF], ['ế'] = [(byte)'e', 0xE1], ['ệ'] = [(byte)'e', 0xE4], ['ị'] = [0xF2], ['ờ'] = [0xF4, 0xF8], ['ớ'] = [0xF4, 0xF9],
    };

    private static byte[] Legacy(Dictionary<char, byte> map, string text) =>
        text.Normalize(NormalizationForm.FormC).Select(c => map.TryGetValue(c, out var b) ? b : c < 128 ? (byte)c : (byte)'?').ToArray();

    private static byte[] Legacy(Dictionary<char, byte[]> map, string text) =>
        text.Normalize(NormalizationForm.FormC).SelectMany(c => map.TryGetValue(c, out var b) ? b : c < 128 ? [(byte)c] : [(byte)'?']).ToArray();
}
