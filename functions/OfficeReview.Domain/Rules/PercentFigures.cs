using OfficeReview.Domain.Formatting;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// How a stated percentage is judged, shared by the workbook rule (<see cref="StatedPercentRule"/>) and the narrative
/// report checker: a figure is right when it is the correct rounding (half away from zero) of part ÷ whole at the
/// precision it is written with, capped at the ruleset's precision ("19%" is checked to whole percents, "19,05%" to two
/// decimals).
/// </summary>
internal static class PercentFigures
{
    /// <summary>The decimals a stated figure is checked at: the decimals it is written with, at most <paramref name="precision"/>.</summary>
    public static int Decimals(decimal stated, int precision) => Math.Min(stated.Scale, precision);

    /// <summary>The stated figure rounded to the decimals it is checked at.</summary>
    public static decimal Shown(decimal stated, int precision) =>
        Math.Round(stated, Decimals(stated, precision), MidpointRounding.AwayFromZero);

    /// <summary>part ÷ whole in percent, rounded to <paramref name="decimals"/>; 0 when the whole is 0.</summary>
    public static decimal Expected(long part, long whole, int decimals) => VietnameseFormat.Ratio(part, whole, decimals) ?? 0;

    /// <summary>True when <paramref name="stated"/> is the correct rounding of part ÷ whole (whole &gt; 0).</summary>
    public static bool Matches(long part, long whole, decimal stated, int precision) =>
        whole > 0 && Expected(part, whole, Decimals(stated, precision)) == Shown(stated, precision);

    /// <summary>A figure formatted the way it is checked: (19.05, 1) → "19,1%".</summary>
    public static string Format(decimal value, int decimals) => VietnameseFormat.Percent(value, decimals);
}
