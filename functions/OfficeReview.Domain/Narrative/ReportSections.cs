using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Narrative;

/// <summary>
/// The parts of a Báo cáo built from the data beyond the figure blocks (REVIEW-DOMAIN §7.2): the named HTXS and KHTNV
/// units, how many held their review, commendation and shortcomings. The sentences avoid the shapes the report checker
/// reads as figures unless they state the same figures (a count right before a level name is a level count), so a
/// generated report stays clean for the checker.
/// </summary>
internal static class ReportSections
{
    private static string N(long v) => VietnameseFormat.PaddedCount(v);

    /// <summary>"a, b và c".</summary>
    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " và " + names[^1],
    };

    private static string NameOf(UnitLevel u) => VietnameseText.Clean(u.Name) + (u.IsProposalOnly ? " (đề nghị)" : "");

    /// <summary>
    /// "Tổ chức đảng được xếp loại "Hoàn thành xuất sắc nhiệm vụ": Chi bộ Thôn 1, Chi bộ Thôn 3 và Đảng bộ Trường THCS Ia
    /// Grai." and the same for "Không hoàn thành nhiệm vụ" ("Không có tổ chức đảng nào …" when none); then each unit whose
    /// decided level differs from its proposal, with the reason. Empty when no unit is given.
    /// </summary>
    public static IReadOnlyList<string> NamedUnits(IReadOnlyList<UnitLevel> units)
    {
        if (units.Count == 0) return [];
        var lines = new List<string>();
        foreach (var level in new[] { RatingLevel.Excellent, RatingLevel.NotComplete })
        {
            var named = units.Where(u => u.FinalLevel == level).Select(NameOf).ToList();
            var quoted = $"\"{level.VietnameseName()}\"";
            lines.Add(named.Count > 0
                ? $"Tổ chức đảng được xếp loại {quoted}: {JoinNames(named)}."
                : $"Không có tổ chức đảng nào được xếp loại {quoted}.");
        }
        foreach (var u in units.Where(u => u.Level is { } d && u.ProposedLevel is { } p && d != p))
        {
            var reason = string.IsNullOrWhiteSpace(u.Reason) ? "" : $" ({VietnameseText.Clean(u.Reason).TrimEnd('.')})";
            lines.Add($"{VietnameseText.Clean(u.Name)} đề nghị xếp loại \"{u.ProposedLevel!.Value.VietnameseName()}\", cấp có thẩm quyền quyết định xếp loại \"{u.Level!.Value.VietnameseName()}\"{reason}.");
        }
        return lines;
    }

    /// <summary>
    /// "Có 336/336 chi bộ (100%), 12/12 tập thể lãnh đạo, quản lý (100%) và 4.336/4.371 đảng viên (99,2%) đã tiến hành
    /// kiểm điểm." Null when the data does not say.
    /// </summary>
    public static string? ReviewHeldSentence(ReviewHeld? held, int decimals)
    {
        if (held is null) return null;
        var parts = new List<string>();
        void Add(ReviewCount? c, string noun)
        {
            if (c is null || c.Total <= 0) return;
            parts.Add($"{N(c.Held)}/{N(c.Total)} {noun} ({Share(c.Held, c.Total, decimals)})");
        }
        Add(held.Organizations, string.IsNullOrWhiteSpace(held.OrganizationNoun) ? "tổ chức đảng" : VietnameseText.Clean(held.OrganizationNoun));
        Add(held.LeadershipCollectives, "tập thể lãnh đạo, quản lý");
        Add(held.Members, "đảng viên");
        return parts.Count == 0 ? null : $"Có {JoinNames(parts)} đã tiến hành kiểm điểm.";
    }

    /// <summary>A share in text: whole percentages without decimals ("100%", "0%"), others at the given precision.</summary>
    public static string Share(long part, long whole, int decimals)
    {
        var exact = VietnameseFormat.ExactRatio(part, whole) ?? 0m;
        return exact == decimal.Truncate(exact) ? VietnameseFormat.Percent(exact, 0) : VietnameseFormat.Percent(VietnameseFormat.Ratio(part, whole, decimals)!.Value, decimals);
    }

    /// <summary>
    /// Khen thưởng: the counts proposed for commendation when given, the HTXS units by name, the free text; a sentence
    /// on the HTXS members when the report has some. Empty when the data says nothing about it.
    /// </summary>
    public static IReadOnlyList<string> Commendation(UnitReport report, ReportDetails details)
    {
        var lines = new List<string>();
        var counts = new List<string>();
        if (details.CommendedOrganizations is > 0 and var o) counts.Add($"{N(o)} tổ chức đảng");
        if (details.CommendedMembers is > 0 and var m) counts.Add($"{N(m)} đảng viên");
        if (counts.Count > 0) lines.Add($"Đề nghị cấp có thẩm quyền khen thưởng: {JoinNames(counts)} tiêu biểu.");
        var excellentUnits = details.Units.Where(u => u.FinalLevel == RatingLevel.Excellent).Select(NameOf).ToList();
        if (excellentUnits.Count > 0)
            lines.Add($"Các tổ chức đảng {JoinNames(excellentUnits)} được xem xét khen thưởng theo quy định.");
        if (report.Members?.Excellent is > 0)
            lines.Add("Đảng viên được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" trong năm được xem xét khen thưởng theo quy định.");
        lines.AddRange(details.Commendation.Select(Sentence));
        return lines;
    }

    /// <summary>
    /// Hạn chế: who did not hold the review, the units and members rated KHTNV, the disciplined, units not yet rated, the
    /// free text. Empty when the data shows none.
    /// </summary>
    public static IReadOnlyList<string> Shortcomings(UnitReport report, ReportDetails details)
    {
        var lines = new List<string>();
        var held = details.ReviewHeld;
        var missed = new List<string>();
        if (held?.Organizations is { } o && o.Held < o.Total)
            missed.Add($"{N(o.Total - o.Held)} {(string.IsNullOrWhiteSpace(held.OrganizationNoun) ? "tổ chức đảng" : VietnameseText.Clean(held.OrganizationNoun))}");
        if (held?.Members is { } m && m.Held < m.Total) missed.Add($"{N(m.Total - m.Held)} đảng viên");
        if (missed.Count > 0) lines.Add($"Còn {JoinNames(missed)} chưa tiến hành kiểm điểm trong thời gian quy định.");

        var failed = details.Units.Where(u => u.FinalLevel == RatingLevel.NotComplete).Select(NameOf).ToList();
        if (failed.Count > 0) lines.Add($"Tổ chức đảng {JoinNames(failed)} không hoàn thành nhiệm vụ, cần làm rõ nguyên nhân và có biện pháp khắc phục.");
        if (report.Members?.NotComplete is > 0)
        {
            var disciplined = report.Members.DisciplinedInYear is > 0 and var d ? $" (trong đó {N(d)} đồng chí bị kỷ luật trong năm)" : "";
            lines.Add($"Vẫn còn đảng viên được xếp loại \"Không hoàn thành nhiệm vụ\"{disciplined}.");
        }
        var notRated = report.Organizations?.Present().Where(b => b.Block.NotRated is > 0).Select(b => b.Kind.VietnameseName().ToLowerInvariant()).ToList() ?? [];
        if (notRated.Count > 0) lines.Add($"Một số {JoinNames(notRated)} chưa được đánh giá, xếp loại trong năm.");
        lines.AddRange(details.Shortcomings.Select(Sentence));
        return lines;
    }

    /// <summary>Free text as a sentence: cleaned, capitalized, ending with a full stop.</summary>
    public static string Sentence(string text)
    {
        var t = VietnameseText.Clean(text).TrimStart('-', ' ', '+').TrimEnd(';', ',', ' ');
        if (t.Length == 0) return t;
        t = char.ToUpperInvariant(t[0]) + t[1..];
        return t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?') || t.EndsWith('…') ? t : t + ".";
    }
}
