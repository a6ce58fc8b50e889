using System.IO.Compression;
using OfficeReview.OpenXml.Input;
using static OfficeReview.OpenXml.Tests.Input.HostileFiles;

namespace OfficeReview.OpenXml.Tests.Input;

public class BoundedZipTests
{
    private static InputException Refused(byte[] zip, string fileName, InputLimits? limits = null, bool readAll = true)
    {
        return Assert.Throws<InputException>(() =>
        {
            using var z = BoundedZip.Open(zip, fileName, limits);
            if (readAll) z.CheckAll();
        });
    }

    [Fact]
    public void One_entry_expanding_past_the_part_bound_is_refused_naming_file_entry_and_key()
    {
        var bomb = Zip(CompressionLevel.SmallestSize, ("xl/worksheets/sheet1.xml", new byte[3 * 1024 * 1024]));
        var e = Refused(bomb, "bom.xlsx", InputLimits.Default with { MaxPartBytes = 2 * 1024 * 1024, MaxCompressionRatio = 1_000_000 });
        Assert.Equal(InputCodes.ZipPartTooLarge, e.Code);
        Assert.Contains("bom.xlsx", e.Message);
        Assert.Contains("xl/worksheets/sheet1.xml", e.Message);
        Assert.Contains("Limits:Input:MaxPartBytes", e.Message);
    }

    [Fact]
    public void Many_entries_each_small_but_together_too_large_are_refused_by_the_total()
    {
        var entries = Enumerable.Range(0, 6).Select(i => ($"xl/media/a{i}.bin", new byte[1024 * 1024])).ToArray();
        var e = Refused(Zip(CompressionLevel.SmallestSize, entries), "nhieu.xlsx",
            InputLimits.Default with { MaxExpandedBytes = 5 * 1024 * 1024, MaxCompressionRatio = 1_000_000 });
        Assert.Equal(InputCodes.ZipExpandedTooLarge, e.Code);
        Assert.Contains("Limits:Input:MaxExpandedBytes", e.Message);
        Assert.Contains("5.242.880", e.Message);
    }

    [Fact]
    public void An_entry_with_an_absurd_compression_ratio_is_refused()
    {
        var e = Refused(Zip(CompressionLevel.SmallestSize, ("word/document.xml", new byte[8 * 1024 * 1024])), "ty-le.docx");
        Assert.Equal(InputCodes.ZipRatio, e.Code);
        Assert.Contains("word/document.xml", e.Message);
        Assert.Contains("Limits:Input:MaxCompressionRatio", e.Message);

        // The same content is fine under a ratio bound that allows it: the bound is what refused it.
        using var ok = BoundedZip.Open(Zip(CompressionLevel.SmallestSize, ("word/document.xml", new byte[8 * 1024 * 1024])), "ty-le.docx",
            InputLimits.Default with { MaxCompressionRatio = 1_000_000 });
        ok.CheckAll();
        Assert.Equal(8 * 1024 * 1024, ok.Expanded);
    }

    [Fact]
    public void Too_many_entries_are_refused_from_the_end_record_before_the_archive_is_parsed()
    {
        var entries = Enumerable.Range(0, 30).Select(i => ($"e{i}.xml", Utf8("<a/>"))).ToArray();
        var zip = Zip(entries);
        Assert.Equal(30, BoundedZip.DeclaredEntryCount(new MemoryStream(zip)));
        var e = Refused(zip, "nhieu-phan.xlsx", InputLimits.Default with { MaxEntries = 20 }, readAll: false);
        Assert.Equal(InputCodes.ZipTooManyEntries, e.Code);
        Assert.Contains("Limits:Input:MaxEntries", e.Message);
        Assert.Contains("30", e.Message);
    }

    [Theory]
    [InlineData("../../etc/cron.d/x", "..")]
    [InlineData("xl/../../x.xml", "..")]
    [InlineData("/etc/passwd", "tuyệt đối")]
    [InlineData("xl\\workbook.xml", "\\")]
    [InlineData("C:/Windows/x.xml", "ổ đĩa")]
    public void Unsafe_entry_names_are_refused_naming_the_entry(string name, string reason)
    {
        var e = Refused(Zip(("[Content_Types].xml", Utf8("<Types/>")), (name, Utf8("<a/>"))), "duong-dan.xlsx", readAll: false);
        Assert.Equal(InputCodes.ZipUnsafeName, e.Code);
        Assert.Contains("duong-dan.xlsx", e.Message);
        Assert.Contains(name, e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Duplicate_entry_names_are_refused()
    {
        var zip = Zip(("xl/workbook.xml", Utf8("<a/>")), ("XL/Workbook.xml", Utf8("<b/>")));
        var e = Refused(zip, "trung.xlsx", readAll: false);
        Assert.Equal(InputCodes.ZipDuplicate, e.Code);
        Assert.Contains("trung.xlsx", e.Message);
    }

    [Fact]
    public void Encrypted_entries_are_refused()
    {
        var e = Refused(MarkEncrypted(Zip(("xl/workbook.xml", Utf8("<workbook/>")))), "mat-khau.xlsx", readAll: false);
        Assert.Equal(InputCodes.ZipEncryptedEntry, e.Code);
        Assert.Contains("xl/workbook.xml", e.Message);
        Assert.Contains("mật khẩu", e.Message);
    }

    [Fact]
    public void A_truncated_archive_is_a_message_not_an_exception_of_the_framework()
    {
        var zip = Zip(("xl/workbook.xml", Utf8(new string('x', 5000))));
        var e = Refused(zip[..(zip.Length / 2)], "cut.xlsx");
        Assert.Equal(InputCodes.ZipBroken, e.Code);
        Assert.Contains("cut.xlsx", e.Message);

        // Damaged compressed data of one entry (the directory intact): named with its entry.
        var damaged = (byte[])Zip(CompressionLevel.Optimal, ("xl/workbook.xml", Utf8(string.Concat(Enumerable.Range(0, 2000).Select(i => $"<c r=\"A{i}\"/>"))))).Clone();
        for (var i = 60; i < 160; i++) damaged[i] ^= 0x5A;
        var d = Refused(damaged, "hong.xlsx");
        Assert.Contains(d.Code, new[] { InputCodes.ZipBroken });
        Assert.Contains("hong.xlsx", d.Message);
    }

    [Fact]
    public void An_absurd_declared_size_is_refused_even_though_sizes_are_never_trusted_to_accept()
    {
        var zip = Zip(("xl/worksheets/sheet1.xml", Utf8("<worksheet/>")));
        var b = (byte[])zip.Clone();
        for (var i = 0; i + 4 <= b.Length; i++)
            if (System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(i)) == 0x02014b50)
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(i + 24), 0xFFFF_FFF0);
        var e = Refused(b, "4gb.xlsx", readAll: false);
        Assert.Equal(InputCodes.ZipPartTooLarge, e.Code);
        Assert.Contains("xl/worksheets/sheet1.xml", e.Message);
    }
}
