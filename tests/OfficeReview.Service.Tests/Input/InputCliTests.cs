using System.Diagnostics;
using System.Text;
using OfficeReview.Service.Cli;
using static OfficeReview.Service.Tests.CliRunner;

namespace OfficeReview.Service.Tests.Input;

/// <summary>Every verb answers unreadable input with exit 2 and one Vietnamese line naming the file, never a stack trace.</summary>
public class InputCliTests
{
    private static void OneLineNaming(string err, string name)
    {
        BadInputs.AssertNoStackTrace(err);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Contains(name, line);
    }

    public static TheoryData<string, string> HostileWorkbooks() => new()
    {
        { "cu.xlsx", "xls" },
        { "mat-khau.xlsx", "encrypted" },
        { "doi-duoi.xlsx", "csv" },
        { "tai-lieu.xlsx", "pdf" },
        { "van-ban.xlsx", "docx" },
        { "anh.xlsx", "zip" },
    };

    private static byte[] Hostile(string kind) => kind switch
    {
        "xls" => BadInputs.Ole("Workbook"),
        "encrypted" => BadInputs.Ole("EncryptionInfo", "EncryptedPackage"),
        "csv" => Encoding.UTF8.GetBytes("Mã;Tên;Loại\nT;Tỉnh;dang-bo-tinh\n"),
        "pdf" => "%PDF-1.7\n%âãÏÓ\n"u8.ToArray(),
        "docx" => BadInputs.NestedDocx(),
        "zip" => BadInputs.Zip(("anh.txt", "x")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(HostileWorkbooks))]
    public async Task Validate_and_convert_refuse_a_file_that_is_not_a_workbook_with_exit_2_and_one_line(string name, string kind)
    {
        using var temp = new TempFolder();
        var path = temp.File(name, Hostile(kind));
        var (exit, _, err) = await Run("validate", path);
        Assert.Equal(CliApp.ExitCodes.Unreadable, exit);
        OneLineNaming(err, name);

        var converted = await Run("convert", path, "-o", Path.Combine(temp.Path, "ra.json"));
        Assert.Equal(CliApp.ExitCodes.Unreadable, converted.Exit);
        OneLineNaming(converted.Err, name);
        Assert.False(File.Exists(Path.Combine(temp.Path, "ra.json")));
    }

    [Fact]
    public async Task The_messages_say_what_the_file_is_and_what_to_do()
    {
        using var temp = new TempFolder();
        Assert.Contains("Excel 97–2003", (await Run("validate", temp.File("cu.xlsx", Hostile("xls")))).Err);
        Assert.Contains("mật khẩu", (await Run("validate", temp.File("mk.xlsx", Hostile("encrypted")))).Err);
        Assert.Contains("CSV", (await Run("validate", temp.File("csv.xlsx", Hostile("csv")))).Err);
        Assert.Contains("check-report", (await Run("validate", temp.File("word.xlsx", Hostile("docx")))).Err);
    }

    [Fact]
    public async Task Validate_dev_zero_is_refused_without_reading_it()
    {
        if (!File.Exists("/dev/zero")) return;
        var (exit, _, err) = await Run("validate", "/dev/zero");
        Assert.Equal(CliApp.ExitCodes.Unreadable, exit);
        OneLineNaming(err, "zero");
        Assert.Contains("thiết bị", err);
    }

    [Fact]
    public async Task A_directory_a_fifo_and_an_empty_file_are_refused()
    {
        using var temp = new TempFolder();
        var dir = Directory.CreateDirectory(Path.Combine(temp.Path, "thu-muc.xlsx")).FullName;
        var d = await Run("validate", dir);
        Assert.Equal(CliApp.ExitCodes.Unreadable, d.Exit);
        OneLineNaming(d.Err, "thu-muc.xlsx");

        var empty = await Run("check-report", temp.File("rong.docx", Array.Empty<byte>()));
        Assert.Equal(CliApp.ExitCodes.Unreadable, empty.Exit);
        OneLineNaming(empty.Err, "rong.docx");

        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(temp.Path, "ong.json");
        using (var mk = Process.Start("mkfifo", fifo)) mk.WaitForExit();
        Assert.True(File.Exists(fifo));
        // Opening a FIFO for reading would block until a writer comes: it must be refused before any open.
        var f = await Run("validate", fifo);
        Assert.Equal(CliApp.ExitCodes.Unreadable, f.Exit);
        OneLineNaming(f.Err, "ong.json");
    }

