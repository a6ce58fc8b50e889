using System.Text;
using System.Xml;

namespace OfficeReview.OpenXml.Input;

/// <summary>What a file is, judged by its content (never by its name).</summary>
public enum InputFileKind
{
    Empty,
    Xlsx,
    /// <summary>A macro-enabled workbook (.xlsm/.xltm): readable for its figures, the macros are never run.</summary>
    Xlsm,
    Docx,
    /// <summary>A macro-enabled document (.docm/.dotm): readable for its text, the macros are never run.</summary>
    Docm,
    /// <summary>Excel 97–2003 (.xls): an OLE compound file with a Workbook stream.</summary>
    LegacyXls,
    /// <summary>Word 97–2003 (.doc): an OLE compound file with a WordDocument stream.</summary>
    LegacyDoc,
    /// <summary>An Office file protected with a password: an OLE compound file holding EncryptedPackage.</summary>
    EncryptedOffice,
    /// <summary>Another OLE compound file (.ppt, .msg …).</summary>
    OtherOle,
    /// <summary>A zip that is not a workbook or a Word document.</summary>
    OtherZip,
    /// <summary>A zip whose directory cannot be read (truncated or damaged), naming no workbook or document part.</summary>
    DamagedZip,
    Pdf,
    Json,
    /// <summary>An HTML page (a doctype, an html or body element near the start).</summary>
    Html,
    /// <summary>Text with separators on its first line (a CSV list, perhaps renamed .xlsx).</summary>
    Csv,
    Text,
    /// <summary>Bytes that are none of the above.</summary>
    Binary,
}

/// <summary>What the caller expects the file to be.</summary>
public enum ExpectedInput
{
    /// <summary>An OfficeReview workbook (.xlsx/.xlsm) or a UnitReport JSON.</summary>
    ReportOrWorkbook,
    /// <summary>A report in Word (.docx) or its text (plain text).</summary>
    Document,
    /// <summary>A unit list: CSV, JSON or a worksheet.</summary>
    UnitList,
}

/// <summary>
/// Tells a workbook from a Word document, an old binary Office file from a password-protected one, a CSV renamed
/// .xlsx, JSON, PDF and an empty file — by content, never by extension — and says in Vietnamese, naming the file,
/// why a file is not what the caller expects and what to do.
/// </summary>
public static class FileTypeDetector
{
    public static InputFileKind Detect(byte[] bytes, InputLimits? limits = null) => Detect((ReadOnlyMemory<byte>)bytes, limits);

    public static InputFileKind Detect(ReadOnlyMemory<byte> memory, InputLimits? limits = null)
    {
        var b = memory.Span;
        if (b.Length == 0) return InputFileKind.Empty;
        if (b.Length >= 8 && b[0] == 0xD0 && b[1] == 0xCF && b[2] == 0x11 && b[3] == 0xE0 && b[4] == 0xA1 && b[5] == 0xB1 && b[6] == 0x1A && b[7] == 0xE1)
            return DetectOle(b);
        if (b.Length >= 4 && b[0] == (byte)'P' && b[1] == (byte)'K' && b[2] is 3 or 5 or 7) return DetectZip(memory, limits);
        if (b.StartsWith("%PDF-"u8)) return InputFileKind.Pdf;
        return DetectText(b);
    }

