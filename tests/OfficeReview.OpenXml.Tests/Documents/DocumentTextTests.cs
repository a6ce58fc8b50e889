using System.Text.RegularExpressions;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReportChecking;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>
/// The generated documents read back as text (DocxText, as the report checker reads them): the căn cứ, scale and HTXS
/// cap of the year's regulation; the bodies of the issuer's level; zero printed "0"; one HTXS base; the named units,
/// review counts, commendation and shortcomings of a Báo cáo; every unit of a Quyết định.
/// </summary>
public class DocumentTextTests
{
    private static DocumentMeta Province(int year, DocumentKind kind) => new()
    {
        Issuer = year >= 2025 ? "Tỉnh ủy Gia Lai" : "Tỉnh ủy Bình Định",
        IssuerCode = "TU",
        Place = year >= 2025 ? "Gia Lai" : "Quy Nhơn",
        Date = new DateOnly(year, 11, 20),
        Excerpt = $"kiểm điểm, đánh giá, xếp loại chất lượng năm {year}",
        Recipients = kind is DocumentKind.CongVan ? ["Các đảng ủy trực thuộc"] : [],
        CopyTo = ["Ban Tổ chức Trung ương (b/c)", "Lưu Văn phòng Tỉnh ủy"],
        Signer = new Signer { Authority = SignAuthority.OnBehalf, Body = null, Title = "Phó Bí thư", Name = "Trần Văn B" },
    };

    private static DocumentMeta Cell(int year) => new()
    {
        Superior = "Đảng bộ xã Ia Grai",
        Issuer = "Chi bộ Thôn 1",
        IssuerCode = "CB",
        Place = "Ia Grai",
        Date = new DateOnly(year, 12, 5),
        Excerpt = $"kiểm điểm, đánh giá, xếp loại chất lượng năm {year}",
        CopyTo = ["Đảng ủy xã (b/c)", "Lưu chi bộ"],
        Signer = new Signer { Authority = SignAuthority.OnBehalf, Body = null, Title = "Bí thư", Name = "Lê Thị C" },
    };

    private static CampaignSchedule Schedule(int year) => new()
    {
        Year = year,
        Deadlines = [new("Chi bộ", "Tổ chức kiểm điểm, đánh giá, xếp loại", new DateOnly(year, 12, 15))],
    };

    private static string Text(DocumentKind kind, DocumentMeta meta, FieldRecord fields)
    {
        var composed = PartyDocuments.Compose(kind, meta, fields, removeContentControls: true);
        Assert.True(composed.Problems.Count == 0, string.Join("\n", composed.Problems.Select(p => $"{p.Tag}: {p.Message}")));
        DocxAssert.Valid(composed.Document!);
        var read = DocxText.Read(composed.Document!, kind.Slug() + ".docx");
        Assert.True(read.Ok, read.Error);
        return string.Join("\n", read.Paragraphs!);
    }

    /// <summary>The sample unit's 2025 Báo cáo (<see cref="Samples.Report"/>), read back as text.</summary>
    private static string BaoCaoText(ReportDetails details, UnitReport? previous = null)
    {
        var meta = Samples.Meta(DocumentKind.BaoCao);
        return Text(DocumentKind.BaoCao, meta, DocumentContent.BaoCao(meta, Samples.Report(), previous, details));
    }

    private static IReadOnlyList<string> Paragraphs(DocumentKind kind, DocumentMeta meta, FieldRecord fields)
    {
        var composed = PartyDocuments.Compose(kind, meta, fields, removeContentControls: true);
        return DocxText.Read(composed.Document!, kind.Slug() + ".docx").Paragraphs!;
    }

    [Fact]
    public void A_2023_province_plan_cites_124_and_25_without_the_100_point_frame_and_names_Ban_To_chuc()
    {
        var meta = Province(2023, DocumentKind.KeHoach);
        var text = Text(DocumentKind.KeHoach, meta, DocumentContent.KeHoach(meta, Schedule(2023)));
        Assert.Contains("- Quy định số 124-QĐ/TW, ngày 04/10/2023 của Bộ Chính trị", text);
        Assert.Contains("- Hướng dẫn số 25-HD/BTCTW, ngày 10/11/2023 của Ban Tổ chức Trung ương", text);
        Assert.Contains("Ban Thường vụ Tỉnh ủy Bình Định xây dựng Kế hoạch", text);
        Assert.Contains("\"Xuất sắc\", \"Tốt\", \"Trung bình\", \"Kém\"", text);
        Assert.Contains("theo từng nhóm đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng", text);
        Assert.Contains("Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy)", text);
        Assert.Contains("Ban Tổ chức Tỉnh ủy tham mưu", text);
        Assert.Contains("Ủy ban Kiểm tra Tỉnh ủy", text);
        Assert.Contains("T/M BAN THƯỜNG VỤ", text);
        Assert.DoesNotContain("366", text);
        Assert.DoesNotContain("43-HD", text);
        Assert.DoesNotContain("100 điểm", text);
        Assert.DoesNotContain("25%", text);
        Assert.DoesNotContain("Ban Xây dựng Đảng", text);
    }

