using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OfficeReview.Service.Tests.Input;

/// <summary>Hostile inputs for the CLI and HTTP tests, built in memory.</summary>
internal static class BadInputs
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(content));
            }
        return ms.ToArray();
    }

    public static string Nested(string open, string close, int depth) =>
        new StringBuilder(depth * (open.Length + close.Length)).Insert(0, open, depth).Insert(depth * open.Length, close, depth).ToString();

    private static string ContentTypes(string part, string type) =>
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        $"<Override PartName=\"/{part}\" ContentType=\"{type}\"/></Types>";

    private static string Rels(string part) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{part}\"/></Relationships>";

    /// <summary>A ~2 KB .docx whose document part is 140.000 nested elements (the stack overflow).</summary>
    public static byte[] NestedDocx() => Zip(
        ("[Content_Types].xml", ContentTypes("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
        ("_rels/.rels", Rels("word/document.xml")),
        ("word/document.xml", $"<w:document xmlns:w=\"{W}\"><w:body>{Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 70_000)}</w:body></w:document>"));

    /// <summary>A small .xlsx with a unit-list sheet whose workbook.xml holds 140.000 nested elements.</summary>
    public static byte[] NestedWorkbookXml() => Zip(
        ("[Content_Types].xml", ContentTypes("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
        ("_rels/.rels", Rels("xl/workbook.xml")),
        ("xl/workbook.xml", $"<workbook xmlns=\"{S}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">{Nested("<x>", "</x>", 140_000)}<sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        ("xl/worksheets/sheet1.xml", $"<worksheet xmlns=\"{S}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Loại</t></is></c></row></sheetData></worksheet>"));

    /// <summary>An OLE compound file (what .xls, .doc and password-protected Office files are) with the named streams.</summary>
    public static byte[] Ole(params string[] streams)
    {
        var bytes = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x1E), 9);
        var names = new[] { ("Root Entry", (byte)5) }.Concat(streams.Select(s => (s, (byte)2))).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            var name = Encoding.Unicode.GetBytes(names[i].Item1 + "\0");
            name.CopyTo(bytes, 512 + i * 128);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(512 + i * 128 + 64), (ushort)name.Length);
            bytes[512 + i * 128 + 66] = names[i].Item2;
        }
        return bytes;
    }

    /// <summary>No line of a stack trace ("   at Namespace.Type.Method(") in the text.</summary>
    public static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception:", text);
    }
}