    /// <summary>The Vietnamese reason a file of <paramref name="kind"/> is refused where <paramref name="expected"/> is wanted; null when it is acceptable.</summary>
    public static (string Code, string Message)? Refusal(InputFileKind kind, string fileName, ExpectedInput expected)
    {
        var want = expected switch
        {
            ExpectedInput.Document => "báo cáo Word (.docx) hoặc văn bản thuần (.txt)",
            ExpectedInput.UnitList => "danh sách đơn vị (.csv, .json hoặc bảng tính .xlsx)",
            _ => "bảng tính .xlsx theo biểu mẫu hoặc số liệu JSON",
        };
        var saveAs = expected == ExpectedInput.Document ? "Word và lưu lại dưới dạng .docx (File › Save As › Word Document)" : "Excel và lưu lại dưới dạng .xlsx (File › Save As › Excel Workbook)";
        switch (kind)
        {
            case InputFileKind.Empty:
                return (InputCodes.Empty, $"Tệp {fileName} rỗng (0 byte); hãy chọn lại tệp cần gửi.");
            case InputFileKind.LegacyXls:
                return (InputCodes.Legacy, $"Tệp {fileName} là bảng tính Excel 97–2003 (.xls): phần mềm không đọc định dạng cũ này. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx (File › Save As › Excel Workbook).");
            case InputFileKind.LegacyDoc:
                return (InputCodes.Legacy, $"Tệp {fileName} là văn bản Word 97–2003 (.doc): phần mềm không đọc định dạng cũ này. Hãy mở bằng Word và lưu lại dưới dạng .docx (File › Save As › Word Document).");
            case InputFileKind.EncryptedOffice:
                return (InputCodes.Encrypted, $"Tệp {fileName} được đặt mật khẩu (mã hóa) nên phần mềm không đọc được nội dung. Hãy mở tệp bằng Excel hoặc Word, bỏ mật khẩu (File › Info › Protect › Encrypt with Password, xóa mật khẩu) rồi lưu và gửi lại.");
            case InputFileKind.OtherOle:
                return (InputCodes.WrongType, $"Tệp {fileName} là tệp Office định dạng cũ (không phải bảng tính hay văn bản Word); cần {want}.");
            case InputFileKind.Pdf:
                return (InputCodes.WrongType, $"Tệp {fileName} là tệp PDF; phần mềm không đọc số liệu từ PDF, cần {want}.");
            case InputFileKind.OtherZip:
                return (InputCodes.WrongType, $"Tệp {fileName} là tệp nén (.zip) nhưng không phải bảng tính Excel hay văn bản Word; cần {want}.");
            case InputFileKind.DamagedZip:
                return (InputCodes.ZipBroken, $"Tệp {fileName} là tệp nén bị hỏng hoặc bị cắt cụt (không đọc được danh mục bên trong); hãy gửi lại bản đầy đủ của {want}.");
            case InputFileKind.Binary:
                return (InputCodes.WrongType, $"Tệp {fileName} không phải {want} (nội dung nhị phân không nhận ra).");
        }
        return expected switch
        {
            ExpectedInput.ReportOrWorkbook => kind switch
            {
                InputFileKind.Docx or InputFileKind.Docm => (InputCodes.WrongType, $"Tệp {fileName} là văn bản Word, không phải bảng tính; báo cáo bằng Word được kiểm tra bằng chức năng kiểm tra báo cáo (check-report)."),
                InputFileKind.Csv => (InputCodes.WrongType, $"Tệp {fileName} là tệp văn bản dạng CSV, không phải bảng tính .xlsx (có thể đã bị đổi đuôi tên). Hãy mở bằng {saveAs}, hoặc nhập số liệu vào biểu mẫu."),
                InputFileKind.Text => (InputCodes.WrongType, $"Tệp {fileName} là tệp văn bản thuần, không phải bảng tính .xlsx hay số liệu JSON."),
                InputFileKind.Html => (InputCodes.WrongType, $"Tệp {fileName} là trang web (HTML), không phải bảng tính .xlsx hay số liệu JSON; báo cáo lưu từ trang web được kiểm tra bằng chức năng kiểm tra báo cáo (check-report)."),
                _ => null,
            },
            ExpectedInput.Document => kind switch
            {
                InputFileKind.Xlsx or InputFileKind.Xlsm => (InputCodes.WrongType, $"Tệp {fileName} là bảng tính Excel, không phải báo cáo Word; bảng tính được kiểm tra bằng lệnh validate."),
                _ => null,
            },
            _ => kind switch
            {
                InputFileKind.Docx or InputFileKind.Docm => (InputCodes.WrongType, $"Tệp {fileName} là văn bản Word; danh sách đơn vị cần là tệp .csv, .json hoặc bảng tính .xlsx."),
                InputFileKind.Html => (InputCodes.WrongType, $"Tệp {fileName} là trang web (HTML); danh sách đơn vị cần là tệp .csv, .json hoặc bảng tính .xlsx."),
                _ => null,
            },
        };
    }

