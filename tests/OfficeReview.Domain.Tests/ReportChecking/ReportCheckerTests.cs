using OfficeReview.Domain.ReportChecking;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Tests.ReportChecking;

public class ReportCheckerTests
{
    private static ReportCheckResult Check(string[] paragraphs, int? year = null, Ruleset? ruleset = null) =>
        ReportChecker.Check(paragraphs, new ReportCheckOptions { Year = year, Ruleset = ruleset });

    private static string Dump(ReportCheckResult r) =>
        string.Join("\n", r.Findings.Select(f => $"{f.Severity} {f.Code} {f.Path}: {f.Message}"));

    [Fact]
    public void CorrectReportHasNoErrorsOrWarnings()
    {
        var result = Check(SampleReports.Correct());
        Assert.True(result.Findings.All(f => f.Severity == Severity.Info), Dump(result));
        Assert.Equal(2025, result.Year);
        Assert.Equal("366", result.RulesetId);
    }

    [Fact]
    public void ExtractsTheFiguresOfEveryBlock()
    {
        var s = Check(SampleReports.Correct()).Statements;
        ReportStatement One(ReportSubject subject, StatementKind kind, LevelGroup? level = null) =>
            Assert.Single(s, x => x.Subject == subject && x.Kind == kind && x.Level == level && x.Block == 0);

        Assert.Equal(42, One(ReportSubject.BaseOrganizations, StatementKind.Total).Count);
        Assert.Equal(40, One(ReportSubject.BaseOrganizations, StatementKind.Rated).Count);
        Assert.Equal(2, One(ReportSubject.BaseOrganizations, StatementKind.NotRated).Count);
        Assert.Equal(6, One(ReportSubject.BaseOrganizations, StatementKind.LevelCount, LevelGroup.Excellent).Count);
        Assert.Equal(33, One(ReportSubject.BaseOrganizations, StatementKind.LevelCount, LevelGroup.Good).Count);
        Assert.Equal(0, One(ReportSubject.BaseOrganizations, StatementKind.LevelCount, LevelGroup.NotComplete).Count);
        var fraction = One(ReportSubject.BaseOrganizations, StatementKind.Fraction);
        Assert.Equal((40L, 42L), (fraction.Part!.Value, fraction.Whole!.Value));

        var excellentPercents = s.Where(x => x.Subject == ReportSubject.BaseOrganizations && x.Kind == StatementKind.Percent && x.Level == LevelGroup.Excellent).ToList();
        Assert.Contains(excellentPercents, x => x.Percent == 15.0m && x.Basis == PercentBasis.Rated);
        Assert.Contains(excellentPercents, x => x.Percent == 18.2m && x.Basis == PercentBasis.Good);
        // "…trở lên, trong đó 15,0% HTXS": nested under HTT trở lên — of that group or of the number rated.
        Assert.Contains(excellentPercents, x => x.Percent == 15.0m && x.Basis == PercentBasis.Parent && x.Parent == LevelGroup.GoodOrBetter && x.Paragraph == 19);
        Assert.Contains(s, x => x.Subject == ReportSubject.BaseOrganizations && x.Level == LevelGroup.GoodOrBetter && x.Percent == 97.5m);

        Assert.Equal(25, One(ReportSubject.SubordinateCells, StatementKind.Total).Count);
        Assert.Equal(4, One(ReportSubject.SubordinateCells, StatementKind.LevelCount, LevelGroup.Excellent).Count);
        Assert.Equal(12, One(ReportSubject.LeadershipCollectives, StatementKind.Rated).Count);
        Assert.Equal(28, One(ReportSubject.Leaders, StatementKind.LevelCount, LevelGroup.Good).Count);

        Assert.Equal(4336, One(ReportSubject.Members, StatementKind.Total).Count);
        Assert.Equal(65, One(ReportSubject.Members, StatementKind.Exempt).Count);
        Assert.Equal(52, One(ReportSubject.Members, StatementKind.ExemptExcused).Count);
        Assert.Equal(1, One(ReportSubject.Members, StatementKind.ExemptSuspended).Count);
        Assert.Equal(12, One(ReportSubject.Members, StatementKind.ExemptNewlyAdmitted).Count);
        Assert.Equal(4271, One(ReportSubject.Members, StatementKind.Rated).Count);
        Assert.Equal(3120, One(ReportSubject.Members, StatementKind.LevelCount, LevelGroup.Good).Count);
        Assert.Equal(3740, One(ReportSubject.Members, StatementKind.LevelCount, LevelGroup.GoodOrBetter).Count);
        Assert.Equal(4237, One(ReportSubject.Members, StatementKind.LevelCount, LevelGroup.CompleteOrBetter).Count);
        Assert.Contains(s, x => x.Subject == ReportSubject.Members && x.Level == LevelGroup.CompleteOrBetter && x.Percent == 99.2m);
        Assert.Contains(s, x => x.Subject == ReportSubject.Members && x.Level == LevelGroup.Excellent && x.Percent == 16.58m && x.Basis == PercentBasis.GoodOrBetter);

        // Not figures of this year's results: the comparison with 2024, the 2024 count, dates, document numbers, "6 tháng", "03 ngày".
        Assert.DoesNotContain(s, x => x.Percent == 1.2m && x.Kind != StatementKind.NotAResult);
        // The change is read as what it is, and shown, never checked.
        Assert.Contains(s, x => x is { Kind: StatementKind.NotAResult, Reason: NonResultReason.Change, Percent: 1.2m });
        Assert.DoesNotContain(s, x => x.Count is 580 or 366 or 43 or 3 or 9 || (x.Count == 6 && x.Kind != StatementKind.LevelCount));
        Assert.DoesNotContain(s, x => x.Kind == StatementKind.Fraction && x.Paragraph != SampleReports.TccsTotals);
    }

