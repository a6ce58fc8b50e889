using System.Text;

namespace OfficeReview.Domain.Text;

/// <summary>The pre-Unicode Vietnamese encodings met in old workbooks (text typed with their fonts).</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 VN3, the "ABC" fonts (.VnTime, .VnArial…): one byte per letter.</summary>
    Tcvn3,
    /// <summary>VNI Windows (VNI-Times…): a base letter followed by a byte carrying its marks.</summary>
    Vni,
}

/// <summary>What became of a text read from an old file.</summary>
public enum LegacyOutcome
{
    /// <summary>Nothing to do: ASCII, Unicode, or no legacy reading is plausible Vietnamese.</summary>
    Unchanged,
    /// <summary>Converted from <see cref="LegacyResolution.Encoding"/> to Unicode NFC.</summary>
    Converted,
    /// <summary>Both legacy readings are plausible and nothing in the document decides: left as it was.</summary>
    Ambiguous,
}

/// <summary>The decision for one text: its Unicode text, and the readings considered when it was not left alone.</summary>
public sealed record LegacyResolution(string Text, LegacyOutcome Outcome, LegacyEncoding? Encoding = null)
{
    /// <summary>The TCVN3 reading, when it was a plausible candidate.</summary>
    public string? Tcvn3Reading { get; init; }
    /// <summary>The VNI reading, when it was a plausible candidate.</summary>
    public string? VniReading { get; init; }
    /// <summary>The decision relied on the encoding the other texts of the document are in (the text alone was not enough).</summary>
    public bool DecidedByDocument { get; init; }
    /// <summary>The text as it is reads as Vietnamese too (it may be Unicode).</summary>
    public bool PlausibleAsIs { get; init; }
}

/// <summary>What the texts of a document show: text unmistakably in TCVN3, in VNI, and Unicode Vietnamese.</summary>
public readonly record struct DocumentEvidence(bool Tcvn3, bool Vni, bool Unicode)
{
    /// <summary>The one legacy encoding the document shows, or null (none, or both).</summary>
    public LegacyEncoding? Legacy => Tcvn3 == Vni ? null : Tcvn3 ? LegacyEncoding.Tcvn3 : LegacyEncoding.Vni;
}

/// <summary>
/// Detection and conversion of Vietnamese typed in the TCVN3 (ABC) and VNI Windows fonts. Such text reaches a workbook
/// as Latin-1 characters (each byte of the old font read as Windows-1252: "§¶ng" for "Đảng" in TCVN3, "Ñaûng" in VNI).
/// A text is converted only when a legacy reading gives plausible Vietnamese syllables and reading it as it is does
/// not; when both legacy readings are plausible, or when the text is also plausible as it is (short words such as
/// "Tô"), the encoding the other texts of the document are unmistakably in decides, and without one the text is left
/// alone (ambiguous cases are reported, never guessed). Pure: the tables are built here from the encodings'
/// definitions; never throws.
/// </summary>
public static class LegacyVietnamese
{
    public static string VietnameseName(this LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3 (ABC)",
        _ => "VNI",
    };

