using OfficeReview.Domain.Model;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.ReviewForms;

/// <summary>What a generated form is prefilled with for one member (from the unit's member list).</summary>
public sealed record MemberPrefill
{
    public required string Name { get; init; }
    public int? BirthYear { get; init; }
    public string? Position { get; init; }
    public string? Cell { get; init; }
    public RatingLevel? PreviousLevel { get; init; }
    public required ReviewFormKind Form { get; init; }
    /// <summary>Why that form: "cột Mẫu kiểm điểm" or the position keyword that decided it.</summary>
    public required string FormReason { get; init; }
}

/// <summary>
/// The one place that maps a member-list row to the form the member fills and to the form's prefilled fields. The
/// member list's "Mẫu kiểm điểm" column (2A / 02A / 2B / 2C …) wins; otherwise the position decides: a leadership or
/// management title → 2A, a retiree, student or private-sector worker → 2C, anyone else → 2B.
/// </summary>
public static class MemberForms
{
    private static readonly string[] s_leaderWords =
    [
        "bi thu", "pho bi thu", "chu tich", "pho chu tich", "giam doc", "pho giam doc", "chu nhiem", "hieu truong", "tong bien tap",
        "chanh van phong", "chanh an", "chanh thanh tra", "chi huy truong", "truong phong", "pho truong phong", "truong ban",
        "pho truong ban", "truong khoa", "truong thon", "truong ap", "truong khu pho", "truong tram", "truong cong an", "to truong", "doi truong",
        "thu truong", "tong giam doc", "pho tong giam doc",
    ];

    private static readonly string[] s_outsideWords =
    [
        "huu tri", "nghi huu", "can bo huu", "sinh vien", "hoc sinh", "doanh nghiep tu nhan", "cong ty tu nhan", "lao dong tu do", "kinh doanh tu do",
        "noi tro", "nong dan", "buon ban",
    ];

    public static MemberPrefill Prefill(MemberEntry member) => new()
    {
        Name = VietnameseText.Clean(member.Name),
        BirthYear = member.BirthYear,
        Position = Clean(member.Position),
        Cell = Clean(member.Cell),
        PreviousLevel = member.PreviousLevel,
        Form = FormOf(member, out var reason),
        FormReason = reason,
    };

    /// <summary>The individual form (2A, 2B or 2C) of a member, and why.</summary>
    public static ReviewFormKind FormOf(MemberEntry member, out string reason)
    {
        if (ParseForm(member.Form) is { } stated)
        {
            reason = "cột Mẫu kiểm điểm";
            return stated;
        }
        var position = " " + VietnameseText.FoldKey(member.Position) + " ";
        foreach (var w in s_outsideWords)
            if (position.Contains(" " + w + " ", StringComparison.Ordinal))
            {
                reason = $"chức vụ \"{member.Position}\"";
                return ReviewFormKind.Mau02C;
            }
        foreach (var w in s_leaderWords)
            if (position.Contains(" " + w + " ", StringComparison.Ordinal))
            {
                reason = $"chức vụ \"{member.Position}\"";
                return ReviewFormKind.Mau02A;
            }
        reason = string.IsNullOrWhiteSpace(member.Position) ? "chưa ghi chức vụ" : $"chức vụ \"{member.Position}\"";
        return ReviewFormKind.Mau02B;
    }

    /// <summary>"2A", "02A", "Mẫu 2A", "mau-02a", "2A-HD KĐ.ĐG 2025" → the form; null when it names no individual form.</summary>
    public static ReviewFormKind? ParseForm(string? text)
    {
        var key = VietnameseText.FoldKey(text).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (key.StartsWith("mau", StringComparison.Ordinal)) key = key[3..];
        key = key.TrimStart('0');
        if (key.Length == 0) return null;
        return key[..Math.Min(2, key.Length)] switch
        {
            "2a" => ReviewFormKind.Mau02A,
            "2b" => ReviewFormKind.Mau02B,
            "2c" => ReviewFormKind.Mau02C,
            _ => null,
        };
    }

    /// <summary>The members who fill <paramref name="form"/> (2A/2B/2C), or everyone rated for Mẫu 05; exempt members are left out.</summary>
    public static IEnumerable<MemberPrefill> Filling(IEnumerable<MemberEntry> list, ReviewFormKind form) =>
        list.Where(m => m.ExemptReason is null && !string.IsNullOrWhiteSpace(m.Name))
            .Select(Prefill)
            .Where(p => form == ReviewFormKind.Mau05 || p.Form == form);

    /// <summary>Member names compared as people type them (case, accents, spaces folded).</summary>
    public static bool SameName(string? a, string? b) => VietnameseText.FoldKey(a) == VietnameseText.FoldKey(b);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : VietnameseText.Clean(s);
}