    /// <summary>A name for the kind in messages ("bảng tính .xlsx").</summary>
    public static string Describe(InputFileKind kind) => kind switch
    {
        InputFileKind.Empty => "tệp rỗng",
        InputFileKind.Xlsx => "bảng tính .xlsx",
        InputFileKind.Xlsm => "bảng tính có macro .xlsm",
        InputFileKind.Docx => "văn bản Word .docx",
        InputFileKind.Docm => "văn bản Word có macro .docm",
        InputFileKind.LegacyXls => "bảng tính Excel 97–2003 .xls",
        InputFileKind.LegacyDoc => "văn bản Word 97–2003 .doc",
        InputFileKind.EncryptedOffice => "tệp Office đặt mật khẩu",
        InputFileKind.OtherOle => "tệp Office định dạng cũ",
        InputFileKind.OtherZip => "tệp nén .zip",
        InputFileKind.DamagedZip => "tệp nén bị hỏng",
        InputFileKind.Pdf => "tệp PDF",
        InputFileKind.Json => "tệp JSON",
        InputFileKind.Html => "trang web (HTML)",
        InputFileKind.Csv => "tệp CSV",
        InputFileKind.Text => "tệp văn bản",
        _ => "tệp nhị phân",
    };

    // ---- OLE compound files: the names of the directory entries say what is inside --------------------------------

    private static InputFileKind DetectOle(ReadOnlySpan<byte> b)
    {
        var sectorShift = b.Length >= 0x20 ? b[0x1E] | (b[0x1F] << 8) : 9;
        var sectorSize = sectorShift is 9 or 12 ? 1 << sectorShift : 512;
        if (HasDirectoryEntry(b, sectorSize, "EncryptedPackage") || HasDirectoryEntry(b, sectorSize, "EncryptionInfo")) return InputFileKind.EncryptedOffice;
        if (HasDirectoryEntry(b, sectorSize, "Workbook") || HasDirectoryEntry(b, sectorSize, "Book")) return InputFileKind.LegacyXls;
        if (HasDirectoryEntry(b, sectorSize, "WordDocument")) return InputFileKind.LegacyDoc;
        return InputFileKind.OtherOle;
    }

    /// <summary>A directory entry (128 bytes at a 128-byte boundary after the header) named <paramref name="name"/>.</summary>
    private static bool HasDirectoryEntry(ReadOnlySpan<byte> b, int sectorSize, string name)
    {
        var wanted = Encoding.Unicode.GetBytes(name + "\0");
        for (var at = sectorSize; at + 128 <= b.Length; at += 128)
        {
            var nameLength = b[at + 64] | (b[at + 65] << 8);
            if (nameLength != wanted.Length) continue;
            var type = b[at + 66];
            if (type is not (1 or 2)) continue;
            if (b.Slice(at, wanted.Length).SequenceEqual(wanted)) return true;
        }
        return false;
    }

    // ---- zip: the content type of the main part (then the entry names) --------------------------------------------

