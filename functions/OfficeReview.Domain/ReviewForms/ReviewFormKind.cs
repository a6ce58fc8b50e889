namespace OfficeReview.Domain.ReviewForms;

/// <summary>
/// The review forms that come with Hướng dẫn 43-HD/BTCTW (HD43-RULES-AND-SCORING §3.6). Only the forms a member or a
/// collective fills are generated: 01, 2A, 2B, 2C and 05. Mẫu 03 (a higher committee's re-rating decision) and Mẫu 04
/// (the dossier list sent to the Central Organization Commission) are not generated.
/// </summary>
public enum ReviewFormKind { Mau01, Mau02A, Mau02B, Mau02C, Mau05 }

/// <summary>The annexes (Phụ lục) of Quy định 366-QĐ/TW whose criteria a form scores.</summary>
public enum CriteriaAnnex
{
    /// <summary>PL 1 — collectives.</summary>
    Collective,
    /// <summary>PL 3 — individuals holding a leadership or management post.</summary>
    Leader,
    /// <summary>PL 4 — individuals without a leadership or management post.</summary>
    NonLeader,
    /// <summary>PL 5 — party members not working in the political system.</summary>
    OutsideSystem,
}

public static class ReviewFormKinds
{
    public static readonly IReadOnlyList<ReviewFormKind> All = Enum.GetValues<ReviewFormKind>();

    /// <summary>The year of the forms' code ("Mẫu 01-HD KĐ.ĐG 2025").</summary>
    public const int CodeYear = 2025;

    /// <summary>The first review year the forms of HD 43 apply to; earlier years are not generated.</summary>
    public const int FirstYear = 2025;

    /// <summary>CLI and route name: mau-01, mau-02a, mau-02b, mau-02c, mau-05.</summary>
    public static string Slug(this ReviewFormKind kind) => kind switch
    {
        ReviewFormKind.Mau01 => "mau-01",
        ReviewFormKind.Mau02A => "mau-02a",
        ReviewFormKind.Mau02B => "mau-02b",
        ReviewFormKind.Mau02C => "mau-02c",
        _ => "mau-05",
    };

    public static ReviewFormKind? FromSlug(string? slug)
    {
        var s = (slug ?? "").Trim().ToLowerInvariant().Replace("mau", "mau-", StringComparison.Ordinal).Replace("--", "-", StringComparison.Ordinal);
        s = s switch { "mau-1" => "mau-01", "mau-2a" => "mau-02a", "mau-2b" => "mau-02b", "mau-2c" => "mau-02c", "mau-5" => "mau-05", _ => s };
        return All.Cast<ReviewFormKind?>().FirstOrDefault(k => k!.Value.Slug() == s);
    }

    /// <summary>The short number as HD 43's text writes it: 01, 2A, 2B, 2C, 05.</summary>
    public static string Number(this ReviewFormKind kind) => kind switch
    {
        ReviewFormKind.Mau01 => "01",
        ReviewFormKind.Mau02A => "2A",
        ReviewFormKind.Mau02B => "2B",
        ReviewFormKind.Mau02C => "2C",
        _ => "05",
    };

    /// <summary>The code printed in the corner of the form: "Mẫu 2A-HD KĐ.ĐG 2025".</summary>
    public static string Code(this ReviewFormKind kind) => $"Mẫu {kind.Number()}-HD KĐ.ĐG {CodeYear}";

    public static bool IsCollective(this ReviewFormKind kind) => kind == ReviewFormKind.Mau01;

    /// <summary>The title of the form (our wording of the form's name).</summary>
    public static string Title(this ReviewFormKind kind) => kind switch
    {
        ReviewFormKind.Mau01 => "BÁO CÁO",
        ReviewFormKind.Mau05 => "BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN",
        _ => "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI",
    };

    /// <summary>The line under the title, for a year.</summary>
    public static string Subtitle(this ReviewFormKind kind, int year) => kind switch
    {
        ReviewFormKind.Mau01 => $"kiểm điểm, tự đánh giá, xếp loại chất lượng năm {year}",
        ReviewFormKind.Mau02A => $"cá nhân giữ chức vụ lãnh đạo, quản lý năm {year}",
        ReviewFormKind.Mau02B => $"cá nhân không giữ chức vụ lãnh đạo, quản lý năm {year}",
        ReviewFormKind.Mau02C => $"đảng viên không làm việc trong hệ thống chính trị năm {year}",
        _ => $"năm {year}",
    };

    /// <summary>The annex an individual or collective form scores (Mẫu 05 uses the person's annex).</summary>
    public static CriteriaAnnex? Annex(this ReviewFormKind kind) => kind switch
    {
        ReviewFormKind.Mau01 => CriteriaAnnex.Collective,
        ReviewFormKind.Mau02A => CriteriaAnnex.Leader,
        ReviewFormKind.Mau02B => CriteriaAnnex.NonLeader,
        ReviewFormKind.Mau02C => CriteriaAnnex.OutsideSystem,
        _ => null,
    };

    /// <summary>The individual form (2A, 2B, 2C) of an annex.</summary>
    public static ReviewFormKind IndividualForm(this CriteriaAnnex annex) => annex switch
    {
        CriteriaAnnex.Leader => ReviewFormKind.Mau02A,
        CriteriaAnnex.OutsideSystem => ReviewFormKind.Mau02C,
        CriteriaAnnex.Collective => ReviewFormKind.Mau01,
        _ => ReviewFormKind.Mau02B,
    };

    public static string AnnexName(this CriteriaAnnex annex) => annex switch
    {
        CriteriaAnnex.Collective => "Phụ lục 1 (tập thể)",
        CriteriaAnnex.Leader => "Phụ lục 3 (cá nhân giữ chức vụ lãnh đạo, quản lý)",
        CriteriaAnnex.NonLeader => "Phụ lục 4 (cá nhân không giữ chức vụ lãnh đạo, quản lý)",
        _ => "Phụ lục 5 (đảng viên không làm việc trong hệ thống chính trị)",
    };
}
