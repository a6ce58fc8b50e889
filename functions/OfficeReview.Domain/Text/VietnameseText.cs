using System.Globalization;
using System.Text;

namespace OfficeReview.Domain.Text;

/// <summary>Normalization of incoming Vietnamese text.</summary>
public static class VietnameseText
{
    /// <summary>NFC, trimmed, inner white space (incl. non-breaking spaces) folded to one space.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var nfc = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var ch in nfc)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0' || ch == '\u200B')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>A comparison key: cleaned, lower case, without diacritics ("Đảng" → "dang").</summary>
    public static string FoldKey(string? text)
    {
        var clean = Clean(text);
        var decomposed = clean.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            });
        }
        return sb.ToString();
    }
}
