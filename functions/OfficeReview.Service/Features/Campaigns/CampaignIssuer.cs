using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Text;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// The issuing body of a campaign's documents, typed once (REVIEW-DOMAIN §6.2–6.5): cơ quan cấp trên, cơ quan ban hành
/// and its ký hiệu, địa danh, the signer and their authority, nơi nhận by document kind, and the issuer's level (which
/// decides the bodies the text names). Stored as given, cleaned to NFC; <see cref="ToMeta"/> turns it into the
/// <see cref="DocumentMeta"/> the document builders take.
/// </summary>
public sealed record CampaignIssuer
{
    /// <summary>Cơ quan cấp trên trực tiếp: "ĐẢNG BỘ TỈNH GIA LAI" (optional).</summary>
    public string? Superior { get; init; }
    /// <summary>Cơ quan ban hành: "ĐẢNG ỦY XÃ IA GRAI".</summary>
    public required string Issuer { get; init; }
    /// <summary>Ký hiệu after the slash: "ĐU", "TU", "CB".</summary>
    public required string IssuerCode { get; init; }
    /// <summary>Địa danh: "Ia Grai".</summary>
    public required string Place { get; init; }
    /// <summary>Issuer level slug (tinh-uy, huyen-uy, dang-uy-xa, …); null: derived from the issuer's name and ký hiệu.</summary>
    public string? Level { get; init; }
    /// <summary>The advisory body the text names; null: the level's usual one.</summary>
    public string? AdvisoryBody { get; init; }
    public required IssuerSigner Signer { get; init; }
    /// <summary>Nơi nhận by document kind slug (ke-hoach, cong-van, …); key "default" for the kinds not listed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CopyTo { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Kính gửi of the công văn (and công văn đôn đốc when no units are named); empty: the issuer's subordinates.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
    /// <summary>The committee's term (nhiệm kỳ, e.g. "2025-2030"): approved documents are numbered per kind within it; null: <see cref="DefaultTerm"/>.</summary>
    public string? Term { get; init; }
    /// <summary>When it was last set, and by whom.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }

    public const string DefaultCopyToKey = "default";

    /// <summary>
    /// The five-year term of party congresses (2020-2025, 2025-2030, …) that contains the date's year. Congresses close
    /// during the first year of a term, so a document of that year before the congress belongs to the previous term: set
    /// <see cref="Term"/> when that matters.
    /// </summary>
    public static string DefaultTerm(DateOnly date)
    {
        var start = 2020 + (int)Math.Floor((date.Year - 2020) / 5.0) * 5;
        return $"{start}-{start + 5}";
    }

    /// <summary>The nơi nhận for a kind: its own list, else the default list.</summary>
    public IReadOnlyList<string> CopyToFor(DocumentKind kind) =>
        CopyTo.TryGetValue(kind.Slug(), out var own) ? own : CopyTo.TryGetValue(DefaultCopyToKey, out var all) ? all : [];

    /// <summary>The meta of a document of this issuer (no number while drafting).</summary>
    public DocumentMeta ToMeta(DocumentKind kind, DateOnly date, string excerpt, IReadOnlyList<string>? recipients = null, int? number = null) => new()
    {
        Superior = Superior,
        Issuer = Issuer,
        IssuerCode = IssuerCode,
        Place = Place,
        Date = date,
        Number = number,
        Excerpt = excerpt,
        Recipients = recipients ?? Recipients,
        CopyTo = CopyToFor(kind),
        Signer = new Signer
        {
            Authority = SignAuthorities.Parse(Signer.Authority) ?? SignAuthority.OnBehalf,
            Body = Signer.Body,
            Title = Signer.Title,
            Name = Signer.Name ?? "",
        },
        IssuerLevel = IssuerLevels.FromSlug(Level),
        AdvisoryBody = AdvisoryBody,
    };
}

/// <summary>Người ký and thẩm quyền ký: authority "T/M", "K/T", "T/L" or "" (the head signs directly).</summary>
public sealed record IssuerSigner
{
    public string Authority { get; init; } = "T/M";
    /// <summary>"BAN THƯỜNG VỤ", "CHI BỘ"…; null: the issuer level's usual body.</summary>
    public string? Body { get; init; }
    public string Title { get; init; } = "BÍ THƯ";
    public string? Name { get; init; }
}