    [Fact]
    public async Task Check_report_on_a_docx_nested_140000_deep_exits_2_naming_the_file_and_the_bound()
    {
        using var temp = new TempFolder();
        var (exit, _, err) = await Run("check-report", temp.File("long-sau.docx", BadInputs.NestedDocx()));
        Assert.Equal(CliApp.ExitCodes.Unreadable, exit);
        OneLineNaming(err, "long-sau.docx");
        Assert.Contains("Limits:Input:MaxXmlDepth", err);
    }

    [Fact]
    public async Task JSON_with_a_lone_surrogate_or_U_FFFE_or_invalid_UTF8_is_unreadable_not_an_exception()
    {
        using var temp = new TempFolder();
        var surrogate = Samples.ExampleJson.Replace("Đảng bộ xã Ví Dụ", "Đảng bộ \\uD800 xã");
        Assert.Contains("\\uD800", surrogate);
        var s = await Run("validate", temp.File("thay-the.json", surrogate));
        Assert.Equal(CliApp.ExitCodes.Unreadable, s.Exit);
        OneLineNaming(s.Err, "thay-the.json");

        var nonCharacter = await Run("validate", temp.File("fffe.json", Samples.ExampleJson.Replace("Đảng bộ xã Ví Dụ", "Đảng bộ \uFFFE xã")));
        Assert.Equal(CliApp.ExitCodes.Unreadable, nonCharacter.Exit);
        OneLineNaming(nonCharacter.Err, "fffe.json");
        Assert.Contains("U+FFFE", nonCharacter.Err);

        var bytes = Encoding.UTF8.GetBytes(Samples.ExampleJson);
        var at = Array.IndexOf(bytes, (byte)'V');
        bytes[at] = 0xFF;
        var invalid = await Run("validate", temp.File("utf8.json", bytes));
        Assert.Equal(CliApp.ExitCodes.Unreadable, invalid.Exit);
        OneLineNaming(invalid.Err, "utf8.json");
        Assert.Contains("UTF-8", invalid.Err);
    }

    [Fact]
    public async Task Check_report_text_with_U_FFFE_or_NUL_is_unreadable_not_an_exception()
    {
        using var temp = new TempFolder();
        var fffe = await Run("check-report", temp.File("fffe.txt", "Tổng số đảng viên: 4.336\uFFFE\n"));
        Assert.Equal(CliApp.ExitCodes.Unreadable, fffe.Exit);
        OneLineNaming(fffe.Err, "fffe.txt");
        Assert.Contains("U+FFFE", fffe.Err);
    }

