using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.ReportChecking;

/// <summary>How to check a report: the ruleset (decides the quota and the percent precision) or the year to choose it by.</summary>
public sealed record ReportCheckOptions
{
    /// <summary>The ruleset to apply; when null it is chosen by <see cref="Year"/>, else by the year named in the text.</summary>
    public Ruleset? Ruleset { get; init; }
    /// <summary>The year reviewed; when null it is read from the text ("năm 2025").</summary>
    public int? Year { get; init; }
}

/// <summary>What the checker read and found.</summary>
public sealed record ReportCheckResult(int? Year, string RulesetId, IReadOnlyList<ReportStatement> Statements, IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public int Infos => Findings.Count(f => f.Severity == Severity.Info);

    /// <summary>For each finding (same order), the figure statement it is about (its words are where a comment goes); null for findings about the whole report.</summary>
    public IReadOnlyList<ReportStatement?> FindingStatements { get; init; } = [];
}

/// <summary>
/// Checks the figures of a narrative report (Báo cáo kết quả kiểm điểm, đánh giá, xếp loại, REVIEW-DOMAIN §7.2):
/// the levels add up to the number rated, rated + not rated = total, members total = exempt + not rated + rated,
/// every percentage against the counts it should come from (and, when wrong, the denominator it matches), "x/y"
/// fractions, and the HTXS quota. Findings carry the path "paragraphs[i]" (0-based) and quote the sentence.
/// </summary>
public static class ReportChecker
{
    public const string PercentMismatch = FindingCatalogue.ReportPercentMismatch;
    public const string PercentWrongDenominator = FindingCatalogue.ReportPercentWrongDenominator;
    public const string SumMismatch = FindingCatalogue.ReportSumMismatch;
    public const string TotalMismatch = FindingCatalogue.ReportTotalMismatch;
    public const string QuotaExceeded = FindingCatalogue.ReportQuotaExceeded;
    public const string FractionInvalid = FindingCatalogue.ReportFractionInvalid;
    public const string PercentTruncated = FindingCatalogue.ReportPercentTruncated;
    public const string PercentInconsistent = FindingCatalogue.ReportPercentInconsistent;
    public const string YearUnknown = FindingCatalogue.ReportYearUnknown;
    public const string NoFigures = FindingCatalogue.ReportNoFigures;

    private const int QuoteLength = 160;