    [Fact]
    public void WrongPercentageSaysTheRightFigure()
    {
        var r = Check(SampleReports.Replace(SampleReports.TccsLevels, "chiếm 82,5%", "chiếm 83,5%"));
        var f = Assert.Single(r.Findings, x => x.Severity == Severity.Error);
        Assert.Equal(ReportChecker.PercentMismatch, f.Code);
        Assert.Equal($"paragraphs[{SampleReports.TccsLevels}]", f.Path);
        Assert.Contains("83,5%", f.Message);
        Assert.Contains("đúng phải là 82,5%", f.Message);
        Assert.Contains("33 ÷ 40", f.Message);
        Assert.StartsWith("«", f.Message);
        Assert.Contains("Hoàn thành tốt nhiệm vụ 33, chiếm 83,5%", f.Message); // the sentence is quoted around the figure
    }

    [Fact]
    public void PercentageAgainstTheTotalIsAWrongDenominator()
    {
        // 06 ÷ 42 (all TCCS, including the two not rated) = 14,3%.
        var r = Check(SampleReports.Replace(SampleReports.TccsLevels, "chiếm 15,0% so với", "chiếm 14,3% so với"));
        var f = Assert.Single(r.Findings, x => x.Severity == Severity.Error);
        Assert.Equal(ReportChecker.PercentWrongDenominator, f.Code);
        Assert.Equal($"paragraphs[{SampleReports.TccsLevels}]", f.Path);
        Assert.Contains("đúng phải là 15,0% (06 ÷ 40 số được đánh giá, xếp loại)", f.Message);
        Assert.Contains("14,3% là 06 ÷ 42 (tổng số)", f.Message);
    }

