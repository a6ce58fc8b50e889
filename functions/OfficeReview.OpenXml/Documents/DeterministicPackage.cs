using System.IO.Compression;

namespace OfficeReview.OpenXml.Documents;

/// <summary>
/// Rewrites a zip package so that its bytes depend only on its content: fixed entry timestamps, the original entry
/// order, one compression level. Generating twice from the same inputs then gives the same bytes (sign-off hashes).
/// </summary>
public static class DeterministicPackage
{
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Repack(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var output = new MemoryStream(package.Length + 1024);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Office writes it; then the package's own order.
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