    public static ReportCheckResult Check(IReadOnlyList<string> paragraphs, ReportCheckOptions? options = null)
    {
        options ??= new ReportCheckOptions();
        var findings = new List<Finding>();
        var year = options.Year ?? ReportTextScanner.DetectYear(paragraphs);
        var ruleset = options.Ruleset ?? (year is { } y ? Rulesets.ForYear(y) : Rulesets.All[^1]);
        if (year is null && options.Ruleset is null)
            findings.Add(Finding.Info(YearUnknown, "",
                $"Không thấy năm đánh giá trong báo cáo (\"năm …\"); kiểm tra theo {ruleset.Parameters.Label}."));

        var scanned = ReportTextScanner.Scan(paragraphs, year);
        var about = new Dictionary<Finding, ReportStatement>(ReferenceEqualityComparer.Instance);
        var blocks = Assign(scanned, out var statements, about);
        var matched = new Dictionary<ReportStatement, string>(ReferenceEqualityComparer.Instance);
        var shares = new List<(ReportStatement Statement, long Count, string BaseClass)>();
        foreach (var block in blocks) findings.AddRange(CheckBlock(block, ruleset.Parameters, matched, shares, about));
        findings.AddRange(CheckSameCountPercents(shares, about));
        // "39/40, đạt 97,5%": the percentage of a fraction is checked on the fraction.
        foreach (var s in statements.Where(s => s is { Kind: StatementKind.Percent, Part: not null, Whole: > 0 }))
        {
            var precision = ruleset.Parameters.PercentPrecision;
            if (s.Part > s.Whole) continue;
            if (s.Qualifier is { } q)
            {
                if (!QualifierHolds(q, s.Part!.Value, s.Whole!.Value, s.Percent!.Value))
                    findings.Add(About(about, Finding.Error(PercentMismatch, PathOf(s),
                        $"{Quote(s)}: {s.Subject.VietnameseName()} – ghi {QualifierText(q)} {PercentFigures.Format(s.Percent.Value, s.Percent.Value.Scale)} nhưng {N(s.Part.Value)}/{N(s.Whole.Value)} = {PercentFigures.Format(PercentFigures.Expected(s.Part.Value, s.Whole.Value, 2), 2)}."), s));
                else matched[s] = "fraction";
                continue;
            }
            if (PercentFigures.Matches(s.Part!.Value, s.Whole!.Value, s.Percent!.Value, precision)) { matched[s] = "fraction"; continue; }
            var decimals = PercentFigures.Decimals(s.Percent!.Value, precision);
            if (IsTruncation(s.Part.Value, s.Whole.Value, s.Percent.Value, decimals))
            {
                findings.Add(About(about, Finding.Warning(PercentTruncated, PathOf(s),
                    $"{Quote(s)}: {s.Subject.VietnameseName()} – tỷ lệ {N(s.Part.Value)}/{N(s.Whole.Value)} ghi {PercentFigures.Format(s.Percent.Value, decimals)} là cắt bớt chữ số, làm tròn đúng là {PercentFigures.Format(PercentFigures.Expected(s.Part.Value, s.Whole.Value, decimals), decimals)}."), s));
                matched[s] = "fraction";
                continue;
            }
            findings.Add(About(about, Finding.Error(PercentMismatch, PathOf(s),
                $"{Quote(s)}: {s.Subject.VietnameseName()} – tỷ lệ {N(s.Part.Value)}/{N(s.Whole.Value)} ghi {PercentFigures.Format(s.Percent.Value, decimals)}, " +
                $"đúng phải là {PercentFigures.Format(PercentFigures.Expected(s.Part.Value, s.Whole.Value, decimals), decimals)} ({N(s.Part.Value)} ÷ {N(s.Whole.Value)})."), s));
        }
        foreach (var s in statements.Where(s => s.Kind == StatementKind.Fraction))
            if (s.Part > s.Whole || s.Whole == 0)
                findings.Add(About(about, Finding.Error(FractionInvalid, PathOf(s),
                    $"{Quote(s)}: {s.Subject.VietnameseName()} – \"{s.Snippet}\" không hợp lệ: số được nêu ({N(s.Part!.Value)}) lớn hơn tổng số ({N(s.Whole!.Value)})."), s));

        if (statements.All(s => s.Kind == StatementKind.NotAResult))
            findings.Add(Finding.Info(NoFigures, "", "Không tìm thấy câu số liệu nào về kết quả đánh giá, xếp loại trong báo cáo."));

        var ordered = findings
            .OrderBy(f => f.Path.Length == 0 ? -1 : ParagraphOf(f.Path))
            .ThenBy(f => f.Severity)
            .ToList();
        var attributed = statements.Select(s => matched.TryGetValue(s, out var m) ? s with { MatchedBase = m } : s).ToList();
        var figures = ordered.Select(f => about.TryGetValue(f, out var s) ? s : null).ToList();
        return new ReportCheckResult(year, ruleset.Id, attributed, ordered) { FindingStatements = figures };
    }

    private static Finding About(Dictionary<Finding, ReportStatement> about, Finding f, ReportStatement s)
    {
        about[f] = s;
        return f;
    }

    /// <summary>The 0-based paragraph index of a "paragraphs[i]" path, or -1.</summary>
    public static int ParagraphOf(string path) =>
        path.StartsWith("paragraphs[", StringComparison.Ordinal) && path.EndsWith(']')
        && int.TryParse(path.AsSpan(11, path.Length - 12), out var i) ? i : -1;

    private static string PathOf(ReportStatement s) => $"paragraphs[{s.Paragraph}]";

    // ---- blocks --------------------------------------------------------------------------------------------------

    private enum Field { Total, Rated, NotRated, Exempt, Excused, Suspended, NewlyAdmitted, Excellent, Good, Complete, NotComplete, GoodOrBetter, CompleteOrBetter, Exemplary }

    private sealed class Block(ReportSubject subject, int index)
    {
        public ReportSubject Subject { get; } = subject;
        public int Index { get; } = index;
        public Dictionary<Field, ReportStatement> Facts { get; } = [];
        public List<ReportStatement> Percents { get; } = [];
        public List<ReportStatement> Breakdowns { get; } = [];
        public List<Finding> Conflicts { get; } = [];
        public long? Get(Field f) => Facts.TryGetValue(f, out var s) ? s.Count : null;
        public string Label => Subject.VietnameseName();
    }