    [Fact]
    public void QuotaPercentAgainstGoodOrBetterInsteadOfGoodIsAWrongDenominator()
    {
        // "bằng … so với số … hoàn thành tốt nhiệm vụ": 06 ÷ 33 = 18,2%; 15,4% is 06 ÷ 39 (HTT + HTXS).
        var r = Check(SampleReports.Replace(SampleReports.TccsLevels, "bằng 18,2%", "bằng 15,4%"));
        var f = Assert.Single(r.Findings, x => x.Severity == Severity.Error);
        Assert.Equal(ReportChecker.PercentWrongDenominator, f.Code);
        Assert.Contains("đúng phải là 18,2% (06 ÷ 33 số hoàn thành tốt nhiệm vụ)", f.Message);
        Assert.Contains("15,4% là 06 ÷ 39 (số hoàn thành tốt nhiệm vụ trở lên)", f.Message);
    }

    [Fact]
    public void LevelsThatDoNotAddUpAreFound()
    {
        var r = Check(SampleReports.Replace(SampleReports.MembersLevels, "Hoàn thành nhiệm vụ 497 đồng chí, chiếm 11,6%", "Hoàn thành nhiệm vụ 479 đồng chí, chiếm 11,2%"));
        var f = Assert.Single(r.Findings, x => x.Path == $"paragraphs[{SampleReports.MembersLevels}]");
        Assert.Equal(ReportChecker.SumMismatch, f.Code);
        Assert.Contains("620 + 3.120 + 479 + 34 = 4.253", f.Message);
        // "hoàn thành nhiệm vụ trở lên: 4.237" no longer adds up either; nothing else is reported.
        var g = Assert.Single(r.Findings, x => x.Path == "paragraphs[16]");
        Assert.Contains("đúng phải là 4.219", g.Message);
        Assert.Equal(2, r.Findings.Count(x => x.Severity == Severity.Error));
        Assert.Contains("4.271", f.Message);
    }

    [Fact]
    public void MembersTotalThatDoesNotAddUpIsFound()
    {
        var r = Check(SampleReports.Replace(SampleReports.MembersTotals, "Tổng số đảng viên của đảng bộ: 4.336", "Tổng số đảng viên của đảng bộ: 4.326"));
        var f = Assert.Single(r.Findings, x => x.Code == ReportChecker.TotalMismatch);
        Assert.Equal($"paragraphs[{SampleReports.MembersTotals}]", f.Path);
        Assert.Contains("4.326", f.Message);
        Assert.Contains("= 4.336", f.Message);
    }

    [Fact]
    public void ExemptGroupsThatDoNotAddUpAreFound()
    {
        var r = Check(SampleReports.Replace(SampleReports.MembersTotals, "đình chỉ sinh hoạt đảng 01", "đình chỉ sinh hoạt đảng 02"));
        var f = Assert.Single(r.Findings, x => x.Severity == Severity.Error);
        Assert.Equal(ReportChecker.SumMismatch, f.Code);
        Assert.Contains("52 + 02 + 12 = 66", f.Message);
    }

    [Fact]
    public void QuotaBreachIsFound()
    {
        // Tập thể lãnh đạo: 03 HTXS against 09 HTT = 33,3% > 25%.
        var r = Check(SampleReports.Replace(SampleReports.CollectivesParagraph,
            "Hoàn thành xuất sắc nhiệm vụ 02 tập thể (16,7%), Hoàn thành tốt nhiệm vụ 10 tập thể (83,3%)",
            "Hoàn thành xuất sắc nhiệm vụ 03 tập thể (25,0%), Hoàn thành tốt nhiệm vụ 09 tập thể (75,0%)"));
        var f = Assert.Single(r.Findings, x => x.Severity == Severity.Error);
        Assert.Equal(ReportChecker.QuotaExceeded, f.Code);
        Assert.Equal($"paragraphs[{SampleReports.CollectivesParagraph}]", f.Path);
        Assert.Contains("Tập thể lãnh đạo, quản lý", f.Message);
        Assert.Contains("3 ÷ 9", f.Message);
    }

