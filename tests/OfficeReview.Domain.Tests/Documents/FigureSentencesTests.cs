using OfficeReview.Domain.Model;
using OfficeReview.Domain.Narrative;

namespace OfficeReview.Domain.Tests.Documents;

public class FigureSentencesTests
{
    private static readonly OrganizationBlock s_tccs = new() { Total = 25, NotRated = 1, Rated = 24, Excellent = 5, Good = 16, Complete = 3, NotComplete = 0 };

    [Fact]
    public void Organization_block_sentences_use_the_7_2_phrasings_with_padded_counts_and_both_percentages()
    {
        var nouns = SubjectNouns.Organizations(OrganizationBlockKind.BaseOrganizations);
        Assert.Equal("Tổng số tổ chức cơ sở đảng: 25; số được đánh giá, xếp loại: 24/25 (chưa đánh giá 01).", FigureSentences.Totals(s_tccs, nouns));
        Assert.Equal(
            "Trong đó: Hoàn thành xuất sắc nhiệm vụ 05 tổ chức, chiếm 20,83% so với tổng số tổ chức được đánh giá, xếp loại " +
            "(bằng 31,25% so với số tổ chức được xếp loại hoàn thành tốt nhiệm vụ); Hoàn thành tốt nhiệm vụ 16, chiếm 66,67%; " +
            "Hoàn thành nhiệm vụ 03, chiếm 12,50%; Không hoàn thành nhiệm vụ 0, chiếm 0%.",
            FigureSentences.Levels(s_tccs, nouns, 2));
        Assert.Contains("chiếm 20,8% so với", FigureSentences.Levels(s_tccs, nouns, 1));
    }

    [Fact]
    public void Member_sentences_list_the_exempt_groups_and_the_disciplined()
    {
        var members = new MemberBlock
        {
            Total = 1250, Exempt = new ExemptCounts { Excused = 8, Suspended = 1, NewlyAdmitted = 3 }, Rated = 1238,
            Excellent = 160, Good = 932, Complete = 140, NotComplete = 6, DisciplinedInYear = 2,
        };
        Assert.Equal(
            "Tổng số đảng viên của đảng bộ: 1.250; đảng viên thuộc diện không đánh giá: 12 (miễn công tác và sinh hoạt đảng 08, " +
            "đình chỉ sinh hoạt đảng 01, mới kết nạp chưa đủ 6 tháng 03); số đảng viên tham gia đánh giá, xếp loại: 1.238.",
            FigureSentences.MemberTotals(members, "đảng bộ"));
        Assert.Equal(
            "Kết quả: Hoàn thành xuất sắc nhiệm vụ 160 đồng chí, chiếm 12,92% so với tổng số đảng viên tham gia đánh giá và " +
            "14,65% so với tổng số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; Hoàn thành tốt nhiệm vụ 932 đồng chí, chiếm 75,28%; " +
            "Hoàn thành nhiệm vụ 140 đồng chí, chiếm 11,31%; Không hoàn thành nhiệm vụ 06 đồng chí, chiếm 0,48% (trong đó 02 đồng chí bị kỷ luật trong năm).",
            FigureSentences.MemberLevels(members, 2, Rules.QuotaDenominator.GoodAndExcellent));
    }

    [Fact]
    public void Comparison_with_the_previous_year_says_up_down_or_unchanged()
    {
        var last = s_tccs with { Excellent = 4, Good = 17 };
        Assert.Equal(
            "So với năm 2024, tỷ lệ hoàn thành xuất sắc nhiệm vụ tăng 4,16%; tỷ lệ hoàn thành tốt nhiệm vụ giảm 4,16%; " +
            "tỷ lệ hoàn thành nhiệm vụ không thay đổi; tỷ lệ không hoàn thành nhiệm vụ không thay đổi.",
            FigureSentences.Comparison(s_tccs, last, 2024, 2));
        Assert.Equal("So với năm 2024, tỷ lệ các mức xếp loại không thay đổi.", FigureSentences.Comparison(s_tccs, s_tccs, 2024, 2));
        Assert.Null(FigureSentences.Comparison(s_tccs, null, 2024, 2));
        Assert.Null(FigureSentences.Levels(new CountBlock { Total = 3, Rated = 0 }, SubjectNouns.Leaders, 2));
    }

    [Fact]
    public void Results_table_keeps_blocks_separate_with_their_loai_hinh_rows()
    {
        var report = new UnitReport
        {
            Year = 2025,
            Unit = new UnitInfo { Code = "X", Name = "Đảng bộ xã X", Kind = UnitKind.UpperCommittee },
            Organizations = new OrganizationBlocks
            {
                BaseOrganizations = s_tccs with { ByCategory = [new CategoryRow { Category = "xa", Total = 25, Rated = 24, Excellent = 5, Good = 16, Complete = 3, NotComplete = 0 }] },
                SubordinateCells = new OrganizationBlock { Total = 8, Rated = 8, Excellent = 1, Good = 6, Complete = 1, NotComplete = 0 },
            },
            Members = new MemberBlock { Total = 1250, Rated = 1238, Excellent = 160, Good = 932, Complete = 140, NotComplete = 6 },
        };
        var rows = ReportNarrative.Table(report, 2);
        Assert.Equal(["I. Tổ chức cơ sở đảng", "- Xã", "II. Chi bộ trực thuộc", "III. Đảng viên"], rows.Select(r => r.Name));
        Assert.Equal(("5", "20,83"), rows[0].Levels[0]);
        Assert.Equal("1.250", rows[3].Total);
        Assert.True(rows[0].IsGroup);
        Assert.False(rows[1].IsGroup);
    }
}