    private static Field? FieldOf(ReportStatement s) => s.Kind switch
    {
        StatementKind.Total => Field.Total,
        StatementKind.Rated => Field.Rated,
        StatementKind.NotRated => Field.NotRated,
        StatementKind.Exempt => Field.Exempt,
        StatementKind.ExemptExcused => Field.Excused,
        StatementKind.ExemptSuspended => Field.Suspended,
        StatementKind.ExemptNewlyAdmitted => Field.NewlyAdmitted,
        StatementKind.LevelCount => s.Level switch
        {
            LevelGroup.Excellent => Field.Excellent,
            LevelGroup.Good => Field.Good,
            LevelGroup.Complete => Field.Complete,
            LevelGroup.NotComplete => Field.NotComplete,
            LevelGroup.GoodOrBetter => Field.GoodOrBetter,
            LevelGroup.Exemplary => Field.Exemplary,
            _ => Field.CompleteOrBetter,
        },
        _ => null,
    };

    // One block per subject; a figure restated with another value (another unit, another year) starts a new one.
    private static List<Block> Assign(IReadOnlyList<ReportStatement> scanned, out List<ReportStatement> statements, Dictionary<Finding, ReportStatement> about)
    {
        var blocks = new List<Block>();
        var current = new Dictionary<ReportSubject, Block>();
        statements = new List<ReportStatement>(scanned.Count);
        for (var i = 0; i < scanned.Count; i++)
        {
            var s = scanned[i];
            if (!current.TryGetValue(s.Subject, out var block))
            {
                block = new Block(s.Subject, blocks.Count(b => b.Subject == s.Subject));
                blocks.Add(block);
                current[s.Subject] = block;
            }
            // The total of "40/42": the same as the stated total (not repeated), or an error — never a new block.
            var fromFraction = s.Kind == StatementKind.Total && i > 0 && scanned[i - 1].Kind == StatementKind.Rated
                && scanned[i - 1].Snippet == s.Snippet && s.Paragraph == scanned[i - 1].Paragraph;
            if (fromFraction && block.Facts.TryGetValue(Field.Total, out var stated) && stated.Count == s.Count) continue;
            if (FieldOf(s) is { } field && block.Facts.TryGetValue(field, out var existing) && existing.Count != s.Count)
            {
                if (fromFraction)
                {
                    block.Conflicts.Add(About(about, Finding.Error(TotalMismatch, PathOf(s),
                        $"{Quote(s)}: {block.Label} – \"{s.Snippet}\" lấy mẫu số {N(s.Count!.Value)}, nhưng tổng số đã nêu là {N(existing.Count!.Value)} ({Quote(existing)})."), s));
                    statements.Add(s with { Block = block.Index });
                    continue;
                }
                block = new Block(s.Subject, blocks.Count(b => b.Subject == s.Subject));
                blocks.Add(block);
                current[s.Subject] = block;
            }
            var placed = s with { Block = block.Index };
            statements.Add(placed);
            if (FieldOf(placed) is { } f) block.Facts.TryAdd(f, placed);
            else if (placed.Kind == StatementKind.Percent && placed.Whole is null) block.Percents.Add(placed);
            else if (placed.Kind == StatementKind.Breakdown) block.Breakdowns.Add(placed);
        }
        return blocks;
    }

    // ---- checks --------------------------------------------------------------------------------------------------

    private static readonly Field[] s_levels = [Field.Excellent, Field.Good, Field.Complete, Field.NotComplete];