    [Fact]
    public void QuotaBetweenTwentyAndTwentyFivePercentIsAWarningUnder366AndAnErrorUnder124()
    {
        // Chi bộ trực thuộc: 05 HTXS against 21 HTT = 23,8%.
        var text = SampleReports.Replace(SampleReports.CellsParagraph,
            "tổng số 25; được đánh giá 25; kết quả: HTXSNV 04 chi bộ (16,0%), HTTNV 20 chi bộ (80,0%)",
            "tổng số 27; được đánh giá 27; kết quả: HTXSNV 05 chi bộ (18,5%), HTTNV 21 chi bộ (77,8%)");
        text[SampleReports.CellsParagraph] = text[SampleReports.CellsParagraph].Replace("(4,0%)", "(3,7%)");
        var r366 = Check(text);
        var w = Assert.Single(r366.Findings, x => x.Severity != Severity.Info);
        Assert.Equal((ReportChecker.QuotaExceeded, Severity.Warning), (w.Code, w.Severity));
        Assert.Contains("25%", w.Message);

        var r124 = Check(text, ruleset: Rulesets.ById("124"));
        Assert.Equal(Severity.Error, Assert.Single(r124.Findings, x => x.Code == ReportChecker.QuotaExceeded).Severity);
    }

    [Fact]
    public void FractionWithPartAboveWholeIsFound()
    {
        var r = Check(SampleReports.Replace(SampleReports.TccsTotals, "40/42", "43/42"));
        var f = Assert.Single(r.Findings, x => x.Code == ReportChecker.FractionInvalid);
        Assert.Equal($"paragraphs[{SampleReports.TccsTotals}]", f.Path);
        Assert.Contains("43/42", f.Message);
    }

    [Fact]
    public void FractionWholeDifferentFromStatedTotalIsFound()
    {
        var r = Check(SampleReports.Replace(SampleReports.TccsTotals, "40/42", "40/41"));
        var f = Assert.Single(r.Findings, x => x.Code == ReportChecker.TotalMismatch);
        Assert.Equal($"paragraphs[{SampleReports.TccsTotals}]", f.Path);
        Assert.Contains("42", f.Message);
    }

    [Fact]
    public void PercentOfTheUnstatedDenominatorAgainstTheTotalIsFoundInEveryPhrasing()
    {
        // "[tỷ lệ …]" of HTNV trở lên computed on the total (4.237 ÷ 4.336 = 97,7%) instead of the 4.271 rated.
        var r = Check(SampleReports.Replace(16, "[tỷ lệ 99,2%]", "[tỷ lệ 97,7%]"));
        var f = Assert.Single(r.Findings, x => x.Severity == Severity.Error);
        Assert.Equal(ReportChecker.PercentWrongDenominator, f.Code);
        Assert.Equal("paragraphs[16]", f.Path);
        Assert.Contains("đúng phải là 99,2%", f.Message);
        Assert.Contains("4.237 ÷ 4.336 (tổng số)", f.Message);

        // "23,8% HTXS" style, after the levels.
        var r2 = Check(SampleReports.Replace(19, "trong đó 15,0% HTXS", "trong đó 17,5% HTXS"));
        var f2 = Assert.Single(r2.Findings, x => x.Severity == Severity.Error);
        Assert.Equal((ReportChecker.PercentMismatch, "paragraphs[19]"), (f2.Code, f2.Path));
        Assert.Contains("đúng phải là 15,0%", f2.Message);
    }

    [Fact]
    public void APercentWrittenWithFewerDecimalsIsCheckedAtItsOwnPrecision()
    {
        // 620 ÷ 4.271 = 14,516…: "15%" and "14,5%" and "14,52%" are all right; "14,53%" is not; "14,51%" is cut, not rounded.
        Assert.DoesNotContain(Check(SampleReports.Replace(SampleReports.MembersLevels, "chiếm 14,5%", "chiếm 15%")).Findings, f => f.Severity == Severity.Error);
        var wrong = Check(SampleReports.Replace(SampleReports.MembersLevels, "chiếm 14,5%", "chiếm 14,53%"));
        Assert.Contains("đúng phải là 14,52%", Assert.Single(wrong.Findings, f => f.Severity == Severity.Error).Message);
        var cut = Check(SampleReports.Replace(SampleReports.MembersLevels, "chiếm 14,5%", "chiếm 14,51%"));
        Assert.DoesNotContain(cut.Findings, f => f.Severity == Severity.Error);
        Assert.Contains("làm tròn đúng là 14,52%", Assert.Single(cut.Findings, f => f.Code == ReportChecker.PercentTruncated).Message);
    }

