using System.Text;
using System.Xml;
using OfficeReview.Domain.Formatting;

namespace OfficeReview.OpenXml.Input;

/// <summary>
/// XML from outside, read under <see cref="InputLimits"/>: no DTD, no resolver, the encoding checked before reading
/// (valid UTF-8, or UTF-16 — with its byte order mark, or without one when the part starts with "&lt;" as XML does —;
/// another declared encoding or invalid UTF-8 is an error naming the part, never read as empty), and while reading:
/// depth, element count, attribute and text length. Streaming only: nothing is built into a tree, so nesting cannot exhaust the stack.
/// </summary>
internal static class BoundedXml
{
    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CheckCharacters = true,
        CloseInput = true,
        MaxCharactersFromEntities = 0,
    };

    /// <summary>A reader over one part; <paramref name="fail"/> makes the exceptions (default <see cref="InputException"/>).</summary>
    /// <remarks>
    /// With <paramref name="translateXmlErrors"/> false, a malformed part throws the framework's <see cref="XmlException"/>
    /// (for a caller that names the sheet, line and position itself); the bounds always throw through <paramref name="fail"/>.
    /// </remarks>
    public static XmlReader Create(byte[] bytes, string fileName, string partName, InputLimits? limits = null, XmlNameTable? names = null,
        InputFailure? fail = null, bool translateXmlErrors = true)
    {
        limits ??= InputLimits.Default;
        fail ??= (code, detail) => new InputException(code, fileName, detail);
        // U+FFFE/U+FFFF are refused by the framework's reader too (as an XmlException) when errors are not translated.
        CheckEncoding(bytes, partName, fail, nonCharacters: translateXmlErrors);
        var settings = s_settings.Clone();
        settings.MaxCharactersInDocument = Math.Max(bytes.LongLength, 1) * 2 + 1024;
        if (names is not null) settings.NameTable = names;
        var inner = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
        return new BoundedXmlReader(inner, partName, limits, fail, translateXmlErrors);
    }

    /// <summary>The UTF-16 byte order of a part (true: little endian), with or without its BOM; null when it is not UTF-16.</summary>
    public static bool? Utf16(ReadOnlySpan<byte> b)
    {
        if (b.Length < 2) return null;
        if ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == (byte)'<' && b[1] == 0)) return true;
        if ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0 && b[1] == (byte)'<')) return false;
        return null;
    }

    /// <summary>
    /// Throws (through <paramref name="fail"/>) unless the part is valid UTF-8 (with or without BOM) declaring no other
    /// encoding, or UTF-16 (recognised by its BOM or by "&lt;" as its first character); with
    /// <paramref name="nonCharacters"/>, also when UTF-8 text holds U+FFFE/U+FFFF.
    /// </summary>
    public static void CheckEncoding(ReadOnlySpan<byte> b, string partName, InputFailure fail, bool nonCharacters = true)
    {
        if (Utf16(b) is not null) return;
        var body = b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? b[3..] : b;
        if (DeclaredEncoding(body) is { } declared && !declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !declared.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            throw fail(InputCodes.XmlEncoding, $"có thành phần {partName} khai báo bảng mã \"{Short(declared)}\"; chỉ đọc UTF-8 hoặc UTF-16. Hãy mở bằng Office và lưu lại");
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            var at = FirstInvalidUtf8(body);
            throw fail(InputCodes.XmlEncoding, $"có thành phần {partName} chứa byte không hợp lệ theo UTF-8 (vị trí {VietnameseFormat.Count(at)}); tệp bị hỏng hoặc sai bảng mã");
        }
        // U+FFFE and U+FFFF are valid UTF-8 but not XML characters; a byte scanner would pass them on.
        if (!nonCharacters) return;
        if (NonCharacterAt(body) is var i and >= 0)
            throw fail(InputCodes.XmlEncoding, $"có thành phần {partName} chứa ký tự không hợp lệ U+{0xFFFE + (body[i + 2] - 0xBE):X4} (vị trí {VietnameseFormat.Count(i)}); tệp bị hỏng");
    }

    /// <summary>The byte index of the first U+FFFE or U+FFFF (EF BF BE, EF BF BF) in UTF-8 bytes; -1 when there is none.</summary>
    internal static int NonCharacterAt(ReadOnlySpan<byte> utf8)
    {
        ReadOnlySpan<byte> specials = [0xEF, 0xBF];
        for (var i = utf8.IndexOf(specials); i >= 0 && i + 2 < utf8.Length;)
        {
            if (utf8[i + 2] is 0xBE or 0xBF) return i;
            var next = utf8[(i + 2)..].IndexOf(specials);
            i = next < 0 ? -1 : i + 2 + next;
        }
        return -1;
    }

    /// <summary>
    /// Checks the shape of a UTF-8 part without parsing it, for readers that scan bytes: element depth, element count,
    /// attributes per element and attribute length (comments, CDATA and processing instructions skipped). Linear.
    /// Malformed markup is left to the reader; only the bounds throw (through <paramref name="fail"/>).
    /// </summary>
    public static void CheckShape(ReadOnlySpan<byte> b, string partName, InputLimits limits, InputFailure fail)
    {
        var depth = 0;
        long elements = 0;
        var i = 0;
        while (true)
        {
            var lt = b[i..].IndexOf((byte)'<');
            if (lt < 0) return;
            i += lt + 1;
            if (i >= b.Length) return;
            var c = b[i];
            if (c == (byte)'/')
            {
                depth--;
                var gt = b[i..].IndexOf((byte)'>');
                if (gt < 0) return;
                i += gt + 1;
                continue;
            }
            if (c is (byte)'?' or (byte)'!')
            {
                ReadOnlySpan<byte> end = b[i..].StartsWith("![CDATA["u8) ? "]]>"u8 : b[i..].StartsWith("!--"u8) ? "-->"u8 : ">"u8;
                var close = b[i..].IndexOf(end);
                if (close < 0) return;
                i += close + end.Length;
                continue;
            }
            if (++elements > limits.MaxXmlElements)
                throw fail(InputCodes.XmlTooManyElements, $"có thành phần {partName} với hơn {limits.Describe(nameof(InputLimits.MaxXmlElements))}");
            if (++depth > limits.MaxXmlDepth)
                throw fail(InputCodes.XmlTooDeep, $"có thành phần {partName} lồng sâu hơn {limits.Describe(nameof(InputLimits.MaxXmlDepth))}");
            // The tag up to its '>', skipping quoted values (which may hold '>').
            var attributes = 0;
            while (i < b.Length && b[i] != (byte)'>')
            {
                var q = b[i];
                if (q is (byte)'"' or (byte)'\'')
                {
                    var closeQuote = b[(i + 1)..].IndexOf(q);
                    if (closeQuote < 0) return;
                    if (closeQuote > limits.MaxAttributeLength)
                        throw fail(InputCodes.XmlAttributeTooLong, $"có thành phần {partName} với một thuộc tính dài hơn {limits.Describe(nameof(InputLimits.MaxAttributeLength))}");
                    if (++attributes > limits.MaxAttributes)
                        throw fail(InputCodes.XmlTooManyAttributes, $"có thành phần {partName} với một phần tử có hơn {limits.Describe(nameof(InputLimits.MaxAttributes))}");
                    i += closeQuote + 2;
                    continue;
                }
                i++;
            }
            if (i < b.Length && b[i - 1] == (byte)'/') depth--;
            i++;
            if (i >= b.Length) return;
        }
    }

    private static string? DeclaredEncoding(ReadOnlySpan<byte> b)
    {
        if (!b.StartsWith("<?xml"u8)) return null;
        var end = b.IndexOf("?>"u8);
        if (end < 0) return null;
        return EncodingIn(Encoding.ASCII.GetString(b[..Math.Min(end, 512)]));
    }

    /// <summary>The encoding named in an XML declaration ("&lt;?xml version='1.0' encoding='UTF-8'"), or null.</summary>
    internal static string? EncodingIn(string declaration)
    {
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = declaration[(at + 8)..].TrimStart().TrimStart('=').TrimStart();
        if (rest.Length == 0 || rest[0] is not ('"' or '\'')) return null;
        var close = rest.IndexOf(rest[0], 1);
        return close < 0 ? null : rest[1..close];
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> b)
    {
        // Walk in chunks: cheap enough for an error path.
        var offset = 0;
        var buffer = new char[4096];
        while (offset < b.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(b[offset..], buffer, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData) return offset + consumed;
            if (status == System.Buffers.OperationStatus.Done) return b.Length;
            offset += consumed;
            if (consumed == 0) return offset;
        }
        return offset;
    }

    private static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;

    /// <summary>Delegates to the framework's reader, checking the bounds on every node it moves to.</summary>
    private sealed class BoundedXmlReader(XmlReader inner, string partName, InputLimits limits, InputFailure fail, bool translate) : XmlReader
    {
        private long _elements;

        public override bool Read()
        {
            bool more;
            try
            {
                more = inner.Read();
            }
            catch (XmlException e) when (translate)
            {
                throw Translate(e);
            }
            if (more) Check();
            return more;
        }

        private Exception Translate(XmlException e) =>
            e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? fail(InputCodes.XmlDtd, $"có thành phần {partName} chứa khai báo DTD; vì an toàn phần mềm không đọc tệp này")
                : fail(InputCodes.XmlBroken, $"có thành phần {partName} không phải XML hợp lệ (dòng {e.LineNumber}, vị trí {e.LinePosition}: {Short160(e.Message)})");

        private static string Short160(string s) => s.Length > 160 ? s[..160] + "…" : s;

        private void Check()
        {
            switch (inner.NodeType)
            {
                case XmlNodeType.Element:
                    if (++_elements > limits.MaxXmlElements)
                        throw fail(InputCodes.XmlTooManyElements, $"có thành phần {partName} với hơn {limits.Describe(nameof(InputLimits.MaxXmlElements))}");
                    if (inner.Depth >= limits.MaxXmlDepth)
                        throw fail(InputCodes.XmlTooDeep, $"có thành phần {partName} lồng sâu hơn {limits.Describe(nameof(InputLimits.MaxXmlDepth))}");
                    if (inner.HasAttributes)
                    {
                        if (inner.AttributeCount > limits.MaxAttributes)
                            throw fail(InputCodes.XmlTooManyAttributes, $"có thành phần {partName} với một phần tử có hơn {limits.Describe(nameof(InputLimits.MaxAttributes))}");
                        for (var i = 0; i < inner.AttributeCount; i++)
                            if (inner.GetAttribute(i).Length > limits.MaxAttributeLength)
                                throw fail(InputCodes.XmlAttributeTooLong, $"có thành phần {partName} với một thuộc tính dài hơn {limits.Describe(nameof(InputLimits.MaxAttributeLength))}");
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inner.Value.Length > limits.MaxTextLength)
                        throw fail(InputCodes.XmlTextTooLong, $"có thành phần {partName} với một đoạn văn bản dài hơn {limits.Describe(nameof(InputLimits.MaxTextLength))}");
                    break;
            }
        }

        // Everything below only forwards to the framework's reader.
        public override XmlNodeType NodeType => inner.NodeType;
        public override string LocalName => inner.LocalName;
        public override string NamespaceURI => inner.NamespaceURI;
        public override string Prefix => inner.Prefix;
        public override string Name => inner.Name;
        public override string Value => inner.Value;
        public override bool HasValue => inner.HasValue;
        public override int Depth => inner.Depth;
        public override string BaseURI => inner.BaseURI;
        public override bool IsEmptyElement => inner.IsEmptyElement;
        public override bool IsDefault => inner.IsDefault;
        public override int AttributeCount => inner.AttributeCount;
        public override bool EOF => inner.EOF;
        public override ReadState ReadState => inner.ReadState;
        public override XmlNameTable NameTable => inner.NameTable;
        public override XmlSpace XmlSpace => inner.XmlSpace;
        public override string XmlLang => inner.XmlLang;
        public override string? GetAttribute(string name) => inner.GetAttribute(name);
        public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
        public override string GetAttribute(int i) => inner.GetAttribute(i);
        public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
        public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
        public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);
        public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
        public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
        public override bool MoveToElement() => inner.MoveToElement();
        public override bool ReadAttributeValue() => inner.ReadAttributeValue();
        public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
        public override void ResolveEntity() => inner.ResolveEntity();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
