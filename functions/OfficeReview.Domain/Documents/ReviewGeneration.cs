using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Documents;

/// <summary>
/// What the text of a document says about the rules of the year reviewed (REVIEW-DOMAIN §1.1, HD43-RULES §4): the
/// regulation and guidance cited, the scale (the 100-point frame exists only under 366-QĐ/TW), who is not rated, and the
/// wording of the HTXS cap. Chosen by the year, like <see cref="Rulesets.ForYear"/>; the cap figures and the
/// denominator come from the ruleset parameters (with a campaign's overrides).
/// </summary>
internal sealed record ReviewGeneration
{
    /// <summary>"132", "124" or "366" (the ruleset id).</summary>
    public required string Id { get; init; }
    public required Citation Regulation { get; init; }
    public required Citation Guidance { get; init; }
    /// <summary>Short names for later mentions: "Quy định 366", "Hướng dẫn 43".</summary>
    public required string RegulationShort { get; init; }
    public required string GuidanceShort { get; init; }
    public required RulesetParameters Parameters { get; init; }

    /// <summary>The default căn cứ: the regulation and its guidance.</summary>
    public IReadOnlyList<Citation> Bases => [Regulation, Guidance];

    public bool HasPointScale => Parameters.HasScoreBands;

    /// <summary>The year's rules for a year reviewed; <paramref name="parameters"/> (e.g. a campaign's) replaces the ruleset's own.</summary>
    public static ReviewGeneration ForYear(int year, RulesetParameters? parameters = null)
    {
        var p = parameters ?? Rulesets.ForYear(year).Parameters;
        return (p.Id, year) switch
        {
            ("132", <= 2018) => new() { Id = "132", Regulation = Regulation132, Guidance = Guidance16, RegulationShort = "Quy định 132", GuidanceShort = "Hướng dẫn 16", Parameters = p },
            ("132", _) => new() { Id = "132", Regulation = Regulation132, Guidance = Guidance21, RegulationShort = "Quy định 132", GuidanceShort = "Hướng dẫn 21", Parameters = p },
            ("124", _) => new() { Id = "124", Regulation = Regulation124, Guidance = Guidance25, RegulationShort = "Quy định 124", GuidanceShort = "Hướng dẫn 25", Parameters = p },
            _ => new() { Id = "366", Regulation = Citation.Regulation366, Guidance = Citation.Guidance43, RegulationShort = "Quy định 366", GuidanceShort = "Hướng dẫn 43", Parameters = p },
        };
    }

    /// <summary>"Quy định 366 và Hướng dẫn 43".</summary>
    public string ShortPair => $"{RegulationShort} và {GuidanceShort}";

    /// <summary>
    /// How the level is reached: the 100-point frame and its bands (366); the four grades of each criterion (124); the
    /// standard frame of the four levels (132).
    /// </summary>
    public string ScaleSentence()
    {
        if (HasPointScale)
        {
            var bands = Parameters.ScoreBands;
            string Min(int i) => VietnameseFormat.Decimal(bands[i].MinScore, 0);
            var general = VietnameseFormat.Decimal(Parameters.GeneralScoreMax, 0);
            var task = VietnameseFormat.Decimal(Parameters.TaskScoreMax, 0);
            var total = VietnameseFormat.Decimal(Parameters.GeneralScoreMax + Parameters.TaskScoreMax, 0);
            return $"chấm điểm theo khung {total} điểm (nhóm tiêu chí chung {general} điểm, nhóm tiêu chí kết quả thực hiện nhiệm vụ {task} điểm): " +
                   $"từ {Min(0)} điểm trở lên là \"Hoàn thành xuất sắc nhiệm vụ\", từ {Min(1)} đến dưới {Min(0)} điểm là \"Hoàn thành tốt nhiệm vụ\", " +
                   $"từ {Min(2)} đến dưới {Min(1)} điểm là \"Hoàn thành nhiệm vụ\", dưới {Min(2)} điểm là \"Không hoàn thành nhiệm vụ\"";
        }
        return Id == "124"
            ? $"đánh giá từng tiêu chí theo các cấp độ \"Xuất sắc\", \"Tốt\", \"Trung bình\", \"Kém\" và xếp loại theo khung tiêu chuẩn các mức chất lượng của {RegulationShort}"
            : $"đánh giá theo khung tiêu chuẩn các mức chất lượng của {RegulationShort} và {GuidanceShort}";
    }

