using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Documents;

/// <summary>The documents this product generates (REVIEW-DOMAIN §6–7).</summary>
public enum DocumentKind { KeHoach, CongVan, BaoCao, ThongBaoKetQua, CongVanDonDoc, QuyetDinh }

public static class DocumentKinds
{
    public static readonly IReadOnlyList<DocumentKind> All = Enum.GetValues<DocumentKind>();

    public static string Slug(this DocumentKind kind) => kind switch
    {
        DocumentKind.KeHoach => "ke-hoach",
        DocumentKind.CongVan => "cong-van",
        DocumentKind.BaoCao => "bao-cao",
        DocumentKind.ThongBaoKetQua => "thong-bao-ket-qua",
        DocumentKind.CongVanDonDoc => "cong-van-don-doc",
        DocumentKind.QuyetDinh => "quyet-dinh",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static DocumentKind? FromSlug(string? slug) => All.Cast<DocumentKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);

    /// <summary>The template file (templates/{slug}.docx) the kind fills: a công văn đôn đốc is a công văn.</summary>
    public static string TemplateSlug(this DocumentKind kind) => kind == DocumentKind.CongVanDonDoc ? "cong-van" : kind.Slug();

    /// <summary>Ký hiệu of the type (HD 36 Phụ lục 2): KH, CV, BC, TB, QĐ.</summary>
    public static string TypeCode(this DocumentKind kind) => kind switch
    {
        DocumentKind.KeHoach => "KH",
        DocumentKind.BaoCao => "BC",
        DocumentKind.ThongBaoKetQua => "TB",
        DocumentKind.QuyetDinh => "QĐ",
        _ => "CV",
    };