    // ---- TCVN3 (TCVN 5712:1993, VN3) ---------------------------------------------------------------------------------
    // The byte of each letter. Upper-case letters with a tone have no code in VN3: the ".VnTimeH" fonts draw the
    // lower-case codes as capitals, so such text converts to lower case.
    private static readonly (int Byte, char Letter)[] s_tcvn3Table =
    [
        (0xA1, 'Ă'), (0xA2, 'Â'), (0xA3, 'Ê'), (0xA4, 'Ô'), (0xA5, 'Ơ'), (0xA6, 'Ư'), (0xA7, 'Đ'),
        (0xA8, 'ă'), (0xA9, 'â'), (0xAA, 'ê'), (0xAB, 'ô'), (0xAC, 'ơ'), (0xAD, 'ư'), (0xAE, 'đ'),
        (0xB5, 'à'), (0xB6, 'ả'), (0xB7, 'ã'), (0xB8, 'á'), (0xB9, 'ạ'),
        (0xBB, 'ằ'), (0xBC, 'ẳ'), (0xBD, 'ẵ'), (0xBE, 'ắ'), (0xC6, 'ặ'),
        (0xC7, 'ầ'), (0xC8, 'ẩ'), (0xC9, 'ẫ'), (0xCA, 'ấ'), (0xCB, 'ậ'),
        (0xCC, 'è'), (0xCE, 'ẻ'), (0xCF, 'ẽ'), (0xD0, 'é'), (0xD1, 'ẹ'),
        (0xD2, 'ề'), (0xD3, 'ể'), (0xD4, 'ễ'), (0xD5, 'ế'), (0xD6, 'ệ'),
        (0xD7, 'ì'), (0xD8, 'ỉ'), (0xDC, 'ĩ'), (0xDD, 'í'), (0xDE, 'ị'),
        (0xDF, 'ò'), (0xE1, 'ỏ'), (0xE2, 'õ'), (0xE3, 'ó'), (0xE4, 'ọ'),
        (0xE5, 'ồ'), (0xE6, 'ổ'), (0xE7, 'ỗ'), (0xE8, 'ố'), (0xE9, 'ộ'),
        (0xEA, 'ờ'), (0xEB, 'ở'), (0xEC, 'ỡ'), (0xED, 'ớ'), (0xEE, 'ợ'),
        (0xEF, 'ù'), (0xF1, 'ủ'), (0xF2, 'ũ'), (0xF3, 'ú'), (0xF4, 'ụ'),
        (0xF5, 'ừ'), (0xF6, 'ử'), (0xF7, 'ữ'), (0xF8, 'ứ'), (0xF9, 'ự'),
        (0xFA, 'ỳ'), (0xFB, 'ỷ'), (0xFC, 'ỹ'), (0xFD, 'ý'), (0xFE, 'ỵ'),
    ];

    /// <summary>Indexed by the character as it reaches the workbook (U+00A0–U+00FF); '\0' where VN3 has no letter.</summary>
    private static readonly char[] s_tcvn3 = BuildTcvn3();

    private static char[] BuildTcvn3()
    {
        var map = new char[0x100];
        foreach (var (b, letter) in s_tcvn3Table) map[b] = letter;
        return map;
    }

    // ---- VNI Windows ----------------------------------------------------------------------------------------------------
    private const char Acute = '\u0301', Grave = '\u0300', Hook = '\u0309', Tilde = '\u0303', DotBelow = '\u0323';
    private const char Circumflex = '\u0302', Breve = '\u0306';

    private enum MarkGroup : byte { None, Tone, Circumflex, Breve }

    /// <summary>The byte after a base letter (lower-case form; capitals use the upper-case byte): its group and tone.</summary>
    private static readonly (char Mark, MarkGroup Group, char Tone)[] s_vniMarks =
    [
        ('ù', MarkGroup.Tone, Acute), ('ø', MarkGroup.Tone, Grave), ('û', MarkGroup.Tone, Hook), ('õ', MarkGroup.Tone, Tilde), ('ï', MarkGroup.Tone, DotBelow),
        ('â', MarkGroup.Circumflex, '\0'), ('á', MarkGroup.Circumflex, Acute), ('à', MarkGroup.Circumflex, Grave), ('å', MarkGroup.Circumflex, Hook), ('ã', MarkGroup.Circumflex, Tilde), ('ä', MarkGroup.Circumflex, DotBelow),
        ('ê', MarkGroup.Breve, '\0'), ('é', MarkGroup.Breve, Acute), ('è', MarkGroup.Breve, Grave), ('ú', MarkGroup.Breve, Hook), ('ü', MarkGroup.Breve, Tilde), ('ë', MarkGroup.Breve, DotBelow),
    ];

    /// <summary>Letters VNI codes in one byte (lower-case; capitals are the upper-case bytes).</summary>
    private static readonly (char Byte, char Letter)[] s_vniSingles =
    [
        ('ô', 'ơ'), ('ö', 'ư'), ('ñ', 'đ'), ('í', 'í'), ('ì', 'ì'), ('æ', 'ỉ'), ('ó', 'ĩ'), ('ò', 'ị'), ('î', 'ỵ'),
    ];

