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
public static partial class ReportTextScanner
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

    [GeneratedRegex(@"(?<![a-z])(?:(?<nc>khong hoan thanh nhiem vu|khtnv)|(?<cb>hoan thanh nhiem vu tro len|htnv tro len)|(?<gb>hoan thanh tot(?: nhiem vu)? tro len|httnv tro len|htt tro len)|(?<ex>hoan thanh xuat sac nhiem vu|hoan thanh xuat sac(?! (?:viec|cong tac|ke hoach|chi tieu|cac))|htxsnv|htxs)|(?<gd>hoan thanh tot nhiem vu|httnv|htt)|(?<cp>hoan thanh nhiem vu|htnv))(?![a-z])")]
    private static partial Regex LevelRegex();

    // Words a count may carry after it ("08 tổ chức", "620 đồng chí").
    private const string Unit = @"(?<unit>to chuc co so dang|to chuc co so|to chuc dang|to chuc|tccs|co so dang|chi bo|dang bo|tap the|don vi|dong chi|dang vien|can bo|nguoi|truong hop)";

    [GeneratedRegex(@"^\s*\(?\s*(?:[:\-–=]|la|co|dat|duoc|gom|voi|so luong)?\s*(?<n>" + CountNumber + @")(?![\d%/]|[.,]\d|\s*%)\s*" + Unit + @"?(?![a-z])")]
    private static partial Regex CountAfterLevelRegex();

    [GeneratedRegex(@"(?<![\d.,])(?<n>" + CountNumber + @")\s*" + Unit + @"(?:\s+dang)?\s*(?:duoc (?:danh gia, |danh gia )?xep loai|xep loai|dat|duoc cong nhan|duoc danh gia)?\s*(?:muc\s*)?$")]
    private static partial Regex CountBeforeLevelRegex();

    // A percentage directly naming its level: "23,8% HTXS", "91,2% số TCCS đảng hoàn thành tốt nhiệm vụ trở lên".
    [GeneratedRegex(@"^\s*(?:so\s+[^,;:\d%()\[\]]{0,40}?\s*)?(?:duoc xep loai|xep loai|dat|la)?\s*$")]
    private static partial Regex PrefixGapRegex();

    [GeneratedRegex(@"^\s*(?<phrase>(?:so voi|tren|trong)\s[^,;()\[\]%]*?|tong so\s[^,;()\[\]%]*?)(?=\s*(?:[,;()\[\]]|\.(?:\s|$)|\sva\s+\d|$|\d+(?:[.,]\d+)*\s*%))")]
    private static partial Regex BasisPhraseRegex();

    [GeneratedRegex(@"(?:tang|giam|tang them|giam di|chenh lech|hon)\s*(?:them\s*)?$")]
    private static partial Regex DeltaBeforeRegex();

    [GeneratedRegex(@"chi tieu|ke hoach|nghi quyet|muc tieu|de ra|phan dau|yeu cau|toi da|khong qua|khong vuot")]
    private static partial Regex TargetBeforeRegex();

    // A line about one named unit ("Chi bộ thôn 1: …", "Đảng bộ xã A …"), not a subject block.
    [GeneratedRegex(@"^(?:[a-z]\)\s*|\d+[.)]\s*|[-+•]\s*)?(?:chi bo|dang bo|to dang|thon|ap|khu pho|to dan pho|ban|phong|truong)\s+(?!truc thuoc|bo phan|cap tren|co so)")]
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

    [GeneratedRegex(@"\bnam\b|cung ky|ke hoach|chi tieu|khong danh gia|khong thuoc|chua danh gia")]
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

    [GeneratedRegex(@"^(?:trong do,?\s*)?tong so\b")]
    private static partial Regex LabelTotalRegex();

    // ---- subjects ------------------------------------------------------------------------------------------------

    private static readonly (string Key, ReportSubject Subject)[] s_subjectKeys =
    [
        ("to chuc co so dang", ReportSubject.BaseOrganizations),
        ("tccs", ReportSubject.BaseOrganizations),
        ("to chuc co so", ReportSubject.BaseOrganizations),
        ("co so dang", ReportSubject.BaseOrganizations),
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

    /// <summary>One sentence with its subject (named in it or carried over from the sentences before).</summary>
    internal sealed record Sentence(int Paragraph, string Text, string Folded, ReportSubject? Subject);

    internal static IEnumerable<Sentence> Sentences(IReadOnlyList<string> paragraphs)
    {
        ReportSubject? current = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var clean = VietnameseText.Clean(paragraphs[p]);
            if (clean.Length == 0) continue;
            foreach (var part in SentenceBreakRegex().Split(clean))
            {
                var text = part.Trim();
                if (text.Length == 0) continue;
                var folded = Fold(text);
                current = DetectSubject(folded) ?? current;
                yield return new Sentence(p, text, folded, current);
            }
        }
    }

    /// <summary>Every figure statement of the report, in reading order (blocks not yet assigned).</summary>
    public static IReadOnlyList<ReportStatement> Scan(IReadOnlyList<string> paragraphs, int? year)
    {
        var statements = new List<ReportStatement>();
        foreach (var sentence in Sentences(paragraphs))
        {
            if (sentence.Subject is not { } subject) continue;
            if (NamedUnitLineRegex().IsMatch(sentence.Folded)) continue;
            var offset = 0;
            foreach (var clause in sentence.Folded.Split(';'))
            {
                // "…; đảng viên: HTXS 620 đồng chí": a clause naming its own subject (before any "so với …") is about it.
                var headEnd = clause.IndexOf("so voi", StringComparison.Ordinal);
                var percentAt = clause.IndexOf('%');
                if (headEnd < 0 || (percentAt >= 0 && percentAt < headEnd)) headEnd = percentAt;
                var clauseSubject = DetectSubject(headEnd < 0 ? clause : clause[..headEnd]) ?? subject;
                ScanClause(sentence, clauseSubject, clause, offset, year, statements);
                offset += clause.Length + 1;
            }
        }
        return statements;
    }

    private sealed record LevelMention(int Start, int End, LevelGroup Level);

    private static void ScanClause(Sentence sentence, ReportSubject subject, string clause, int offset, int? year, List<ReportStatement> output)
    {
        if (clause.Trim().Length == 0) return;
        // "(năm 2024: 12,5%)": a bracketed aside about another year is blanked out (same length, positions kept).
        clause = AsideRegex().Replace(clause, m => MentionsOtherYear(m.Value, year) ? new string(' ', m.Length) : m.Value);
        if (MentionsOtherYear(clause, year)) return;

        var claimed = new bool[clause.Length];
        void Claim(int start, int end) { for (var i = start; i < end && i < claimed.Length; i++) claimed[i] = true; }
        bool IsClaimed(int start, int end) { for (var i = start; i < end; i++) if (claimed[i]) return true; return false; }
        string Original(int start, int end) => sentence.Text.Substring(offset + start, end - start).Trim();

        ReportStatement Make(StatementKind kind, int start, int end) =>
            new(sentence.Paragraph, sentence.Text, subject, kind) { Snippet = Original(start, end) };

        // 1. Percentages and what they are stated against.
        var percents = new List<(Match Match, decimal Value, PercentBasis? Basis, int PhraseEnd)>();
        var phrases = new List<(int Start, int End)>();
        foreach (Match m in PercentRegex().Matches(clause))
        {
            if (VietnameseFormat.ParsePercent(m.Value) is not { } value) continue;
            Claim(m.Index, m.Index + m.Length);
            if (DeltaBeforeRegex().IsMatch(clause[..m.Index])) continue;
            if (TargetBeforeRegex().IsMatch(clause[Math.Max(0, m.Index - 40)..m.Index])) continue;
            var after = m.Index + m.Length;
            var basis = PercentBasis.Unstated;
            var phraseEnd = after;
            var phrase = BasisPhraseRegex().Match(clause[after..]);
            if (phrase.Success)
            {
                var ps = after + phrase.Groups["phrase"].Index;
                phraseEnd = ps + phrase.Groups["phrase"].Length;
                phrases.Add((ps, phraseEnd));
                Claim(ps, phraseEnd);
                if (ClassifyBasis(phrase.Groups["phrase"].Value) is not { } b) { percents.Add((m, value, null, phraseEnd)); continue; }
                basis = b;
            }
            percents.Add((m, value, basis, phraseEnd));
        }

        // 2. Level mentions outside the "so với …" phrases.
        var levels = new List<LevelMention>();
        foreach (Match m in LevelRegex().Matches(clause))
        {
            if (phrases.Any(p => m.Index >= p.Start && m.Index < p.End)) continue;
            if (LevelOf(m) is not { } level) continue;
            levels.Add(new LevelMention(m.Index, m.Index + m.Length, level));
            Claim(m.Index, m.Index + m.Length);
        }

        var attached = new HashSet<int>();

        // 3. Fractions x/y.
        var fractions = new List<(Match Match, long X, long Y)>();
        foreach (Match m in FractionRegex().Matches(clause))
        {
            if (IsClaimed(m.Index, m.Index + m.Length)) continue;
            if (ToCount(m.Groups["x"].Value) is not { } x || ToCount(m.Groups["y"].Value) is not { } y) continue;
            var before = clause[..m.Index];
            if (DateOrNumberBeforeFractionRegex().IsMatch(before)) continue;
            var (label, _) = LabelBefore(clause, m.Index);
            var after = clause[(m.Index + m.Length)..];
            var countLike = ClassifyLabel(label, subject) is not null
                || UnitAheadRegex().IsMatch(after)
                || CountWordsInLabelRegex().IsMatch(label);
            if (!countLike) continue;
            Claim(m.Index, m.Index + m.Length);
            fractions.Add((m, x, y));
            output.Add(Make(StatementKind.Fraction, m.Index, m.Index + m.Length) with { Part = x, Whole = y });
            if (ClassifyLabel(label, subject) == StatementKind.Rated)
            {
                output.Add(Make(StatementKind.Rated, m.Index, m.Index + m.Length) with { Count = x });
                output.Add(Make(StatementKind.Total, m.Index, m.Index + m.Length) with { Count = y });
            }

            // "Hoàn thành xuất sắc nhiệm vụ: 08/40 tổ chức": x is the level's count.
            var levelBefore = levels.LastOrDefault(l => l.End <= m.Index);
            if (levelBefore is not null && LevelToFractionGapRegex().IsMatch(clause[levelBefore.End..m.Index]))
                output.Add(Make(StatementKind.LevelCount, levelBefore.Start, m.Index + m.Length) with { Level = levelBefore.Level, Count = x });

            // "39/40, đạt 97,5%", "08/40 tổ chức (20,0%)": the percentage of the fraction itself.
            foreach (var (pm, value, basis, phraseEnd) in percents)
            {
                if (pm.Index < m.Index + m.Length || attached.Contains(pm.Index)) continue;
                var gap = clause[(m.Index + m.Length)..pm.Index];
                if (gap.Length <= 90 && !gap.Any(char.IsAsciiDigit)
                    && FractionToPercentGapRegex().IsMatch(gap))
                {
                    attached.Add(pm.Index);
                    if (basis == PercentBasis.Unstated)
                        output.Add(Make(StatementKind.Percent, m.Index, pm.Index + pm.Length) with { Percent = value, Part = x, Whole = y, Basis = basis });
                }
                break;
            }
        }

        // 4. Counts of each level (after the level name, else just before it), and the percentages in its stretch.
        for (var i = 0; i < levels.Count; i++)
        {
            var mention = levels[i];
            // "23,8% HTXS", "91,2% số TCCS đảng hoàn thành tốt nhiệm vụ trở lên": the percentage just before names the level.
            foreach (var (pm, value, basis, phraseEnd) in percents)
            {
                if (attached.Contains(pm.Index) || pm.Index >= mention.Start || basis is null) continue;
                if (basis != PercentBasis.Unstated) continue;
                var gap = clause[(pm.Index + pm.Length)..mention.Start];
                var previousLevelEnd = i > 0 ? levels[i - 1].End : 0;
                if (pm.Index < previousLevelEnd || !PrefixGapRegex().IsMatch(gap)) continue;
                attached.Add(pm.Index);
                output.Add(Make(StatementKind.Percent, pm.Index, mention.End) with { Level = mention.Level, Percent = value, Basis = basis });
            }
        }
        for (var i = 0; i < levels.Count; i++)
        {
            var mention = levels[i];
            var spanEnd = i + 1 < levels.Count ? levels[i + 1].Start : clause.Length;
            long? count = null;
            var countStart = -1;
            var countEnd = -1;
            var afterMatch = CountAfterLevelRegex().Match(clause[mention.End..spanEnd]);
            if (afterMatch.Success && !IsClaimed(mention.End + afterMatch.Groups["n"].Index, mention.End + afterMatch.Groups["n"].Index + afterMatch.Groups["n"].Length)
                && !NonCountAfterRegex().IsMatch(clause[(mention.End + afterMatch.Groups["n"].Index + afterMatch.Groups["n"].Length)..])
                && UnitFits(subject, afterMatch.Groups["unit"].Success ? afterMatch.Groups["unit"].Value : null))
            {
                count = ToCount(afterMatch.Groups["n"].Value);
                countStart = mention.End + afterMatch.Groups["n"].Index;
                countEnd = mention.End + afterMatch.Length;
            }
            else
            {
                var previousEnd = i > 0 ? levels[i - 1].End : 0;
                var before = clause[previousEnd..mention.Start];
                var beforeMatch = CountBeforeLevelRegex().Match(before);
                if (beforeMatch.Success && !IsClaimed(previousEnd + beforeMatch.Groups["n"].Index, previousEnd + beforeMatch.Groups["n"].Index + beforeMatch.Groups["n"].Length)
                    && UnitFits(subject, beforeMatch.Groups["unit"].Value))
                {
                    count = ToCount(beforeMatch.Groups["n"].Value);
                    countStart = previousEnd + beforeMatch.Index;
                    countEnd = previousEnd + beforeMatch.Groups["n"].Index + beforeMatch.Groups["n"].Length;
                }
            }
            if (count is { } c)
            {
                Claim(countStart, countEnd);
                output.Add(Make(StatementKind.LevelCount, Math.Min(mention.Start, countStart), Math.Max(mention.End, countEnd)) with { Level = mention.Level, Count = c });
            }

            var first = true;
            foreach (var (pm, value, basis, phraseEnd) in percents)
            {
                if (attached.Contains(pm.Index) || pm.Index < mention.End || pm.Index >= spanEnd) continue;
                attached.Add(pm.Index);
                var isFirst = first;
                first = false;
                if (basis is null) continue;
                // After the first, a percentage must say what it is of ("và 16,9% so với …").
                if (!isFirst && basis == PercentBasis.Unstated) continue;
                output.Add(Make(StatementKind.Percent, pm.Index, phraseEnd) with { Level = mention.Level, Percent = value, Basis = basis });
            }
        }

        // 5. Labelled counts: totals, number rated, not rated, exempt groups.
        foreach (Match m in NumberRegex().Matches(clause))
        {
            var n = m.Groups["n"];
            if (IsClaimed(n.Index, n.Index + n.Length)) continue;
            if (ToCount(n.Value) is not { } value) continue;
            if (NonCountAfterRegex().IsMatch(clause[(n.Index + n.Length)..])) continue;
            if (NonCountBeforeRegex().IsMatch(clause[..n.Index]) && !DurationBeforeRegex().IsMatch(clause[..n.Index])) continue;
            if (levels.Any(l => l.Start < n.Index && n.Index < (levels.FirstOrDefault(k => k.Start > l.Start)?.Start ?? clause.Length))) continue;
            var (label, labelStart) = LabelBefore(clause, n.Index);
            if (ClassifyLabel(label, subject) is not { } kind) continue;
            if (!LabelFits(label, subject)) continue;
            var unitAfter = UnitAheadRegex().Match(clause[(n.Index + n.Length)..]);
            if (unitAfter.Success && !UnitFits(subject, unitAfter.Groups["unit"].Value)) continue;
            Claim(n.Index, n.Index + n.Length);
            output.Add(Make(kind, labelStart, n.Index + n.Length) with { Count = value });

            // "số tham gia đánh giá, xếp loại: 4.271 [tỷ lệ 98,5%]": a percentage of the number rated.
            if (kind != StatementKind.Rated) continue;
            foreach (var (pm, pv, basis, phraseEnd) in percents)
            {
                if (attached.Contains(pm.Index) || pm.Index < n.Index || basis is null) continue;
                var gap = clause[(n.Index + n.Length)..pm.Index];
                if (!RatedToPercentGapRegex().IsMatch(gap)) continue;
                attached.Add(pm.Index);
                output.Add(Make(StatementKind.Percent, pm.Index, phraseEnd) with { Percent = pv, Basis = basis });
            }
        }
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
        var individual = unit is "dong chi" or "dang vien" or "can bo" or "nguoi" or "truong hop";
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
