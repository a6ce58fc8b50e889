using System.Globalization;
using System.Text;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>
/// A byte-level scanner for the two big parts of a workbook (worksheets and the shared strings) in the shapes that
/// spreadsheet producers write: UTF-8, elements with or without a namespace prefix, entities, comments. Anything else
/// (CDATA, a DOCTYPE, another encoding) makes it give up, and the part is read again with XmlReader (which refuses a
/// DTD). Several times faster than XmlReader because it only looks at the few elements a cell can contain.
/// </summary>
internal static class FastXml
{
    /// <summary>One tag: its local name span, whether it closes (&lt;/x&gt;) or is empty (&lt;x/&gt;), attributes range.</summary>
    internal ref struct Tag
    {
        public ReadOnlySpan<byte> Name;
        public bool End;
        public bool Empty;
        public int AttrStart;
        public int AttrEnd;
    }

    /// <summary>Advances to the next tag starting at or after <paramref name="pos"/>; false at the end or when the input needs XmlReader.</summary>
    private static readonly System.Buffers.SearchValues<byte> s_nameEnd = System.Buffers.SearchValues.Create(" \t\r\n/>"u8);

    internal static bool NextTag(byte[] b, ref int pos, out Tag tag, out bool unsupported)
    {
        tag = default;
        unsupported = false;
        while (true)
        {
            var lt = b.AsSpan(pos).IndexOf((byte)'<');
            if (lt < 0) { pos = b.Length; return false; }
            var i = pos + lt;
            if (i + 1 >= b.Length) { pos = b.Length; return false; }
            var c = b[i + 1];
            if (c == (byte)'?')
            {
                var end = b.AsSpan(i).IndexOf("?>"u8);
                if (end < 0) { unsupported = true; return false; }
                var decl = b.AsSpan(i, end);
                var enc = decl.IndexOf("encoding"u8);
                if (enc >= 0)
                {
                    var rest = decl[(enc + 8)..];
                    var q = rest.IndexOfAny((byte)'"', (byte)'\'');
                    if (q < 0 || !Ascii.EqualsIgnoreCase(rest.Slice(q + 1, Math.Min(5, rest.Length - q - 1)), "utf-8"u8)) { unsupported = true; return false; }
                }
                pos = i + end + 2;
                continue;
            }
            if (c == (byte)'!')
            {
                if (b.AsSpan(i).StartsWith("<!--"u8))
                {
                    var end = b.AsSpan(i + 4).IndexOf("-->"u8);
                    if (end < 0) { unsupported = true; return false; }
                    pos = i + 4 + end + 3;
                    continue;
                }
                unsupported = true; // CDATA or DOCTYPE
                return false;
            }
            var p = i + 1;
            if (c == (byte)'/') { tag.End = true; p++; }
            var nameStart = p;
            var nameLength = b.AsSpan(p).IndexOfAny(s_nameEnd);
            if (nameLength < 0) { unsupported = true; return false; }
            p += nameLength;
            var name = b.AsSpan(nameStart, nameLength);
            var colon = name.IndexOf((byte)':');
            tag.Name = colon >= 0 ? name[(colon + 1)..] : name;
            tag.AttrStart = p;
            // Find the closing '>' outside quoted attribute values (vectorized search, quotes skipped whole).
            while (true)
            {
                var k = b.AsSpan(p).IndexOfAny((byte)'>', (byte)'"', (byte)'\'');
                if (k < 0) { unsupported = true; return false; }
                p += k;
                if (b[p] == (byte)'>') break;
                var close = b.AsSpan(p + 1).IndexOf(b[p]);
                if (close < 0) { unsupported = true; return false; }
                p += close + 2;
            }
            tag.Empty = b[p - 1] == (byte)'/';
            tag.AttrEnd = tag.Empty ? p - 1 : p;
            pos = p + 1;
            return true;
        }
    }