    /// <summary>The scale in a few words: "khung 100 điểm", "các cấp độ tiêu chí của Quy định 124".</summary>
    public string ScaleShort() => HasPointScale
        ? $"khung {VietnameseFormat.Decimal(Parameters.GeneralScoreMax + Parameters.TaskScoreMax, 0)} điểm"
        : Id == "124" ? $"các cấp độ tiêu chí của {RegulationShort}" : $"khung tiêu chuẩn các mức chất lượng của {RegulationShort}";

    /// <summary>The HTXS cap as the generation words it, with the ruleset's (or campaign's) percentage and denominator.</summary>
    public string CapSentence()
    {
        var cap = VietnameseFormat.Percent(Parameters.QuotaCapPercent, 0);
        var of = Parameters.QuotaDenominator == QuotaDenominator.Good
            ? "số được xếp loại \"Hoàn thành tốt nhiệm vụ\""
            : "số được xếp loại \"Hoàn thành tốt nhiệm vụ\" trở lên";
        var text = $"số được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" không vượt quá {cap} {of}";
        text += Id switch
        {
            "132" => "; đối với đảng viên, tính trong từng tổ chức cơ sở đảng",
            "124" => ", theo từng nhóm đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng",
            _ => ", theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng",
        };
        if (Parameters.QuotaExceptionCapPercent is { } raised)
            text += $"; cơ quan, tổ chức, đơn vị có thành tích nổi trội, đột phá thì cấp có thẩm quyền xem xét, quyết định tỷ lệ không vượt quá {VietnameseFormat.Percent(raised, 0)}";
        return text;
    }

    /// <summary>Who is reviewed and rated, with the exempt groups of the generation.</summary>
    public string SubjectsSentence() => Id switch
    {
        "132" when Guidance.Number.StartsWith("16", StringComparison.Ordinal) =>
            "Tập thể cấp ủy, chi ủy, tập thể lãnh đạo, quản lý; tất cả đảng viên, trừ đảng viên được miễn công tác và sinh hoạt đảng.",
        "132" =>
            "Tập thể cấp ủy, chi ủy, tập thể lãnh đạo, quản lý; tất cả đảng viên, trừ đảng viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng thì kiểm điểm nhưng không xếp loại.",
        _ =>
            "Tập thể cấp ủy, chi ủy, tập thể lãnh đạo, quản lý; tất cả đảng viên, trừ đảng viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng và đảng viên mới kết nạp chưa đủ 6 tháng.",
    };

    public static readonly Citation Regulation132 = new()
    {
        Type = "Quy định", Number = "132-QĐ/TW", Date = new DateOnly(2018, 3, 8), Issuer = "Bộ Chính trị",
        About = "kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    };

    public static readonly Citation Guidance16 = new()
    {
        Type = "Hướng dẫn", Number = "16-HD/BTCTW", Date = new DateOnly(2018, 9, 24), Issuer = "Ban Tổ chức Trung ương",
        About = "một số vấn đề cụ thể về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    };

    public static readonly Citation Guidance21 = new()
    {
        Type = "Hướng dẫn", Number = "21-HD/BTCTW", Date = new DateOnly(2019, 10, 18), Issuer = "Ban Tổ chức Trung ương",
        About = "một số vấn đề cụ thể về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    };

    public static readonly Citation Regulation124 = new()
    {
        Type = "Quy định", Number = "124-QĐ/TW", Date = new DateOnly(2023, 10, 4), Issuer = "Bộ Chính trị",
        About = "kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    };

    public static readonly Citation Guidance25 = new()
    {
        Type = "Hướng dẫn", Number = "25-HD/BTCTW", Date = new DateOnly(2023, 11, 10), Issuer = "Ban Tổ chức Trung ương",
        About = "một số vấn đề cụ thể về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    };
}
