using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OfficeReview.OpenXml.Tests.Input;

/// <summary>Builds the hostile files of the input-layer tests in memory (nothing is stored in the repository).</summary>
internal static class HostileFiles
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] Zip(params (string Name, byte[] Content)[] entries) => Zip(CompressionLevel.Optimal, entries);

    public static byte[] Zip(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, level).Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>An element nested <paramref name="depth"/> times, built as bytes (no recursion anywhere).</summary>
    public static string Nested(string open, string close, int depth)
    {
        var sb = new StringBuilder(depth * (open.Length + close.Length));
        for (var i = 0; i < depth; i++) sb.Append(open);
        for (var i = 0; i < depth; i++) sb.Append(close);
        return sb.ToString();
    }

    public static byte[] ContentTypes(string mainPart, string mainType) => Utf8(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        $"<Override PartName=\"/{mainPart}\" ContentType=\"{mainType}\"/></Types>");

    public static byte[] RootRels(string mainPart) => Utf8(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{mainPart}\"/></Relationships>");

    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string DocmType = "application/vnd.ms-word.document.macroEnabled.main+xml";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string XlsmType = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    /// <summary>A .docx whose document part is <paramref name="body"/> inside w:document/w:body.</summary>
    public static byte[] Docx(string body, string type = DocxType) => Zip(
        ("[Content_Types].xml", ContentTypes("word/document.xml", type)),
        ("_rels/.rels", RootRels("word/document.xml")),
        ("word/document.xml", Utf8($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>")));

    /// <summary>A plain one-sheet workbook: workbook.xml (with <paramref name="workbookExtra"/> inside), one sheet, no shared strings.</summary>
    public static byte[] Xlsx(string sheetData, string workbookExtra = "", string type = XlsxType, byte[]? sheetBytes = null) => Zip(
        ("[Content_Types].xml", ContentTypes("xl/workbook.xml", type)),
        ("_rels/.rels", RootRels("xl/workbook.xml")),
        ("xl/workbook.xml", Utf8($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{S}\" xmlns:r=\"{R}\">{workbookExtra}<sheets><sheet name=\"Đơn vị\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")),
        ("xl/_rels/workbook.xml.rels", Utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")),
        ("xl/worksheets/sheet1.xml", sheetBytes ?? Utf8($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{S}\"><sheetData>{sheetData}</sheetData></worksheet>")));

    /// <summary>An inline-string cell.</summary>
    public static string Cell(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    /// <summary>
    /// A minimal OLE compound file (the container of .xls, .doc and password-protected Office files): the header and one
    /// directory sector holding the root entry and the given streams.
    /// </summary>
    public static byte[] Ole(params string[] streams)
    {
        var bytes = new byte[512 + 512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x1A), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x1E), 9);
        var names = new[] { ("Root Entry", (byte)5) }.Concat(streams.Select(s => (s, (byte)2))).ToArray();
        for (var i = 0; i < names.Length && i < 4; i++)
        {
            var at = 512 + i * 128;
            var name = Encoding.Unicode.GetBytes(names[i].Item1 + "\0");
            name.CopyTo(bytes, at);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 64), (ushort)name.Length);
            bytes[at + 66] = names[i].Item2;
        }
        return bytes;
    }

    /// <summary>Marks every entry of a zip as encrypted (bit 0 of the flags, local and central headers).</summary>
    public static byte[] MarkEncrypted(byte[] zip)
    {
        var b = (byte[])zip.Clone();
        for (var i = 0; i + 4 <= b.Length; i++)
        {
            var sig = BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(i));
            if (sig == 0x04034b50) b[i + 6] |= 1;
            else if (sig == 0x02014b50) b[i + 8] |= 1;
        }
        return b;
    }
}