    [Fact]
    public void A_2024_province_plan_citing_124_and_25_never_says_366_or_the_100_point_frame()
    {
        var meta = Province(2024, DocumentKind.KeHoach) with { Bases = [ReviewGeneration.Regulation124, ReviewGeneration.Guidance25] };
        var text = Text(DocumentKind.KeHoach, meta, DocumentContent.KeHoach(meta, Schedule(2024)));
        Assert.Contains("Thực hiện theo Quy định 124 và Hướng dẫn 25;", text);
        Assert.DoesNotContain("366", text);
        Assert.DoesNotContain("khung 100 điểm", text);
        Assert.DoesNotContain("Ban Xây dựng Đảng", text);

        var cv = Province(2024, DocumentKind.CongVan) with { Bases = meta.Bases };
        var cvText = Text(DocumentKind.CongVan, cv, DocumentContent.CongVan(cv, Schedule(2024)));
        Assert.Contains("các cấp độ tiêu chí của Quy định 124", cvText);
        Assert.Contains("Ban Thường vụ Tỉnh ủy Bình Định đề nghị các đảng ủy trực thuộc", cvText);
        Assert.DoesNotContain("100 điểm", cvText);
    }

    [Fact]
    public void A_2025_chi_bo_plan_has_366_the_100_point_frame_and_the_chi_bo_as_its_body()
    {
        var meta = Cell(2025);
        var text = Text(DocumentKind.KeHoach, meta, DocumentContent.KeHoach(meta, Schedule(2025)));
        Assert.Contains("- Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị", text);
        Assert.Contains("- Hướng dẫn số 43-HD/BTCTW, ngày 31/10/2025", text);
        Assert.Contains("chấm điểm theo khung 100 điểm (nhóm tiêu chí chung 30 điểm, nhóm tiêu chí kết quả thực hiện nhiệm vụ 70 điểm)", text);
        Assert.Contains("từ 90 điểm trở lên là \"Hoàn thành xuất sắc nhiệm vụ\"", text);
        Assert.Contains("không vượt quá 25%", text);
        Assert.Contains("Chi bộ Thôn 1 xây dựng Kế hoạch", text);
        Assert.Contains("gửi về Chi bộ đúng thời hạn", text);
        Assert.Contains("T/M CHI BỘ", text);
        Assert.DoesNotContain("Ban Thường vụ", text);
        Assert.DoesNotContain("BAN THƯỜNG VỤ", text);
        Assert.DoesNotContain("Ban Xây dựng Đảng", text);
        Assert.DoesNotContain("Ban Tổ chức", text.Replace("Ban Tổ chức Trung ương", ""));
        Assert.DoesNotContain("Ủy ban Kiểm tra", text);
    }

    [Fact]
    public void A_2025_commune_plan_names_Ban_Xay_dung_Dang_and_a_chi_uy_signs_for_the_chi_uy()
    {
        var meta = Samples.Meta(DocumentKind.KeHoach) with { Signer = new Signer { Body = null, Title = "Bí thư", Name = "A" } };
        var text = Text(DocumentKind.KeHoach, meta, DocumentContent.KeHoach(meta, Schedule(2025)));
        Assert.Contains("Ban Xây dựng Đảng Đảng ủy tham mưu", text);
        Assert.Contains("Ban Thường vụ Đảng ủy (qua Ban Xây dựng Đảng Đảng ủy)", text);
        Assert.Contains("T/M BAN THƯỜNG VỤ", text);

        var chiUy = Cell(2025) with { Signer = new Signer { Body = "Chi ủy", Title = "Bí thư", Name = "Lê Thị C" } };
        var report = Samples.Report() with { Unit = new UnitInfo { Code = "T1", Name = "Chi bộ Thôn 1", Kind = UnitKind.BaseCell }, Organizations = null };
        var bc = Text(DocumentKind.BaoCao, chiUy, DocumentContent.BaoCao(chiUy, report, null, ReportDetails.None));
        Assert.Contains("T/M CHI ỦY", bc);
        Assert.Contains("Chi ủy đã ban hành kế hoạch", bc);
        Assert.Contains("Chi ủy Chi bộ Thôn 1 báo cáo", bc);
    }