    [Fact]
    public void FiguresInAnotherYearOrAsChangesAreNotChecked()
    {
        var r = Check(
        [
            "Báo cáo kết quả năm 2025.",
            "Tổng số tổ chức cơ sở đảng: 40; được đánh giá, xếp loại 40.",
            "Năm 2024: Hoàn thành xuất sắc nhiệm vụ 09 tổ chức, chiếm 50,0%.",
            "So với năm 2024, tỷ lệ hoàn thành tốt nhiệm vụ trở lên tăng 2,5%, giảm 03 tổ chức.",
        ]);
        Assert.DoesNotContain(r.Findings, f => f.Severity != Severity.Info);
        Assert.DoesNotContain(r.Statements, s => s.Kind is StatementKind.Percent or StatementKind.LevelCount);
    }

    [Fact]
    public void UnreadableSentencesAreSkippedSilently()
    {
        string[] text =
        [
            "Năm 2025, toàn Đảng bộ có 12 chi bộ, 310 đảng viên, trong đó 05 đồng chí hoàn thành xuất sắc nhiệm vụ 3 năm liền.",
            "Đảng ủy đề nghị công nhận 02 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tiêu biểu, ngày 15/12/2025, 2/3 số chi bộ đã hoàn thành.",
            "Tỷ lệ tăng 5,3% so với kế hoạch; đạt 105% chỉ tiêu.",
            "Chi bộ | 25 | 3 | 20 | 2",
        ];
        var r = Check(text);
        Assert.DoesNotContain(r.Findings, f => f.Severity != Severity.Info);
    }

    [Fact]
    public void LevelNamesInCapitalsAndWithoutDiacriticsAreRead()
    {
        var r = Check(
        [
            "KẾT QUẢ NĂM 2025",
            "Tổng số tổ chức cơ sở đảng: 20; số được đánh giá, xếp loại: 20/20.",
            "HOÀN THÀNH XUẤT SẮC NHIỆM VỤ 03 tổ chức, chiếm 15,0%; hoan thanh tot nhiem vu 16 to chuc, chiem 80,0%; Hoàn thành nhiệm vụ 01, chiếm 5,0%; Không hoàn thành nhiệm vụ: không.",
        ]);
        Assert.DoesNotContain(r.Findings, f => f.Severity != Severity.Info);
        Assert.Contains(r.Statements, s => s.Level == LevelGroup.Good && s.Count == 16);
        Assert.Contains(r.Statements, s => s.Level == LevelGroup.Excellent && s.Count == 3);

        var bad = Check(
        [
            "KẾT QUẢ NĂM 2025",
            "Tổng số tổ chức cơ sở đảng: 20; số được đánh giá, xếp loại: 20/20.",
            "HOÀN THÀNH XUẤT SẮC NHIỆM VỤ 03 tổ chức, chiếm 15,0%; hoan thanh tot nhiem vu 15 to chuc, chiem 75,0%; Hoàn thành nhiệm vụ 01, chiếm 5,0%; Không hoàn thành nhiệm vụ 0.",
        ]);
        Assert.Contains(bad.Findings, f => f.Code == ReportChecker.SumMismatch && f.Path == "paragraphs[2]");
    }

    [Fact]
    public void YearIsReadFromTheTextOrGiven()
    {
        Assert.Equal("124", Check(["Báo cáo kết quả năm 2024"]).RulesetId);
        Assert.Equal("366", Check(["Báo cáo kết quả năm 2024"], year: 2025).RulesetId);
        var none = Check(["Không có năm"]);
        Assert.Contains(none.Findings, f => f.Code == ReportChecker.YearUnknown);
        Assert.Contains(none.Findings, f => f.Code == ReportChecker.NoFigures);
    }

