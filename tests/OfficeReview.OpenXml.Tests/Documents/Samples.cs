using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Model;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>Inputs of a commune đảng ủy in Gia Lai, 2025 (figures invented, consistent, within the 20% HTXS quota).</summary>
internal static class Samples
{
    public static DocumentMeta Meta(DocumentKind kind, int? number = null) => new()
    {
        Superior = "Đảng bộ tỉnh Gia Lai",
        Issuer = "Đảng ủy xã Ia Grai",
        IssuerCode = "ĐU",
        Number = number,
        Place = "Ia Grai",
        Date = new DateOnly(2025, 12, 5),
        Excerpt = kind switch
        {
            DocumentKind.KeHoach => "kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
            DocumentKind.CongVanDonDoc => "đôn đốc gửi báo cáo kiểm điểm, đánh giá, xếp loại năm 2025",
            DocumentKind.CongVan => "kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
            DocumentKind.QuyetDinh => "công nhận kết quả xếp loại chất lượng tổ chức đảng năm 2025",
            _ => "kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
        },
        Bases = [Citation.Regulation366, Citation.Guidance43],
        Recipients = kind is DocumentKind.CongVanDonDoc ? ["Chi bộ Thôn 1", "Chi bộ Thôn 2", "Đảng bộ Trường THCS Ia Grai"] : ["Các chi bộ, đảng bộ trực thuộc"],
        CopyTo = ["Ban Tổ chức Tỉnh ủy (b/c)", "Thường trực Đảng ủy", "Lưu VP"],
        Signer = new Signer { Authority = SignAuthority.OnBehalf, Body = "Ban Thường vụ", Title = "Phó Bí thư", Name = "Nguyễn Văn An" },
    };

    public static CampaignSchedule Schedule => new()
    {
        Year = 2025,
        Deadlines =
        [
            new("Chi bộ", "Tổ chức kiểm điểm, đánh giá, xếp loại đảng viên và chi bộ", new DateOnly(2025, 12, 15)),
            new("Đảng bộ cơ sở", "Đánh giá, xếp loại tổ chức đảng trực thuộc; tổng hợp, báo cáo", new DateOnly(2025, 12, 25)),
            new("Đảng ủy xã", "Xem xét, quyết định xếp loại; báo cáo Tỉnh ủy", new DateOnly(2026, 1, 10)),
        ],
    };

    public static ReminderInput Reminder => new()
    {
        Year = 2025,
        Deadline = new DateOnly(2025, 12, 15),
        NewDeadline = new DateOnly(2025, 12, 20),
        BasisText = "Kế hoạch số 72-KH/ĐU, ngày 20/11/2025 của Ban Thường vụ Đảng ủy",
        Units =
        [
            new("Chi bộ Thôn 1", SubmissionStatus.Missing, []),
            new("Chi bộ Thôn 2", SubmissionStatus.Invalid, ["Tổng số đảng viên không khớp: 45 ≠ 44", "Tỷ lệ HTXS vượt 20% số HTT"]),
            new("Đảng bộ Trường THCS Ia Grai", SubmissionStatus.Late, ["Thiếu biểu thống kê tập thể lãnh đạo"]),
        ],
    };

    public static UnitReport Report(int year = 2025, int shift = 0) => new()
    {
        Year = year,
        Unit = new UnitInfo { Code = "GL-IAGRAI", Name = "Đảng bộ xã Ia Grai", Kind = UnitKind.UpperCommittee },
        Organizations = new OrganizationBlocks
        {
            BaseOrganizations = new OrganizationBlock
            {
                Total = 25, NotRated = 1, Rated = 24, Excellent = 3 - shift, Good = 18 + shift, Complete = 3, NotComplete = 0,
                ByCategory =
                [
                    new CategoryRow { Category = "xa", Total = 15, Rated = 15, Excellent = 2, Good = 11 + shift, Complete = 2 - shift, NotComplete = 0 },
                    new CategoryRow { Category = "su-nghiep-cong-lap", Total = 10, NotRated = 1, Rated = 9, Excellent = 1 - shift, Good = 7, Complete = 1 + shift, NotComplete = 0 },
                ],
            },
            SubordinateCells = new OrganizationBlock { Total = 8, Rated = 8, Excellent = 1, Good = 6, Complete = 1, NotComplete = 0 },
        },
        LeadershipCollectives = new CountBlock { Total = 12, Rated = 12, Excellent = 1, Good = 10, Complete = 1, NotComplete = 0 },
        Leaders = new CountBlock { Total = 40, Rated = 40, Excellent = 6, Good = 30, Complete = 4, NotComplete = 0 },
        Members = new MemberBlock
        {
            Total = 1250, Exempt = new ExemptCounts { Excused = 8, Suspended = 1, NewlyAdmitted = 3 }, NotRated = 0, Rated = 1238,
            Excellent = 160 - shift * 10, Good = 932 + shift * 10, Complete = 140, NotComplete = 6, DisciplinedInYear = 2,
        },
    };

    public static DecisionInput Decision => new()
    {
        Year = 2025,
        Units =
        [
            new UnitLevel { Code = "T1", Name = "Chi bộ Thôn 1", Level = RatingLevel.Excellent, ProposedLevel = RatingLevel.Excellent },
            new UnitLevel { Code = "T2", Name = "Chi bộ Thôn 2", Level = RatingLevel.Good, ProposedLevel = RatingLevel.Excellent, Reason = "bảo đảm tỷ lệ không vượt quá 20%" },
            new UnitLevel { Code = "T3", Name = "Chi bộ Thôn 3", Level = RatingLevel.Good },
            new UnitLevel { Code = "THCS", Name = "Đảng bộ Trường THCS Ia Grai", Level = RatingLevel.Complete },
        ],
    };

    public static FieldRecord Fields(DocumentKind kind, int? number = null) => kind switch
    {
        DocumentKind.QuyetDinh => DocumentContent.QuyetDinh(Meta(kind, number), Decision),
        DocumentKind.KeHoach => DocumentContent.KeHoach(Meta(kind, number), Schedule),
        DocumentKind.CongVan => DocumentContent.CongVan(Meta(kind, number), Schedule),
        DocumentKind.CongVanDonDoc => DocumentContent.CongVanDonDoc(Meta(kind, number), Reminder),
        DocumentKind.BaoCao => DocumentContent.BaoCao(Meta(kind, number), Report(), Report(2024, 1), 2),
        _ => DocumentContent.ThongBaoKetQua(Meta(kind, number), Report(), Report(2024, 1), 2),
    };
}