    private static IEnumerable<Finding> CheckBlock(Block b, RulesetParameters p, Dictionary<ReportStatement, string> matched,
        List<(ReportStatement Statement, long Count, string BaseClass)> shares, Dictionary<Finding, ReportStatement> about)
    {
        foreach (var f in b.Conflicts) yield return f;

        // "(gồm 02 đảng bộ và 10 chi bộ)": the parts add up to the count they break down.
        foreach (var d in b.Breakdowns)
            if (d.Count != d.Whole)
                yield return About(about, Finding.Error(SumMismatch, PathOf(d),
                    $"{Quote(d)}: {b.Label} – các phần \"{d.Snippet}\" cộng lại {N(d.Count!.Value)}, khác số {d.Level!.Value.VietnameseName()} đã nêu {N(d.Whole!.Value)}."), d);

        // Levels add up to the number rated (collectives, leaders: the total when no number rated is given).
        var rated = b.Facts.GetValueOrDefault(Field.Rated)
            ?? (b.Subject != ReportSubject.Members && !b.Facts.ContainsKey(Field.NotRated) ? b.Facts.GetValueOrDefault(Field.Total) : null);
        var known = s_levels.Where(b.Facts.ContainsKey).ToList();
        if (rated is not null && known.Count > 0)
        {
            var sum = CountBlockMath.Sum(known.Select(l => b.Get(l)!.Value));
            if ((known.Count == 4 && sum != rated.Count) || sum > rated.Count)
            {
                var last = known.Select(l => b.Facts[l]).OrderBy(s => s.Paragraph).Last();
                var terms = string.Join(" + ", known.Select(l => N(b.Get(l)!.Value)));
                var what = known.Count == 4 ? "tổng 4 mức" : "tổng các mức đã nêu";
                yield return About(about, Finding.Error(SumMismatch, PathOf(last),
                    $"{Quote(last)}: {b.Label} – {what} ({terms} = {N(sum)}) khác số được đánh giá, xếp loại {N(rated.Count!.Value)} ({Quote(rated)})."), last);
            }
        }

        // "hoàn thành tốt nhiệm vụ trở lên" / "hoàn thành nhiệm vụ trở lên" against the levels.
        foreach (var (field, parts, name) in new[]
        {
            (Field.GoodOrBetter, new[] { Field.Excellent, Field.Good }, "HTXS + HTT"),
            (Field.CompleteOrBetter, new[] { Field.Excellent, Field.Good, Field.Complete }, "HTXS + HTT + HTNV"),
        })
        {
            if (!b.Facts.TryGetValue(field, out var stated) || !parts.All(b.Facts.ContainsKey)) continue;
            var sum = CountBlockMath.Sum(parts.Select(x => b.Get(x)!.Value));
            if (sum != stated.Count)
                yield return About(about, Finding.Error(SumMismatch, PathOf(stated),
                    $"{Quote(stated)}: {b.Label} – {stated.Level!.Value.VietnameseName()} ghi {N(stated.Count!.Value)}, đúng phải là {N(sum)} ({name} = {string.Join(" + ", parts.Select(x => N(b.Get(x)!.Value)))})."), stated);
        }

        // Exempt groups add up to the exempt total.
        if (b.Facts.TryGetValue(Field.Exempt, out var exempt))
        {
            var groups = new[] { Field.Excused, Field.Suspended, Field.NewlyAdmitted }.Where(b.Facts.ContainsKey).ToList();
            var sum = CountBlockMath.Sum(groups.Select(g => b.Get(g)!.Value));
            if (groups.Count > 0 && ((groups.Count == 3 && sum != exempt.Count) || sum > exempt.Count))
            {
                var last = groups.Select(g => b.Facts[g]).OrderBy(s => s.Paragraph).Last();
                yield return About(about, Finding.Error(SumMismatch, PathOf(last),
                    $"{Quote(last)}: {b.Label} – các diện không đánh giá cộng lại ({string.Join(" + ", groups.Select(g => N(b.Get(g)!.Value)))} = {N(sum)}) khác số thuộc diện không đánh giá {N(exempt.Count!.Value)}."), last);
            }
        }

        // Total = (exempt) + not rated + rated.
        if (b.Facts.TryGetValue(Field.Total, out var total) && rated is not null)
        {
            var exemptCount = ExemptCount(b);
            var notRated = b.Get(Field.NotRated);
            var parts = CountBlockMath.Add(CountBlockMath.Add(exemptCount ?? 0, notRated ?? 0), rated.Count!.Value);
            var complete = notRated is not null && (b.Subject != ReportSubject.Members || exemptCount is not null);
            if ((complete && parts != total.Count) || parts > total.Count)
            {
                var terms = new List<string>();
                if (exemptCount is { } e) terms.Add($"không đánh giá {N(e)}");
                if (notRated is { } nr) terms.Add($"chưa đánh giá {N(nr)}");
                terms.Add($"được đánh giá, xếp loại {N(rated.Count!.Value)}");
                var at = new[] { total, rated, b.Facts.GetValueOrDefault(Field.NotRated) }.Where(s => s is not null).OrderBy(s => s!.Paragraph).Last()!;
                yield return About(about, Finding.Error(TotalMismatch, PathOf(at),
                    $"{Quote(at)}: {b.Label} – {string.Join(" + ", terms)} = {N(parts)}, khác tổng số {N(total.Count!.Value)}."), at);
            }
        }

        // Percentages.
        foreach (var s in b.Percents)
        {
            var (finding, basis) = CheckPercent(b, s, p);
            if (basis is not null) matched[s] = basis;
            if (finding is not null) yield return About(about, finding, s);
            if (s.Qualifier is null && Count(b, s.Level) is { } c && s.Level is not null)
                shares.Add((s, c, s.Basis switch { PercentBasis.Good => "good", PercentBasis.GoodOrBetter => "goodOrBetter", PercentBasis.Parent => "parent", _ => basis ?? "rated" }));
        }

        // The HTXS quota: against a stated HTT an error; against HTT derived from "HTT trở lên" − HTXS a warning; not
        // on one small chi bộ's own members (the cap applies across the comparable group), not on the pre-2018 scheme.
        if (b.Facts.TryGetValue(Field.Excellent, out var excellent) && Good(b) is { } good
            && !IsOldScheme(excellent) && !IsSmallSingleCell(b))
        {
            var derived = b.Get(Field.Good) is null;
            var strict = ExcellentQuotaRule.Check(b.Label, PathOf(excellent), excellent.Count!.Value, good, false, p);
            if (strict is not null && derived)
            {
                yield return About(about, Finding.Warning(QuotaExceeded, PathOf(excellent),
                    $"{Quote(excellent)}: {strict.Message} (Số hoàn thành tốt nhiệm vụ {N(good)} được suy ra = hoàn thành tốt nhiệm vụ trở lên {N(b.Get(Field.GoodOrBetter)!.Value)} − HTXS {N(excellent.Count!.Value)}; báo cáo không nêu riêng.)"), excellent);
            }
            else if (strict is not null)
            {
                var raised = p.QuotaExceptionCapPercent is not null
                    ? ExcellentQuotaRule.Check(b.Label, PathOf(excellent), excellent.Count!.Value, good, true, p)
                    : strict;
                yield return raised is null
                    ? About(about, Finding.Warning(QuotaExceeded, PathOf(excellent),
                        $"{Quote(excellent)}: {strict.Message} Chỉ được phép khi cấp có thẩm quyền cho áp dụng mức {VietnameseFormat.Percent(p.QuotaExceptionCapPercent!.Value, 0)}."), excellent)
                    : About(about, Finding.Error(QuotaExceeded, PathOf(excellent), $"{Quote(excellent)}: {strict.Message}"), excellent);
            }
        }
    }

