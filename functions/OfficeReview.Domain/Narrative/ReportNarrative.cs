using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Narrative;

/// <summary>One row of the results table by block and loại hình (counts and percentages already formatted).</summary>
internal sealed record ResultRow(string Name, bool IsGroup, string Total, string Rated, IReadOnlyList<(string Count, string Percent)> Levels);

/// <summary>The figure part of a Báo cáo / Thông báo kết quả: section III paragraphs and the results table.</summary>
internal sealed record ReportFigures(IReadOnlyList<RichParagraph> Paragraphs, IReadOnlyList<ResultRow> Table);

/// <summary>
/// Builds the figure paragraphs of REVIEW-DOMAIN §7.2 from a UnitReport (and optionally last year's): each organization
/// block separately, leadership collectives, leaders, members with the exempt groups; comparisons with the previous
/// year; and the table of results by block and loại hình. Pure: no Word, no IO.
/// </summary>
internal static class ReportNarrative
{
    private static readonly string[] s_letters = ["a", "b", "c", "d"];

    /// <summary>
    /// The figure paragraphs. <paramref name="denominator"/> is the base of the HTXS share for every block (the ruleset's
    /// quota denominator); <paramref name="details"/> adds the named HTXS and KHTNV units under "Tổ chức đảng".
    /// </summary>
    public static ReportFigures Build(UnitReport report, UnitReport? previous, int percentDecimals, bool withSectionNumbers = true,
        QuotaDenominator denominator = QuotaDenominator.Good, ReportDetails? details = null)
    {
        var units = details?.Units ?? [];
        var paragraphs = new List<RichParagraph>();
        var prevYear = previous?.Year ?? report.Year - 1;
        var section = 0;
        string Numbered(string title) => withSectionNumbers ? $"{++section}. {title}" : title;

        void Block(CountBlock block, CountBlock? prev, SubjectNouns nouns)
        {
            paragraphs.Add(RichParagraph.Text(FigureSentences.Totals(block, nouns)));
            if (FigureSentences.Levels(block, nouns, percentDecimals, denominator) is { } levels) paragraphs.Add(RichParagraph.Text(levels));
            if (FigureSentences.Comparison(block, prev, prevYear, percentDecimals) is { } cmp) paragraphs.Add(RichParagraph.Text(cmp));
        }

        if (report.Organizations is { } orgs && orgs.Present().Any() || units.Count > 0)
        {
            paragraphs.Add(RichParagraph.Heading(Numbered("Tổ chức đảng")));
            var i = 0;
            foreach (var (kind, block) in report.Organizations?.Present() ?? [])
            {
                paragraphs.Add(new RichParagraph([new RichRun($"{s_letters[i++]}) {kind.VietnameseName()}") { Italic = true, Bold = true }], ParagraphKind.Heading));
                Block(block, previous?.Organizations?.Get(kind), SubjectNouns.Organizations(kind));
            }
            paragraphs.AddRange(ReportSections.NamedUnits(units).Select(t => RichParagraph.Text(t)));
        }
        if (report.LeadershipCollectives is { } collectives)
        {
            paragraphs.Add(RichParagraph.Heading(Numbered("Tập thể lãnh đạo, quản lý")));
            Block(collectives, previous?.LeadershipCollectives, SubjectNouns.LeadershipCollectives);
        }
        if (report.Members is { } members)
        {
            paragraphs.Add(RichParagraph.Heading(Numbered("Đảng viên")));
            var owner = report.Unit.Kind is UnitKind.BaseCell or UnitKind.SubordinateCell ? "chi bộ" : "đảng bộ";
            paragraphs.Add(RichParagraph.Text(FigureSentences.MemberTotals(members, owner)));
            if (FigureSentences.MemberLevels(members, percentDecimals, denominator) is { } levels) paragraphs.Add(RichParagraph.Text(levels));
            if (FigureSentences.Comparison(members, previous?.Members, prevYear, percentDecimals) is { } cmp) paragraphs.Add(RichParagraph.Text(cmp));
        }
        if (report.Leaders is { } leaders)
        {
            paragraphs.Add(RichParagraph.Heading(Numbered("Cán bộ lãnh đạo, quản lý")));
            Block(leaders, previous?.Leaders, SubjectNouns.Leaders);
        }
        return new ReportFigures(paragraphs, Table(report, percentDecimals));
    }

    /// <summary>Rows: each organization block (bold) then its loại hình rows; then collectives, leaders, members.</summary>
    public static IReadOnlyList<ResultRow> Table(UnitReport report, int decimals)
    {
        var rows = new List<ResultRow>();
        var roman = new[] { "I", "II", "III", "IV", "V", "VI", "VII" };
        var r = 0;
        if (report.Organizations is { } orgs)
            foreach (var (kind, block) in orgs.Present())
            {
                rows.Add(Row($"{roman[r++]}. {kind.VietnameseName()}", true, block, decimals));
                foreach (var cat in block.ByCategory ?? [])
                    rows.Add(Row($"- {UnitCategories.FromSlug(cat.Category)?.Name ?? cat.Category}", false, cat, decimals));
            }
        if (report.LeadershipCollectives is { } c) rows.Add(Row($"{roman[r++]}. Tập thể lãnh đạo, quản lý", true, c, decimals));
        if (report.Leaders is { } l) rows.Add(Row($"{roman[r++]}. Cán bộ lãnh đạo, quản lý", true, l, decimals));
        if (report.Members is { } m) rows.Add(Row($"{roman[r++]}. Đảng viên", true, m, decimals));
        return rows;
    }

    private static ResultRow Row(string name, bool group, CountBlock block, int decimals)
    {
        var rated = block.EffectiveRated;
        string Count(long? v) => v is { } x ? VietnameseFormat.Count(x) : "";
        string Percent(long? v) => v is { } x && rated is > 0 ? VietnameseFormat.Decimal(VietnameseFormat.Ratio(x, rated.Value, decimals)!.Value, decimals) : "";
        return new ResultRow(name, group, Count(block.Total), Count(rated),
            RatingLevels.All.Select(level => (Count(block.Get(level)), Percent(block.Get(level)))).ToList());
    }
}
