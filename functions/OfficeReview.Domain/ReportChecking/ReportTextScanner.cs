using System.Text.RegularExpressions;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.ReportChecking;

/// <summary>
/// Reads the figure statements out of the paragraphs of a narrative report. Matching runs on a folded copy of each
/// sentence (lower case, no diacritics, same length as the NFC text, so positions map back for quoting). Anything it
/// cannot read with confidence is left out: a missed figure costs nothing, a misread one would raise a false error.
/// </summary>
internal static partial class ReportTextScanner
{
    // ---- folding -------------------------------------------------------------------------------------------------

    private static readonly char[] s_fold = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (i < 128) { table[i] = char.ToLowerInvariant(c); continue; }
            if (char.IsSurrogate(c) || char.IsWhiteSpace(c)) { table[i] = ' '; continue; }
            var folded = VietnameseText.FoldKey(c.ToString());
            table[i] = folded.Length == 1 ? folded[0] : char.ToLowerInvariant(c);
        }
        return table;
    }

    /// <summary>Lower case without diacritics, one character for one character (so indexes match the input).</summary>
    internal static string Fold(string nfc)
    {
        var chars = new char[nfc.Length];
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            chars[i] = c < s_fold.Length ? s_fold[c] : char.ToLowerInvariant(c);
        }
        // "tỉ lệ" is the older spelling of "tỷ lệ": one spelling for the patterns (same length, positions kept).
        for (var i = 0; i + 5 <= chars.Length; i++)
            if (chars[i] == 't' && chars[i + 1] == 'i' && chars[i + 2] == ' ' && chars[i + 3] == 'l' && chars[i + 4] == 'e'
                && (i == 0 || !char.IsLetterOrDigit(chars[i - 1])) && (i + 5 == chars.Length || !char.IsLetterOrDigit(chars[i + 5])))
                chars[i + 1] = 'y';
        return new string(chars);
    }

    // ---- patterns (on folded text) -------------------------------------------------------------------------------

    // A count: "4.336", "4 336" (a space or non-breaking space grouping thousands), "08".
    private const string CountNumber = @"(?:\d{1,3}(?:[. ]\d{3})+(?![\d]|[.,]\d)|\d+)";

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d+(?:[.,]\d+)*)\s*%")]
    private static partial Regex PercentRegex();

    [GeneratedRegex(@"(?<![\d.,/])(?<x>" + CountNumber + @")\s*/\s*(?<y>" + CountNumber + @")(?![\d/]|[.,]\d)")]
    private static partial Regex FractionRegex();

    [GeneratedRegex(@"(?<![\d.,/\w])(?<n>\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)*)(?![\d%/\w-])")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"(?<![a-z])(?:(?<nc>khong hoan thanh nhiem vu|khtnv|vi pham tu cach)|(?<cb>hoan thanh nhiem vu tro len|htnv tro len)|(?<gb>hoan thanh tot(?: nhiem vu)? tro len|httnv tro len|htt tro len)|(?<ex>hoan thanh xuat sac nhiem vu|hoan thanh xuat sac(?! (?:viec|cong tac|ke hoach|chi tieu|cac))|htxsnv|htxs|(?<=(?:loai|muc) )xuat sac(?! nhat))|(?<gd>hoan thanh tot nhiem vu|httnv|htt)|(?<cp>hoan thanh nhiem vu|htnv)|(?<tb>(?:trong sach,? vung manh|tsvm),? ?[(\[]?tieu bieu[)\]]?)|(?<ts>trong sach,? vung manh|tsvm)|(?<yk>yeu kem)|(?<lg>(?:xep )?loai (?<letter>[abcd])))(?![a-z])")]
    private static partial Regex LevelRegex();

    // Words a count may carry after it ("08 tổ chức", "620 đồng chí").
    private const string Unit = @"(?<unit>chi, dang bo co so|chi bo, dang bo co so|dang bo, chi bo co so|chi bo truc thuoc(?: dang (?:bo|uy) co so)?|to chuc co so dang|to chuc co so|to chuc dang|to chuc|tccsd|tccs|co so dang|dang bo co so|chi bo co so|chi bo|dang bo|tap the|don vi|dong chi|d/c|dang vien|can bo|nguoi|truong hop)";

    [GeneratedRegex(@"^\s*\(?\s*(?:[:\-–=]|la|co|dat|duoc|gom|voi|so luong)?\s*(?<n>" + CountNumber + @")(?![\d%/]|[.,]\d|\s*%)\s*" + Unit + @"?(?![a-z])")]
    private static partial Regex CountAfterLevelRegex();

    [GeneratedRegex(@"(?<![\d.,])(?<n>" + CountNumber + @")\s*" + Unit + @"(?:\s+dang)?(?:\s+truc thuoc)?\s*(?:(?:duoc|da duoc|deu) (?:danh gia, |danh gia )?xep loai|xep loai|dat|duoc cong nhan|duoc danh gia|duoc)?\s*(?:muc\s*|loai\s*)?$")]
    private static partial Regex CountBeforeLevelRegex();

    // A percentage directly naming its level: "23,8% HTXS", "91,2% số TCCS đảng hoàn thành tốt nhiệm vụ trở lên".
    [GeneratedRegex(@"^\s*(?:so\s+[^,;:\d%()\[\]]{0,40}?\s*|(?:cac\s+)?" + Unit + @"(?:\s+dang)?(?:\s+truc thuoc)?\s*)?(?:duoc xep loai|xep loai|dat|la)?\s*$")]
    private static partial Regex PrefixGapRegex();

    [GeneratedRegex(@"^\s*/?\s*(?<phrase>(?:so voi|tren|trong)\s[^,;()\[\]%]*?|tong so(?:\s[^,;()\[\]%]*?)?)(?=\s*(?:va|,)\s*(?:chiem|bang|dat)\b|\s*(?:[,;()\[\]]|\.(?:\s|$)|\sva\s+\d|$|\d+(?:[.,]\d+)*\s*%))")]
    private static partial Regex BasisPhraseRegex();

    [GeneratedRegex(@"(?:tang|giam|tang them|giam di|chenh lech|cao hon|thap hon|nhieu hon|it hon|vuot)\s*(?:them\s*)?(?:(?:tren|hon|gan|khoang)\s*)?$")]
    private static partial Regex DeltaBeforeRegex();

    [GeneratedRegex(@"chi tieu|ke hoach|nghi quyet|muc tieu|de ra|phan dau|yeu cau|toi da|khong qua|khong vuot|(?<est>du uoc|du kien|uoc dat|uoc tinh|uoc thuc hien)")]
    private static partial Regex TargetBeforeRegex();

    // A line about one named unit ("Chi bộ thôn 1: …", "Đảng bộ xã A …"), not a subject block.
    [GeneratedRegex(@"^(?:[a-z]\)\s*|\d+[.)]\s*|[-+•]\s*)?(?:chi bo|dang bo|to dang|thon|ap|khu pho|to dan pho|ban|phong|truong)\s+(?!truc thuoc|bo phan|cap tren|co so|(?:hien )?co (?:tong so )?\d|(?:huyen|tinh|thi xa|thanh pho|quan|khoi)\s+(?:\S+\s+){0,3}?(?:hien\s+)?co\s+(?:tong so\s+)?\d)")]
    private static partial Regex NamedUnitLineRegex();

    [GeneratedRegex(@"^\s*(?:thang|nam|ngay|tuan|gio|phut|lan|diem|trieu|ty|nghin|ban|trang|tiet|muc|dieu|khoan)(?![a-z])")]
    private static partial Regex NonCountAfterRegex();

    [GeneratedRegex(@"(?:(?<!tong )\bso|\b(?:nam|ngay|thang|dieu|khoan|muc|phu luc|mau|bieu|lop|khoa|tang|giam|chi bo|to|thon|ap|ban|quy|kem theo))\s*$")]
    private static partial Regex NonCountBeforeRegex();

    // "mới kết nạp chưa đủ 6 tháng 12": a duration, then the count.
    [GeneratedRegex(@"\b(?:du|duoi|tren|qua)\s+0?\d+\s+thang\s*$")]
    private static partial Regex DurationBeforeRegex();

    [GeneratedRegex(@"(?<![\d])nam\s+(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"so voi (?:cung ky )?nam\s+(?:19|20)\d{2}|so voi nam truoc|so voi cung ky")]
    private static partial Regex ComparisonPhraseRegex();

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}\d(\[""“])")]
    private static partial Regex SentenceBreakRegex();

    // Inline patterns, generated (the static Regex cache holds only 15).
    [GeneratedRegex(@"(?:ngay|thang|so|nam|ky hieu)\s*$")]
    private static partial Regex DateOrNumberBeforeFractionRegex();

    [GeneratedRegex("^\\s*" + Unit)]
    private static partial Regex UnitAheadRegex();

    [GeneratedRegex(@"(?:danh gia|xep loai|tong so|so luong|dat)")]
    private static partial Regex CountWordsInLabelRegex();

    [GeneratedRegex(@"^\s*[:\-–]?\s*(?:la|co|dat|gom)?\s*$")]
    private static partial Regex LevelToFractionGapRegex();

    [GeneratedRegex(@"(?:(?:dat|chiem|bang|ty le|=)\s*(?:ty le\s*)?[\[(]?|^\s*" + Unit + @"?\s*[\[(])\s*$")]
    private static partial Regex FractionToPercentGapRegex();


    [GeneratedRegex(@"^\s*" + Unit + @"?\s*(?:[\[(]|,)?\s*(?:ty le|chiem|bang|dat|dat ty le|=)?\s*$")]
    private static partial Regex RatedToPercentGapRegex();

    [GeneratedRegex(@"\bnam\b|cung ky|ke hoach|chi tieu|nghi quyet|muc tieu|du kien|du uoc|khong danh gia|khong thuoc|chua danh gia")]
    private static partial Regex BasisNotCountsRegex();

    [GeneratedRegex(@"hoan thanh tot(?: nhiem vu)? tro len|htt(?:nv)? tro len")]
    private static partial Regex BasisGoodOrBetterRegex();

    [GeneratedRegex(@"hoan thanh tot|\bhttnv\b|\bhtt\b")]
    private static partial Regex BasisGoodRegex();

    [GeneratedRegex(@"xuat sac|htxs|hoan thanh nhiem vu|htnv")]
    private static partial Regex BasisOtherLevelRegex();

    [GeneratedRegex(@"thuoc dien (?:danh gia|kiem diem)|phai danh gia")]
    private static partial Regex BasisSubjectToRatingRegex();

    [GeneratedRegex(@"danh gia|xep loai")]
    private static partial Regex BasisRatedRegex();

    [GeneratedRegex(@"tong so")]
    private static partial Regex BasisTotalRegex();

    [GeneratedRegex(@"\b(?:tang|giam|so voi|trong do|nam|ky luat|de nghi|khen thuong|kiem diem|du kien|ke hoach)\b")]
    private static partial Regex LabelNotACountRegex();

    [GeneratedRegex(@"mien (?:cong tac|sinh hoat)")]
    private static partial Regex LabelExcusedRegex();

    [GeneratedRegex(@"dinh chi")]
    private static partial Regex LabelSuspendedRegex();

    [GeneratedRegex(@"moi ket nap|chua du 0?6 thang")]
    private static partial Regex LabelNewlyAdmittedRegex();

    [GeneratedRegex(@"khong (?:phai |tham gia |thuoc dien )?danh gia|dien khong danh gia|khong thuoc dien|khong xep loai")]
    private static partial Regex LabelExemptRegex();

    [GeneratedRegex(@"chua (?:duoc )?(?:danh gia|xep loai|tien hanh)|khong (?:danh gia|xep loai)")]
    private static partial Regex LabelNotRatedRegex();

    [GeneratedRegex(@"(?:duoc|tham gia) (?:danh gia|xep loai)|\bdanh gia,? xep loai")]
    private static partial Regex LabelRatedRegex();

    // "Chi bộ có 25 đảng viên", "Toàn chi bộ hiện có 25 đảng viên": the members of the one unit reporting.
    [GeneratedRegex(@"^(?:toan |ca )?(?:chi bo|dang bo)(?:\s+\S+){0,3}?\s+(?:hien\s+)?co(?:\s+tong so)?$")]
    private static partial Regex LabelSingleUnitTotalRegex();

    [GeneratedRegex(@"^(?:trong do,?\s*)?tong so\b")]
    private static partial Regex LabelTotalRegex();

    // ---- subjects ------------------------------------------------------------------------------------------------

    private static readonly (string Key, ReportSubject Subject)[] s_subjectKeys =
    [
        ("to chuc co so dang", ReportSubject.BaseOrganizations),
        ("chi, dang bo co so", ReportSubject.BaseOrganizations),
        ("chi bo, dang bo co so", ReportSubject.BaseOrganizations),
        ("dang bo, chi bo co so", ReportSubject.BaseOrganizations),
        ("tccsd", ReportSubject.BaseOrganizations),
        ("dang bo co so", ReportSubject.BaseOrganizations),
        ("chi bo co so", ReportSubject.BaseOrganizations),
        ("tccs", ReportSubject.BaseOrganizations),
        ("to chuc co so", ReportSubject.BaseOrganizations),
        ("co so dang", ReportSubject.BaseOrganizations),
        ("chi bo truc thuoc dang bo co so", ReportSubject.SubordinateCells),
        ("chi bo truc thuoc dang uy co so", ReportSubject.SubordinateCells),
        ("chi bo truc thuoc", ReportSubject.SubordinateCells),
        ("dang bo bo phan", ReportSubject.PartialCommittees),
        ("dang bo cap tren co so", ReportSubject.UpperCommittees),
        ("cap tren truc tiep co so", ReportSubject.UpperCommittees),
        ("tap the lanh dao", ReportSubject.LeadershipCollectives),
        ("can bo lanh dao", ReportSubject.Leaders),
        ("can bo, lanh dao", ReportSubject.Leaders),
        ("can bo quan ly", ReportSubject.Leaders),
        ("dang vien", ReportSubject.Members),
    ];

    /// <summary>The subject named earliest in the folded text, if any.</summary>
    internal static ReportSubject? DetectSubject(string folded)
    {
        ReportSubject? best = null;
        var bestAt = int.MaxValue;
        foreach (var (key, subject) in s_subjectKeys)
        {
            var at = IndexOfWord(folded, key);
            if (at >= 0 && at < bestAt) { bestAt = at; best = subject; }
        }
        return best;
    }

    private static int IndexOfWord(string text, string word)
    {
        var from = 0;
        while (true)
        {
            var at = text.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0) return -1;
            var beforeOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var afterOk = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (beforeOk && afterOk) return at;
            from = at + 1;
        }
    }

    // ---- year ----------------------------------------------------------------------------------------------------

    /// <summary>
    /// The year the report is about: the year of its title ("… đánh giá, xếp loại … năm 2025"), else the most frequent
    /// "năm YYYY" outside comparisons ("so với năm 2024"), the later one on a tie; null when none.
    /// </summary>
    public static int? DetectYear(IEnumerable<string> paragraphs)
    {
        var counts = new Dictionary<int, int>();
        foreach (var p in paragraphs)
        {
            var folded = Fold(VietnameseText.Clean(p));
            var title = TitleYearRegex().Match(folded);
            if (title.Success) return ParseYear(title.Groups["y"].Value);
            foreach (Match m in YearRegex().Matches(ComparisonPhraseRegex().Replace(folded, " ")))
            {
                var y = ParseYear(m.Groups["y"].Value);
                counts[y] = counts.GetValueOrDefault(y) + 1;
            }
        }
        if (counts.Count == 0) return null;
        return counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
    }

    private static int ParseYear(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:kiem diem|danh gia|xep loai)[^.;:]{0,120}?\bnam\s+(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex TitleYearRegex();

    // ---- scanning ------------------------------------------------------------------------------------------------

    /// <summary>One sentence of a paragraph (NFC text and its folded copy).</summary>
    internal sealed record Sentence(int Paragraph, string Text, string Folded);

    internal static IEnumerable<Sentence> Sentences(IReadOnlyList<string> paragraphs)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var clean = VietnameseText.Clean(paragraphs[p]);
            if (clean.Length == 0) continue;
            foreach (var part in SentenceBreakRegex().Split(clean))
            {
                var text = part.Trim();
                if (text.Length == 0) continue;
                yield return new Sentence(p, text, Fold(text));
            }
        }
    }

    /// <summary>
    /// Every figure statement of the report, in reading order (blocks not yet assigned). The subject is the one a
    /// clause names before its figures, else the one named last before it (carried over clauses and sentences); a
    /// count whose own words name another subject ("4.336/4.371 đảng viên", "68 chi bộ trực thuộc") is about that one.
    /// </summary>
    public static IReadOnlyList<ReportStatement> Scan(IReadOnlyList<string> paragraphs, int? year)
    {
        var statements = new List<ReportStatement>();
        ReportSubject? carried = null;
        foreach (var sentence in Sentences(paragraphs))
        {
            var named = NamedUnitLineRegex().IsMatch(sentence.Folded);
            var context = Analyze(sentence.Folded);
            // "Năm 2016: có 40 TCCS …; 02 TCCS …": a sentence opening with another year is about that year throughout.
            var opening = OpeningYearRegex().Match(sentence.Folded);
            var otherYear = opening.Success && year is { } y && opening.Groups["y"].Value != y.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var offset = 0;
            foreach (var clause in sentence.Folded.Split(';'))
            {
                if (!named && SubjectOfHead(ClauseHead(clause)) is { } s) carried = s;
                var before = statements.Count;
                ScanClause(sentence, carried, clause, offset, year, context, named, otherYear, statements);
                // "Ban A, Ban B và Ban C được xếp loại …; …": a list of names, not a line about one named unit.
                if (named && offset == 0 && statements.Count > before && statements[^1].Names is not null) named = false;
                offset += clause.Length + 1;
            }
        }
        return statements;
    }

    /// <summary>
    /// The subject a clause head names for its figures: the one named last before its first number ("BÁO CÁO … tổ chức
    /// đảng, đảng viên năm 2025 Tổng số tổ chức cơ sở đảng: 42" → TCCS), else the one named first.
    /// </summary>
    private static ReportSubject? SubjectOfHead(string head)
    {
        var firstDigit = FirstCountDigitRegex().Match(head);
        if (!firstDigit.Success) return DetectSubject(head);
        var before = head[..firstDigit.Index];
        var found = new List<(int Start, int End, ReportSubject Subject)>();
        foreach (var (key, subject) in s_subjectKeys)
        {
            var from = 0;
            while ((from = IndexOfWordFrom(before, key, from)) >= 0) { found.Add((from, from + key.Length, subject)); from++; }
        }
        // The last named, not counting words inside a longer name ("chi bộ trực thuộc đảng bộ cơ sở").
        var named = found.Where(f => !found.Any(o => o.Start <= f.Start && o.End >= f.End && o.End - o.Start > f.End - f.Start)).ToList();
        return named.Count > 0 ? named.MaxBy(f => f.Start).Subject : DetectSubject(head);
    }

    // A figure, not a year ("năm 2025") or a document number ("366-QĐ/TW").
    [GeneratedRegex(@"(?<!nam |[\d/-])\d+(?![\d]*[-/][a-z])")]
    private static partial Regex FirstCountDigitRegex();

    private static int IndexOfWordFrom(string text, string word, int from)
    {
        while (true)
        {
            var at = text.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0) return -1;
            var beforeOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            if (beforeOk && (end >= text.Length || !char.IsLetterOrDigit(text[end]))) return at;
            from = at + 1;
        }
    }

    /// <summary>The words of a clause before its first "so với …" or percentage: where it names its subject.</summary>
    private static string ClauseHead(string clause)
    {
        var headEnd = clause.IndexOf("so voi", StringComparison.Ordinal);
        var head = headEnd < 0 ? clause : clause[..headEnd];
        // "chiếm 13% tổng số đảng viên": the base of a percentage, not the subject.
        return PercentOfTotalRegex().Replace(head, " ");
    }

    [GeneratedRegex(@"%\s*/?\s*(?:cua |tren |trong )?tong so[^,;()\[\]]*")]
    private static partial Regex PercentOfTotalRegex();

    private sealed record LevelMention(int Start, int End, LevelGroup Level, bool OldScheme);

    /// <summary>What a sentence says across its clauses: "hoàn thành tốt nhiệm vụ …, trong đó … HTXS" (HTT meaning HTT and above) and the nests "trong đó".</summary>
    private sealed record SentenceContext(HashSet<int> GoodMeansGoodOrBetter, List<(int At, LevelGroup Parent)> Nests);

    private static SentenceContext Analyze(string folded)
    {
        var good = new HashSet<int>();
        var nests = new List<(int, LevelGroup)>();
        if (!folded.Contains("trong do", StringComparison.Ordinal)) return new SentenceContext(good, nests);
        var mentions = LevelMentions(folded, []);
        foreach (Match t in TrongDoRegex().Matches(folded))
        {
            var prev = mentions.LastOrDefault(m => m.End <= t.Index);
            var next = mentions.FirstOrDefault(m => m.Start >= t.Index);
            if (prev is null || next is null) continue;
            // Only a group just named (nothing but its figures in between) is the parent.
            if (folded[prev.End..t.Index].Count(c => c == ';') > 1) continue;
            var parent = prev.Level;
            if (prev.Level == LevelGroup.Good && next.Level == LevelGroup.Excellent) { good.Add(prev.Start); parent = LevelGroup.GoodOrBetter; }
            if (prev.OldScheme && prev.Level == LevelGroup.Excellent && next.Level == LevelGroup.Exemplary) parent = LevelGroup.Excellent;
            if (parent is LevelGroup.GoodOrBetter or LevelGroup.CompleteOrBetter || (parent == LevelGroup.Excellent && next.Level == LevelGroup.Exemplary))
                nests.Add((t.Index, parent));
        }
        return new SentenceContext(good, nests);
    }

    [GeneratedRegex(@"^\s*(?:[-+•]\s*)?(?:trong |den het )?nam\s+(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex OpeningYearRegex();

    [GeneratedRegex(@"(?:trong do,?|bao gom|gom)\s*:?\s*(?:co\s+)?(?<n>" + CountNumber + @")(?![\d%/]|[.,]\d)\s*(?:(?:duoc )?xep loai|dat)?\s*$")]
    private static partial Regex BareCountBeforeLevelRegex();

    [GeneratedRegex(@"^(?:,? ?xep loai)?\s*[:,]?\s*\d")]
    private static partial Regex NumberFollowsRegex();

    [GeneratedRegex(@"(?<![a-z])trong do(?![a-z])")]
    private static partial Regex TrongDoRegex();

    /// <summary>The level mentions of a text outside <paramref name="excluded"/> ranges; "xếp loại A (hoàn thành xuất sắc nhiệm vụ)" is one.</summary>
    private static List<LevelMention> LevelMentions(string text, List<(int Start, int End)> excluded)
    {
        var list = new List<LevelMention>();
        foreach (Match m in LevelRegex().Matches(text))
        {
            if (excluded.Any(p => m.Index >= p.Start && m.Index < p.End)) continue;
            if (LevelOf(m) is not { } level) continue;
            var before = text[Math.Max(0, m.Index - 45)..m.Index];
            var old = m.Groups["ts"].Success || m.Groups["tb"].Success || m.Groups["yk"].Success;
            // "xây dựng Đảng trong sạch, vững mạnh", "khắc phục hạn chế, yếu kém": words, not levels.
            if ((m.Groups["ts"].Success || m.Groups["tb"].Success) && XayDungBeforeRegex().IsMatch(before)) continue;
            if (m.Groups["yk"].Success && (WeaknessBeforeRegex().IsMatch(before) || WeaknessAfterRegex().IsMatch(text[(m.Index + m.Length)..]))) continue;
            var mention = new LevelMention(m.Index, m.Index + m.Length, level, old);
            if (list.Count > 0 && list[^1] is { } last && MergeGapRegex().Match(text[last.End..m.Index]) is { Success: true } gap)
            {
                // "loại A (hoàn thành xuất sắc nhiệm vụ)", "trong sạch vững mạnh (tiêu biểu)": one mention.
                var end = mention.End;
                if (gap.Groups["open"].Success && end < text.Length && text[end] is ')' or ']') end++;
                var merged = last.Level == LevelGroup.Excellent && level == LevelGroup.Exemplary ? level : last.Level;
                list[^1] = new LevelMention(last.Start, end, merged, last.OldScheme || old);
                continue;
            }
            list.Add(mention);
        }
        return list;
    }

    [GeneratedRegex(@"^\s*(?:(?<open>[(\[])|[:\-–=]|,)?\s*$")]
    private static partial Regex MergeGapRegex();

    [GeneratedRegex(@"xay dung|chinh don|cung co|trong sach,? vung manh,?\s*$")]
    private static partial Regex XayDungBeforeRegex();

    [GeneratedRegex(@"(?:khuyet diem|han che|ton tai|khac phuc|diem|bat cap|sai pham|thieu sot|chi bo|dang bo|to chuc)[, ]*(?:va\s+)?$")]
    private static partial Regex WeaknessBeforeRegex();

    [GeneratedRegex(@"^\s*(?:ve|cua|trong|kem|keo dai)(?![a-z])")]
    private static partial Regex WeaknessAfterRegex();

    private readonly record struct PercentHit(int Index, int End, decimal Value, bool Missing, PercentQualifier? Qualifier, PercentBasis? Basis, int PhraseEnd);

    private static void ScanClause(Sentence sentence, ReportSubject? clauseSubject, string clause, int offset, int? year,
        SentenceContext context, bool namedUnitLine, bool otherYearSentence, List<ReportStatement> output)
    {
        if (clause.Trim().Length == 0) return;
        string Original(int start, int end) => sentence.Text.Substring(offset + start, end - start).Trim();

        // Where a count's own words name another subject, the rest of the clause is about that one.
        var switches = new List<(int At, ReportSubject Subject)>();
        ReportSubject? SubjectAt(int pos)
        {
            var s = clauseSubject;
            foreach (var (at, subject) in switches) if (at <= pos) s = subject;
            return s;
        }
        foreach (Match m in UnitCountRegex().Matches(clause))
        {
            var current = SubjectAt(m.Index);
            if (SubjectOfUnit(m.Groups["unit"].Value, current) is not { } named || named == current) continue;
            if (PossessiveBeforeRegex().IsMatch(clause[..m.Index])) continue;
            switches.Add((m.Index, named));
        }

        void Add(StatementKind kind, int start, int end, Func<ReportStatement, ReportStatement>? with = null, int? subjectAt = null)
        {
            if (SubjectAt(subjectAt ?? start) is not { } subject) return;
            var s = new ReportStatement(sentence.Paragraph, sentence.Text, subject, kind) { Snippet = Original(start, end) };
            output.Add(with is null ? s : with(s));
        }

        // Counts given by naming the units: "Ban A, Ban B và Ban C được xếp loại hoàn thành xuất sắc nhiệm vụ".
        if (ScanListedNames(sentence, clause, offset, SubjectAt(0), output) || namedUnitLine) return;
        if (clauseSubject is null && switches.Count == 0) return;

        // "Phấn đấu …", "Chỉ tiêu …", "Dự ước …": a clause about a target or an estimate.
        var firstDigit = clause.AsSpan().IndexOfAnyInRange('0', '9');
        if (firstDigit > 0 && TargetClauseRegex().Match(clause[..firstDigit]) is { Success: true } target)
        {
            var reason = target.Groups["est"].Success ? NonResultReason.Estimate : NonResultReason.Target;
            foreach (Match m in PercentRegex().Matches(clause))
                Add(StatementKind.NotAResult, m.Index, m.Index + m.Length, x => x with { Reason = reason, Percent = VietnameseFormat.ParsePercent(m.Value) });
            foreach (Match m in UnitCountRegex().Matches(clause))
                if (ToCount(m.Groups["n"].Value) is { } n)
                    Add(StatementKind.NotAResult, m.Index, m.Index + m.Length, x => x with { Reason = reason, Count = n });
            return;
        }

        // "tăng 1,71% so với năm 2022", "so với năm 2022 giảm 03 tổ chức": a change, read as such and blanked out.
        clause = BlankChanges(clause, (s, e) => Add(StatementKind.NotAResult, s, e, x => x with { Reason = NonResultReason.Change, Percent = FirstPercent(Original(s, e)) }));
        // "(năm 2024: 12,5%)": a bracketed aside about another year is blanked out (same length, positions kept).
        clause = AsideRegex().Replace(clause, m => MentionsOtherYear(m.Value, year) ? new string(' ', m.Length) : m.Value);
        if (MentionsOtherYear(clause, year) || otherYearSentence)
        {
            foreach (Match m in PercentRegex().Matches(clause))
                Add(StatementKind.NotAResult, m.Index, m.Index + m.Length, x => x with { Reason = NonResultReason.OtherYear, Percent = VietnameseFormat.ParsePercent(m.Value) });
            return;
        }
        var claimed = new bool[clause.Length];
        void Claim(int start, int end) { for (var i = Math.Max(0, start); i < end && i < claimed.Length; i++) claimed[i] = true; }
        bool IsClaimed(int start, int end) { for (var i = start; i < end; i++) if (claimed[i]) return true; return false; }

        // 1. Percentages, their qualifier and what they are stated against.
        var percents = new List<PercentHit>();
        var phrases = new List<(int Start, int End)>();
        var hits = PercentRegex().Matches(clause).Select(m => (m.Index, m.Length, Text: m.Value, Missing: false))
            .Concat(MissingSignPercentRegex().Matches(clause).Select(m => (m.Groups["n"].Index, m.Groups["n"].Length, Text: m.Groups["n"].Value + "%", Missing: true)))
            .OrderBy(h => h.Index);
        foreach (var (index, length, text, missing) in hits)
        {
            if (VietnameseFormat.ParsePercent(text) is not { } value || value > 100 && missing) continue;
            Claim(index, index + length);
            var before = clause[..index];
            if (DeltaBeforeRegex().IsMatch(before))
            {
                Add(StatementKind.NotAResult, Math.Max(0, before.LastIndexOfAny([',', '(', ':']) + 1), index + length, x => x with { Reason = NonResultReason.Change, Percent = value });
                continue;
            }
            if (TargetBeforeRegex().Match(clause[Math.Max(0, index - 40)..index]) is { Success: true } t)
            {
                Add(StatementKind.NotAResult, Math.Max(0, index - 40), index + length, x => x with { Reason = t.Groups["est"].Success ? NonResultReason.Estimate : NonResultReason.Target, Percent = value });
                continue;
            }
            var qualifier = QualifierOf(QualifierBeforeRegex().Match(before));
            var after = index + length;
            var basis = PercentBasis.Unstated;
            var phraseEnd = after;
            var phrase = BasisPhraseRegex().Match(clause[after..]);
            if (phrase.Success)
            {
                var ps = after + phrase.Groups["phrase"].Index;
                phraseEnd = ps + phrase.Groups["phrase"].Length;
                phrases.Add((ps, phraseEnd));
                Claim(ps, phraseEnd);
                if (ClassifyBasis(phrase.Groups["phrase"].Value) is not { } b)
                {
                    if (NotCountsReason(phrase.Groups["phrase"].Value) is { } why)
                        Add(StatementKind.NotAResult, index, phraseEnd, x => x with { Reason = why, Percent = value });
                    percents.Add(new PercentHit(index, after, value, missing, qualifier, null, phraseEnd));
                    continue;
                }
                basis = b;
            }
            percents.Add(new PercentHit(index, after, value, missing, qualifier, basis, phraseEnd));
        }

        // 2. Level mentions outside the "so với …" phrases.
        var levels = LevelMentions(clause, phrases);
        foreach (var l in levels) Claim(l.Start, l.End);
        LevelGroup LevelAt(LevelMention l) => l.Level == LevelGroup.Good && context.GoodMeansGoodOrBetter.Contains(offset + l.Start) ? LevelGroup.GoodOrBetter : l.Level;
        string? LevelTextOf(LevelMention l) => l.OldScheme || LevelAt(l) != l.Level || LetterGradeRegex().IsMatch(clause[l.Start..l.End]) ? Original(l.Start, l.End) : null;
        // "…, trong đó …": the group a figure is part of — in the same clause as the "trong đó", and a level inside it.
        LevelGroup? ParentOf(int pos, LevelGroup level)
        {
            var at = offset + pos;
            foreach (var (nestAt, parent) in context.Nests.AsEnumerable().Reverse())
            {
                if (nestAt >= at) continue;
                if (sentence.Folded.IndexOf(';', nestAt, at - nestAt) >= 0) return null;
                var inside = parent switch
                {
                    LevelGroup.GoodOrBetter => level is LevelGroup.Excellent or LevelGroup.Good,
                    LevelGroup.CompleteOrBetter => level is LevelGroup.Excellent or LevelGroup.Good or LevelGroup.Complete or LevelGroup.GoodOrBetter,
                    _ => level == LevelGroup.Exemplary,
                };
                return inside ? parent : null;
            }
            return null;
        }

        var attached = new HashSet<int>();
        PercentHit? PercentAfter(int from, Regex gapRegex, int maxGap)
        {
            foreach (var h in percents)
            {
                if (h.Index < from || attached.Contains(h.Index)) continue;
                var gap = clause[from..h.Index];
                return gap.Length <= maxGap && !gap.Any(char.IsAsciiDigit) && gapRegex.IsMatch(gap) ? h : null;
            }
            return null;
        }

        // 3. Fractions x/y.
        foreach (Match m in FractionRegex().Matches(clause))
        {
            if (IsClaimed(m.Index, m.Index + m.Length)) continue;
            if (ToCount(m.Groups["x"].Value) is not { } x || ToCount(m.Groups["y"].Value) is not { } y) continue;
            var before = clause[..m.Index];
            if (DateOrNumberBeforeFractionRegex().IsMatch(before)) continue;
            var (label, _) = LabelBefore(clause, m.Index);
            var after = clause[(m.Index + m.Length)..];
            var subject = SubjectAt(m.Index);
            var labelKind = subject is { } su ? ClassifyLabel(label, su) : null;
            var ratedAfter = RatedAfterFractionRegex().Match(after);
            var levelAfter = levels.FirstOrDefault(l => l.Start > m.Index && LevelAfterFractionGapRegex().IsMatch(clause[(m.Index + m.Length)..l.Start]));
            var countLike = labelKind is not null || UnitAheadRegex().IsMatch(after) || CountWordsInLabelRegex().IsMatch(label);
            if (!countLike) continue;
            Claim(m.Index, m.Index + m.Length);
            Add(StatementKind.Fraction, m.Index, m.Index + m.Length, s => s with { Part = x, Whole = y });
            if (x <= y && (labelKind == StatementKind.Rated || (levelAfter is null && ratedAfter.Success)))
            {
                Add(StatementKind.Rated, m.Index, m.Index + m.Length, s => s with { Count = x });
                Add(StatementKind.Total, m.Index, m.Index + m.Length, s => s with { Count = y });
            }

            // "Hoàn thành xuất sắc nhiệm vụ: 08/40 tổ chức", "52/55 tổ chức được xếp loại HTT trở lên": x is the level's count.
            var levelBefore = levels.LastOrDefault(l => l.End <= m.Index);
            if (levelBefore is not null && LevelToFractionGapRegex().IsMatch(clause[levelBefore.End..m.Index]))
                Add(StatementKind.LevelCount, levelBefore.Start, m.Index + m.Length, s => s with { Level = LevelAt(levelBefore), LevelText = LevelTextOf(levelBefore), Count = x });
            else if (levelAfter is not null)
                Add(StatementKind.LevelCount, m.Index, levelAfter.End, s => s with { Level = LevelAt(levelAfter), LevelText = LevelTextOf(levelAfter), Count = x });

            // "39/40, đạt 97,5%", "52/55 tổ chức … (tỷ lệ 94,5%)": the percentage of the fraction itself.
            var end = levelAfter?.End ?? m.Index + m.Length;
            if (PercentAfter(end, FractionToPercentGapRegex(), 90) is { } pm)
            {
                attached.Add(pm.Index);
                if (pm.Basis == PercentBasis.Unstated)
                    Add(StatementKind.Percent, m.Index, pm.End, s => s with { Percent = pm.Value, Part = x, Whole = y, Basis = pm.Basis, Qualifier = pm.Qualifier, MissingPercentSign = pm.Missing });
            }
        }

        // 4. Percentages just before a level name ("23,8% HTXS", "91,2% số TCCS đảng hoàn thành tốt nhiệm vụ trở lên").
        for (var i = 0; i < levels.Count; i++)
        {
            var mention = levels[i];
            foreach (var h in percents)
            {
                if (attached.Contains(h.Index) || h.Index >= mention.Start || h.Basis != PercentBasis.Unstated) continue;
                var gap = clause[h.End..mention.Start];
                var previousLevelEnd = i > 0 ? levels[i - 1].End : 0;
                if (h.Index < previousLevelEnd || !PrefixGapRegex().IsMatch(gap)) continue;
                attached.Add(h.Index);
                var level = LevelAt(mention);
                var parent = ParentOf(h.Index, level);
                Add(StatementKind.Percent, h.Index, mention.End, s => s with
                {
                    Level = level,
                    LevelText = LevelTextOf(mention),
                    Percent = h.Value,
                    Qualifier = h.Qualifier,
                    MissingPercentSign = h.Missing,
                    Parent = parent,
                    Basis = parent is null ? h.Basis : PercentBasis.Parent,
                }, subjectAt: mention.Start);
            }
        }

        // 5. Counts of each level (after the level name, else just before it), their breakdown, and the percentages in its stretch.
        for (var i = 0; i < levels.Count; i++)
        {
            var mention = levels[i];
            var level = LevelAt(mention);
            var spanEnd = i + 1 < levels.Count ? levels[i + 1].Start : clause.Length;
            long? count = null;
            var countStart = -1;
            var countEnd = -1;
            var afterMatch = CountAfterLevelRegex().Match(clause[mention.End..spanEnd]);
            var nAt = mention.End + afterMatch.Groups["n"].Index;
            if (afterMatch.Success && !IsClaimed(nAt, nAt + afterMatch.Groups["n"].Length)
                && !NonCountAfterRegex().IsMatch(clause[(nAt + afterMatch.Groups["n"].Length)..])
                && SubjectAt(nAt) is { } s1 && UnitFits(s1, afterMatch.Groups["unit"].Success ? afterMatch.Groups["unit"].Value : null))
            {
                count = ToCount(afterMatch.Groups["n"].Value);
                countStart = nAt;
                countEnd = mention.End + afterMatch.Length;
            }
            else
            {
                var previousEnd = i > 0 ? levels[i - 1].End : 0;
                var before = clause[previousEnd..mention.Start];
                var beforeMatch = CountBeforeLevelRegex().Match(before);
                // "trong đó 08 trong sạch vững mạnh (tiêu biểu)": a bare count right after "trong đó".
                if (!beforeMatch.Success) beforeMatch = BareCountBeforeLevelRegex().Match(before);
                var bAt = previousEnd + beforeMatch.Groups["n"].Index;
                if (beforeMatch.Success && !IsClaimed(bAt, bAt + beforeMatch.Groups["n"].Length)
                    && SubjectAt(bAt) is { } s2 && UnitFits(s2, beforeMatch.Groups["unit"].Value))
                {
                    count = ToCount(beforeMatch.Groups["n"].Value);
                    countStart = previousEnd + beforeMatch.Index;
                    countEnd = bAt + beforeMatch.Groups["n"].Length;
                }
            }
            if (count is { } c)
            {
                Claim(countStart, countEnd);
                var parent = ParentOf(mention.Start, level);
                Add(StatementKind.LevelCount, Math.Min(mention.Start, countStart), Math.Max(mention.End, countEnd),
                    s => s with { Level = level, LevelText = LevelTextOf(mention), Count = c, Parent = parent }, subjectAt: countStart);

                // "Hoàn thành xuất sắc nhiệm vụ 12 (gồm 02 đảng bộ và 10 chi bộ)": the parts of the count.
                var from = Math.Max(mention.End, countEnd);
                var bracket = BreakdownRegex().Match(clause[from..spanEnd]);
                if (bracket.Success)
                {
                    var items = BreakdownItemRegex().Matches(bracket.Groups["items"].Value);
                    var parts = items.Select(it => ToCount(it.Groups["n"].Value)).ToList();
                    if (parts.Count >= 2 && parts.All(p => p is not null))
                    {
                        var bs = from + bracket.Groups["items"].Index;
                        Claim(from, from + bracket.Length);
                        Add(StatementKind.Breakdown, bs, bs + bracket.Groups["items"].Length,
                            s => s with { Level = level, Count = CountBlockMath.Sum(parts.Select(p => p!.Value)), Whole = c }, subjectAt: countStart);
                    }
                }
            }

            var first = true;
            foreach (var h in percents)
            {
                if (attached.Contains(h.Index) || h.Index < mention.End || h.Index >= spanEnd) continue;
                attached.Add(h.Index);
                var isFirst = first;
                first = false;
                if (h.Basis is null) continue;
                // After the first, a percentage must say what it is of ("và 16,9% so với …").
                if (!isFirst && h.Basis == PercentBasis.Unstated) continue;
                var parent = ParentOf(h.Index, level);
                Add(StatementKind.Percent, h.Index, h.PhraseEnd, s => s with
                {
                    Level = level,
                    LevelText = LevelTextOf(mention),
                    Percent = h.Value,
                    Qualifier = h.Qualifier,
                    MissingPercentSign = h.Missing,
                    Parent = parent,
                    Basis = parent is not null && h.Basis == PercentBasis.Unstated ? PercentBasis.Parent : h.Basis,
                }, subjectAt: countStart >= 0 ? countStart : mention.Start);
            }
        }

        // 6. Labelled counts: totals, number rated, not rated, exempt groups.
        foreach (Match m in NumberRegex().Matches(clause))
        {
            var n = m.Groups["n"];
            if (IsClaimed(n.Index, n.Index + n.Length)) continue;
            if (ToCount(n.Value) is not { } value) continue;
            if (SubjectAt(n.Index) is not { } subject) continue;
            if (NonCountAfterRegex().IsMatch(clause[(n.Index + n.Length)..])) continue;
            if (NonCountBeforeRegex().IsMatch(clause[..n.Index]) && !DurationBeforeRegex().IsMatch(clause[..n.Index])) continue;
            if (levels.Any(l => l.Start < n.Index && n.Index < (levels.FirstOrDefault(k => k.Start > l.Start)?.Start ?? clause.Length))) continue;
            var (label, labelStart) = LabelBefore(clause, n.Index);
            var unitAfter = UnitAheadRegex().Match(clause[(n.Index + n.Length)..]);
            if (ClassifyLabel(label, subject) is not { } kind)
            {
                // "Toàn Đảng bộ có 57 đảng bộ, chi bộ cơ sở": the whole of the unit reporting.
                if (unitAfter.Success && LabelSingleUnitTotalRegex().IsMatch(label.Trim()) && UnitFits(subject, unitAfter.Groups["unit"].Value))
                    kind = StatementKind.Total;
                // "4.371 đảng viên được đánh giá, xếp loại": the words after say it is the number rated (unless a number follows them).
                else if (unitAfter.Success && RatedAfterFractionRegex().Match(clause[(n.Index + n.Length)..]) is { Success: true } ra
                    && !NumberFollowsRegex().IsMatch(clause[(n.Index + n.Length + ra.Length)..]))
                    kind = StatementKind.Rated;
                else continue;
            }
            if (!LabelFits(label, subject) && !(kind == StatementKind.Total && LabelSingleUnitTotalRegex().IsMatch(label.Trim()))) continue;
            if (unitAfter.Success && !UnitFits(subject, unitAfter.Groups["unit"].Value)) continue;
            Claim(n.Index, n.Index + n.Length);
            Add(kind, Math.Min(labelStart, n.Index), n.Index + n.Length, s => s with { Count = value }, subjectAt: n.Index);

            // "số tham gia đánh giá, xếp loại: 4.271 [tỷ lệ 98,5%]": a percentage of the number rated.
            if (kind != StatementKind.Rated) continue;
            var afterUnit = n.Index + n.Length;
            foreach (var h in percents)
            {
                if (attached.Contains(h.Index) || h.Index < afterUnit || h.Basis is null) continue;
                var gap = clause[afterUnit..h.Index];
                if (!RatedToPercentGapRegex().IsMatch(gap)) continue;
                attached.Add(h.Index);
                Add(StatementKind.Percent, h.Index, h.PhraseEnd, s => s with { Percent = h.Value, Basis = h.Basis, Qualifier = h.Qualifier, MissingPercentSign = h.Missing }, subjectAt: n.Index);
            }
        }
    }

    /// <summary>"Ban A, Ban B và Ban C được xếp loại hoàn thành xuất sắc nhiệm vụ": a level's count given by naming the units (at least two).</summary>
    private static bool ScanListedNames(Sentence sentence, string clause, int offset, ReportSubject? subject, List<ReportStatement> output)
    {
        if (subject is null || clause.Any(char.IsAsciiDigit) && !ListAllowsDigits(clause)) return false;
        var levels = LevelMentions(clause, []);
        if (levels.Count != 1) return false;
        var level = levels[0];
        // A list of names is short; a long text before the level is prose (and keeps the match linear).
        if (level.Start > 400) return false;
        var head = ListHeadRegex().Match(clause[..level.Start]);
        if (!head.Success) return false;
        var listStart = head.Groups["list"].Index;
        var original = sentence.Text.Substring(offset + listStart, head.Groups["list"].Length);
        var items = ListSplitRegex().Split(original).Select(x => x.Trim()).Where(x => x.Length > 0).ToList();
        if (items.Count < 2) return false;
        foreach (var item in items)
        {
            var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 10 || !char.IsUpper(item[0]) || char.IsDigit(item[0])) return false;
        }
        var persons = items.All(x => PersonNameRegex().IsMatch(Fold(x)));
        if (persons != subject.Value.IsIndividual()) return false;
        if (CountAfterLevelRegex().Match(clause[level.End..]) is { Success: true } c && c.Groups["n"].Success) return false;
        output.Add(new ReportStatement(sentence.Paragraph, sentence.Text, subject.Value, StatementKind.LevelCount)
        {
            Level = level.Level, Count = items.Count, Names = items,
            Snippet = sentence.Text.Substring(offset + listStart, level.End - listStart).Trim(),
        });
        return true;
    }

    private static bool ListAllowsDigits(string clause) => !clause.Contains('%') && !FractionRegex().IsMatch(clause) && !UnitCountRegex().IsMatch(clause);

    [GeneratedRegex(@"^\s*(?:[-+•]\s*)?(?:[^:]*:\s*)?(?:(?:trong do|gom|co|la)\s*:?\s*)?(?<list>[^:;()%]+?)\s+(?:(?:deu |da |cung )?(?:duoc (?:danh gia,? )?xep loai|xep loai|dat|duoc cong nhan)|duoc)\s*(?:muc\s*|loai\s*)?(?:la\s*)?:?\s*$")]
    private static partial Regex ListHeadRegex();

    [GeneratedRegex(@",\s*|\s+và\s+|\s+va\s+")]
    private static partial Regex ListSplitRegex();

    [GeneratedRegex(@"^(?:dong chi|d/c|ong|ba)\s")]
    private static partial Regex PersonNameRegex();

    [GeneratedRegex(@"(?<![\d.,/])(?<n>" + CountNumber + @"(?:\s*/\s*" + CountNumber + @")?)\s*" + Unit + @"(?![a-z])")]
    private static partial Regex UnitCountRegex();

    [GeneratedRegex(@"(?:\bcua|\btai|\bthuoc|\bo|\bvoi|\btren|\btu)\s*$")]
    private static partial Regex PossessiveBeforeRegex();

    /// <summary>The subject a count's own unit words name, if they name one.</summary>
    private static ReportSubject? SubjectOfUnit(string unit, ReportSubject? current) => unit switch
    {
        _ when unit.StartsWith("chi bo truc thuoc", StringComparison.Ordinal) => ReportSubject.SubordinateCells,
        "chi, dang bo co so" or "chi bo, dang bo co so" or "dang bo, chi bo co so" or "to chuc co so dang" or "to chuc co so"
            or "tccsd" or "tccs" or "co so dang" or "dang bo co so" or "chi bo co so" => ReportSubject.BaseOrganizations,
        "dang vien" or "dong chi" or "d/c" => current is { } c && c.IsIndividual() ? c : ReportSubject.Members,
        _ => null,
    };

    [GeneratedRegex(@"^\s*" + Unit + @"?(?:\s+dang)?(?:\s+truc thuoc)?\s*,?\s*(?:da |deu )?(?:duoc|tham gia) (?:kiem diem,? )?(?:danh gia|xep loai)")]
    private static partial Regex RatedAfterFractionRegex();

    [GeneratedRegex(@"^\s*" + Unit + @"?(?:\s+dang)?(?:\s+truc thuoc)?\s*(?:(?:da |deu )?(?:duoc (?:danh gia,? )?xep loai|xep loai|dat|duoc cong nhan))?\s*(?:muc\s*|loai\s*)?$")]
    private static partial Regex LevelAfterFractionGapRegex();

    [GeneratedRegex(@"^[^\d()\[\]%;]{0,25}?[(\[]\s*(?:(?:bao gom|gom|trong do|cu the)\s*:?\s*)?(?<items>\d[^()\[\]%]*?)[)\]]")]
    private static partial Regex BreakdownRegex();

    [GeneratedRegex(@"(?:^|,|\bva\b)\s*(?<n>" + CountNumber + @")\s+[a-z/]")]
    private static partial Regex BreakdownItemRegex();

    [GeneratedRegex(@"(?<![a-z])(?:xep )?loai [abcd](?![a-z])")]
    private static partial Regex LetterGradeRegex();

    // "đạt 13,2" / "chiếm tỷ lệ 94,5)" — a percentage written without its sign.
    [GeneratedRegex(@"(?<=(?:chiem|ty le|dat|bang)\s*(?:ty le\s*)?(?:la\s*)?[:(\[]?\s*)(?<n>\d{1,3},\d{1,2})(?![\d%]|\s*%|[.,]\d|\s*/)(?=\s*(?:[,;.)\]]|$|\s(?:so voi|tren|trong|tong so|va)\b))")]
    private static partial Regex MissingSignPercentRegex();

    [GeneratedRegex(@"(?<![a-z])(?:(?<least>dat tren|tren|hon|it nhat|toi thieu|tu)|(?<most>duoi|chua den|khong den|chua toi)|(?<nearly>gan|xap xi|gan dat)|(?<about>khoang|chung|uoc chung))\s*(?:muc\s*)?$")]
    private static partial Regex QualifierBeforeRegex();

    private static PercentQualifier? QualifierOf(Match m) =>
        !m.Success ? null
        : m.Groups["least"].Success ? PercentQualifier.AtLeast
        : m.Groups["most"].Success ? PercentQualifier.AtMost
        : m.Groups["nearly"].Success ? PercentQualifier.Nearly
        : PercentQualifier.About;

    [GeneratedRegex(@"(?<![a-z])(?:phan dau|chi tieu|muc tieu|ke hoach de ra|nghi quyet (?:de ra|dai hoi)|(?<est>du uoc|du kien|uoc dat|uoc tinh|uoc thuc hien))(?![a-z])")]
    private static partial Regex TargetClauseRegex();

    // "tăng 1,71% so với năm 2022", "so với năm 2022 giảm 03 tổ chức", "tăng 2,5% so với cùng kỳ".
    [GeneratedRegex(@"(?<![a-z])(?:(?:tang(?! cuong)|giam|cao hon|thap hon)(?![a-z])[^;()\[\]]{0,80}?so voi (?:cung ky )?(?:nam\s+(?:19|20)\d{2}|nam truoc|cung ky)|so voi (?:cung ky )?(?:nam\s+(?:19|20)\d{2}|nam truoc|cung ky)[^;()\[\]]{0,90}?(?:tang|giam)(?![a-z])[^;,()\[\]]*?\d+(?:[.,]\d+)*\s*%?(?:\s*(?:dong chi|dang vien|to chuc|tccs|chi bo|tap the))?)")]
    private static partial Regex ChangePhraseRegex();

    private static string BlankChanges(string clause, Action<int, int> found)
    {
        var matches = ChangePhraseRegex().Matches(clause);
        if (matches.Count == 0) return clause;
        var chars = clause.ToCharArray();
        foreach (Match m in matches)
        {
            if (!m.Value.Any(char.IsAsciiDigit)) continue;
            found(m.Index, m.Index + m.Length);
            for (var i = m.Index; i < m.Index + m.Length; i++) chars[i] = ' ';
        }
        return new string(chars);
    }

    private static decimal? FirstPercent(string text)
    {
        var m = PercentRegex().Match(Fold(text));
        return m.Success ? VietnameseFormat.ParsePercent(m.Value) : null;
    }

    [GeneratedRegex(@"nghi quyet|chi tieu|ke hoach|muc tieu|(?<est>du kien|du uoc)|(?<year>\bnam\b|cung ky)")]
    private static partial Regex NotCountsRegex();

    private static NonResultReason? NotCountsReason(string phrase)
    {
        var m = NotCountsRegex().Match(phrase);
        if (!m.Success) return null;
        return m.Groups["year"].Success ? NonResultReason.Change : m.Groups["est"].Success ? NonResultReason.Estimate : NonResultReason.Target;
    }

    private static bool MentionsOtherYear(string clause, int? year)
    {
        var stripped = ComparisonPhraseRegex().Replace(clause, " ");
        if (stripped.Contains("nam truoc", StringComparison.Ordinal) || stripped.Contains("cung ky", StringComparison.Ordinal)) return true;
        if (year is null) return false;
        foreach (Match m in YearRegex().Matches(stripped))
            if (m.Groups["y"].Value != year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) return true;
        return false;
    }

    private static LevelGroup? LevelOf(Match m)
    {
        if (m.Groups["gb"].Success) return LevelGroup.GoodOrBetter;
        if (m.Groups["cb"].Success) return LevelGroup.CompleteOrBetter;
        if (m.Groups["tb"].Success) return LevelGroup.Exemplary;
        if (m.Groups["ts"].Success) return LevelGroup.Excellent;
        if (m.Groups["yk"].Success) return LevelGroup.NotComplete;
        if (m.Groups["nc"].Success) return LevelGroup.NotComplete;
        if (m.Groups["ex"].Success) return LevelGroup.Excellent;
        if (m.Groups["gd"].Success) return LevelGroup.Good;
        if (m.Groups["cp"].Success) return LevelGroup.Complete;
        if (m.Groups["lg"].Success) return m.Groups["letter"].Value switch
        {
            "a" => LevelGroup.Excellent,
            "b" => LevelGroup.Good,
            "c" => LevelGroup.Complete,
            _ => LevelGroup.NotComplete,
        };
        return RatingLevelParser.TryParse(m.Value) is { } level ? LevelGroups.From(level) : null;
    }

    /// <summary>What a "so với …" phrase compares with; null when it is something else (another year, a plan…).</summary>
    internal static PercentBasis? ClassifyBasis(string phrase)
    {
        if (BasisNotCountsRegex().IsMatch(phrase)) return null;
        if (BasisGoodOrBetterRegex().IsMatch(phrase)) return PercentBasis.GoodOrBetter;
        if (BasisGoodRegex().IsMatch(phrase)) return PercentBasis.Good;
        if (BasisOtherLevelRegex().IsMatch(phrase)) return null;
        if (BasisSubjectToRatingRegex().IsMatch(phrase)) return PercentBasis.SubjectToRating;
        if (BasisRatedRegex().IsMatch(phrase)) return PercentBasis.Rated;
        if (BasisTotalRegex().IsMatch(phrase)) return PercentBasis.TotalOrRated;
        return null;
    }

    /// <summary>The words naming a number: back to ";", "(", ")", "[", "]" when it follows ":", else back to the previous ",", ":" too.</summary>
    private static (string Label, int Start) LabelBefore(string clause, int index)
    {
        var before = clause[..index].TrimEnd();
        int stop;
        if (before.EndsWith(':'))
        {
            before = before[..^1];
            stop = before.LastIndexOfAny([';', '(', ')', '[', ']']);
        }
        else
        {
            stop = before.LastIndexOfAny([';', '(', ')', '[', ']', ',', ':']);
            // "được đánh giá, xếp loại 12": the comma belongs to the label.
            if (stop > 0 && before[stop] == ',' && before[(stop + 1)..].TrimStart().StartsWith("xep loai", StringComparison.Ordinal))
                stop = before.LastIndexOfAny([';', '(', ')', '[', ']', ',', ':'], stop - 1);
        }
        var start = Math.Max(stop + 1, before.Length - 90);
        while (start < before.Length && before[start] == ' ') start++;
        return (before[start..], start);
    }

    /// <summary>What a labelled number is, by the words before it; null when it is none of the counts the checker knows.</summary>
    internal static StatementKind? ClassifyLabel(string label, ReportSubject subject)
    {
        var l = label.Trim();
        if (l.Length == 0 || l.Contains('%') || LevelRegex().IsMatch(l)) return null;
        if (LabelNotACountRegex().IsMatch(l)) return null;
        if (subject == ReportSubject.Members)
        {
            if (LabelExcusedRegex().IsMatch(l)) return StatementKind.ExemptExcused;
            if (LabelSuspendedRegex().IsMatch(l)) return StatementKind.ExemptSuspended;
            if (LabelNewlyAdmittedRegex().IsMatch(l)) return StatementKind.ExemptNewlyAdmitted;
            if (LabelExemptRegex().IsMatch(l)) return StatementKind.Exempt;
            if (LabelSingleUnitTotalRegex().IsMatch(l)) return StatementKind.Total;
        }
        if (LabelNotRatedRegex().IsMatch(l)) return StatementKind.NotRated;
        if (LabelRatedRegex().IsMatch(l)) return StatementKind.Rated;
        if (LabelTotalRegex().IsMatch(l)) return StatementKind.Total;
        return null;
    }

    // The words naming what is counted must agree with the subject: "Tổng số tổ chức đảng: 47" is not a members total.
    private static bool LabelFits(string label, ReportSubject subject)
    {
        if (DetectSubject(label) is { } named) return named == subject;
        var noun = LabelNounRegex().Match(label);
        if (!noun.Success) return true;
        return UnitFits(subject, noun.Groups["unit"].Value);
    }

    [GeneratedRegex(Unit)]
    private static partial Regex LabelNounRegex();

    [GeneratedRegex(@"[(\[][^()\[\]]*[)\]]")]
    private static partial Regex AsideRegex();

    private static bool UnitFits(ReportSubject subject, string? unit)
    {
        if (unit is null) return true;
        var individual = unit is "dong chi" or "d/c" or "dang vien" or "can bo" or "nguoi" or "truong hop";
        return individual == subject.IsIndividual();
    }

    /// <summary>A whole, non-negative count ("4.336", "08"); null for decimals.</summary>
    private static long? ToCount(string text)
    {
        if (VietnameseFormat.ParseNumber(text) is not { } v) return null;
        if (v < 0 || v != decimal.Truncate(v) || v > long.MaxValue / 1000) return null;
        if (text.Contains(',')) return null;
        return (long)v;
    }
}