    private static long? ExemptCount(Block b)
    {
        if (b.Get(Field.Exempt) is { } e) return e;
        var groups = new[] { Field.Excused, Field.Suspended, Field.NewlyAdmitted };
        return groups.All(b.Facts.ContainsKey) ? CountBlockMath.Sum(groups.Select(g => b.Get(g)!.Value)) : null;
    }

    // The number rated: stated, else the four levels' sum, else (collectives, leaders: no one is exempt) the total when
    // nothing is said to be not rated.
    private static long? Rated(Block b) =>
        b.Get(Field.Rated) ?? (s_levels.All(b.Facts.ContainsKey) ? CountBlockMath.Sum(s_levels.Select(l => b.Get(l)!.Value)) : (long?)null)
        ?? (b.Subject != ReportSubject.Members && !b.Facts.ContainsKey(Field.NotRated) ? b.Get(Field.Total) : (long?)null);

    private static long? Good(Block b) =>
        b.Get(Field.Good) ?? (b.Get(Field.GoodOrBetter) is { } gb && b.Get(Field.Excellent) is { } e ? CountBlockMath.Subtract(gb, e) : null);

    private static bool IsOldScheme(ReportStatement s) =>
        s.LevelText is { } t && ReportTextScanner.Fold(t) is var f && (f.Contains("trong sach", StringComparison.Ordinal) || f.Contains("tsvm", StringComparison.Ordinal));