    [Fact]
    public void Bao_cao_bodies_follow_the_issuer_a_province_in_2023_and_a_chi_bo_in_2025()
    {
        var province = Province(2023, DocumentKind.BaoCao);
        var report2023 = Samples.Report(2023);
        var p = Text(DocumentKind.BaoCao, province, DocumentContent.BaoCao(province, report2023, null, ReportDetails.None));
        Assert.Contains("Thực hiện Quy định số 124-QĐ/TW", p);
        Assert.Contains("Ban Thường vụ Tỉnh ủy Bình Định báo cáo kết quả", p);
        Assert.Contains("Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch, hướng dẫn; tổ chức quán triệt đến các đảng ủy trực thuộc", p);
        Assert.Contains("theo Quy định 124 và Hướng dẫn 25", p);
        Assert.DoesNotContain("366", p);

        var cell = Cell(2025);
        var c = Text(DocumentKind.BaoCao, cell, DocumentContent.BaoCao(cell, Samples.Report(), null, ReportDetails.None));
        Assert.Contains("Thực hiện Quy định số 366-QĐ/TW", c);
        Assert.Contains("Chi bộ đã ban hành kế hoạch; tổ chức quán triệt đến đảng viên trong chi bộ", c);
        Assert.Contains("Chi bộ Thôn 1 báo cáo kết quả", c);
        Assert.Contains("T/M CHI BỘ", c);
        Assert.DoesNotContain("Ban Thường vụ", c);
        Assert.DoesNotContain("BAN THƯỜNG VỤ", c);
    }

    [Fact]
    public void Zero_is_printed_0_and_small_counts_keep_their_two_digits()
    {
        var text = BaoCaoText(ReportDetails.None);
        Assert.Contains("Không hoàn thành nhiệm vụ 0, chiếm 0%.", text);
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ 03 tổ chức", text);
        Assert.Contains("(chưa đánh giá 01)", text);
        Assert.DoesNotMatch(new Regex(@"(?<![\d.,])00(?![\d.,])"), text);
        Assert.DoesNotMatch(new Regex(@"(?<![\d.,])0,00%"), text);

        var reminder = Samples.Reminder with { Units = [new("Chi bộ Thôn 1", SubmissionStatus.Missing, [])] };
        var cv = Text(DocumentKind.CongVanDonDoc, Samples.Meta(DocumentKind.CongVanDonDoc), DocumentContent.CongVanDonDoc(Samples.Meta(DocumentKind.CongVanDonDoc), reminder));
        Assert.Contains("còn 01 đơn vị chưa hoàn thành, cụ thể", cv);
        Assert.DoesNotContain("00 đơn vị", cv);
    }

    [Theory]
    [InlineData(QuotaDenominator.Good, "16,67%", "17,17%", "")]
    [InlineData(QuotaDenominator.GoodAndExcellent, "14,29%", "14,65%", " trở lên")]
    public void Organizations_and_members_HTXS_share_use_the_same_base(QuotaDenominator denominator, string organizations, string members, string suffix)
    {
        var details = new ReportDetails { Overrides = new RulesetOverrides { QuotaDenominator = denominator } };
        var text = BaoCaoText(details);
        // Tổ chức cơ sở đảng: 3 HTXS, 18 HTT; đảng viên: 160 HTXS, 932 HTT.
        Assert.Contains($"(bằng {organizations} so với số tổ chức được xếp loại hoàn thành tốt nhiệm vụ{suffix})", text);
        Assert.Contains($"và {members} so với tổng số đảng viên được xếp loại hoàn thành tốt nhiệm vụ{suffix};", text);
        if (suffix.Length == 0) Assert.DoesNotContain("hoàn thành tốt nhiệm vụ trở lên", text);
    }