    [Fact]
    public void AnAsideAboutLastYearIsIgnoredButTheRestOfTheClauseIsChecked()
    {
        var text = SampleReports.Replace(SampleReports.TccsLevels, "Hoàn thành tốt nhiệm vụ 33, chiếm 82,5%", "Hoàn thành tốt nhiệm vụ 33, chiếm 82,5% (năm 2024: 31 tổ chức, chiếm 70,0%)");
        Assert.DoesNotContain(Check(text).Findings, f => f.Severity != Severity.Info);

        var wrong = SampleReports.Replace(SampleReports.TccsLevels, "Hoàn thành tốt nhiệm vụ 33, chiếm 82,5%", "Hoàn thành tốt nhiệm vụ 33, chiếm 85,2% (năm 2024: 31 tổ chức, chiếm 70,0%)");
        var f = Assert.Single(Check(wrong).Findings, x => x.Severity == Severity.Error);
        Assert.Contains("đúng phải là 82,5%", f.Message);
    }

    [Fact]
    public void ACountNamingAnotherKindOfSubjectIsNotTakenForThisOne()
    {
        // After the members' paragraphs, "Tổng số tổ chức đảng: 47" is not a members total; the review counts are not totals.
        var text = SampleReports.Correct().ToList();
        text.Insert(SampleReports.MembersTotals + 1, "Tổng số tổ chức đảng: 47; tổng số đảng viên được kiểm điểm: 4.271.");
        var r = Check([.. text]);
        Assert.DoesNotContain(r.Findings, f => f.Severity != Severity.Info);
        Assert.DoesNotContain(r.Statements, s => s.Count is 47);
    }

