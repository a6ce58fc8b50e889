using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Narrative;

/// <summary>Nouns for one subject group in the figure sentences.</summary>
internal sealed record SubjectNouns(string TotalNoun, string Unit)
{
    /// <summary>Organization blocks: "Tổng số tổ chức cơ sở đảng: …"; "… 05 tổ chức, chiếm …".</summary>
    public static SubjectNouns Organizations(OrganizationBlockKind kind) => new(kind switch
    {
        OrganizationBlockKind.BaseOrganizations => "tổ chức cơ sở đảng",
        OrganizationBlockKind.PartialCommittees => "đảng bộ bộ phận",
        OrganizationBlockKind.SubordinateCells => "chi bộ trực thuộc",
        _ => "đảng bộ cấp trên trực tiếp cơ sở",
    }, "tổ chức");

    public static readonly SubjectNouns LeadershipCollectives = new("tập thể lãnh đạo, quản lý", "tập thể");
    public static readonly SubjectNouns Leaders = new("cán bộ lãnh đạo, quản lý", "đồng chí");
}

/// <summary>
/// The standard figure sentences of a results report (REVIEW-DOMAIN §7.2), exactly in the phrasings the report
/// checker parses (docs/documents.md lists them). Counts in text are padded ("08") but zero is "0"; percentages use ","
/// and the given number of decimals, a zero share is "0%"; every number goes through <see cref="VietnameseFormat"/>.
/// The HTXS share is stated against one base for organizations and members alike: the ruleset's quota denominator
/// (HTT, or HTT + HTXS when the campaign chose "trở lên").
/// </summary>
internal static class FigureSentences
{
    private static string N(long v) => VietnameseFormat.PaddedCount(v);

    private static string P(long part, long whole, int decimals) =>
        part == 0 ? "0%" : VietnameseFormat.Decimal(VietnameseFormat.Ratio(part, whole, decimals) ?? 0m, decimals) + "%";

    /// <summary>The base of the HTXS share: "hoàn thành tốt nhiệm vụ" or "hoàn thành tốt nhiệm vụ trở lên".</summary>
    private static (long Whole, string Words) Base(long excellent, long good, QuotaDenominator denominator) => denominator == QuotaDenominator.Good
        ? (good, "hoàn thành tốt nhiệm vụ")
        : (good + excellent, "hoàn thành tốt nhiệm vụ trở lên");

    /// <summary>"Tổng số tổ chức cơ sở đảng: 25; số được đánh giá, xếp loại: 24/25 (chưa đánh giá 01)."</summary>
    public static string Totals(CountBlock block, SubjectNouns nouns)
    {
        var total = block.Total ?? block.EffectiveRated ?? 0;
        var rated = block.EffectiveRated ?? 0;
        var text = $"Tổng số {nouns.TotalNoun}: {N(total)}; số được đánh giá, xếp loại: {N(rated)}/{N(total)}";
        if (block.NotRated is > 0 and var c) text += $" (chưa đánh giá {N(c)})";
        return text + ".";
    }

    /// <summary>
    /// "Trong đó: Hoàn thành xuất sắc nhiệm vụ 05 tổ chức, chiếm 20,83% so với tổng số tổ chức được đánh giá, xếp loại
    /// (bằng 31,25% so với số tổ chức được xếp loại hoàn thành tốt nhiệm vụ); Hoàn thành tốt nhiệm vụ 16, chiếm 66,67%;
    /// Hoàn thành nhiệm vụ 03, chiếm 12,50%; Không hoàn thành nhiệm vụ 0, chiếm 0%." Null when nothing was rated.
    /// The "(bằng …)" part uses <paramref name="denominator"/> and is left out when there is no HTXS or no base.
    /// </summary>
    public static string? Levels(CountBlock block, SubjectNouns nouns, int decimals, QuotaDenominator denominator = QuotaDenominator.Good)
    {
        var d = block.EffectiveRated ?? 0;
        if (d <= 0 || block.LevelSum is null) return null;
        long a = block.Excellent ?? 0, b = block.Good ?? 0, c = block.Complete ?? 0, k = block.NotComplete ?? 0;
        var text = $"Trong đó: Hoàn thành xuất sắc nhiệm vụ {N(a)} {nouns.Unit}, chiếm {P(a, d, decimals)} so với tổng số {nouns.Unit} được đánh giá, xếp loại";
        var (whole, words) = Base(a, b, denominator);
        if (a > 0 && whole > 0) text += $" (bằng {P(a, whole, decimals)} so với số {nouns.Unit} được xếp loại {words})";
        text += $"; Hoàn thành tốt nhiệm vụ {N(b)}, chiếm {P(b, d, decimals)}";
        text += $"; Hoàn thành nhiệm vụ {N(c)}, chiếm {P(c, d, decimals)}";
        text += $"; Không hoàn thành nhiệm vụ {N(k)}, chiếm {P(k, d, decimals)}.";
        return text;
    }