    private static ReportDetails Details => new()
    {
        Units =
        [
            new UnitLevel { Name = "Chi bộ Thôn 1", Level = RatingLevel.Excellent, ProposedLevel = RatingLevel.Excellent },
            new UnitLevel { Name = "Chi bộ Thôn 2", Level = RatingLevel.Good, ProposedLevel = RatingLevel.Excellent, Reason = "bảo đảm tỷ lệ không vượt quá 20%" },
            new UnitLevel { Name = "Đảng bộ Trường THCS Ia Grai", Level = RatingLevel.Excellent },
            new UnitLevel { Name = "Chi bộ Thôn 5", Level = RatingLevel.NotComplete },
            new UnitLevel { Name = "Chi bộ Thôn 6", ProposedLevel = RatingLevel.Good },
        ],
        ReviewHeld = new ReviewHeld { Organizations = new(336, 336), OrganizationNoun = "chi bộ", Members = new(4336, 4371) },
        PlanText = "Kế hoạch số 72-KH/ĐU, ngày 20/11/2025",
        Commendation = ["tặng giấy khen cho 12 đảng viên tiêu biểu"],
        Shortcomings = ["một số bản kiểm điểm còn chung chung"],
        CommendedOrganizations = 2,
        Overrides = new RulesetOverrides { PercentPrecision = 1 },
    };

    [Fact]
    public void Bao_cao_names_its_HTXS_and_KHTNV_units_says_who_held_the_review_and_builds_commendation_and_shortcomings()
    {
        var text = BaoCaoText(Details, Samples.Report(2024, 1));
        Assert.Contains("Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 72-KH/ĐU, ngày 20/11/2025, hướng dẫn", text);
        Assert.Contains("Có 336/336 chi bộ (100%) và 4.336/4.371 đảng viên (99,2%) đã tiến hành kiểm điểm.", text);
        Assert.Contains("Tổ chức đảng được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\": Chi bộ Thôn 1 và Đảng bộ Trường THCS Ia Grai.", text);
        Assert.Contains("Tổ chức đảng được xếp loại \"Không hoàn thành nhiệm vụ\": Chi bộ Thôn 5.", text);
        Assert.Contains("Chi bộ Thôn 2 đề nghị xếp loại \"Hoàn thành xuất sắc nhiệm vụ\", cấp có thẩm quyền quyết định xếp loại \"Hoàn thành tốt nhiệm vụ\" (bảo đảm tỷ lệ không vượt quá 20%).", text);
        Assert.Contains("IV- KHEN THƯỞNG", text);
        Assert.Contains("Đề nghị cấp có thẩm quyền khen thưởng: 02 tổ chức đảng tiêu biểu.", text);
        Assert.Contains("Các tổ chức đảng Chi bộ Thôn 1 và Đảng bộ Trường THCS Ia Grai được xem xét khen thưởng", text);
        Assert.Contains("Tặng giấy khen cho 12 đảng viên tiêu biểu.", text);
        Assert.Contains("2. Hạn chế, nguyên nhân:", text);
        Assert.Contains("Còn 35 đảng viên chưa tiến hành kiểm điểm", text);
        Assert.Contains("Tổ chức đảng Chi bộ Thôn 5 không hoàn thành nhiệm vụ", text);
        Assert.Contains("Vẫn còn đảng viên được xếp loại \"Không hoàn thành nhiệm vụ\" (trong đó 02 đồng chí bị kỷ luật trong năm).", text);
        Assert.Contains("Một số tổ chức cơ sở đảng chưa được đánh giá, xếp loại", text);
        Assert.Contains("Một số bản kiểm điểm còn chung chung.", text);
        Assert.DoesNotContain("…", text);
    }