/// <summary>The JSON body of PUT /api/campaigns/{id}/issuer.</summary>
public sealed record IssuerRequest
{
    public string? Superior { get; init; }
    public string? Issuer { get; init; }
    public string? IssuerCode { get; init; }
    public string? Place { get; init; }
    public string? Level { get; init; }
    public string? AdvisoryBody { get; init; }
    public IssuerSigner? Signer { get; init; }
    public Dictionary<string, List<string>>? CopyTo { get; init; }
    public List<string>? Recipients { get; init; }
    public string? Term { get; init; }
}

/// <summary>Checks and cleans an issuer request: problems are listed (Vietnamese, naming the field), never thrown here.</summary>
internal static class IssuerCheck
{
    public const int MaxListItems = 50;

    public static (CampaignIssuer? Issuer, IReadOnlyList<string> Problems) Read(IssuerRequest request, int maxText, int year)
    {
        var problems = new List<string>();
        string? Text(string? value, string field, bool required)
        {
            var clean = VietnameseText.Clean(value);
            if (clean.Length == 0)
            {
                if (required) problems.Add($"Thiếu trường \"{field}\".");
                return null;
            }
            if (clean.Length > maxText) problems.Add($"Trường \"{field}\" dài {clean.Length} ký tự, vượt giới hạn {maxText} (Limits:MaxLabelLength).");
            return clean;
        }
        List<string> List(IEnumerable<string>? items, string field)
        {
            var list = (items ?? []).Select((x, i) => Text(x, $"{field}[{i}]", false)).OfType<string>().ToList();
            if (list.Count > MaxListItems) problems.Add($"Trường \"{field}\" có {list.Count} dòng, vượt giới hạn {MaxListItems}.");
            return list;
        }

        var superior = Text(request.Superior, "superior", false);
        var issuer = Text(request.Issuer, "issuer", true);
        var code = Text(request.IssuerCode, "issuerCode", true);
        var place = Text(request.Place, "place", true);
        var level = Text(request.Level, "level", false);
        if (level is not null && IssuerLevels.FromSlug(level) is null)
            problems.Add($"Cấp của cơ quan ban hành \"{level}\" không hợp lệ (trường \"level\"); dùng một trong: {string.Join(", ", IssuerLevels.All.Select(l => l.Slug()))}.");
        var advisory = Text(request.AdvisoryBody, "advisoryBody", false);
        var s = request.Signer ?? new IssuerSigner();
        var authority = VietnameseText.Clean(s.Authority);
        if (SignAuthorities.Parse(authority) is not { } parsed)
        {
            problems.Add($"Thẩm quyền ký \"{s.Authority}\" không hợp lệ (trường \"signer.authority\"); dùng T/M, K/T, T/L hoặc để trống.");
            parsed = SignAuthority.OnBehalf;
        }
        var signer = new IssuerSigner
        {
            Authority = parsed.Prefix(),
            Body = Text(s.Body, "signer.body", false),
            Title = Text(s.Title, "signer.title", true) ?? "",
            Name = Text(s.Name, "signer.name", false),
        };
        var copyTo = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, items) in request.CopyTo ?? [])
        {
            var slug = VietnameseText.Clean(key).ToLowerInvariant();
            if (slug != CampaignIssuer.DefaultCopyToKey && DocumentKinds.FromSlug(slug) is null)
            {
                problems.Add($"Nơi nhận: loại văn bản \"{key}\" không hợp lệ (trường \"copyTo\"); dùng {CampaignIssuer.DefaultCopyToKey} hoặc một trong: {string.Join(", ", DocumentKinds.All.Select(k => k.Slug()))}.");
                continue;
            }
            copyTo[slug] = List(items, $"copyTo.{slug}");
        }
        var recipients = List(request.Recipients, "recipients");
        var term = Text(request.Term, "term", false);
        if (problems.Count > 0 || issuer is null || code is null || place is null) return (null, problems);

        var result = new CampaignIssuer
        {
            Superior = superior, Issuer = issuer, IssuerCode = code, Place = place, Level = level, AdvisoryBody = advisory,
            Signer = signer, CopyTo = copyTo, Recipients = recipients, Term = term,
        };
        // The domain's own checks of a meta (K/T BÍ THƯ refused, …): errors refuse the issuer.
        var meta = result.ToMeta(DocumentKind.KeHoach, new DateOnly(year, 12, 31), "kiểm điểm");
        problems.AddRange(meta.Validate(DocumentKind.KeHoach).Where(f => f.Severity == Domain.Rules.Severity.Error).Select(f => f.Message));
        return problems.Count > 0 ? (null, problems) : (result, problems);
    }
}
