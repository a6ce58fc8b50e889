using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Documents;

/// <summary>The level of the body that issues a document (REVIEW-DOMAIN §3, §6.5): it decides the wording of the text.</summary>
public enum IssuerLevel
{
    /// <summary>Tỉnh ủy / Thành ủy trực thuộc Trung ương (tinh-uy).</summary>
    Province,
    /// <summary>Huyện ủy, Quận ủy, Thị ủy, Thành ủy thuộc tỉnh — before 07/2025 only (huyen-uy).</summary>
    District,
    /// <summary>Đảng ủy xã, phường, đặc khu from 07/2025: cấp trên trực tiếp cơ sở (dang-uy-xa).</summary>
    Commune,
    /// <summary>Another đảng ủy cấp trên trực tiếp cơ sở: các cơ quan Đảng tỉnh, UBND tỉnh, khối… (dang-uy-cap-tren-co-so).</summary>
    UpperCommittee,
    /// <summary>Đảng ủy cơ sở (dang-uy-co-so).</summary>
    BaseCommittee,
    /// <summary>Đảng ủy bộ phận (dang-uy-bo-phan).</summary>
    PartialCommittee,
    /// <summary>Chi bộ cơ sở (chi-bo-co-so).</summary>
    BaseCell,
    /// <summary>Chi bộ trực thuộc (chi-bo-truc-thuoc).</summary>
    SubordinateCell,
}

public static class IssuerLevels
{
    public static readonly IReadOnlyList<IssuerLevel> All = Enum.GetValues<IssuerLevel>();

    public static string Slug(this IssuerLevel level) => level switch
    {
        IssuerLevel.Province => "tinh-uy",
        IssuerLevel.District => "huyen-uy",
        IssuerLevel.Commune => "dang-uy-xa",
        IssuerLevel.UpperCommittee => "dang-uy-cap-tren-co-so",
        IssuerLevel.BaseCommittee => "dang-uy-co-so",
        IssuerLevel.PartialCommittee => "dang-uy-bo-phan",
        IssuerLevel.BaseCell => "chi-bo-co-so",
        IssuerLevel.SubordinateCell => "chi-bo-truc-thuoc",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static IssuerLevel? FromSlug(string? slug) => All.Cast<IssuerLevel?>().FirstOrDefault(l => l!.Value.Slug() == slug?.Trim());

    public static bool IsCell(this IssuerLevel level) => level is IssuerLevel.BaseCell or IssuerLevel.SubordinateCell;
}

/// <summary>
/// The bodies a document names, decided by the issuer's level: the collective that issues and decides ("Ban Thường vụ
/// Tỉnh ủy", "Ban Thường vụ Đảng ủy", "Đảng ủy", "Chi ủy", "Chi bộ"), the advisory body that compiles (Ban Tổ chức at
/// provincial and district level, Ban Xây dựng Đảng at commune level from 2025, none below), the T/M line, and the
/// subordinates addressed. Derived from <see cref="DocumentMeta"/> (issuer name, ký hiệu, signer) unless given.
/// </summary>
public sealed record IssuerProfile
{
    public required IssuerLevel Level { get; init; }
    /// <summary>The committee's short name: "Tỉnh ủy", "Huyện ủy", "Đảng ủy", "Chi bộ".</summary>
    public required string Committee { get; init; }
    /// <summary>The collective that issues, decides and "đã ban hành": "Ban Thường vụ Tỉnh ủy", "Đảng ủy", "Chi ủy", "Chi bộ".</summary>
    public required string Collective { get; init; }
    /// <summary>The advisory body that guides and compiles: "Ban Tổ chức Tỉnh ủy", "Ban Xây dựng Đảng Đảng ủy"; null for a chi bộ or a đảng ủy cơ sở.</summary>
    public string? AdvisoryBody { get; init; }
    /// <summary>The body after T/M: "BAN THƯỜNG VỤ", "ĐẢNG ỦY", "CHI ỦY", "CHI BỘ".</summary>
    public required string SigningBody { get; init; }
    /// <summary>Those the documents address: "các chi bộ, đảng bộ trực thuộc", "các tổ đảng và đảng viên".</summary>
    public required string Subordinates { get; init; }

    /// <summary>Where reports go: "Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy)"; "Chi ủy".</summary>
    public string ReportTo => AdvisoryBody is null ? Collective : $"{Collective} (qua {AdvisoryBody})";

    /// <summary>Who guides and compiles: the advisory body, or for a chi bộ / đảng ủy cơ sở the member in charge.</summary>
    public string Compiler => AdvisoryBody ?? (Level.IsCell() ? "Đồng chí Bí thư chi bộ" : "Đồng chí cấp ủy viên phụ trách công tác tổ chức");