    private static readonly Dictionary<char, (MarkGroup Group, char Tone, bool Upper)> s_vniMark = BuildVniMarks();
    private static readonly Dictionary<char, char> s_vniSingle = BuildVniSingles();

    private static Dictionary<char, (MarkGroup, char, bool)> BuildVniMarks()
    {
        var map = new Dictionary<char, (MarkGroup, char, bool)>();
        foreach (var (mark, group, tone) in s_vniMarks)
        {
            map[mark] = (group, tone, false);
            map[char.ToUpperInvariant(mark)] = (group, tone, true);
        }
        return map;
    }

    private static Dictionary<char, char> BuildVniSingles()
    {
        var map = new Dictionary<char, char>();
        foreach (var (b, letter) in s_vniSingles)
        {
            map[b] = letter;
            map[char.ToUpperInvariant(b)] = char.ToUpperInvariant(letter);
        }
        return map;
    }

    // ---- detection ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// True when the text could be legacy: it has a character of the Latin-1 upper half and only characters one byte
    /// of an old font can reach a workbook as (ASCII, Latin-1, the Windows-1252 punctuation). Cheap: Unicode Vietnamese
    /// ("Đảng", "ộ") stops at its first letter beyond Latin-1.
    /// </summary>
    public static bool MayBeLegacy(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var high = false;
        foreach (var ch in text)
        {
            if (ch < 0x80) continue;
            if (ch is >= '\u00A0' and <= '\u00FF') { high = true; continue; }
            if (ch is >= '\u0080' and <= '\u009F' || IsCp1252Punctuation(ch)) continue;
            return false;
        }
        return high;
    }

    private static bool IsCp1252Punctuation(char ch) => ch is '€' or '‚' or '„' or '…' or '†' or '‡' or '‰' or '‹' or '›'
        or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '•' or '–' or '—' or '™';

