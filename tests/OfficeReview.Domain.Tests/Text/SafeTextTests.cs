using OfficeReview.Domain.Model;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Tests.Text;

public class SafeTextTests
{
    [Theory]
    [InlineData("Chi b\u1ED9 \u0111\u1EA3ng", "Chi bộ đảng")]                     // already NFC
    [InlineData("Chi bo\u0302\u0323", "Chi bộ")]                                   // NFD → NFC
    [InlineData("Đảng\u0000 bộ\u001B[2J", "Đảng bộ[2J")]                         // NUL, ESC
    [InlineData("\u202Egnảđ\u202C bộ", "gnảđ bộ")]                                 // RLO / PDF
    [InlineData("A\u200DB\u2066C\u2069\uFEFF", "ABC")]                            // ZWJ, isolates, BOM
    [InlineData("  a\t\r\nb\u00A0 c  ", "a b c")]                                  // white space folded
    [InlineData("x\uFFFEy\uFFFFz", "xyz")]                                         // noncharacters
    [InlineData("😀 ok", "😀 ok")]                                                  // a real pair survives
    public void Clean_removes_control_bidi_and_broken_characters(string input, string expected)
    {
        Assert.Equal(expected, SafeText.Clean(input));
        Assert.Equal(expected, VietnameseText.Clean(input));
        Assert.True(SafeText.IsWellFormed(SafeText.Clean(input)));
    }

    [Fact]
    public void Lone_surrogates_are_removed_from_text_and_refused_in_codes()
    {
        // Built here: test data attributes would turn a lone surrogate into U+FFFD before the test sees it.
        var text = "x" + '\uD800' + "w" + '\uDC00';
        Assert.Equal("xw", SafeText.Clean(text));
        var (code, problem) = UnitCodes.Normalize("T" + '\uD800');
        Assert.Null(code);
        Assert.Contains("không hợp lệ", problem);
    }

    [Fact]
    public void Well_formed_means_no_lone_surrogate_noncharacter_or_nul()
    {
        Assert.True(SafeText.IsWellFormed("Đảng bộ 😀"));
        Assert.False(SafeText.IsWellFormed("a\uD800"));
        Assert.False(SafeText.IsWellFormed("\uDC00a"));
        Assert.False(SafeText.IsWellFormed("a\uFFFE"));
        Assert.False(SafeText.IsWellFormed("a\uFDD0"));
        Assert.False(SafeText.IsWellFormed("a\0b"));
        Assert.False(SafeText.IsWellFormed("\uD83F\uDFFE")); // U+1FFFE, a noncharacter
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\x\\báo cáo.xlsx", "báo cáo.xlsx")]
    [InlineData("bao\u202Excod.xlsx", "baoxcod.xlsx")]
    [InlineData("a:b*c?d\"e<f>g|h.json", "a_b_c_d_e_f_g_h.json")]
    [InlineData("...", "bao-cao")]
    [InlineData("\u0000\u001B", "bao-cao")]
    [InlineData(".hidden.json", "hidden.json")]
    public void File_names_are_safe_to_save_and_to_send(string input, string expected) =>
        Assert.Equal(expected, SafeText.FileName(input, "bao-cao"));

    [Fact]
    public void Long_file_names_keep_their_extension_and_whole_characters()
    {
        var name = SafeText.FileName(new string('đ', 300) + ".xlsx", "x", maxLength: 50);
        Assert.Equal(50, name.Length);
        Assert.EndsWith("đ.xlsx", name);
        var emoji = SafeText.FileName(string.Concat(Enumerable.Repeat("😀", 40)), "x", maxLength: 11);
        Assert.True(SafeText.IsWellFormed(emoji), emoji);
    }

    [Theory]
    [InlineData("T.X001.C01")]
    [InlineData("chi-bo_3")]
    [InlineData("A")]
    public void Safe_codes_are_accepted_as_they_are(string code)
    {
        Assert.Equal((code, null), UnitCodes.Normalize(code));
        Assert.True(UnitCodes.IsValid(code));
    }

    [Theory]
    [InlineData("  X1 ", "X1")]
    public void Codes_are_trimmed(string input, string expected) => Assert.Equal(expected, UnitCodes.Normalize(input).Code);

    [Theory]
    [InlineData("T\u0425", "Cyrillic")]
    [InlineData("\u0422X", "Cyrillic")]
    [InlineData("T\u039F", "Hy Lạp")]
    [InlineData("T\u200DX", "vô hình")]
    [InlineData("T\u202EX", "chiều chữ")]
    [InlineData("T\u0000", "điều khiển")]
    [InlineData("a/b", "thư mục")]
    [InlineData("a\\b", "thư mục")]
    [InlineData(".", "không được dùng")]
    [InlineData("..", "không được dùng")]
    [InlineData("Xã1", "'ã'")]
    [InlineData("T X", "khoảng trắng")]
    [InlineData("", "thiếu")]
    public void Unsafe_codes_are_refused_with_the_reason(string code, string reason)
    {
        var (normalized, problem) = UnitCodes.Normalize(code);
        Assert.Null(normalized);
        Assert.Contains(reason, problem);
        Assert.False(UnitCodes.IsValid(code));
    }

    [Fact]
    public void Too_long_codes_are_refused_naming_the_bound()
    {
        Assert.NotNull(UnitCodes.Normalize(new string('A', UnitCodes.MaxLength)).Code);
        var (code, problem) = UnitCodes.Normalize(new string('A', UnitCodes.MaxLength + 1));
        Assert.Null(code);
        Assert.Contains("64", problem);
    }

    [Fact]
    public void A_list_with_case_variants_or_unsafe_codes_has_findings_at_the_unit()
    {
        UnitInfo U(string code, string? parent = null, string name = "Đơn vị") => new() { Code = code, Name = name, Kind = UnitKind.SubordinateCell, Parent = parent };
        Assert.Empty(UnitIdentity.Check([U("T"), U("X1", "T"), U("X2", "T")], 300));
        var findings = UnitIdentity.Check([U("T"), U("X1", "T"), U("x1", "T"), U("Y\u200D", "T"), U("Z", "t\u0000"), U("W", "T", new string('n', 301))], 300);
        Assert.Equal(
            [("UNIT_CODE_CASE_VARIANT", "units[2].code"), ("UNIT_CODE_UNSAFE", "units[3].code"), ("UNIT_CODE_UNSAFE", "units[4].parent"), ("UNIT_NAME_TOO_LONG", "units[5].name")],
            findings.Select(f => (f.Code, f.Path)));
        Assert.Contains("X1", findings[0].Message);
    }
}