    private static InputFileKind DetectZip(ReadOnlyMemory<byte> bytes, InputLimits? limits)
    {
        try
        {
            using var zip = BoundedZip.Open(bytes, "", limits);
            var types = zip.Exists("[Content_Types].xml") ? MainContentTypes(zip) : [];
            foreach (var t in types)
            {
                if (t.Contains("ms-excel.sheet.macroEnabled", StringComparison.OrdinalIgnoreCase) || t.Contains("ms-excel.template.macroEnabled", StringComparison.OrdinalIgnoreCase)) return InputFileKind.Xlsm;
                if (t.Contains("spreadsheetml.sheet.main", StringComparison.OrdinalIgnoreCase) || t.Contains("spreadsheetml.template.main", StringComparison.OrdinalIgnoreCase))
                    return zip.Exists("xl/vbaProject.bin") ? InputFileKind.Xlsm : InputFileKind.Xlsx;
                if (t.Contains("ms-word.document.macroEnabled", StringComparison.OrdinalIgnoreCase) || t.Contains("ms-word.template.macroEnabledTemplate", StringComparison.OrdinalIgnoreCase)) return InputFileKind.Docm;
                if (t.Contains("wordprocessingml.document.main", StringComparison.OrdinalIgnoreCase) || t.Contains("wordprocessingml.template.main", StringComparison.OrdinalIgnoreCase))
                    return zip.Exists("word/vbaProject.bin") ? InputFileKind.Docm : InputFileKind.Docx;
            }
            // No (readable) content types: judge by the parts present, as a damaged package still deserves the right message.
            if (zip.Exists("xl/workbook.xml")) return zip.Exists("xl/vbaProject.bin") ? InputFileKind.Xlsm : InputFileKind.Xlsx;
            if (zip.Exists("word/document.xml")) return zip.Exists("word/vbaProject.bin") ? InputFileKind.Docm : InputFileKind.Docx;
            return InputFileKind.OtherZip;
        }
        catch (InputException e)
        {
            // Too many entries, unsafe names, a damaged directory: judged by the part names in the raw bytes, so that
            // the workbook or document reader reports the exact reason (the bound, the damage) itself.
            var span = bytes.Span;
            if (span.IndexOf("xl/workbook.xml"u8) >= 0) return InputFileKind.Xlsx;
            if (span.IndexOf("word/document.xml"u8) >= 0) return InputFileKind.Docx;
            return e.Code == InputCodes.ZipBroken ? InputFileKind.DamagedZip : InputFileKind.OtherZip;
        }
    }

    private static List<string> MainContentTypes(BoundedZip zip)
    {
        var types = new List<string>();
        try
        {
            var bytes = zip.ReadAll("[Content_Types].xml")!;
            using var r = BoundedXml.Create(bytes, zip.FileName, "[Content_Types].xml", zip.Limits);
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element || r.LocalName != "Override") continue;
                var part = r.GetAttribute("PartName");
                var type = r.GetAttribute("ContentType");
                if (part is not null && type is not null && type.Contains(".main", StringComparison.OrdinalIgnoreCase)) types.Add(type);
            }
        }
        catch (InputException) { }
        return types;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        Span<char> chars = stackalloc char[head.Length];
        for (var i = 0; i < head.Length; i++) chars[i] = head[i] < 128 ? (char)head[i] : ' ';
        return Documents.HtmlText.LooksLikeHtml(chars);
    }

    // ---- text ------------------------------------------------------------------------------------------------------

    private static InputFileKind DetectText(ReadOnlySpan<byte> b)
    {
        var head = b[..Math.Min(b.Length, 8192)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return InputFileKind.Text;
        if (head.IndexOf((byte)0) >= 0) return InputFileKind.Binary;
        var controls = 0;
        foreach (var c in head) if (c < 0x20 && c is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) controls++;
        if (controls > head.Length / 20 + 1) return InputFileKind.Binary;
        var trimmed = head.TrimStart(" \t\r\n"u8);
        if (trimmed.Length > 0 && trimmed[0] == (byte)'<' && LooksLikeHtml(trimmed[..Math.Min(trimmed.Length, 1024)])) return InputFileKind.Html;
        if (trimmed.Length > 0 && trimmed[0] is (byte)'{' or (byte)'[') return InputFileKind.Json;
        var lineEnd = trimmed.IndexOfAny((byte)'\n', (byte)'\r');
        var first = lineEnd < 0 ? trimmed : trimmed[..lineEnd];
        return first.IndexOfAny((byte)',', (byte)';', (byte)'\t') >= 0 ? InputFileKind.Csv : InputFileKind.Text;
    }
}
