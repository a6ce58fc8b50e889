using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using OfficeReview.OpenXml.Input;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;
using static OfficeReview.OpenXml.Tests.Input.HostileFiles;

namespace OfficeReview.OpenXml.Tests.Input;

/// <summary>Every entry the bounded zip inflates must match the CRC-32 its zip records (issue #9, item 6).</summary>
public class Crc32Tests
{
    [Fact]
    public void The_checksum_matches_the_standard_check_value_and_what_the_framework_writes()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
        Assert.Equal(0u, Crc32.Compute([]));
        var random = new Random(9);
        foreach (var length in new[] { 1, 7, 8, 9, 63, 4096, 100_003 })
        {
            var data = new byte[length];
            random.NextBytes(data);
            using var zip = new ZipArchive(new MemoryStream(Zip(("a.bin", data))), ZipArchiveMode.Read);
            Assert.Equal(zip.Entries[0].Crc32, Crc32.Compute(data));
            // Appending in pieces gives the same value as at once.
            var half = length / 2;
            Assert.Equal(Crc32.Compute(data), Crc32.Append(Crc32.Compute(data.AsSpan(0, half)), data.AsSpan(half)));
        }
    }

    /// <summary>Writes <paramref name="crc"/> as the CRC-32 of <paramref name="entry"/> in its local and central headers.</summary>
    internal static byte[] WithCrc(byte[] zip, string entry, uint crc)
    {
        var bad = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entry);
        var changed = 0;
        for (var i = 0; i + 46 <= bad.Length; i++)
        {
            var sig = BinaryPrimitives.ReadUInt32LittleEndian(bad.AsSpan(i));
            if (sig == 0x04034b50 && bad.AsSpan(i + 30).StartsWith(name) && BinaryPrimitives.ReadUInt16LittleEndian(bad.AsSpan(i + 26)) == name.Length)
            { BinaryPrimitives.WriteUInt32LittleEndian(bad.AsSpan(i + 14), crc); changed++; }
            else if (sig == 0x02014b50 && bad.AsSpan(i + 46).StartsWith(name) && BinaryPrimitives.ReadUInt16LittleEndian(bad.AsSpan(i + 28)) == name.Length)
            { BinaryPrimitives.WriteUInt32LittleEndian(bad.AsSpan(i + 16), crc); changed++; }
        }
        Assert.Equal(2, changed);
        return bad;
    }

    [Fact]
    public void An_entry_whose_data_does_not_match_its_crc_is_refused_naming_the_entry()
    {
        var good = Zip(("xl/worksheets/sheet1.xml", Utf8("<worksheet><sheetData/></worksheet>")), ("xl/workbook.xml", Utf8("<workbook/>")));
        using (var ok = BoundedZip.Open(good, "dung.xlsx")) ok.CheckAll();

        var bad = WithCrc(good, "xl/worksheets/sheet1.xml", 0xDEADBEEF);
        var e = Assert.Throws<InputException>(() =>
        {
            using var z = BoundedZip.Open(bad, "crc.xlsx");
            z.CheckAll();
        });
        Assert.Equal(InputCodes.ZipBroken, e.Code);
        Assert.Contains("crc.xlsx", e.Message);
        Assert.Contains("xl/worksheets/sheet1.xml", e.Message);
        Assert.Contains("CRC-32", e.Message);

        // ReadAll of the damaged entry refuses too; the intact entry still reads.
        using var z2 = BoundedZip.Open(bad, "crc.xlsx");
        Assert.Equal("<workbook/>", Encoding.UTF8.GetString(z2.ReadAll("xl/workbook.xml")!));
        Assert.Throws<InputException>(() => z2.ReadAll("xl/worksheets/sheet1.xml"));
    }

    [Fact]
    public void A_workbook_whose_sheet_fails_its_crc_is_unreadable_naming_the_sheet_part()
    {
        var good = UnitWorkbookWriter.Write(Workbooks.SampleReports.Full());
        Assert.NotNull(UnitWorkbookReader.Read(good, "dung.xlsx").Report);
        var read = UnitWorkbookReader.Read(WithCrc(good, "xl/worksheets/sheet3.xml", 0xDEADBEEF), "crc.xlsx");
        Assert.Null(read.Report);
        var f = Assert.Single(read.Findings);
        Assert.Equal(UnitWorkbookReader.Broken, f.Code);
        Assert.Contains("crc.xlsx", f.Message);
        Assert.Contains("xl/worksheets/sheet3.xml", f.Message);
    }
}
