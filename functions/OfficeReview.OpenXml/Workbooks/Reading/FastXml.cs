using System.Globalization;
using System.Text;

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
        public int NameStart;
        public bool End;
        public bool Empty;
        public int AttrStart;
        public int AttrEnd;
    }

    /// <summary>Advances to the next tag starting at or after <c>pos</c>; false at the end or when the input needs XmlReader.</summary>
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
            if (i + 1 >= b.Length) { unsupported = true; return false; }
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
            tag.NameStart = colon >= 0 ? nameStart + colon + 1 : nameStart;
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

    /// <summary>
    /// Thrown inside the scanner when the part is not what it handles or not well-formed (a bare or unknown entity, a
    /// character reference to a character XML forbids); the part is then read by XmlReader, which names the damage.
    /// </summary>
    internal sealed class UnsupportedException : Exception;

    private static readonly UnsupportedException s_unsupported = new();

    /// <summary>The text from <paramref name="pos"/> to the next '&lt;', entities decoded (linear; malformed → <see cref="UnsupportedException"/>).</summary>
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

    /// <summary>The longest entity the decoder looks at ("&amp;#x10FFFF;" is 10 characters): each '&amp;' costs at most this much.</summary>
    private const int MaxEntityLength = 12;

    /// <summary>
    /// Decodes the five predefined entities and character references in one pass. Each '&amp;' looks at most
    /// <see cref="MaxEntityLength"/> characters ahead, so the cost is linear whatever the input; a bare '&amp;', an unknown
    /// entity or a reference to a character XML forbids is not text but damage.
    /// </summary>
    internal static string Decode(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var amp = text.IndexOf('&', i);
            if (amp < 0) { sb.Append(text, i, text.Length - i); break; }
            sb.Append(text, i, amp - i);
            var window = text.AsSpan(amp + 1, Math.Min(MaxEntityLength, text.Length - amp - 1));
            var semi = window.IndexOf(';');
            if (semi <= 0) throw s_unsupported;
            var entity = window[..semi];
            if (entity.SequenceEqual("amp")) sb.Append('&');
            else if (entity.SequenceEqual("lt")) sb.Append('<');
            else if (entity.SequenceEqual("gt")) sb.Append('>');
            else if (entity.SequenceEqual("quot")) sb.Append('"');
            else if (entity.SequenceEqual("apos")) sb.Append('\'');
            else if (entity.Length > 1 && entity[0] == '#' &&
                     (entity[1] is 'x'
                         ? entity.Length > 2 && int.TryParse(entity[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                         : int.TryParse(entity[1..], NumberStyles.None, CultureInfo.InvariantCulture, out code)) &&
                     IsXmlChar(code))
            {
                if (code < 0x10000) sb.Append((char)code);
                else sb.Append(char.ConvertFromUtf32(code));
            }
            else throw s_unsupported;
            i = amp + 1 + semi + 1;
        }
        return sb.ToString();
    }

    /// <summary>A character XML 1.0 allows (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]).</summary>
    internal static bool IsXmlChar(int c) =>
        c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    private static readonly System.Buffers.SearchValues<byte> s_forbiddenBytes =
        System.Buffers.SearchValues.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>
    /// Whether the scanner may read the part: UTF-8 (no BOM of another encoding), no character XML forbids
    /// (control characters, U+FFFE, U+FFFF). Otherwise XmlReader reads it and reports what is wrong.
    /// </summary>
    /// <remarks>
    /// The bytes are a part as <see cref="XlsxParts.ReadBytes"/> returns it: already valid UTF-8 (checked by
    /// <see cref="Input.BoundedXml.CheckEncoding"/>, or converted from UTF-16), so the validity is not checked again here.
    /// </remarks>
    internal static bool Scannable(byte[] b)
    {
        if (b.Length >= 2 && (b[0] == 0xFF || b[0] == 0xFE || b[0] == 0x00 || b[1] == 0x00)) return false;
        if (b.AsSpan().IndexOfAny(s_forbiddenBytes) >= 0) return false;
        if (Input.BoundedXml.NonCharacterAt(b) >= 0) return false;
        return EntitiesWellFormed(b);
    }

    /// <summary>
    /// Every '&amp;' of the part (in any text or attribute, read or not) starts a well-formed entity: the five predefined
    /// ones or a reference to a character XML allows. Linear: each '&amp;' looks at most <see cref="MaxEntityLength"/> bytes ahead.
    /// </summary>
    internal static bool EntitiesWellFormed(ReadOnlySpan<byte> b)
    {
        for (var p = 0; ;)
        {
            var k = b[p..].IndexOf((byte)'&');
            if (k < 0) return true;
            p += k + 1;
            var window = b.Slice(p, Math.Min(MaxEntityLength, b.Length - p));
            var semi = window.IndexOf((byte)';');
            if (semi <= 0) return false;
            var entity = window[..semi];
            if (entity[0] == (byte)'#')
            {
                var hex = entity.Length > 1 && entity[1] == (byte)'x';
                var digits = entity[(hex ? 2 : 1)..];
                if (digits.Length == 0 || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code) || !IsXmlChar(code))
                    return false;
            }
            else if (!(entity.SequenceEqual("amp"u8) || entity.SequenceEqual("lt"u8) || entity.SequenceEqual("gt"u8) || entity.SequenceEqual("quot"u8) || entity.SequenceEqual("apos"u8)))
                return false;
            p += semi + 1;
        }
    }

    /// <summary>
    /// Tracks the open elements of a part by name so that a truncated part (ends with elements open) or mismatched
    /// end tags send the part to XmlReader instead of reading as complete.
    /// </summary>
    internal struct Nesting
    {
        private int[] _starts;
        private int[] _lengths;
        private int _depth;
        private bool _sawRoot;

        public void Push(in Tag tag)
        {
            if (tag.Empty) { if (_depth == 0) Root(); return; }
            _starts ??= new int[16];
            _lengths ??= new int[16];
            if (_depth == 0) Root();
            if (_depth == _starts.Length) { Array.Resize(ref _starts, _depth * 2); Array.Resize(ref _lengths, _depth * 2); }
            _starts[_depth] = tag.NameStart;
            _lengths[_depth] = tag.Name.Length;
            _depth++;
        }

        private void Root()
        {
            if (_sawRoot) throw s_unsupported; // a second root element
            _sawRoot = true;
        }

        public void Pop(byte[] b, in Tag tag)
        {
            if (_depth == 0) throw s_unsupported;
            _depth--;
            if (!b.AsSpan(_starts[_depth], _lengths[_depth]).SequenceEqual(tag.Name)) throw s_unsupported;
        }

        public void Visit(byte[] b, in Tag tag)
        {
            if (tag.End) Pop(b, tag);
            else Push(tag);
        }

        public readonly bool Complete => _sawRoot && _depth == 0;
    }

    internal static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> what) => name.SequenceEqual(what);

    /// <summary>
    /// Reads sharedStrings.xml; null when the part needs XmlReader. More than <paramref name="maxStrings"/> strings
    /// throws what <paramref name="tooMany"/> makes.
    /// </summary>
    public static string[]? TryReadSharedStrings(byte[] b, int maxStrings, Func<Exception> tooMany)
    {
        if (!Scannable(b)) return null;
        var list = new List<string>();
        var pos = 0;
        StringBuilder? sb = null;
        string? single = null;
        var inSi = false;
        var phonetic = false;
        var nesting = new Nesting();
        try
        {
            while (NextTag(b, ref pos, out var tag, out _))
            {
                nesting.Visit(b, tag);
                if (Is(tag.Name, "si"u8))
                {
                    if (!tag.End)
                    {
                        if (list.Count >= maxStrings) throw tooMany();
                        inSi = true; single = null; sb = null;
                        if (tag.Empty) { list.Add(""); inSi = false; }
                    }
                    else { list.Add(sb?.ToString() ?? single ?? ""); inSi = false; }
                }
                else if (Is(tag.Name, "rPh"u8)) phonetic = !tag.End && !tag.Empty;
                else if (Is(tag.Name, "t"u8) && !tag.End && inSi && !phonetic)
                {
                    var text = tag.Empty ? "" : Text(b, ref pos);
                    if (single is null && sb is null) single = text;
                    else { sb ??= new StringBuilder(single); sb.Append(text); }
                }
            }
        }
        catch (UnsupportedException) { return null; }
        // NextTag returns false at the end or on something unsupported; tell them apart.
        return pos >= b.Length && nesting.Complete ? [.. list] : null;
    }

    /// <summary>Sheets (name, relationship id) and workbook-level defined names of workbook.xml; false when it needs XmlReader.</summary>
    public static bool TryReadWorkbook(byte[] b, List<(string Name, string Rid)> sheets, List<(string Name, string Text)> names)
    {
        if (!Scannable(b)) return false;
        var pos = 0;
        var nesting = new Nesting();
        try
        {
            while (NextTag(b, ref pos, out var tag, out _))
            {
                nesting.Visit(b, tag);
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
        }
        catch (UnsupportedException) { return false; }
        return pos >= b.Length && nesting.Complete;
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