    /// <summary>The members of one small chi bộ reporting on itself ("Chi bộ có 25 đảng viên …").</summary>
    private static bool IsSmallSingleCell(Block b)
    {
        if (b.Subject != ReportSubject.Members) return false;
        var size = b.Get(Field.Total) ?? Rated(b);
        if (size is null or > 50) return false;
        return b.Facts.Values.Any(s => ReportTextScanner.Fold(s.Sentence) is var f
            && f.Contains("chi bo", StringComparison.Ordinal) && !f.Contains("chi bo truc thuoc", StringComparison.Ordinal) && !f.Contains("cac chi bo", StringComparison.Ordinal));
    }

    private static long? Count(Block b, LevelGroup? level) => level switch
    {
        null => Rated(b),
        LevelGroup.Exemplary => b.Get(Field.Exemplary),
        LevelGroup.Excellent => b.Get(Field.Excellent),
        LevelGroup.Good => Good(b),
        LevelGroup.Complete => b.Get(Field.Complete),
        LevelGroup.NotComplete => b.Get(Field.NotComplete),
        LevelGroup.GoodOrBetter => b.Get(Field.GoodOrBetter) ?? (b.Get(Field.Excellent) is { } e && Good(b) is { } g ? CountBlockMath.Add(e, g) : (long?)null),
        _ => b.Get(Field.CompleteOrBetter)
             ?? (b.Get(Field.Excellent) is { } e2 && Good(b) is { } g2 && b.Get(Field.Complete) is { } c ? CountBlockMath.Add(CountBlockMath.Add(e2, g2), c) : (long?)null)
             ?? (Rated(b) is { } r && b.Get(Field.NotComplete) is { } nc ? CountBlockMath.Subtract(r, nc) : (long?)null),
    };

    private enum Denominator { Rated, Total, SubjectToRating, Good, GoodOrBetter, Parent, Excellent }

    private static long? Value(Block b, Denominator d, ReportStatement? s = null) => d switch
    {
        Denominator.Parent => s?.Parent is { } parent ? Count(b, parent) : null,
        Denominator.Excellent => b.Get(Field.Excellent),
        Denominator.Rated => Rated(b),
        Denominator.Total => b.Get(Field.Total) ?? (b.Subject != ReportSubject.Members && Rated(b) is { } r && b.Get(Field.NotRated) is { } nr ? CountBlockMath.Add(r, nr) : (long?)null),
        Denominator.SubjectToRating => b.Subject == ReportSubject.Members && b.Get(Field.Total) is { } t && ExemptCount(b) is { } e ? CountBlockMath.Subtract(t, e) : null,
        Denominator.Good => Good(b),
        _ => Count(b, LevelGroup.GoodOrBetter),
    };

    private static string Label(Denominator d) => d switch
    {
        Denominator.Rated => "số được đánh giá, xếp loại",
        Denominator.Total => "tổng số",
        Denominator.SubjectToRating => "số thuộc diện đánh giá",
        Denominator.Good => "số hoàn thành tốt nhiệm vụ",
        Denominator.Parent => "số của nhóm chứa nó (\"trong đó\")",
        Denominator.Excellent => "số trong sạch vững mạnh",
        _ => "số hoàn thành tốt nhiệm vụ trở lên",
    };

    private static string Key(Denominator d) => d switch
    {
        Denominator.Rated => "rated",
        Denominator.Total => "total",
        Denominator.SubjectToRating => "subjectToRating",
        Denominator.Good => "good",
        Denominator.Parent => "parent",
        Denominator.Excellent => "excellent",
        _ => "goodOrBetter",
    };

    private static bool IsTruncation(long part, long whole, decimal stated, int decimals)
    {
        if (whole <= 0 || decimals < 1) return false;
        var exact = (decimal)part * 100m / whole;
        var factor = (decimal)Math.Pow(10, decimals);
        var truncated = decimal.Truncate(exact * factor) / factor;
        return truncated == Math.Round(stated, decimals) && PercentFigures.Expected(part, whole, decimals) != truncated;
    }

    private static bool QualifierHolds(PercentQualifier q, long part, long whole, decimal stated)
    {
        if (whole <= 0) return true;
        var exact = (decimal)part * 100m / whole;
        return q switch
        {
            PercentQualifier.AtLeast => exact >= stated - 0.05m,
            PercentQualifier.AtMost => exact <= stated + 0.05m,
            PercentQualifier.Nearly => exact >= stated - 3m && exact <= stated + 0.5m,
            _ => Math.Abs(exact - stated) <= 2m,
        };
    }

