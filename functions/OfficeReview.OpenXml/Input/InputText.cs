using System.Text;
using System.Text.Json;
using OfficeReview.Domain.Formatting;

namespace OfficeReview.OpenXml.Input;

/// <summary>
/// Text and JSON from outside: strict UTF-8 (invalid bytes are a message naming the file and the byte, never replaced
/// silently), and strings without lone surrogates or the non-characters U+FFFE/U+FFFF, which would break
/// normalization and every document they reach.
/// </summary>
public static class InputText
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of a UTF-8 file (BOM removed), or a message naming the file when it is not valid UTF-8.</summary>
    public static (string? Text, (string Code, string Message)? Problem) DecodeUtf8(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (null, (InputCodes.TextEncoding, $"Tệp {fileName} mã hóa UTF-16; hãy lưu lại dạng văn bản UTF-8."));
        string text;
        try
        {
            text = s_strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return (null, (InputCodes.TextEncoding,
                $"Tệp {fileName} không phải văn bản UTF-8 (byte không hợp lệ ở vị trí {VietnameseFormat.Count(Math.Max(0, e.Index))}; có thể là mã TCVN3/VNI hoặc tệp nhị phân); hãy lưu lại dạng UTF-8."));
        }
        if (BadCharacter(text) is { } bad)
            return (null, (InputCodes.TextEncoding, $"Tệp {fileName} chứa ký tự không hợp lệ {bad.Name} ở vị trí {VietnameseFormat.Count(bad.Index)}; hãy xóa ký tự đó rồi gửi lại."));
        return (text, null);
    }

    /// <summary>The first lone surrogate, U+FFFE/U+FFFF or NUL in <paramref name="text"/>: its index and name; null when clean.</summary>
    public static (int Index, string Name)? BadCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
                return (i, $"U+{(int)c:X4} (nửa cặp thay thế)");
            }
            if (char.IsLowSurrogate(c)) return (i, $"U+{(int)c:X4} (nửa cặp thay thế)");
            if (c is '\uFFFE' or '\uFFFF') return (i, $"U+{(int)c:X4}");
            if (c == '\0') return (i, "NUL (U+0000)");
        }
        return null;
    }

    /// <summary>
    /// A file name from outside made safe to put in messages, JSON and logs: lone surrogates, U+FFFE/U+FFFF and control
    /// characters become "_" (a name without them is returned as it is); at most 255 characters; "tệp" when empty.
    /// </summary>
    public static string CleanFileName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "tệp";
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || char.IsControl(c)) chars[i] = '_';
        }
        var clean = new string(chars);
        if (clean.Length > 255) clean = clean[..255];
        return clean;
    }

    /// <summary>
    /// Checks a JSON input before it is read: nesting within <see cref="InputLimits.MaxJsonDepth"/>, valid UTF-8, and
    /// every string and property name free of lone surrogates and U+FFFE/U+FFFF. Null when it passes; a syntax error is
    /// left to the reader (null too), which reports it in its own words.
    /// </summary>
    public static (string Code, string Message)? JsonProblem(ReadOnlyMemory<byte> utf8, string fileName, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        var span = utf8.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        if (!System.Text.Unicode.Utf8.IsValid(span))
            return DecodeUtf8(span, fileName).Problem;
        var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = limits.MaxJsonDepth + 2, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                // Checked before the reader's own bound (set one level further) can stop with an exception.
                if (reader.CurrentDepth > limits.MaxJsonDepth)
                    return (InputCodes.TooLarge, $"Tệp {fileName} có dữ liệu JSON lồng sâu hơn {limits.Describe(nameof(InputLimits.MaxJsonDepth))}.");
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)) continue;
                string? value;
                try
                {
                    value = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    return (InputCodes.TextEncoding, $"Tệp {fileName} có chuỗi JSON chứa ký tự không hợp lệ (nửa cặp thay thế) ở vị trí byte {VietnameseFormat.Count(reader.TokenStartIndex)}.");
                }
                if (value is not null && BadCharacter(value) is { } bad)
                    return (InputCodes.TextEncoding, $"Tệp {fileName} có chuỗi JSON chứa ký tự không hợp lệ {bad.Name} ở vị trí byte {VietnameseFormat.Count(reader.TokenStartIndex)}; hãy xóa ký tự đó rồi gửi lại.");
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return null;
    }
}
