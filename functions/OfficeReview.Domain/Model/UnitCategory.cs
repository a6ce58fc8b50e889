namespace OfficeReview.Domain.Model;

/// <summary>A loại hình tổ chức cơ sở đảng (REVIEW-DOMAIN §4.2, Biểu 5-BTCTW rows, with đặc khu added for 2025 →).</summary>
public sealed record UnitCategory(string Slug, string Name, int Order, int? ValidFromYear = null, int? ValidUntilYear = null)
{
    public bool IsValidIn(int year) =>
        (ValidFromYear is null || year >= ValidFromYear) && (ValidUntilYear is null || year <= ValidUntilYear);
}

public static class UnitCategories
{
    public static readonly IReadOnlyList<UnitCategory> All =
    [
        new("xa", "Xã", 1),
        new("phuong", "Phường", 2),
        // Thị trấn disappeared with the district level on 01/7/2025; đặc khu appeared then.
        new("thi-tran", "Thị trấn", 3, ValidUntilYear: 2024),
        new("dac-khu", "Đặc khu", 3, ValidFromYear: 2025),
        new("co-quan-dang-doan-the", "Cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội", 4),
        new("co-quan-nha-nuoc", "Cơ quan Nhà nước", 5),
        new("su-nghiep-cong-lap", "Đơn vị sự nghiệp công lập", 6),
        new("su-nghiep-ngoai-cong-lap", "Đơn vị sự nghiệp ngoài công lập", 7),
        new("quan-doi", "Quân đội", 8),
        new("cong-an", "Công an", 9),
        new("doanh-nghiep-nha-nuoc", "Doanh nghiệp có vốn Nhà nước", 10),
        new("doanh-nghiep-ngoai-nha-nuoc", "Doanh nghiệp ngoài khu vực Nhà nước", 11),
        new("hop-tac-xa", "Hợp tác xã", 12),
        new("ngoai-nuoc", "Tổ chức cơ sở đảng ở ngoài nước", 13),
        new("khac", "Loại hình cơ sở khác", 14),
    ];

    public static UnitCategory? FromSlug(string? slug) => All.FirstOrDefault(c => c.Slug == slug);
}
