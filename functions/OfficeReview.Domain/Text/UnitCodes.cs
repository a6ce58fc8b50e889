using System.Globalization;
using System.Text;

namespace OfficeReview.Domain.Text;

/// <summary>
/// Unit codes are identities: one code, one unit, no look-alikes. A code is NFC and trimmed, then must be made of the
/// safe set only — ASCII letters, digits, '-', '_', '.' — not "." or "..", at most <see cref="MaxLength"/> characters.
/// Two codes that differ only by letter case name the same unit. Pure: answers with a Vietnamese reason, never throws.
/// </summary>
public static class UnitCodes
{
    public const int MaxLength = 64;

    /// <summary>The code as stored (NFC, trimmed), or null with the reason it is refused.</summary>
    public static (string? Code, string? Problem) Normalize(string? text)
    {
        if (text is null) return (null, "thiếu mã đơn vị");
        var code = (IsNormalizable(text) ? text.Normalize(NormalizationForm.FormC) : text).Trim();
        if (code.Length == 0) return (null, "thiếu mã đơn vị");
        if (code.Length > MaxLength) return (null, $"mã đơn vị dài {code.Length} ký tự, vượt giới hạn {MaxLength} ký tự");
        if (code is "." or "..") return (null, $"mã đơn vị \"{code}\" không được dùng");
        foreach (var ch in code)
        {
            if (ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.') continue;
            return (null, $"mã đơn vị \"{Visible(code)}\" có ký tự {Describe(ch)}; chỉ dùng chữ cái Latin không dấu (A–Z, a–z), chữ số, '-', '_' và '.'");
        }
        return (code, null);
    }

    /// <summary>True when the code is exactly in its stored form (<see cref="Normalize"/> would accept it unchanged).</summary>
    public static bool IsValid(string? code) => Normalize(code) is ({ } c, null) && c == code;

    /// <summary>The key under which two codes are the same unit (case folded).</summary>
    public static string Key(string code) => code.ToUpperInvariant();

    /// <summary>A code shown in a message: invisible and control characters written as U+XXXX.</summary>
    public static string Visible(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Length > 80 ? text[..80] : text)
            if (SafeText.IsUnsafe(ch) || char.IsWhiteSpace(ch) && ch != ' ') sb.Append(CultureInfo.InvariantCulture, $"<U+{(int)ch:X4}>");
            else sb.Append(ch);
        return sb.ToString();
    }

    private static bool IsNormalizable(string text)
    {
        // string.Normalize throws on lone surrogates; those are refused by the character check anyway.
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }

    private static string Describe(char ch)
    {
        var hex = $"U+{(int)ch:X4}";
        if (ch is >= '\u0400' and <= '\u04FF') return $"Cyrillic {hex} (trông giống chữ Latin)";
        if (ch is >= '\u0370' and <= '\u03FF') return $"Hy Lạp {hex} (trông giống chữ Latin)";
        if (ch is '\u200D' or '\u200C' or '\u200B' or '\u2060' or '\uFEFF') return $"vô hình {hex}";
        if (ch is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F') return $"điều khiển chiều chữ {hex}";
        if (char.IsControl(ch)) return $"điều khiển {hex}";
        if (ch == '/' || ch == '\\') return $"'{ch}' (dấu phân cách thư mục)";
        if (char.IsSurrogate(ch)) return $"không hợp lệ {hex}";
        return char.IsWhiteSpace(ch) ? $"khoảng trắng {hex}" : $"'{ch}' ({hex})";
    }
}
