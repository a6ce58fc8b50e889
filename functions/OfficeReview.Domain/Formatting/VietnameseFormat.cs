using System.Globalization;
using System.Text;

namespace OfficeReview.Domain.Formatting;

/// <summary>
/// The one place for Vietnamese number and date conventions (REVIEW-DOMAIN §8): "." groups thousands, ","
/// marks decimals, small counts are padded to two digits where documents pad, long dates pad the month only
/// for January and February. Used by the validator's messages, the workbook writer and the document composer.
/// </summary>
public static class VietnameseFormat
{
    private static readonly NumberFormatInfo s_numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    public static NumberFormatInfo NumberFormat => s_numbers;

    /// <summary>4336 → "4.336"; -1200 → "-1.200".</summary>
    public static string Count(long value) => value.ToString("#,0", s_numbers);

    /// <summary>
    /// Counts in running text and document numbers: 1–9 padded to two digits (8 → "08", "Số 05"), otherwise as
    /// <see cref="Count"/>. Zero is "0": the convention pads small counts ("03 ngày", "08 đồng chí"), "00" is not written.
    /// </summary>
    public static string PaddedCount(long value) => value is > 0 and < 10 ? value.ToString("00", s_numbers) : Count(value);

    /// <summary>A decimal with a fixed number of decimals: (1234.5, 2) → "1.234,50".</summary>
    public static string Decimal(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("#,0" + (decimals > 0 ? "." + new string('0', decimals) : string.Empty), s_numbers);
    }

    /// <summary>99.2 → "99,2%" (value already in percent).</summary>
    public static string Percent(decimal percent, int decimals) => Decimal(percent, decimals) + "%";

    /// <summary>The percentage part ÷ whole, rounded half away from zero; null when the whole is zero.</summary>
    public static decimal? Ratio(long part, long whole, int decimals) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Exact percentage part ÷ whole (not rounded); null when the whole is zero.</summary>
    public static decimal? ExactRatio(long part, long whole) => whole == 0 ? null : part * 100m / whole;

    /// <summary>"ngày 05 tháng 12 năm 2025"; "ngày 09 tháng 01 năm 2026".</summary>
    public static string LongDate(DateOnly date) =>
        $"ngày {date.Day:00} tháng {Month(date.Month)} năm {date.Year}";

    /// <summary>"Gia Lai, ngày 05 tháng 12 năm 2025" — the place and date line of a document.</summary>
    public static string PlaceAndDate(string place, DateOnly date) => $"{place}, {LongDate(date)}";

    /// <summary>"05/12/2025", "30/8/2025", "27/02/2025".</summary>
    public static string ShortDate(DateOnly date) => $"{date.Day:00}/{Month(date.Month)}/{date.Year}";

    // Months are padded only for 1 and 2 (so "tháng 01" cannot be misread as "tháng 10"/"tháng 11"/"tháng 12").
    private static string Month(int month) => month <= 2 ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number as Vietnamese users type it: "4.336" (four thousand three hundred thirty-six),
    /// "1.234.567", "19,0", "19.0", " 12 ", "1 234". A dot followed by groups of exactly three digits groups
    /// thousands; otherwise it is a decimal point. Returns null when the text is not a number.
    /// </summary>
    public static decimal? ParseNumber(string? text)
    {
        if (text is null) return null;
        var s = Clean(text);
        if (s.Length == 0) return null;
        var negative = false;
        if (s[0] is '-' or '−') { negative = true; s = s[1..]; }
        else if (s[0] == '+') s = s[1..];
        if (s.Length == 0) return null;

        var commas = s.Count(c => c == ',');
        var dots = s.Count(c => c == '.');
        string canonical;
        if (commas > 1) return null;
        if (commas == 1)
        {
            // "," is the decimal mark; any dots must be thousands groups before it.
            var parts = s.Split(',');
            if (dots > 0 && !IsGrouped(parts[0])) return null;
            canonical = parts[0].Replace(".", string.Empty) + "." + parts[1];
            if (parts[1].Length == 0 || !parts[1].All(char.IsAsciiDigit)) return null;
        }
        else if (dots == 0) canonical = s;
        else if (IsGrouped(s) && (dots > 1 || s.Split('.')[1].Length == 3)) canonical = s.Replace(".", string.Empty);
        else if (dots == 1) canonical = s;
        else return null;

        if (canonical.Length == 0 || canonical[0] == '.') return null;
        if (!canonical.All(c => char.IsAsciiDigit(c) || c == '.')) return null;
        if (!decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        return negative ? -value : value;
    }

    /// <summary>Parses a percentage as typed: "19,0%", "19.0 %", "99,2", "[tỷ lệ 99,2%]" is not accepted (use the report checker).</summary>
    public static decimal? ParsePercent(string? text)
    {
        if (text is null) return null;
        var s = Clean(text);
        if (s.EndsWith('%')) s = s[..^1];
        return ParseNumber(s);
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u202F' or '\u200B') continue;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    // "1.234.567": first group 1–3 digits, then groups of exactly 3.
    private static bool IsGrouped(string s)
    {
        var groups = s.Split('.');
        if (groups[0].Length is < 1 or > 3 || !groups[0].All(char.IsAsciiDigit)) return false;
        for (var i = 1; i < groups.Length; i++)
            if (groups[i].Length != 3 || !groups[i].All(char.IsAsciiDigit)) return false;
        return true;
    }
}