    /// <summary>The value of attribute <paramref name="local"/> (prefix ignored), or an empty span with false.</summary>
    internal static bool Attribute(byte[] b, in Tag tag, ReadOnlySpan<byte> local, out ReadOnlySpan<byte> value)
    {
        value = default;
        var p = tag.AttrStart;
        while (p < tag.AttrEnd)
        {
            while (p < tag.AttrEnd && b[p] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') p++;
            var ns = p;
            while (p < tag.AttrEnd && b[p] is not ((byte)'=' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) p++;
            var name = b.AsSpan(ns, p - ns);
            while (p < tag.AttrEnd && b[p] != (byte)'=') p++;
            p++;
            while (p < tag.AttrEnd && b[p] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') p++;
            if (p >= tag.AttrEnd) return false;
            var q = b[p];
            if (q is not ((byte)'"' or (byte)'\'')) return false;
            var vs = p + 1;
            var ve = b.AsSpan(vs, tag.AttrEnd - vs).IndexOf(q);
            if (ve < 0) return false;
            var colon = name.IndexOf((byte)':');
            if ((colon >= 0 ? name[(colon + 1)..] : name).SequenceEqual(local)) { value = b.AsSpan(vs, ve); return true; }
            p = vs + ve + 1;
        }
        return false;
    }

    /// <summary>The text from <paramref name="pos"/> to the next '&lt;', entities decoded.</summary>
    internal static string Text(byte[] b, ref int pos)
    {
        var end = b.AsSpan(pos).IndexOf((byte)'<');
        if (end < 0) end = b.Length - pos;
        var span = b.AsSpan(pos, end);
        pos += end;
        if (span.Length == 0) return "";
        if (span.Length <= 12 && Ascii.IsValid(span) && span.IndexOf((byte)'&') < 0)
            return Small(span);
        var text = Encoding.UTF8.GetString(span);
        return text.Contains('&') ? Decode(text) : text;
    }

    // Short ASCII values (numbers, shared string indexes) repeat a lot: intern the very short ones.
    private static readonly string?[] s_small = new string?[1000];

    private static string Small(ReadOnlySpan<byte> span)
    {
        if (span.Length <= 3 && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < s_small.Length && span[0] != (byte)'0' | span.Length == 1)
            return s_small[n] ??= n.ToString(CultureInfo.InvariantCulture);
        return Encoding.ASCII.GetString(span);
    }

    private static string Decode(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch != '&') { sb.Append(ch); continue; }
            var semi = text.IndexOf(';', i);
            if (semi < 0) { sb.Append(ch); continue; }
            var entity = text.AsSpan(i + 1, semi - i - 1);
            if (entity.SequenceEqual("amp")) sb.Append('&');
            else if (entity.SequenceEqual("lt")) sb.Append('<');
            else if (entity.SequenceEqual("gt")) sb.Append('>');
            else if (entity.SequenceEqual("quot")) sb.Append('"');
            else if (entity.SequenceEqual("apos")) sb.Append('\'');
            else if (entity.Length > 1 && entity[0] == '#' &&
                     (entity[1] is 'x' or 'X'
                         ? int.TryParse(entity[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                         : int.TryParse(entity[1..], NumberStyles.None, CultureInfo.InvariantCulture, out code)) &&
                     code is >= 0 and <= 0x10FFFF)
                sb.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
            else { sb.Append(text, i, semi - i + 1); }
            i = semi;
        }
        return sb.ToString();
    }

    internal static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> what) => name.SequenceEqual(what);

    /// <summary>Reads sharedStrings.xml; null when the part needs XmlReader.</summary>
    public static string[]? TryReadSharedStrings(byte[] b)
    {
        if (b.Length >= 2 && (b[0] == 0xFF || b[0] == 0xFE)) return null;
        var list = new List<string>();
        var pos = 0;
        StringBuilder? sb = null;
        string? single = null;
        var inSi = false;
        var phonetic = false;
        while (NextTag(b, ref pos, out var tag, out var unsupported))
        {
            if (Is(tag.Name, "si"u8))
            {
                if (!tag.End) { inSi = true; single = null; sb = null; if (tag.Empty) { list.Add(""); inSi = false; } }
                else { list.Add(sb?.ToString() ?? single ?? ""); inSi = false; }
            }
            else if (Is(tag.Name, "rPh"u8)) phonetic = !tag.End && !tag.Empty;
            else if (Is(tag.Name, "t"u8) && !tag.End && inSi && !phonetic)
            {
                var text = tag.Empty ? "" : Text(b, ref pos);
                if (single is null && sb is null) single = text;
                else { sb ??= new StringBuilder(single); sb.Append(text); }
            }
            _ = unsupported;
        }
        // NextTag returns false at the end or on something unsupported; tell them apart.
        return pos >= b.Length ? [.. list] : null;
    }

    /// <summary>Sheets (name, relationship id) and workbook-level defined names of workbook.xml; false when it needs XmlReader.</summary>
    public static bool TryReadWorkbook(byte[] b, List<(string Name, string Rid)> sheets, List<(string Name, string Text)> names)
    {
        if (b.Length >= 2 && (b[0] == 0xFF || b[0] == 0xFE)) return false;
        var pos = 0;
        while (NextTag(b, ref pos, out var tag, out _))
        {
            if (tag.End) continue;
            if (Is(tag.Name, "sheet"u8))
            {
                if (Attribute(b, tag, "name"u8, out var name) && Attribute(b, tag, "id"u8, out var rid))
                    sheets.Add((AttributeText(name), AttributeText(rid)));
            }
            else if (Is(tag.Name, "definedName"u8) && !tag.Empty)
            {
                var hasName = Attribute(b, tag, "name"u8, out var name);
                var local = Attribute(b, tag, "localSheetId"u8, out _);
                var text = Text(b, ref pos);
                if (hasName && !local) names.Add((AttributeText(name), text));
            }
        }
        return pos >= b.Length;
    }

    private static string AttributeText(ReadOnlySpan<byte> value)
    {
        var text = Encoding.UTF8.GetString(value);
        return text.Contains('&') ? Decode(text) : text;
    }

    /// <summary>Parses "C12" from bytes.</summary>
    internal static bool TryParseCell(ReadOnlySpan<byte> text, out int row, out int col)
    {
        row = 0; col = 0;
        var i = 0;
        while (i < text.Length && (uint)((text[i] | 0x20) - 'a') <= 'z' - 'a')
        {
            col = col * 26 + ((text[i] | 0x20) - 'a' + 1);
            if (++i > 3) return false;
        }
        if (i == 0) return false;
        var d = i;
        while (i < text.Length && (uint)(text[i] - '0') <= 9) { row = row * 10 + (text[i] - '0'); if (++i - d > 7) return false; }
        return i == text.Length && i > d && row > 0;
    }

    internal static bool TryParseInt(ReadOnlySpan<byte> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
