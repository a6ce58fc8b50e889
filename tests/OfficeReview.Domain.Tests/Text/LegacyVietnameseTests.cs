using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Tests.Text;

public class LegacyVietnameseTests
{
    // Text as old workbooks hold it: each byte of the .VnTime (TCVN3) or VNI-Times font read as a Latin-1 character.
    [Theory]
    [InlineData("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("§¶ng bé x· Hßa B×nh", "Đảng bộ xã Hòa Bình")]
    [InlineData("Hoµn thµnh xuÊt s¾c nhiÖm vô", "Hoàn thành xuất sắc nhiệm vụ")]
    [InlineData("NguyÔn ThÞ Th­¬ng", "Nguyễn Thị Thương")]
    [InlineData("Chi bé tr­êng THCS Lª Lîi", "Chi bộ trường THCS Lê Lợi")]
    [InlineData("®¸nh gi¸, xÕp lo¹i", "đánh giá, xếp loại")]
    public void Tcvn3_text_converts_to_unicode_nfc(string legacy, string expected)
    {
        var r = LegacyVietnamese.Resolve(legacy);
        Assert.Equal(LegacyOutcome.Converted, r.Outcome);
        Assert.Equal(LegacyEncoding.Tcvn3, r.Encoding);
        Assert.Equal(expected, r.Text);
        Assert.True(r.Text.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.False(r.DecidedByDocument);
    }

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñaûng boä xaõ Hoøa Bình", "Đảng bộ xã Hòa Bình")]
    [InlineData("Hoaøn thaønh xuaát saéc nhieäm vuï", "Hoàn thành xuất sắc nhiệm vụ")]
    [InlineData("Nguyeãn Thò Thöông", "Nguyễn Thị Thương")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("Tröôøng maàm non Hoa Sen", "Trường mầm non Hoa Sen")]
    public void Vni_text_converts_to_unicode_nfc(string legacy, string expected)
    {
        var r = LegacyVietnamese.Resolve(legacy);
        Assert.Equal(LegacyOutcome.Converted, r.Outcome);
        Assert.Equal(LegacyEncoding.Vni, r.Encoding);
        Assert.Equal(expected, r.Text);
    }

    [Theory]
    [InlineData("Hoàn thành tốt nhiệm vụ")]       // Unicode with letters beyond Latin-1
    [InlineData("Chi bo Thon 3")]                 // ASCII
    [InlineData("Hoàn thành")]                    // Unicode within Latin-1, also plausible as VNI ("Hồn thành")
    [InlineData("Tô Thò Hoa")]                   // Unicode within Latin-1, also plausible as VNI ("Tơ Thị Hoa")
    [InlineData("Müller & Söhne GmbH")]           // foreign Latin-1: no legacy reading is Vietnamese
    [InlineData("Nhiệt độ 25°C, ±2")]
    public void Unicode_and_foreign_text_is_left_alone(string text)
    {
        var r = LegacyVietnamese.Resolve(text);
        Assert.Equal(LegacyOutcome.Unchanged, r.Outcome);
        Assert.Same(text, r.Text);
    }

    [Fact]
    public void Text_plausible_as_it_is_converts_only_in_a_document_unmistakably_legacy()
    {
        // "Tô" is Unicode Vietnamese as it is, and VNI for "Tơ".
        Assert.Equal("Tô", LegacyVietnamese.Resolve("Tô", () => default).Text);
        var inVniFile = LegacyVietnamese.Resolve("Tô", () => new DocumentEvidence(Tcvn3: false, Vni: true, Unicode: false));
        Assert.Equal(LegacyOutcome.Converted, inVniFile.Outcome);
        Assert.Equal("Tơ", inVniFile.Text);
        Assert.True(inVniFile.DecidedByDocument);
        // "Hoà" is Unicode as it is and VNI for "Hồ", with no TCVN3 reading (0xE0 is no letter there):
        // a TCVN3 document says nothing about it.
        Assert.Equal(LegacyOutcome.Unchanged, LegacyVietnamese.Resolve("Hoà", () => new DocumentEvidence(true, false, false)).Outcome);
        Assert.Equal("Hồ", LegacyVietnamese.Resolve("Hoà", () => new DocumentEvidence(false, true, false)).Text);
    }

    [Fact]
    public void In_a_unicode_form_filled_with_an_old_font_a_text_plausible_both_ways_is_kept_and_ambiguous()
    {
        var mixed = LegacyVietnamese.Resolve("Tô", () => new DocumentEvidence(Tcvn3: false, Vni: true, Unicode: true));
        Assert.Equal(LegacyOutcome.Ambiguous, mixed.Outcome);
        Assert.Equal("Tô", mixed.Text);
        Assert.True(mixed.PlausibleAsIs);
        Assert.Equal("Tơ", mixed.VniReading);
        Assert.Null(mixed.Tcvn3Reading); // the document shows no TCVN3: that reading is not offered
    }

    [Fact]
    public void Document_evidence_comes_from_unmistakable_texts()
    {
        string[] vniFile = ["Ñaûng boä", "Tô", "Chi bo"];
        string[] tcvnFile = ["§¶ng bé", "Tô", "Chi bo"];
        string[] unicodeFile = ["Đảng bộ", "Tô", "Hoàn thành"];
        Assert.Equal(new DocumentEvidence(false, true, false), LegacyVietnamese.Evidence(vniFile));
        Assert.Equal(LegacyEncoding.Tcvn3, LegacyVietnamese.Evidence(tcvnFile).Legacy);
        Assert.Equal(new DocumentEvidence(false, false, true), LegacyVietnamese.Evidence(unicodeFile));
        Assert.Null(LegacyVietnamese.Evidence([.. vniFile, .. tcvnFile]).Legacy);
    }

    [Fact]
    public void Text_with_two_plausible_legacy_readings_is_ambiguous_unless_the_document_decides()
    {
        // Find, among short syllables, a text both encodings read as Vietnamese while it is not Vietnamese as it is:
        // the detector must then report it, never pick one silently.
        var ambiguous = FindAmbiguous();
        Assert.NotNull(ambiguous);
        var alone = LegacyVietnamese.Resolve(ambiguous!);
        Assert.Equal(LegacyOutcome.Ambiguous, alone.Outcome);
        Assert.Same(ambiguous, alone.Text);
        Assert.NotNull(alone.Tcvn3Reading);
        Assert.NotNull(alone.VniReading);
        Assert.NotEqual(alone.Tcvn3Reading, alone.VniReading);
        var decided = LegacyVietnamese.Resolve(ambiguous!, () => new DocumentEvidence(true, false, true));
        Assert.Equal(LegacyOutcome.Converted, decided.Outcome);
        Assert.Equal(alone.Tcvn3Reading, decided.Text);
    }

    private static string? FindAmbiguous()
    {
        const string consonants = "bcdghklmnpstvx";
        for (var c = 0xA0; c <= 0xFF; c++)
            foreach (var initial in consonants)
                foreach (var final in new[] { "", "n", "m", "c", "t" })
                {
                    var text = $"{initial}{(char)c}{final}";
                    if (LegacyVietnamese.Resolve(text).Outcome == LegacyOutcome.Ambiguous) return text;
                }
        return null;
    }

    [Theory]
    [InlineData("việt", true)]
    [InlineData("nghiêng", true)]
    [InlineData("khuyến", true)]
    [InlineData("gì", true)]
    [InlineData("quý", true)]
    [InlineData("tiên", true)]
    [InlineData("tiê", false)]       // iê needs a final consonant
    [InlineData("hoaứn", false)]     // no such nucleus
    [InlineData("các", true)]
    [InlineData("cac", false)]       // a stop takes only sắc or nặng
    [InlineData("càc", false)]
    [InlineData("mỹller", false)]
    [InlineData("đ", false)]
    [InlineData("ảá", false)]        // two tones
    public void Syllable_shapes(string word, bool plausible) =>
        Assert.Equal(plausible, VietnameseSyllable.IsPlausible(word));
}
