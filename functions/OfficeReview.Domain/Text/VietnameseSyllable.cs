using System.Text;

namespace OfficeReview.Domain.Text;

/// <summary>
/// Whether a word has the shape of a Vietnamese syllable: an initial consonant, a vowel nucleus of the language, a
/// final consonant, at most one tone, and after a stop (c, ch, p, t) only the sắc or nặng tone. Used to tell text typed
/// in an old encoding from Unicode; a loose test (it knows shapes, not the dictionary). Pure.
/// </summary>
internal static class VietnameseSyllable
{
    private static readonly string[] s_initials =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

    private static readonly string[] s_finals = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];

    private static readonly HashSet<string> s_nuclei = new(StringComparer.Ordinal)
    {
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ôô",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ưu", "ươ", "uy", "yê",
        "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
    };

    /// <summary>Nuclei that only stand before a final consonant ("ăn", "tiên", "muốn").</summary>
    private static readonly HashSet<string> s_needFinal = new(StringComparer.Ordinal) { "ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê" };

    private const string Letters = "abcdefghijklmnopqrstuvwxyzđăâêôơư";

    public static bool IsPlausible(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 8) return false;
        var decomposed = word.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var toneless = new StringBuilder(decomposed.Length);
        var tones = 0;
        var tone = '\0';
        foreach (var ch in decomposed)
        {
            if (ch is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') { tones++; tone = ch; continue; }
            toneless.Append(ch);
        }
        if (tones > 1) return false;
        var bare = toneless.ToString().Normalize(NormalizationForm.FormC);
        foreach (var ch in bare) if (!Letters.Contains(ch)) return false;

        foreach (var initial in s_initials)
        {
            if (!bare.StartsWith(initial, StringComparison.Ordinal)) continue;
            var rest = bare[initial.Length..];
            foreach (var final in s_finals)
            {
                if (rest.Length <= final.Length || !rest.EndsWith(final, StringComparison.Ordinal)) continue;
                var nucleus = rest[..^final.Length];
                if (!s_nuclei.Contains(nucleus)) continue;
                if (final.Length == 0 && s_needFinal.Contains(nucleus)) continue;
                if (final is "c" or "ch" or "p" or "t" && tone is not ('\u0301' or '\u0323')) continue;
                return true;
            }
        }
        return false;
    }
}
