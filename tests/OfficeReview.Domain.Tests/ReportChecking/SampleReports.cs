namespace OfficeReview.Domain.Tests.ReportChecking;

/// <summary>
/// A narrative report whose figures are all right, in the phrasings of REVIEW-DOMAIN §7.2 and of real reports.
/// Figures: TCCS 42 (40 rated: 06/33/01/0); chi bộ trực thuộc 25 (04/20/01); tập thể lãnh đạo 12 (02/10);
/// cán bộ lãnh đạo 35 (05/28/02/0); đảng viên 4.336 (65 exempt: 52/01/12; 4.271 rated: 620/3.120/497/34).
/// </summary>
public static class SampleReports
{
    public const int TccsLevels = 7;      // paragraph index of the TCCS levels sentence
    public const int TccsTotals = 6;
    public const int CellsParagraph = 8;
    public const int CollectivesParagraph = 10;
    public const int MembersTotals = 14;
    public const int MembersLevels = 15;

    public static string[] Correct() =>
    [
        "ĐẢNG BỘ XÃ HÒA BÌNH",                                                                                    // 0
        "BÁO CÁO Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",           // 1
        "Thực hiện Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị; Hướng dẫn số 43-HD/BTCTW, ngày 31/10/2025 của Ban Tổ chức Trung ương; Kế hoạch số 09-KH/ĐU, ngày 05/11/2025 của Ban Thường vụ Đảng ủy, Ban Thường vụ Đảng ủy báo cáo kết quả như sau:", // 2
        "III- KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI",                                                                        // 3
        "1. Tổ chức đảng",                                                                                         // 4
        "a) Tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở)",                                                   // 5
        "Tổng số tổ chức cơ sở đảng: 42; số được đánh giá, xếp loại: 40/42 (chưa đánh giá 02, do mới thành lập).", // 6
        "Trong đó: Hoàn thành xuất sắc nhiệm vụ 06 tổ chức, chiếm 15,0% so với tổng số tổ chức được đánh giá, xếp loại (bằng 18,2% so với số tổ chức được xếp loại hoàn thành tốt nhiệm vụ); Hoàn thành tốt nhiệm vụ 33, chiếm 82,5%; Hoàn thành nhiệm vụ 01, chiếm 2,5%; Không hoàn thành nhiệm vụ 0.", // 7
        "b) Chi bộ trực thuộc đảng ủy cơ sở: tổng số 25; được đánh giá 25; kết quả: HTXSNV 04 chi bộ (16,0%), HTTNV 20 chi bộ (80,0%), HTNV 01 chi bộ (4,0%).", // 8
        "2. Tập thể lãnh đạo, quản lý",                                                                          // 9
        "Tập thể lãnh đạo, quản lý: tổng số 12, được đánh giá, xếp loại 12; trong đó Hoàn thành xuất sắc nhiệm vụ 02 tập thể (16,7%), Hoàn thành tốt nhiệm vụ 10 tập thể (83,3%).", // 10
        "3. Đảng viên",                                                                                            // 11
        "Cán bộ lãnh đạo, quản lý diện Ban Thường vụ Đảng ủy quản lý: 35 đồng chí; HTXSNV 05 đồng chí, chiếm 14,3%; HTTNV 28 đồng chí, chiếm 80,0%; HTNV 02 đồng chí, chiếm 5,7%; KHTNV 0.", // 12
        "Về đảng viên:",                                                                                           // 13
        "Tổng số đảng viên của đảng bộ: 4.336; đảng viên thuộc diện không đánh giá: 65 (miễn công tác và sinh hoạt đảng 52, đình chỉ sinh hoạt đảng 01, mới kết nạp chưa đủ 6 tháng 12); số đảng viên tham gia đánh giá, xếp loại: 4.271.", // 14
        "Kết quả: Hoàn thành xuất sắc nhiệm vụ 620 đồng chí, chiếm 14,5% so với tổng số đảng viên tham gia đánh giá và 16,6% so với tổng số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; Hoàn thành tốt nhiệm vụ 3.120 đồng chí, chiếm 73,1%; Hoàn thành nhiệm vụ 497 đồng chí, chiếm 11,6%; Không hoàn thành nhiệm vụ 34 đồng chí, chiếm 0,8% (trong đó 03 đồng chí bị kỷ luật trong năm).", // 15
        "Số đảng viên hoàn thành tốt nhiệm vụ trở lên 3.740 đồng chí, đạt tỷ lệ 87,6%. Đảng viên hoàn thành nhiệm vụ trở lên: 4.237 đồng chí [tỷ lệ 99,2%].", // 16
        "HTXS chiếm 14,52% tổng số đảng viên được đánh giá và 16,58% so với tổng số đảng viên hoàn thành tốt nhiệm vụ trở lên. So với năm 2024, tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ tăng 1,2%. Năm 2024 có 580 đồng chí hoàn thành xuất sắc nhiệm vụ.", // 17
        "IV- ĐÁNH GIÁ CHUNG",                                                                                      // 18
        "97,5% số TCCS đảng hoàn thành tốt nhiệm vụ trở lên, trong đó 15,0% HTXS. Các chi bộ đã tổ chức kiểm điểm trong 03 ngày, đúng thời gian quy định (hoàn thành trước ngày 15/12/2025).", // 19
    ];

    /// <summary>The correct report with one paragraph replaced.</summary>
    public static string[] With(int paragraph, string text)
    {
        var p = Correct();
        p[paragraph] = text;
        return p;
    }

    /// <summary>The correct report with a substring of one paragraph replaced (it must occur).</summary>
    public static string[] Replace(int paragraph, string from, string to)
    {
        var p = Correct();
        Assert.Contains(from, p[paragraph]);
        p[paragraph] = p[paragraph].Replace(from, to);
        return p;
    }
}
