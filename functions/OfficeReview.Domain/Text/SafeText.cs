using System.Globalization;
using System.Text;

namespace OfficeReview.Domain.Text;

/// <summary>
/// Text that reaches official documents, file names and the database: NFC, without control characters (NUL, ESC…),
/// without bidi overrides and other invisible format characters (RLO, LRI, ZWJ, BOM…), without noncharacters
/// (U+FFFE, U+FFFF…) or lone surrogates. Pure: never throws.
/// </summary>
public static class SafeText
{
    /// <summary>True for a character that must not survive into a name: control, format (bidi, joiners), noncharacter, lone surrogate half.</summary>
    public static bool IsUnsafe(char ch) =>
        char.IsControl(ch)
        || CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || ch is '\uFFFE' or '\uFFFF' || ch is >= '\uFDD0' and <= '\uFDEF';

    /// <summary>True when <paramref name="text"/> is well-formed UTF-16 without noncharacters (a string that UTF-8, XML and PostgreSQL accept).</summary>
    public static bool IsWellFormed(string? text)
    {
        if (text is null) return true;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                var cp = char.ConvertToUtf32(ch, text[i + 1]);
                if ((cp & 0xFFFE) == 0xFFFE) return false;
                i++;
                continue;
            }
            if (char.IsLowSurrogate(ch) || ch is '\uFFFE' or '\uFFFF' || ch is >= '\uFDD0' and <= '\uFDEF' || ch == '\0') return false;
        }
        return true;
    }

    /// <summary>
    /// NFC, unsafe characters removed (a tab or line break becomes a space), white space folded to one space, trimmed,
    /// and cut to <paramref name="maxLength"/> characters (never inside a surrogate pair).
    /// </summary>
    public static string Clean(string? text, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(Math.Min(text.Length, 4096));
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(ch, text[i + 1]);
                var category = CharUnicodeInfo.GetUnicodeCategory(cp);
                if ((cp & 0xFFFE) != 0xFFFE && category is not (UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned))
                {
                    if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
                    sb.Append(ch).Append(text[i + 1]);
                }
                i++;
                continue;
            }
            if (char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u200B')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (IsUnsafe(ch)) continue;
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(ch);
        }
        var nfc = sb.ToString().Normalize(NormalizationForm.FormC);
        if (nfc.Length <= maxLength) return nfc;
        var cut = maxLength;
        if (cut > 0 && char.IsHighSurrogate(nfc[cut - 1])) cut--;
        return nfc[..cut].TrimEnd();
    }

    /// <summary>
    /// A file name safe for Content-Disposition and for saving on any system: <see cref="Clean"/>, no folder part, no
    /// characters reserved by Windows or Unix (/ \ : * ? " &lt; &gt; |), no leading dots, at most
    /// <paramref name="maxLength"/> characters (the extension kept when it can be); <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string FileName(string? name, string fallback, int maxLength = 200)
    {
        var text = Clean(name);
        var slash = Math.Max(text.LastIndexOf('/'), text.LastIndexOf('\\'));
        if (slash >= 0) text = text[(slash + 1)..];
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            sb.Append(ch is ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : ch);
        var clean = sb.ToString().TrimStart('.', ' ').TrimEnd('.', ' ');
        if (clean.Length == 0) return fallback;
        if (clean.Length <= maxLength) return clean;
        var dot = clean.LastIndexOf('.');
        var ext = dot > 0 && clean.Length - dot <= 10 ? clean[dot..] : "";
        var stem = clean[..(clean.Length - ext.Length)];
        var keep = Math.Max(1, maxLength - ext.Length);
        if (char.IsHighSurrogate(stem[keep - 1])) keep--;
        return stem[..keep].TrimEnd() + ext;
    }
}