    /// <summary>The profile of a meta: the level given (<see cref="DocumentMeta.IssuerLevel"/>) or derived from the issuer's name and ký hiệu.</summary>
    public static IssuerProfile For(DocumentMeta meta, int year)
    {
        var level = meta.IssuerLevel ?? Derive(meta, year);
        var issuer = VietnameseText.FoldKey(meta.Issuer);
        var committee = level switch
        {
            IssuerLevel.Province => issuer.StartsWith("thanh uy", StringComparison.Ordinal) ? "Thành ủy" : "Tỉnh ủy",
            IssuerLevel.District => issuer switch
            {
                _ when issuer.StartsWith("quan uy", StringComparison.Ordinal) => "Quận ủy",
                _ when issuer.StartsWith("thi uy", StringComparison.Ordinal) => "Thị ủy",
                _ when issuer.StartsWith("thanh uy", StringComparison.Ordinal) => "Thành ủy",
                _ => "Huyện ủy",
            },
            _ when level.IsCell() => "Chi bộ",
            _ => "Đảng ủy",
        };

        // The collective: what the signer acts for when given ("T/M CHI ỦY" → Chi ủy), else the level's usual body.
        var signerBody = meta.Signer.Authority is SignAuthority.OnBehalf or SignAuthority.ByOrder ? VietnameseText.FoldKey(meta.Signer.Body) : "";
        var defaultSigning = level switch
        {
            IssuerLevel.Province or IssuerLevel.District or IssuerLevel.Commune or IssuerLevel.UpperCommittee => "BAN THƯỜNG VỤ",
            IssuerLevel.BaseCommittee or IssuerLevel.PartialCommittee => "ĐẢNG ỦY",
            _ => "CHI BỘ",
        };
        var signing = signerBody.Length > 0 ? Signer.Upper(meta.Signer.Body!) : defaultSigning;
        var collective = VietnameseText.FoldKey(signing) switch
        {
            "ban thuong vu" => $"Ban Thường vụ {committee}",
            "thuong truc" => $"Thường trực {committee}",
            "dang uy" or "dang uy bo phan" => committee == "Đảng ủy" ? "Đảng ủy" : $"Đảng ủy {committee}",
            "chi uy" => "Chi ủy",
            "chi bo" => "Chi bộ",
            _ => Capitalize(signing),
        };

        var advisory = meta.AdvisoryBody is { Length: > 0 } given
            ? VietnameseText.Clean(given)
            : level switch
            {
                IssuerLevel.Province or IssuerLevel.District => $"Ban Tổ chức {committee}",
                // QĐ 299-QĐ/TW (2025): the commune đảng ủy's advisory body is its Ban Xây dựng Đảng.
                IssuerLevel.Commune => "Ban Xây dựng Đảng Đảng ủy",
                IssuerLevel.UpperCommittee => year >= 2025 ? "Ban Xây dựng Đảng Đảng ủy" : "Ban Tổ chức Đảng ủy",
                _ => null,
            };

        var subordinates = level switch
        {
            IssuerLevel.Province => "các đảng ủy trực thuộc",
            IssuerLevel.District => "các tổ chức cơ sở đảng trực thuộc",
            IssuerLevel.Commune or IssuerLevel.UpperCommittee => "các chi bộ, đảng bộ trực thuộc",
            IssuerLevel.BaseCommittee or IssuerLevel.PartialCommittee => "các chi bộ trực thuộc",
            _ => "các tổ đảng và đảng viên trong chi bộ",
        };

        return new IssuerProfile
        {
            Level = level, Committee = committee, Collective = collective, AdvisoryBody = advisory, SigningBody = signing, Subordinates = subordinates,
        };
    }

    /// <summary>The level read from the issuer's name, ký hiệu and superior; a commune đảng ủy is cấp trên cơ sở only from 2025.</summary>
    public static IssuerLevel Derive(DocumentMeta meta, int year)
    {
        var issuer = VietnameseText.FoldKey(meta.Issuer);
        var code = VietnameseText.FoldKey(meta.IssuerCode);
        var superior = VietnameseText.FoldKey(meta.Superior);
        bool Starts(string s, params string[] prefixes) => prefixes.Any(p => s.StartsWith(p, StringComparison.Ordinal));

        if (Starts(issuer, "tinh uy") || code == "tu") return IssuerLevel.Province;
        if (Starts(issuer, "huyen uy", "quan uy", "thi uy") || code is "hu" or "qu" or "thu" or "txu") return IssuerLevel.District;
        if (Starts(issuer, "thanh uy")) return IssuerLevel.Province;
        if (Starts(issuer, "chi bo") || code == "cb")
            return Starts(superior, "dang bo bo phan", "dang uy bo phan") || superior.Contains("bo phan", StringComparison.Ordinal)
                ? IssuerLevel.SubordinateCell
                : IssuerLevel.BaseCell;
        if (Starts(issuer, "dang uy bo phan")) return IssuerLevel.PartialCommittee;
        if (Starts(issuer, "dang uy xa", "dang uy phuong", "dang uy dac khu", "dang uy thi tran"))
            return year >= 2025 ? IssuerLevel.Commune : IssuerLevel.BaseCommittee;
        if (Starts(issuer, "dang uy khoi", "dang uy cac co quan", "dang uy uy ban", "dang uy ubnd", "dang uy quan su", "dang uy cong an", "dang uy quan doi"))
            return IssuerLevel.UpperCommittee;
        if (Starts(issuer, "dang uy")) return IssuerLevel.BaseCommittee;
        return year >= 2025 ? IssuerLevel.Commune : IssuerLevel.BaseCommittee;
    }

    private static string Capitalize(string upper)
    {
        var lower = VietnameseText.Clean(upper).ToLowerInvariant();
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }
}