    /// <summary>The text read as TCVN3, NFC; null when a letter of it has no TCVN3 meaning.</summary>
    public static string? DecodeTcvn3(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch < 0x80) { sb.Append(ch); continue; }
            if (ch <= '\u00FF' && s_tcvn3[ch] != '\0') { sb.Append(s_tcvn3[ch]); continue; }
            if (char.IsLetter(ch)) return null;
            sb.Append(ch);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The text read as VNI Windows, NFC; null when a letter or mark of it has no VNI meaning where it stands.</summary>
    public static string? DecodeVni(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var upper = char.IsUpper(ch);
            var lower = char.ToLowerInvariant(ch);
            // A base letter followed by its mark byte (of the same case).
            if (next != '\0' && s_vniMark.TryGetValue(next, out var mark) && mark.Upper == upper)
            {
                var baseLetter = lower switch
                {
                    'a' or 'e' or 'o' or 'u' or 'y' => lower,
                    'ô' => 'ơ',
                    'ö' => 'ư',
                    _ => '\0',
                };
                var fits = mark.Group switch
                {
                    MarkGroup.Tone => baseLetter != '\0',
                    MarkGroup.Circumflex => baseLetter is 'a' or 'e' or 'o',
                    MarkGroup.Breve => baseLetter == 'a',
                    _ => false,
                };
                if (fits)
                {
                    sb.Append(upper ? char.ToUpperInvariant(baseLetter) : baseLetter);
                    if (mark.Group == MarkGroup.Circumflex) sb.Append(Circumflex);
                    else if (mark.Group == MarkGroup.Breve) sb.Append(Breve);
                    if (mark.Tone != '\0') sb.Append(mark.Tone);
                    i++;
                    continue;
                }
            }
            if (ch < 0x80) { sb.Append(ch); continue; }
            if (s_vniSingle.TryGetValue(ch, out var single)) { sb.Append(single); continue; }
            if (char.IsLetter(ch)) return null;
            sb.Append(ch);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private enum Plausibility { Neutral, Vietnamese, NotVietnamese }

    /// <summary>
    /// Whether the words of a Unicode text that carry a character beyond ASCII are all Vietnamese syllables
    /// (Vietnamese), some are not (NotVietnamese), or there are none of two letters or more (Neutral). A word is a run
    /// of letters and of the Latin-1 signs old fonts used as letters ("§¶ng"); a sign left in a word is not Vietnamese.
    /// </summary>
    private static Plausibility Judge(string? text)
    {
        if (text is null) return Plausibility.NotVietnamese;
        var any = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!InWord(text[i])) { i++; continue; }
            var start = i;
            bool nonAscii = false, sign = false;
            while (i < text.Length && InWord(text[i]))
            {
                nonAscii |= text[i] >= 0x80;
                sign |= !char.IsLetter(text[i]);
                i++;
            }
            if (!nonAscii) continue;
            if (sign || !VietnameseSyllable.IsPlausible(text.AsSpan(start, i - start))) return Plausibility.NotVietnamese;
            any |= i - start >= 2;
        }
        return any ? Plausibility.Vietnamese : Plausibility.Neutral;
    }

    private static bool InWord(char ch) => char.IsLetter(ch) || ch is >= '\u00A1' and <= '\u00BF' or '×' or '÷';

    /// <summary>The encoding a text is unmistakably in (read as it is, it is not Vietnamese; one legacy reading is), or null.</summary>
    public static LegacyEncoding? UnmistakableEncoding(string? text)
    {
        if (!MayBeLegacy(text)) return null;
        if (Judge(text) == Plausibility.Vietnamese) return null;
        var tcvn3 = Judge(DecodeTcvn3(text!)) == Plausibility.Vietnamese;
        var vni = Judge(DecodeVni(text!)) == Plausibility.Vietnamese;
        return tcvn3 == vni ? null : tcvn3 ? LegacyEncoding.Tcvn3 : LegacyEncoding.Vni;
    }

    /// <summary>
    /// What the texts of a document say about its encoding: some are unmistakably TCVN3, unmistakably VNI, or
    /// Vietnamese in Unicode with letters no old font reaches a workbook as ("Tổ chức đảng").
    /// </summary>
    public static DocumentEvidence Evidence(IEnumerable<string?> texts)
    {
        bool tcvn3 = false, vni = false, unicode = false;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            if (!unicode && IsUnicodeVietnamese(text)) { unicode = true; continue; }
            switch (UnmistakableEncoding(text))
            {
                case LegacyEncoding.Tcvn3: tcvn3 = true; break;
                case LegacyEncoding.Vni: vni = true; break;
            }
            if (tcvn3 && vni && unicode) break;
        }
        return new DocumentEvidence(tcvn3, vni, unicode);
    }

    /// <summary>A text with a Vietnamese letter beyond Latin-1 ("ộ", "đ", "ư") whose words are Vietnamese syllables.</summary>
    private static bool IsUnicodeVietnamese(string text)
    {
        var beyond = false;
        foreach (var ch in text)
            if (ch > '\u00FF' && char.IsLetter(ch)) { beyond = true; break; }
        return beyond && Judge(text) == Plausibility.Vietnamese;
    }

    /// <summary>
    /// Decides one text. <paramref name="document"/> is asked for only when the text alone does not decide (it may scan
    /// the whole document: pass a cached value). A text Vietnamese as it is converts only in a document that is
    /// unmistakably in one legacy encoding and has no Unicode Vietnamese; in a mixed document (a Unicode form filled in
    /// with an old font) it is kept and reported as ambiguous.
    /// </summary>
    public static LegacyResolution Resolve(string text, Func<DocumentEvidence>? document = null)
    {
        if (!MayBeLegacy(text)) return new LegacyResolution(text, LegacyOutcome.Unchanged);
        var asIs = Judge(text) == Plausibility.Vietnamese;
        var tcvn3 = DecodeTcvn3(text);
        var vni = DecodeVni(text);
        var tcvn3Ok = Judge(tcvn3) == Plausibility.Vietnamese;
        var vniOk = Judge(vni) == Plausibility.Vietnamese;
        if (!tcvn3Ok && !vniOk) return new LegacyResolution(text, LegacyOutcome.Unchanged);
        var candidates = new LegacyResolution(text, LegacyOutcome.Unchanged)
        {
            Tcvn3Reading = tcvn3Ok ? tcvn3 : null,
            VniReading = vniOk ? vni : null,
            PlausibleAsIs = asIs,
        };
        if (!asIs && tcvn3Ok != vniOk)
            return Converted(candidates, tcvn3Ok ? LegacyEncoding.Tcvn3 : LegacyEncoding.Vni, byDocument: false);
        // The text alone does not decide: Vietnamese as it is too ("Tô", "Xã"), or both legacy readings plausible.
        var evidence = document?.Invoke() ?? default;
        var legacy = evidence.Legacy;
        var fits = legacy == LegacyEncoding.Tcvn3 ? tcvn3Ok : legacy == LegacyEncoding.Vni && vniOk;
        if (fits && (!asIs || !evidence.Unicode)) return Converted(candidates, legacy!.Value, byDocument: true);
        if (!asIs) return candidates with { Outcome = LegacyOutcome.Ambiguous };
        // Vietnamese as it is: plain Unicode stays silently, unless the document holds old-font text too.
        if (!evidence.Tcvn3 && !evidence.Vni) return new LegacyResolution(text, LegacyOutcome.Unchanged);
        var mixed = candidates with
        {
            Outcome = LegacyOutcome.Ambiguous,
            Tcvn3Reading = tcvn3Ok && evidence.Tcvn3 ? tcvn3 : null,
            VniReading = vniOk && evidence.Vni ? vni : null,
        };
        return mixed is { Tcvn3Reading: null, VniReading: null } ? new LegacyResolution(text, LegacyOutcome.Unchanged) : mixed;
    }

    /// <summary>
    /// The readings of an ambiguous text as a warning lists them: "chữ Unicode hoặc chữ gõ bằng bảng mã VNI ("…")" —
    /// the same words wherever a text is read (workbooks, unit lists). <paramref name="shorten"/> cuts long readings.
    /// </summary>
    public static string DescribeReadings(LegacyResolution resolution, Func<string, string>? shorten = null)
    {
        shorten ??= s => s;
        var readings = new List<string>();
        if (resolution.PlausibleAsIs) readings.Add("chữ Unicode");
        if (resolution.Tcvn3Reading is { } t3) readings.Add($"chữ gõ bằng bảng mã TCVN3 (ABC) (\"{shorten(VietnameseText.Clean(t3))}\")");
        if (resolution.VniReading is { } vn) readings.Add($"chữ gõ bằng bảng mã VNI (\"{shorten(VietnameseText.Clean(vn))}\")");
        return string.Join(" hoặc ", readings);
    }

    /// <summary>
    /// A converted text as a note says it: "chữ gõ bằng bảng mã TCVN3 (ABC) "…" đã được chuyển sang Unicode: "…"", with
    /// " (theo bảng mã của các ô khác trong tệp)" when the document's other texts decided the encoding — the same words
    /// wherever a text is read (workbooks, unit lists).
    /// </summary>
    public static string DescribeConversion(LegacyResolution resolution, string original, string converted) =>
        $"chữ gõ bằng bảng mã {resolution.Encoding!.Value.VietnameseName()} \"{original}\" đã được chuyển sang Unicode: \"{converted}\"" +
        (resolution.DecidedByDocument ? " (theo bảng mã của các ô khác trong tệp)." : ".");

    private static LegacyResolution Converted(LegacyResolution candidates, LegacyEncoding encoding, bool byDocument) =>
        candidates with
        {
            Text = (encoding == LegacyEncoding.Tcvn3 ? candidates.Tcvn3Reading : candidates.VniReading)!,
            Outcome = LegacyOutcome.Converted,
            Encoding = encoding,
            DecidedByDocument = byDocument,
        };
}