    [Fact]
    public void ArbitraryTextNeverThrows()
    {
        var random = new Random(2025);
        const string alphabet = "0123456789.,;:%/()[] -–HTXSNVKhoànthànhxuấtsắcnhiệmvụtốttổngsốđảngviênchiếmbằngsovớitrởlên\n";
        for (var i = 0; i < 300; i++)
        {
            var paragraphs = Enumerable.Range(0, 5).Select(_ => new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())).ToArray();
            var r = ReportChecker.Check(paragraphs);
            Assert.NotNull(r.Findings);
        }
        // Numbers too large for a count are not read as counts.
        var big = Check(["năm 2025", "Tổng số đảng viên: 99999999999999999999999999; số đảng viên tham gia đánh giá, xếp loại: 4.271."]);
        Assert.DoesNotContain(big.Statements, s => s.Kind == StatementKind.Total);
    }

    private static readonly string[] s_messy =
    [
        "BÁO CÁO kết quả đánh giá, xếp loại chất lượng năm 2025",
        "Kết quả: có 38/42 TCCS đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên, đạt 90,48%; trong đó, 08 TCCS đảng hoàn thành xuất sắc nhiệm vụ, chiếm 19,05%.",
        "Về đảng viên: tổng số đảng viên được đánh giá, xếp loại là 1.250/1.298 đồng chí (48 đồng chí miễn đánh giá).",
        "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 91,3%, vượt chỉ tiêu Nghị quyết đề ra (90%).",
        "100% chi bộ hoàn thành tốt việc tổ chức kiểm điểm; 100% tổ chức cơ sở đảng và đảng viên đã hoàn thành việc kiểm điểm.",
        "Kết quả kiểm điểm: 42/42 tổ chức cơ sở đảng đã tiến hành kiểm điểm, 4.271/4.271 đảng viên tham gia kiểm điểm.",
        "Chi bộ thôn 1: 25 đảng viên, HTXS 03, HTT 20, HTNV 02, KHTNV 0.",
        "Chi bộ thôn 2: HTXSNV 05, HTTNV 10, HTNV 0, KHTNV 0.",
        "Đảng bộ xã tự đánh giá, xếp loại hoàn thành tốt nhiệm vụ; không hoàn thành chỉ tiêu phát triển đảng viên mới (đạt 85%).",
        "Đảng viên hoàn thành xuất sắc nhiệm vụ: 185 đồng chí (chiếm 14,8%); hoàn thành tốt nhiệm vụ: 956 đồng chí (chiếm 76,5%); hoàn thành nhiệm vụ: 100 đồng chí (chiếm 8,0%); không hoàn thành nhiệm vụ: 09 đồng chí (chiếm 0,7%).",
        "Tỷ lệ HTXS không quá 20% so với số HTT theo quy định.",
    ];

    [Fact]
    public void MessyRealWorldPhrasingsRaiseNoFalseErrors()
    {
        var r = Check(s_messy);
        Assert.DoesNotContain(r.Findings, f => f.Severity == Severity.Error);
        // HTT is not stated: derived as HTT trở lên 38 − HTXS 08 = 30, and 08 ÷ 30 > 20% is only a warning.
        var quota = Assert.Single(r.Findings, f => f.Severity != Severity.Info);
        Assert.Equal((ReportChecker.QuotaExceeded, Severity.Warning, "paragraphs[1]"), (quota.Code, quota.Severity, quota.Path));
        Assert.Contains("suy ra", quota.Message);
        // Read: the members rated from "1.250/1.298", the four levels of paragraph 9, HTT trở lên as a percentage.
        Assert.Contains(r.Statements, s => s.Subject == ReportSubject.Members && s.Kind == StatementKind.Rated && s.Count == 1250);
        Assert.Equal(4, r.Statements.Count(s => s.Paragraph == 9 && s.Kind == StatementKind.LevelCount));
        Assert.Contains(r.Statements, s => s.Paragraph == 3 && s.Level == LevelGroup.GoodOrBetter && s.Percent == 91.3m);
        // Not read: per-unit lines, targets, "hoàn thành tốt việc …", "không hoàn thành chỉ tiêu".
        Assert.DoesNotContain(r.Statements, s => s.Paragraph is 4 or 6 or 7 or 8 or 10 && s.Kind is not (StatementKind.Fraction or StatementKind.NotAResult));
        Assert.DoesNotContain(r.Statements, s => s.Percent is 90m or 85m or 20m or 100m && s.Kind != StatementKind.NotAResult);
        Assert.Contains(r.Statements, s => s is { Kind: StatementKind.NotAResult, Reason: NonResultReason.Target, Percent: 20m });

        var altered = (string[])s_messy.Clone();
        altered[3] = altered[3].Replace("91,3%", "89,3%");
        var f = Assert.Single(Check(altered).Findings, x => x.Severity == Severity.Error);
        Assert.Equal(("paragraphs[3]", ReportChecker.PercentMismatch), (f.Path, f.Code));
        Assert.Contains("đúng phải là 91,3% (1.141 ÷ 1.250", f.Message);
    }

    [Fact]
    public void FractionsWithAPercentageAreCheckedOnTheFraction()
    {
        string[] text =
        [
            "Báo cáo kết quả đánh giá, xếp loại năm 2025",
            "Số TCCS đảng được xếp loại HTTNV trở lên: 39/40, đạt 97,5%.",
            "Tổ chức cơ sở đảng: Hoàn thành xuất sắc nhiệm vụ: 06/40 tổ chức (15,0%); Hoàn thành tốt nhiệm vụ: 33/40 tổ chức (82,5%).",
            "Tổng số đảng viên được đánh giá, xếp loại: 4.271/4.336 đồng chí, đạt 98,5%.",
        ];
        var r = Check(text);
        Assert.DoesNotContain(r.Findings, f => f.Severity != Severity.Info);
        Assert.Contains(r.Statements, s => s.Kind == StatementKind.LevelCount && s.Level == LevelGroup.GoodOrBetter && s.Count == 39);
        Assert.Contains(r.Statements, s => s.Kind == StatementKind.LevelCount && s.Level == LevelGroup.Good && s.Count == 33);
        // "HTTNV trở lên: 39/40" names a level, so 39 is not the number rated.
        Assert.DoesNotContain(r.Statements, s => s.Kind == StatementKind.Rated && s.Count == 39);
        Assert.Contains(r.Statements, s => s.Kind == StatementKind.Rated && s.Subject == ReportSubject.Members && s.Count == 4271);

        text[2] = text[2].Replace("(82,5%)", "(83,0%)");
        var f = Assert.Single(Check(text).Findings, x => x.Severity == Severity.Error);
        Assert.Equal((ReportChecker.PercentMismatch, "paragraphs[2]"), (f.Code, f.Path));
        Assert.Contains("tỷ lệ 33/40 ghi 83,0%, đúng phải là 82,5% (33 ÷ 40)", f.Message);
    }

    [Fact]
    public void ThousandsGroupedWithSpacesAreOneNumber()
    {
        // "4 336" (a non-breaking space from a spreadsheet) is four thousand three hundred thirty-six, not 4 and 336.
        var text = SampleReports.Replace(SampleReports.MembersTotals, "4.336", "4\u00A0336");
        text[SampleReports.MembersLevels] = text[SampleReports.MembersLevels].Replace("3.120", "3 120");
        var r = Check(text);
        Assert.DoesNotContain(r.Findings, f => f.Severity != Severity.Info);
        Assert.Contains(r.Statements, s => s.Kind == StatementKind.Total && s.Count == 4336);
        Assert.Contains(r.Statements, s => s.Level == LevelGroup.Good && s.Count == 3120 && s.Subject == ReportSubject.Members);
    }

    [Fact]
    public void AClauseNamingAnotherSubjectIsAboutThatSubject()
    {
        string[] text =
        [
            "Báo cáo kết quả đánh giá, xếp loại năm 2025",
            "Kết quả xếp loại: tổ chức cơ sở đảng HTXSNV 06, HTTNV 33; đảng viên HTXSNV 620 đồng chí, HTTNV 3.120 đồng chí.",
            "Chi bộ trực thuộc: HTXSNV 04 chi bộ, chiếm 10,0% so với tổng số tổ chức cơ sở đảng; HTTNV 20 chi bộ.",
        ];
        var r = Check(text);
        Assert.DoesNotContain(r.Findings, f => f.Severity != Severity.Info);
        Assert.Contains(r.Statements, s => s is { Subject: ReportSubject.BaseOrganizations, Level: LevelGroup.Excellent, Count: 6, Block: 0 });
        Assert.Contains(r.Statements, s => s is { Subject: ReportSubject.Members, Level: LevelGroup.Excellent, Count: 620, Block: 0 });
        // "so với tổng số tổ chức cơ sở đảng" does not move the chi bộ figures to the TCCS block.
        Assert.Contains(r.Statements, s => s is { Subject: ReportSubject.SubordinateCells, Level: LevelGroup.Excellent, Count: 4 });
        Assert.DoesNotContain(r.Statements, s => s.Subject == ReportSubject.BaseOrganizations && s.Block > 0);
    }

    [Fact]
    public void TheShareOfMembersRatedIsCheckedAgainstTheTotalAsAWarning()
    {
        string[] text =
        [
            "Báo cáo kết quả đánh giá, xếp loại năm 2025",
            "Tổng số đảng viên: 4.336; đảng viên thuộc diện không đánh giá: 65.",
            "Tổng số đảng viên được đánh giá, xếp loại là 4.271 đồng chí, chiếm 98,5% tổng số đảng viên.",
        ];
        Assert.DoesNotContain(Check(text).Findings, f => f.Severity != Severity.Info);
        text[2] = text[2].Replace("98,5%", "97,5%");
        var f = Assert.Single(Check(text).Findings, x => x.Severity != Severity.Info);
        Assert.Equal((Severity.Warning, ReportChecker.PercentMismatch, "paragraphs[2]"), (f.Severity, f.Code, f.Path));
        Assert.Contains("đúng phải là 98,5% (4.271 ÷ 4.336 tổng số)", f.Message);
    }
}
