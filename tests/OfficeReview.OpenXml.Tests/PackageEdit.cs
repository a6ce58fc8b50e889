using System.IO.Compression;
using System.Text;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Tests;

/// <summary>
/// Rewrites and reads the parts of an Open XML package (a zip) for tests that damage a good workbook: the entries are
/// copied in order, the edited part replaced (or dropped when the edit returns null), extra entries appended at the end.
/// </summary>
internal static class PackageEdit
{
    /// <summary>Copies every entry through <paramref name="edit"/> (name, bytes → bytes, or null to drop it), then appends <paramref name="extra"/>.</summary>
    public static byte[] Rezip(byte[] xlsx, Func<string, byte[], byte[]?> edit, params (string Name, byte[] Content)[] extra)
    {
        using var input = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var ms = new MemoryStream();
        using (var output = new ZipArchive(ms, ZipArchiveMode.Create, true))
        {
            foreach (var e in input.Entries)
            {
                using var s = e.Open();
                using var buffer = new MemoryStream();
                s.CopyTo(buffer);
                var content = edit(e.FullName, buffer.ToArray());
                if (content is null) continue;
                using var o = output.CreateEntry(e.FullName).Open();
                o.Write(content);
            }
            foreach (var (name, content) in extra)
            {
                using var o = output.CreateEntry(name).Open();
                o.Write(content);
            }
        }
        return ms.ToArray();
    }

    /// <summary>Rewrites one part of the package as bytes (so invalid UTF-8 can be written); null drops the part.</summary>
    public static byte[] EditBytes(byte[] xlsx, string part, Func<byte[], byte[]?> edit) =>
        Rezip(xlsx, (name, content) => name == part ? edit(content) : content);

    /// <summary>Rewrites one part of the package as UTF-8 text.</summary>
    public static byte[] Edit(byte[] xlsx, string part, Func<string, string> edit) =>
        EditBytes(xlsx, part, b => Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(b))));

    /// <summary>One part's bytes, as stored.</summary>
    public static byte[] ReadPart(byte[] xlsx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var s = zip.GetEntry(part)!.Open();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>One part as text, decoded by a <see cref="StreamReader"/> (byte order mark honoured).</summary>
    public static string PartText(byte[] xlsx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var r = new StreamReader(zip.GetEntry(part)!.Open());
        return r.ReadToEnd();
    }

    /// <summary>A read's findings, one a line, for assertion messages.</summary>
    public static string Lines(WorkbookReadResult read) => string.Join("\n", read.Findings.Select(f => $"{f.Code} {f.Sheet}!{f.Cell} {f.Message}"));
}
