namespace OfficeReview.Domain.Documents;

/// <summary>
/// The content-control tags of the party-format templates (templates/README-docx.md lists them with their types).
/// ASCII, Vietnamese without diacritics, camelCase, so they survive any keyboard and Word's tag box.
/// </summary>
public static class DocumentTags
{
    // Header block (first page)
    public const string Draft = "duThao";                       // bool: "DỰ THẢO" mark (first-page header)
    public const string Superior = "capTren";                   // text: ĐẢNG BỘ TỈNH GIA LAI
    public const string HasSuperior = "coCapTren";              // bool: the superior line is shown
    public const string Issuer = "coQuanBanHanh";               // text: ĐẢNG ỦY XÃ … (bold)
    public const string Number = "soKyHieu";                    // text: 15-BC/ĐU, or "      -BC/ĐU" when drafting
    public const string PlaceAndDate = "diaDanhNgayThang";      // text: Gia Lai, ngày 05 tháng 12 năm 2025
    public const string Excerpt = "trichYeu";                   // text: trích yếu (under the title; under the number in a công văn)
    public const string Recipients = "kinhGui";                 // rich: Kính gửi (công văn)

    // Body
    public const string Bases = "canCu";                        // list of {dong}: căn cứ lines
    public const string Line = "dong";                          // text: one line of a list (căn cứ, nơi nhận, vấn đề)
    public const string Opening = "moDau";                      // rich: opening paragraph(s)
    public const string Body = "noiDung";                       // rich: body before the table
    public const string BodyAfter = "noiDungSau";               // rich: body after the table
    public const string HasTable = "coBang";                    // bool: the table (and its title) is shown
    public const string TableTitle = "tieuDeBang";              // text: the table's title

    // Kế hoạch: timeline table
    public const string Schedule = "tienDo";                    // list of {stt, capThucHien, noiDungCongViec, thoiHan}
    public const string Index = "stt";
    public const string Level = "capThucHien";
    public const string Task = "noiDungCongViec";
    public const string Deadline = "thoiHan";

    // Công văn đôn đốc: units table, a nested list per row
    public const string Units = "donVi";                        // list of {stt, tenDonVi, tinhTrang, vanDe: list of {dong}}
    public const string UnitName = "tenDonVi";
    public const string UnitStatus = "tinhTrang";
    public const string Issues = "vanDe";

    // Báo cáo / Thông báo: results table
    public const string Results = "bangKetQua";                 // list of {ten, tong, danhGia, htxs, htxsTl, htt, httTl, ht, htTl, kht, khtTl}
    public const string RowName = "ten";
    public const string RowTotal = "tong";
    public const string RowRated = "danhGia";
    public const string Excellent = "htxs";
    public const string ExcellentPercent = "htxsTl";
    public const string Good = "htt";
    public const string GoodPercent = "httTl";
    public const string Complete = "ht";
    public const string CompletePercent = "htTl";
    public const string NotComplete = "kht";
    public const string NotCompletePercent = "khtTl";

    // Quyết định: units with their decided level
    public const string Decisions = "xepLoai";                  // list of {stt, tenDonVi, mucXepLoai, ghiChu}
    public const string DecidedLevel = "mucXepLoai";
    public const string UnitNote = "ghiChu";

    // Closing
    public const string CopyTo = "noiNhan";                     // list of {dong}: nơi nhận items (size 12)
    public const string Authority = "quyenHan";                 // text: T/M BAN THƯỜNG VỤ (bold)
    public const string SignerTitle = "chucVu";                 // text: BÍ THƯ
    public const string SignerName = "nguoiKy";                 // text: Nguyễn Văn A (bold)
}