    [Fact]
    public void Without_details_the_sections_are_still_there_with_what_the_figures_show()
    {
        var text = BaoCaoText(ReportDetails.None);
        Assert.Contains("IV- KHEN THƯỞNG", text);
        Assert.Contains("Đảng viên được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" trong năm được xem xét khen thưởng", text);
        Assert.Contains("Vẫn còn đảng viên được xếp loại \"Không hoàn thành nhiệm vụ\"", text);
        Assert.DoesNotContain("336/336", text);
        Assert.DoesNotContain("…", text);
    }

    [Fact]
    public void Generated_reports_with_details_pass_the_report_checker()
    {
        foreach (var kind in new[] { DocumentKind.BaoCao, DocumentKind.ThongBaoKetQua })
            foreach (var details in new[] { ReportDetails.None, Details, Details with { Overrides = new RulesetOverrides { QuotaDenominator = QuotaDenominator.GoodAndExcellent } } })
            {
                var meta = Samples.Meta(kind, number: 15);
                var fields = kind == DocumentKind.BaoCao
                    ? DocumentContent.BaoCao(meta, Samples.Report(), Samples.Report(2024, 1), details)
                    : DocumentContent.ThongBaoKetQua(meta, Samples.Report(), Samples.Report(2024, 1), details);
                var result = ReportChecker.Check(Paragraphs(kind, meta, fields));
                Assert.True(result.Statements.Count >= 10, $"only {result.Statements.Count} statements read");
                Assert.True(result.Findings.All(f => f.Severity == Severity.Info), string.Join("\n", result.Findings.Select(f => f.Message)));
            }
    }

    [Fact]
    public void Thong_bao_tells_each_unit_its_level()
    {
        var meta = Samples.Meta(DocumentKind.ThongBaoKetQua);
        var text = Text(DocumentKind.ThongBaoKetQua, meta, DocumentContent.ThongBaoKetQua(meta, Samples.Report(), null, Details));
        Assert.Contains("Chi bộ Thôn 2: Hoàn thành tốt nhiệm vụ;", text);
        Assert.Contains("Chi bộ Thôn 6: Hoàn thành tốt nhiệm vụ (đề nghị).", text);
    }

    [Fact]
    public void Quyet_dinh_lists_every_unit_with_its_decided_level()
    {
        var meta = Samples.Meta(DocumentKind.QuyetDinh, number: 7);
        var paragraphs = Paragraphs(DocumentKind.QuyetDinh, meta, DocumentContent.QuyetDinh(meta, Samples.Decision));
        var text = string.Join("\n", paragraphs);
        Assert.Contains("Số 07-QĐ/ĐU", text);
        Assert.Contains("QUYẾT ĐỊNH", text);
        Assert.Contains("- Xét đề nghị của Ban Xây dựng Đảng Đảng ủy,", text);
        Assert.Contains("BAN THƯỜNG VỤ ĐẢNG ỦY XÃ IA GRAI", text);
        Assert.Contains("đối với 04 tổ chức đảng (có danh sách kèm theo), trong đó: Hoàn thành xuất sắc nhiệm vụ: 01; Hoàn thành tốt nhiệm vụ: 02; Hoàn thành nhiệm vụ: 01; Không hoàn thành nhiệm vụ: 0.", text);
        foreach (var unit in Samples.Decision.Units)
        {
            // Table rows read as consecutive paragraphs: number, name, level, note.
            var at = paragraphs.ToList().IndexOf(unit.Name);
            Assert.True(at > 0, $"{unit.Name} is not listed");
            Assert.Equal(unit.Level!.Value.VietnameseName(), paragraphs[at + 1]);
        }
        Assert.Contains("Đề nghị: Hoàn thành xuất sắc nhiệm vụ (bảo đảm tỷ lệ không vượt quá 20%)", text);
        Assert.Contains("T/M BAN THƯỜNG VỤ", text);
    }

    [Fact]
    public void Issuer_level_is_derived_from_the_meta_or_given()
    {
        Assert.Equal(IssuerLevel.Province, Province(2023, DocumentKind.BaoCao).Profile(2023).Level);
        Assert.Equal(IssuerLevel.Commune, Samples.Meta(DocumentKind.BaoCao).Profile(2025).Level);
        Assert.Equal(IssuerLevel.BaseCommittee, Samples.Meta(DocumentKind.BaoCao).Profile(2024).Level);
        Assert.Equal(IssuerLevel.BaseCell, Cell(2025).Profile(2025).Level);
        var district = Samples.Meta(DocumentKind.BaoCao) with { Issuer = "Huyện ủy Đức Cơ", IssuerCode = "HU", Superior = "Đảng bộ tỉnh Gia Lai" };
        Assert.Equal("Ban Tổ chức Huyện ủy", district.Profile(2022).AdvisoryBody);
        var given = Samples.Meta(DocumentKind.BaoCao) with { IssuerLevel = IssuerLevel.BaseCommittee, Signer = new Signer { Body = null, Title = "Bí thư" } };
        var profile = given.Profile(2025);
        Assert.Null(profile.AdvisoryBody);
        Assert.Equal("Đảng ủy", profile.Collective);
        Assert.Equal("T/M ĐẢNG ỦY", given.EffectiveSigner(2025).AuthorityLine);
    }
}