    public static string VietnameseName(this DocumentKind kind) => kind switch
    {
        DocumentKind.KeHoach => "Kế hoạch",
        DocumentKind.CongVan => "Công văn",
        DocumentKind.BaoCao => "Báo cáo",
        DocumentKind.ThongBaoKetQua => "Thông báo kết quả",
        DocumentKind.CongVanDonDoc => "Công văn đôn đốc",
        DocumentKind.QuyetDinh => "Quyết định",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>Quyền hạn ký (REVIEW-DOMAIN §6.5).</summary>
public enum SignAuthority
{
    /// <summary>The head signs directly (no authority line).</summary>
    None,
    /// <summary>T/M — on behalf of a collective body (cấp ủy, ban thường vụ, chi bộ).</summary>
    OnBehalf,
    /// <summary>K/T — a deputy of an advisory agency's head (K/T TRƯỞNG BAN).</summary>
    Deputy,
    /// <summary>T/L — by order of the standing committee (T/L BAN THƯỜNG VỤ).</summary>
    ByOrder,
}

public static class SignAuthorities
{
    public static string Prefix(this SignAuthority a) => a switch
    {
        SignAuthority.OnBehalf => "T/M",
        SignAuthority.Deputy => "K/T",
        SignAuthority.ByOrder => "T/L",
        _ => "",
    };

    public static SignAuthority? Parse(string? text) => VietnameseText.FoldKey(text).Replace(" ", "") switch
    {
        "" or "none" => SignAuthority.None,
        "t/m" or "tm" => SignAuthority.OnBehalf,
        "k/t" or "kt" => SignAuthority.Deputy,
        "t/l" or "tl" => SignAuthority.ByOrder,
        _ => null,
    };
}

/// <summary>The signature block: "T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / "Nguyễn Văn A".</summary>
public sealed record Signer
{
    public SignAuthority Authority { get; init; } = SignAuthority.OnBehalf;
    /// <summary>
    /// The body signed for: "BAN THƯỜNG VỤ", "ĐẢNG ỦY", "CHI ỦY", "CHI BỘ" (after T/M, T/L) or "TRƯỞNG BAN" (after K/T);
    /// null: the issuer's usual body (<see cref="IssuerProfile.SigningBody"/>, see <see cref="DocumentMeta.EffectiveSigner"/>).
    /// </summary>
    public string? Body { get; init; } = "BAN THƯỜNG VỤ";
    /// <summary>The title only, without the committee name: "BÍ THƯ", "PHÓ BÍ THƯ".</summary>
    public string Title { get; init; } = "BÍ THƯ";
    public string Name { get; init; } = "";

    /// <summary>"T/M BAN THƯỜNG VỤ"; empty when the head signs directly.</summary>
    public string AuthorityLine => Authority == SignAuthority.None ? "" : $"{Authority.Prefix()} {Upper(Body ?? "BAN THƯỜNG VỤ")}";

    internal static string Upper(string? text) => VietnameseText.Clean(text).ToUpperInvariant();
}

/// <summary>A cited text: "Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị về …" (REVIEW-DOMAIN §6.7).</summary>
public sealed record Citation
{
    /// <summary>"Quy định", "Hướng dẫn", "Công văn", "Kế hoạch".</summary>
    public required string Type { get; init; }
    /// <summary>"366-QĐ/TW".</summary>
    public required string Number { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>"Bộ Chính trị".</summary>
    public string? Issuer { get; init; }
    /// <summary>The subject, without the leading "về": "kiểm điểm và đánh giá, xếp loại chất lượng …".</summary>
    public string? About { get; init; }

    /// <summary>First mention in full, comma before "ngày": "Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị về …".</summary>
    public string FullText()
    {
        var text = $"{VietnameseText.Clean(Type)} số {VietnameseText.Clean(Number)}";
        if (Date is { } d) text += $", ngày {VietnameseFormat.ShortDate(d)}";
        if (!string.IsNullOrWhiteSpace(Issuer)) text += $" của {VietnameseText.Clean(Issuer)}";
        if (!string.IsNullOrWhiteSpace(About)) text += $" về {VietnameseText.Clean(About).TrimEnd('.', ';', ',')}";
        return text;
    }

    /// <summary>A căn cứ line: "- Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị về …;".</summary>
    public string BasisLine() => $"- {FullText()};";

    public static readonly Citation Regulation366 = new()
    {
        Type = "Quy định", Number = "366-QĐ/TW", Date = new DateOnly(2025, 8, 30), Issuer = "Bộ Chính trị",
        About = "việc kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị",
    };

    public static readonly Citation Guidance43 = new()
    {
        Type = "Hướng dẫn", Number = "43-HD/BTCTW", Date = new DateOnly(2025, 10, 31), Issuer = "Ban Tổ chức Trung ương",
        About = "kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị",
    };
}

/// <summary>Page margins in millimetres (REVIEW-DOMAIN §6.1, default 20/20/30/15).</summary>
public sealed record MarginsMm(decimal Top = 20m, decimal Bottom = 20m, decimal Left = 30m, decimal Right = 15m);

/// <summary>
/// Everything on a document that is not its content: issuer and superior, number (null while drafting), place and
/// date, trích yếu, căn cứ, recipients (kính gửi), nơi nhận, signer.
/// </summary>
public sealed record DocumentMeta
{
    /// <summary>Cơ quan cấp trên trực tiếp (optional): "ĐẢNG BỘ TỈNH GIA LAI".</summary>
    public string? Superior { get; init; }
    /// <summary>Cơ quan ban hành: "ĐẢNG ỦY XÃ IA GRAI".</summary>
    public required string Issuer { get; init; }
    /// <summary>Ký hiệu of the issuer after the slash: "ĐU", "TU", "CB", "BTCTU".</summary>
    public string IssuerCode { get; init; } = "ĐU";
    /// <summary>The number assigned at sign-off (per type, per committee term); null while drafting.</summary>
    public int? Number { get; init; }
    public required string Place { get; init; }
    public required DateOnly Date { get; init; }
    /// <summary>Trích yếu: "kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025".</summary>
    public string Excerpt { get; init; } = "";
    /// <summary>Prefix of a công văn's trích yếu ("V/v " in most provinces; "" per the HD 36 sample).</summary>
    public string ExcerptPrefix { get; init; } = "V/v ";
    public IReadOnlyList<Citation> Bases { get; init; } = [];
    /// <summary>Kính gửi (công văn).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
    /// <summary>Nơi nhận, without the leading "- " and trailing punctuation: "Ban Tổ chức Tỉnh ủy (b/c)", "Lưu VP".</summary>
    public IReadOnlyList<string> CopyTo { get; init; } = [];
    public Signer Signer { get; init; } = new();
    public MarginsMm? Margins { get; init; }
    /// <summary>A local template requires "K/T BÍ THƯ" for the committee (HD 36 prescribes T/M; refused otherwise).</summary>
    public bool AllowDeputySecretaryKt { get; init; }
    /// <summary>The issuer's level; null: derived from the issuer's name and ký hiệu (<see cref="IssuerProfile.Derive"/>).</summary>
    public IssuerLevel? IssuerLevel { get; init; }
    /// <summary>The advisory body the text names ("Ban Tổ chức Tỉnh ủy", "Ban Xây dựng Đảng Đảng ủy"); null: the level's usual one.</summary>
    public string? AdvisoryBody { get; init; }

    /// <summary>The bodies the text names, for the year reviewed.</summary>
    public IssuerProfile Profile(int year) => IssuerProfile.For(this, year);

    /// <summary>The signer with the body filled from the issuer's profile when not given ("T/M CHI BỘ" for a chi bộ).</summary>
    public Signer EffectiveSigner(int year) =>
        Signer.Body is null && Signer.Authority is SignAuthority.OnBehalf or SignAuthority.ByOrder ? Signer with { Body = Profile(year).SigningBody } : Signer;

    public bool IsDraft => Number is null;

    /// <summary>"15-BC/ĐU"; "05-KH/ĐU"; blank number while drafting: "      -KH/ĐU".</summary>
    public string NumberAndCode(DocumentKind kind) =>
        $"{(Number is { } n ? VietnameseFormat.PaddedCount(n) : "      ")}-{kind.TypeCode()}/{VietnameseText.Clean(IssuerCode)}";

    /// <summary>Nơi nhận lines: "- X," each, the last "- X.".</summary>
    public IReadOnlyList<string> CopyToLines()
    {
        var items = CopyTo.Select(i => VietnameseText.Clean(i).TrimStart('-', ' ').TrimEnd(',', '.', ';')).Where(i => i.Length > 0).ToList();
        return items.Select((item, i) => $"- {item}{(i == items.Count - 1 ? "." : ",")}").ToList();
    }

    /// <summary>Checks the meta for a kind: findings (errors refuse generation), never exceptions.</summary>
    public IReadOnlyList<Finding> Validate(DocumentKind kind)
    {
        var findings = new List<Finding>();
        void Error(string code, string path, string message) => findings.Add(new Finding(code, Severity.Error, message, path));
        void Warn(string code, string path, string message) => findings.Add(new Finding(code, Severity.Warning, message, path));

        if (string.IsNullOrWhiteSpace(Issuer)) Error(FindingCatalogue.MetaIssuer, "meta.issuer", "Thiếu tên cơ quan ban hành (issuer).");
        if (string.IsNullOrWhiteSpace(IssuerCode)) Error(FindingCatalogue.MetaIssuerCode, "meta.issuerCode", "Thiếu ký hiệu cơ quan ban hành (issuerCode, ví dụ \"ĐU\").");
        if (string.IsNullOrWhiteSpace(Place)) Error(FindingCatalogue.MetaPlace, "meta.place", "Thiếu địa danh (place).");
        if (Number is <= 0) Error(FindingCatalogue.MetaNumber, "meta.number", $"Số văn bản phải là số nguyên dương; nhận được {Number}.");
        if (string.IsNullOrWhiteSpace(Excerpt)) Warn(FindingCatalogue.MetaExcerpt, "meta.excerpt", "Chưa có trích yếu (excerpt).");
        if (kind is DocumentKind.CongVan or DocumentKind.CongVanDonDoc && Recipients.Count == 0)
            Error(FindingCatalogue.MetaRecipients, "meta.recipients", "Công văn phải có nơi gửi (\"Kính gửi\", recipients).");
        if (CopyTo.Count == 0) Warn(FindingCatalogue.MetaCopyTo, "meta.copyTo", "Chưa có nơi nhận (copyTo); thường kết thúc bằng \"Lưu VP\".");
        if (string.IsNullOrWhiteSpace(Signer.Name)) Warn(FindingCatalogue.MetaSignerName, "meta.signer.name", "Chưa có họ tên người ký.");
        if (string.IsNullOrWhiteSpace(Signer.Title)) Error(FindingCatalogue.MetaSignerTitle, "meta.signer.title", "Thiếu chức vụ người ký (ví dụ \"BÍ THƯ\").");
        if (Signer.Authority != SignAuthority.None && Signer.Body is not null && string.IsNullOrWhiteSpace(Signer.Body)
            || Signer.Authority == SignAuthority.Deputy && Signer.Body is null)
            Error(FindingCatalogue.MetaSignerBody, "meta.signer.body", $"Sau \"{Signer.Authority.Prefix()}\" phải ghi tên tập thể (ví dụ \"BAN THƯỜNG VỤ\").");

        var body = VietnameseText.FoldKey(Signer.Body);
        if (Signer.Authority == SignAuthority.Deputy && body is "bi thu" && !AllowDeputySecretaryKt)
            Error(FindingCatalogue.SignKtBiThu, "meta.signer.authority",
                "Văn bản của cấp ủy không ký \"K/T BÍ THƯ\": phó bí thư ký thay mặt tập thể \"T/M BAN THƯỜNG VỤ\" (hoặc \"T/M ĐẢNG ỦY\") theo Hướng dẫn 36-HD/VPTW. Nếu mẫu của địa phương yêu cầu, đặt allowDeputySecretaryKt = true.");
        if (body == "ban thuong vu" && Signer.Authority is SignAuthority.OnBehalf or SignAuthority.ByOrder && Profile(Date.Year).Level.IsCell())
            Warn(FindingCatalogue.SignBodyLevel, "meta.signer.body",
                $"{Issuer} là chi bộ, không có Ban Thường vụ: ký \"T/M CHI BỘ\" (hoặc \"T/M CHI ỦY\"); bỏ trống signer.body để theo cấp của cơ quan ban hành.");
        var title = VietnameseText.FoldKey(Signer.Title);
        if (title.StartsWith("bi thu ", StringComparison.Ordinal) || title.StartsWith("pho bi thu ", StringComparison.Ordinal) && !title.EndsWith("thuong truc", StringComparison.Ordinal))
            Warn(FindingCatalogue.SignTitleWithBody, "meta.signer.title", $"Dòng chức vụ chỉ ghi chức danh, không ghi tên cấp ủy: \"{Signer.Title}\" → \"BÍ THƯ\" hoặc \"PHÓ BÍ THƯ\".");
        return findings;
    }
}
