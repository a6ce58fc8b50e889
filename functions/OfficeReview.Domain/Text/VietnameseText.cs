using System.Globalization;
using System.Text;

namespace OfficeReview.Domain.Text;

/// <summary>Normalization of incoming Vietnamese text.</summary>
public static class VietnameseText
{
    /// <summary>
    /// NFC, trimmed, inner white space (incl. non-breaking spaces) folded to one space; control, bidi and other invisible
    /// format characters, noncharacters and lone surrogates removed (<see cref="SafeText.Clean"/>).
    /// </summary>
    public static string Clean(string? text) => SafeText.Clean(text);

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