    /// <summary>
    /// "Tổng số đảng viên của đảng bộ: 1.250; đảng viên thuộc diện không đánh giá: 12 (miễn công tác và sinh hoạt đảng 08,
    /// đình chỉ sinh hoạt đảng 01, mới kết nạp chưa đủ 6 tháng 03); số đảng viên tham gia đánh giá, xếp loại: 1.238."
    /// </summary>
    public static string MemberTotals(MemberBlock block, string ownerNoun)
    {
        var exempt = block.Exempt ?? new ExemptCounts();
        var rated = block.EffectiveRated ?? 0;
        var text = $"Tổng số đảng viên của {ownerNoun}: {N(block.Total ?? 0)}; đảng viên thuộc diện không đánh giá: {N(exempt.Sum)} " +
                   $"(miễn công tác và sinh hoạt đảng {N(exempt.Excused ?? 0)}, đình chỉ sinh hoạt đảng {N(exempt.Suspended ?? 0)}, " +
                   $"mới kết nạp chưa đủ 6 tháng {N(exempt.NewlyAdmitted ?? 0)}); số đảng viên tham gia đánh giá, xếp loại: {N(rated)}.";
        if (block.NotRated is > 0 and var c) text += $" Số đảng viên chưa đánh giá, xếp loại: {N(c)}.";
        return text;
    }

    /// <summary>
    /// "Kết quả: Hoàn thành xuất sắc nhiệm vụ 160 đồng chí, chiếm 12,92% so với tổng số đảng viên tham gia đánh giá và
    /// 14,65% so với tổng số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; Hoàn thành tốt nhiệm vụ 932 đồng chí,
    /// chiếm 75,28%; Hoàn thành nhiệm vụ 140 đồng chí, chiếm 11,31%; Không hoàn thành nhiệm vụ 06 đồng chí, chiếm 0,48%
    /// (trong đó 02 đồng chí bị kỷ luật trong năm)." — with <see cref="QuotaDenominator.GoodAndExcellent"/>; with
    /// <see cref="QuotaDenominator.Good"/> (the default, as the organizations' sentence) "… và 17,17% so với tổng số đảng
    /// viên được xếp loại hoàn thành tốt nhiệm vụ".
    /// </summary>
    public static string? MemberLevels(MemberBlock block, int decimals, QuotaDenominator denominator = QuotaDenominator.Good)
    {
        var d = block.EffectiveRated ?? 0;
        if (d <= 0 || block.LevelSum is null) return null;
        long a = block.Excellent ?? 0, b = block.Good ?? 0, c = block.Complete ?? 0, k = block.NotComplete ?? 0;
        var text = $"Kết quả: Hoàn thành xuất sắc nhiệm vụ {N(a)} đồng chí, chiếm {P(a, d, decimals)} so với tổng số đảng viên tham gia đánh giá";
        var (whole, words) = Base(a, b, denominator);
        if (a > 0 && whole > 0) text += $" và {P(a, whole, decimals)} so với tổng số đảng viên được xếp loại {words}";
        text += $"; Hoàn thành tốt nhiệm vụ {N(b)} đồng chí, chiếm {P(b, d, decimals)}";
        text += $"; Hoàn thành nhiệm vụ {N(c)} đồng chí, chiếm {P(c, d, decimals)}";
        text += $"; Không hoàn thành nhiệm vụ {N(k)} đồng chí, chiếm {P(k, d, decimals)}";
        if (block.DisciplinedInYear is { } disciplined) text += $" (trong đó {N(disciplined)} đồng chí bị kỷ luật trong năm)";
        return text + ".";
    }

    /// <summary>
    /// "So với năm 2024, tỷ lệ hoàn thành xuất sắc nhiệm vụ tăng 1,25%; tỷ lệ hoàn thành tốt nhiệm vụ giảm 0,50%;
    /// tỷ lệ hoàn thành nhiệm vụ không thay đổi; tỷ lệ không hoàn thành nhiệm vụ giảm 0,75%." ("So với năm 2024, tỷ lệ
    /// các mức xếp loại không thay đổi." when nothing moved.) The change is the
    /// difference of the displayed (rounded) percentages, in percentage points. Null when either year rated nobody.
    /// </summary>
    public static string? Comparison(CountBlock current, CountBlock? previous, int previousYear, int decimals)
    {
        if (previous is null) return null;
        var d = current.EffectiveRated ?? 0;
        var pd = previous.EffectiveRated ?? 0;
        if (d <= 0 || pd <= 0 || current.LevelSum is null || previous.LevelSum is null) return null;
        var parts = new List<string>();
        var changed = false;
        foreach (var level in RatingLevels.All)
        {
            var now = VietnameseFormat.Ratio(current.Get(level) ?? 0, d, decimals)!.Value;
            var before = VietnameseFormat.Ratio(previous.Get(level) ?? 0, pd, decimals)!.Value;
            var delta = now - before;
            changed |= delta != 0;
            var name = level.VietnameseName().ToLowerInvariant();
            parts.Add(delta == 0
                ? $"tỷ lệ {name} không thay đổi"
                : $"tỷ lệ {name} {(delta > 0 ? "tăng" : "giảm")} {VietnameseFormat.Percent(Math.Abs(delta), decimals)}");
        }
        return changed
            ? $"So với năm {previousYear}, {string.Join("; ", parts)}."
            : $"So với năm {previousYear}, tỷ lệ các mức xếp loại không thay đổi.";
    }
}