    [Fact]
    public async Task Generate_with_a_lone_surrogate_in_its_data_names_the_part_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        var data = temp.File("du-lieu.json", Samples.ExampleJson.Replace("Đảng bộ xã Ví Dụ", "Đảng bộ \\uDBFF xã"));
        var (exit, output, err) = await Run("generate", "bao-cao", "--data", data, "-o", Path.Combine(temp.Path, "bc.docx"));
        Assert.NotEqual(CliApp.ExitCodes.Ok, exit);
        BadInputs.AssertNoStackTrace(output + err);
        Assert.Contains("data", output + err);
        Assert.Contains("nửa cặp thay thế", output + err);
        Assert.False(File.Exists(Path.Combine(temp.Path, "bc.docx")));
    }

    [Fact]
    public async Task Merge_refuses_an_output_that_is_one_of_its_inputs_even_through_a_link()
    {
        using var temp = new TempFolder();
        var a = temp.File("a.json", Samples.ExampleJson);
        var before = File.ReadAllBytes(a);

        var direct = await Run("merge", a, "--out", a);
        Assert.Equal(CliApp.ExitCodes.Unreadable, direct.Exit);
        OneLineNaming(direct.Err, "a.json");

        var relative = await Run("merge", a, "--out", Path.Combine(temp.Path, "x", "..", "a.json"));
        Assert.Equal(CliApp.ExitCodes.Unreadable, relative.Exit);

        if (!OperatingSystem.IsWindows())
        {
            var link = Path.Combine(temp.Path, "lien-ket.json");
            File.CreateSymbolicLink(link, a);
            var viaLink = await Run("merge", a, "--out", link);
            Assert.Equal(CliApp.ExitCodes.Unreadable, viaLink.Exit);
            Assert.Contains("a.json", viaLink.Err);

            var folderLink = Path.Combine(temp.Path, "thu-muc");
            Directory.CreateSymbolicLink(folderLink, temp.Path);
            var viaFolder = await Run("merge", a, "--out", Path.Combine(folderLink, "a.json"));
            Assert.Equal(CliApp.ExitCodes.Unreadable, viaFolder.Exit);
        }
        Assert.Equal(before, File.ReadAllBytes(a));

        // A different output is written as before.
        var ok = await Run("merge", a, "--out", Path.Combine(temp.Path, "tong-hop.json"));
        Assert.NotEqual(CliApp.ExitCodes.Unreadable, ok.Exit);
        Assert.True(File.Exists(Path.Combine(temp.Path, "tong-hop.json")));
    }

    [Fact]
    public async Task A_failed_write_leaves_no_half_file_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        var a = temp.File("a.json", Samples.ExampleJson);
        // The output name is taken by a folder: the rename fails after the content was written to a temporary file.
        var blocked = Directory.CreateDirectory(Path.Combine(temp.Path, "ket-qua.json")).FullName;
        var (exit, _, err) = await Run("merge", a, "--out", blocked);
        Assert.Equal(CliApp.ExitCodes.Unreadable, exit);
        BadInputs.AssertNoStackTrace(err);
        Assert.Contains("ket-qua.json", err);
        Assert.Equal(["a.json", "ket-qua.json"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(blocked));
    }

    [Fact]
    public void The_bounded_reader_stops_at_its_bound_even_when_the_length_lies()
    {
        if (!File.Exists("/dev/zero")) return;
        var bytes = CliFiles.TryReadInput("/dev/zero", 1024, out var error);
        Assert.Null(bytes);
        Assert.Contains("zero", error);
    }
}

public class LastResortTests
{
    private static byte[] Rezip(byte[] xlsx, string part, Func<string, string> edit)
    {
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx), System.IO.Compression.ZipArchiveMode.Read);
        using var ms = new MemoryStream();
        using (var output = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, true))
            foreach (var e in input.Entries)
            {
                using var s = e.Open();
                using var buffer = new MemoryStream();
                s.CopyTo(buffer);
                using var o = output.CreateEntry(e.FullName).Open();
                o.Write(e.FullName == part ? Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(buffer.ToArray()))) : buffer.ToArray());
            }
        return ms.ToArray();
    }

    [Theory]
    [InlineData("&#xFFFE;")]
    [InlineData("&#xD800;")]
    [InlineData("&#0;")]
    // "&#xFFFE;" currently makes the byte scanner's text fail normalization (ArgumentException): the CLI's last-resort
    // handler and the service's guard turn it into one line / an unreadable finding.
    public async Task Character_references_to_non_characters_never_end_in_a_stack_trace(string reference)
    {
        using var temp = new TempFolder();
        var book = Rezip(Workbooks.WorkbookValidationTests.ExampleWorkbook(), "xl/sharedStrings.xml", x => x.Replace("<t>", "<t>" + reference));
        var (exit, output, err) = await Run("validate", temp.File("ky-tu.xlsx", book));
        BadInputs.AssertNoStackTrace(output + err);
        Assert.NotEqual(CliApp.ExitCodes.Ok, exit);
        if (exit == CliApp.ExitCodes.Unreadable) Assert.Contains("ky-tu.xlsx", err);
    }

    [Fact]
    public async Task Convert_meeting_an_unexpected_exception_prints_one_line_and_exits_2()
    {
        using var temp = new TempFolder();
        var book = Rezip(Workbooks.WorkbookValidationTests.ExampleWorkbook(), "xl/sharedStrings.xml", x => x.Replace("<t>", "<t>&#xFFFE;"));
        var (exit, output, err) = await Run("convert", temp.File("ky-tu.xlsx", book), "-o", Path.Combine(temp.Path, "ra.json"));
        BadInputs.AssertNoStackTrace(output + err);
        Assert.NotEqual(CliApp.ExitCodes.Ok, exit);
        if (exit == CliApp.ExitCodes.Unreadable)
        {
            var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains("ky-tu.xlsx", line);
            Assert.False(File.Exists(Path.Combine(temp.Path, "ra.json")));
        }
    }
}