    private static string QualifierText(PercentQualifier q) => q switch
    {
        PercentQualifier.AtLeast => "trên",
        PercentQualifier.AtMost => "dưới",
        PercentQualifier.Nearly => "gần",
        _ => "khoảng",
    };

    /// <summary>The same count of the same level given two percentages that are not roundings of one another.</summary>
    private static IEnumerable<Finding> CheckSameCountPercents(List<(ReportStatement Statement, long Count, string BaseClass)> shares, Dictionary<Finding, ReportStatement> about)
    {
        foreach (var group in shares.GroupBy(x => (x.Statement.Subject, x.Statement.Level, x.Count, x.BaseClass)))
        {
            var list = group.ToList();
            for (var i = 1; i < list.Count; i++)
            {
                var a = list[0].Statement;
                var c = list[i].Statement;
                var decimals = Math.Min(a.Percent!.Value.Scale, c.Percent!.Value.Scale);
                if (Math.Round(a.Percent.Value, decimals, MidpointRounding.AwayFromZero) == Math.Round(c.Percent.Value, decimals, MidpointRounding.AwayFromZero)) continue;
                yield return About(about, Finding.Warning(PercentInconsistent, PathOf(c),
                    $"{Quote(c)}: {c.Subject.VietnameseName()} – cùng {N(group.Key.Count)} {c.Level!.Value.VietnameseName()} nhưng ghi hai tỷ lệ khác nhau: {PercentFigures.Format(a.Percent.Value, a.Percent.Value.Scale)} (đoạn {a.Paragraph + 1}) và {PercentFigures.Format(c.Percent.Value, c.Percent.Value.Scale)} (đoạn {c.Paragraph + 1})."), c);
                break;
            }
        }
    }

