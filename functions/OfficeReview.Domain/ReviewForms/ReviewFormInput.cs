using System.Globalization;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.ReviewForms;

/// <summary>Everything one generated form shows before anyone writes on it.</summary>
public sealed record ReviewFormInput
{
    public required ReviewFormKind Kind { get; init; }
    public required int Year { get; init; }
    /// <summary>The upper line of the header (optional): "ĐẢNG BỘ XÃ IA GRAI".</summary>
    public string? Superior { get; init; }
    /// <summary>The bold line of the header: the collective, or the chi bộ of the member ("CHI BỘ THÔN 1").</summary>
    public required string Organization { get; init; }
    /// <summary>The place of the date line ("Ia Grai"); dots when unknown.</summary>
    public string? Place { get; init; }
    /// <summary>The member (2A, 2B, 2C, 05); null for Mẫu 01.</summary>
    public MemberPrefill? Member { get; init; }
    /// <summary>Mẫu 01: the collective's name as written in the title ("Chi bộ Thôn 1").</summary>
    public string? CollectiveName { get; init; }
    /// <summary>Mẫu 01: the collective's level of the previous year.</summary>
    public RatingLevel? CollectivePreviousLevel { get; init; }
    /// <summary>Mẫu 01: who signs for the collective (the secretary found in the member list), if known.</summary>
    public string? SignerName { get; init; }
    /// <summary>Mẫu 01: "BÍ THƯ" (or "PHÓ BÍ THƯ").</summary>
    public string SignerTitle { get; init; } = "BÍ THƯ";
    public ScoringFramework Framework { get; init; } = ScoringFramework.Default366;

    /// <summary>The annex whose criteria the form scores.</summary>
    public CriteriaAnnex Annex => Kind.Annex() ?? Member?.Form.Annex() ?? CriteriaAnnex.NonLeader;

    /// <summary>Header names are printed in capitals ("Chi bộ Thôn 1" → "CHI BỘ THÔN 1").</summary>
    public static string Upper(string text) => VietnameseText.Clean(text).ToUpper(CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>"Thôn 1" → "Chi bộ Thôn 1"; a name already starting with chi bộ / đảng bộ / đảng ủy is kept.</summary>
    public static string CellName(string cell)
    {
        var clean = VietnameseText.Clean(cell);
        var key = VietnameseText.FoldKey(clean);
        return key.StartsWith("chi bo", StringComparison.Ordinal) || key.StartsWith("dang bo", StringComparison.Ordinal)
               || key.StartsWith("dang uy", StringComparison.Ordinal) || key.StartsWith("chi uy", StringComparison.Ordinal)
            ? clean
            : "Chi bộ " + clean;
    }

    /// <summary>A safe file name for a member or a collective: "mau-02a-nguyen-van-an.docx".</summary>
    public string FileName()
    {
        var who = Member?.Name ?? CollectiveName ?? Organization;
        var key = VietnameseText.FoldKey(who);
        var chars = key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return $"{Kind.Slug()}-{(slug.Length == 0 ? "khong-ten" : slug)}.docx";
    }
}