    private static (Finding? Finding, string? Matched) CheckPercent(Block b, ReportStatement s, RulesetParameters p)
    {
        var stated = s.Percent!.Value;
        var precision = p.PercentPrecision;
        if (Count(b, s.Level) is not { } count) return (null, null);

        // A percentage of the number rated itself (its share of the total) is only ever a warning.
        Denominator[] declared = s.Level is null
            ? [Denominator.Total, Denominator.SubjectToRating]
            : s.Basis switch
            {
                PercentBasis.Good => [Denominator.Good],
                PercentBasis.GoodOrBetter => [Denominator.GoodOrBetter],
                PercentBasis.SubjectToRating => [Denominator.SubjectToRating, Denominator.Rated],
                PercentBasis.TotalOrRated => [Denominator.Rated, Denominator.Total, Denominator.SubjectToRating],
                // "trong đó có 22,4% xếp loại HTXS": of the group just named, or of the number rated.
                PercentBasis.Parent => [Denominator.Rated, Denominator.Parent, Denominator.Total],
                _ when s.Level == LevelGroup.Exemplary => [Denominator.Rated, Denominator.Excellent, Denominator.Total],
                _ => [Denominator.Rated],
            };
        var knownDeclared = declared.Where(d => Value(b, d, s) is > 0).ToList();
        if (knownDeclared.Count == 0) return (null, null);
        // A nested share whose group is known but not the number rated cannot be judged: it may be of the latter.
        if (s.Basis == PercentBasis.Parent && !knownDeclared.Contains(Denominator.Rated) && !knownDeclared.Contains(Denominator.Total))
            return (null, PercentFigures.Matches(count, Value(b, Denominator.Parent, s)!.Value, stated, precision) ? Key(Denominator.Parent) : null);

        var what = s.Level is { } lv ? $"tỷ lệ {lv.VietnameseName()}" : "tỷ lệ số được đánh giá, xếp loại";
        if (s.Qualifier is { } q)
        {
            var holds = knownDeclared.FirstOrDefault(d => QualifierHolds(q, count, Value(b, d, s)!.Value, stated), (Denominator)(-1));
            if ((int)holds >= 0) return (null, Key(holds));
            var w = Value(b, knownDeclared[0], s)!.Value;
            return (Finding.Error(PercentMismatch, PathOf(s),
                $"{Quote(s)}: {b.Label} – {what} ghi {QualifierText(q)} {PercentFigures.Format(stated, stated.Scale)}, nhưng {N(count)} ÷ {N(w)} {Label(knownDeclared[0])} = {PercentFigures.Format(PercentFigures.Expected(count, w, 2), 2)}."), null);
        }

        var match = knownDeclared.FirstOrDefault(d => PercentFigures.Matches(count, Value(b, d, s)!.Value, stated, precision), (Denominator)(-1));
        if ((int)match >= 0) return (null, Key(match));

        // Levels that do not add up to the number rated are reported once; a percentage computed on their sum is not
        // reported again.
        if (s.Level is not null && declared.Contains(Denominator.Rated) && b.Get(Field.Rated) is { } statedRated
            && s_levels.All(b.Facts.ContainsKey) && CountBlockMath.Sum(s_levels.Select(l => b.Get(l)!.Value)) is var levelSum && levelSum != statedRated
            && PercentFigures.Matches(count, levelSum, stated, precision))
            return (null, "levelSum");

        var main = knownDeclared[0];
        var whole = Value(b, main, s)!.Value;
        var decimals = PercentFigures.Decimals(stated, precision);
        var expected = PercentFigures.Expected(count, whole, decimals);
        var basis = $"{N(count)} ÷ {N(whole)} {Label(main)}";
        var head = $"{Quote(s)}: {b.Label} – {what} ghi {PercentFigures.Format(stated, decimals)}, đúng phải là {PercentFigures.Format(expected, decimals)} ({basis})";

        // 35 ÷ 51 = 68,627… written "68,62%": cut, not rounded — a warning of its own.
        var truncatedOn = knownDeclared.FirstOrDefault(d => IsTruncation(count, Value(b, d, s)!.Value, stated, decimals), (Denominator)(-1));
        if ((int)truncatedOn >= 0)
        {
            var tw = Value(b, truncatedOn, s)!.Value;
            return (Finding.Warning(PercentTruncated, PathOf(s),
                $"{Quote(s)}: {b.Label} – {what} ghi {PercentFigures.Format(stated, decimals)} là cắt bớt chữ số của {N(count)} ÷ {N(tw)} {Label(truncatedOn)}; làm tròn đúng là {PercentFigures.Format(PercentFigures.Expected(count, tw, decimals), decimals)}."), Key(truncatedOn));
        }

        if (s.Level is null)
            return (Finding.Warning(PercentMismatch, PathOf(s), head + "."), null);

        var alternatives = new List<Denominator> { Denominator.Rated, Denominator.Total, Denominator.SubjectToRating };
        if (s.Level is LevelGroup.Excellent or LevelGroup.Exemplary) alternatives.InsertRange(0, [Denominator.Good, Denominator.GoodOrBetter]);
        foreach (var alt in alternatives)
        {
            if (declared.Contains(alt) || Value(b, alt, s) is not { } other || other <= 0 || other == whole) continue;
            if (!PercentFigures.Matches(count, other, stated, precision)) continue;
            return (Finding.Error(PercentWrongDenominator, PathOf(s),
                $"{head}; {PercentFigures.Format(stated, decimals)} là {N(count)} ÷ {N(other)} ({Label(alt)}) — đã tính nhầm mẫu số."), null);
        }
        return (Finding.Error(PercentMismatch, PathOf(s), head + "."), null);
    }

    // ---- text ----------------------------------------------------------------------------------------------------

    /// <summary>The sentence in «», shortened around the figure when long.</summary>
    private static string Quote(ReportStatement s)
    {
        var text = s.Sentence;
        if (text.Length <= QuoteLength) return $"«{text}»";
        var at = s.Snippet.Length > 0 ? text.IndexOf(s.Snippet, StringComparison.Ordinal) : -1;
        if (at < 0) return $"«{text[..(QuoteLength - 1)].TrimEnd()}…»";
        var start = Math.Max(0, Math.Min(at - 40, text.Length - QuoteLength));
        var end = Math.Min(text.Length, start + QuoteLength);
        var cut = text[start..end].Trim();
        return $"«{(start > 0 ? "…" : "")}{cut}{(end < text.Length ? "…" : "")}»";
    }

    // Counts as reports write them: "08", "4.336", but "0" for none.
    private static string N(long v) => v == 0 ? "0" : VietnameseFormat.PaddedCount(v);
}
