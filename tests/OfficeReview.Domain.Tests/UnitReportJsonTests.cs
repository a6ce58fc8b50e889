using System.Text;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Synthetic;

namespace OfficeReview.Domain.Tests;

public class UnitReportJsonTests
{
    private const string Minimal = """{"schema":"officereview.unit-report/1","year":2025,"unit":{"code":"X1","name":"Chi bộ thôn 1","kind":"chi-bo-co-so","category":"xa","parent":"DB01"}}""";

    [Fact]
    public void ReadsTheMinimalReport()
    {
        var r = UnitReportJson.Read(Minimal);
        Assert.True(r.IsReadable);
        Assert.Empty(r.Findings);
        Assert.Equal(2025, r.Report!.Year);
        Assert.Equal(UnitKind.BaseCell, r.Report.Unit.Kind);
        Assert.Equal("DB01", r.Report.Unit.Parent);
        Assert.Null(r.Report.Members);
    }

    [Fact]
    public void EverythingRoundTrips()
    {
        var province = SyntheticProvince.Generate(new SyntheticOptions { Units = 40, Members = 600, Seed = 2 });
        foreach (var report in province.Units)
        {
            var json = UnitReportJson.Write(report);
            var back = UnitReportJson.Read(json);
            Assert.Empty(back.Findings);
            Assert.Equal(json, UnitReportJson.Write(back.Report!));
        }
        var full = Reports.Unit().WithBase(Reports.Org(5, 17, 3, 0) with
        {
            StatedPercents = new LevelPercents { Excellent = 20.0m, Good = 68.00m },
            QuotaExceptionApproved = true,
            ByCategory = [new CategoryRow { Category = "xa", Total = 25, Excellent = 5, Good = 17, Complete = 3, NotComplete = 0 }],
        }) with
        {
            Members = Reports.Members(1, 2, 0, 0, excused: 1) with { DisciplinedInYear = 0 },
            Leaders = new CountBlock { Total = 3, Good = 3 },
            LeadershipCollectives = new CountBlock { Total = 1, Excellent = 1 },
            OwnRating = new OwnRating { Level = RatingLevel.Good, Score = 85.5m, HasDisciplinedSubordinate = true },
            MemberList = [new MemberEntry { Name = "Nguyễn Văn A", BirthYear = 1970, Position = "Bí thư", Cell = "Chi bộ 1", Form = "2A", GeneralScore = 27, TaskScore = 60.5m, SelfLevel = RatingLevel.Excellent, ProposedLevel = RatingLevel.Good, DecidedLevel = RatingLevel.Good, DisciplinedInYear = true, Disqualified = true, CompetentLevelException = true, ExemptReason = ExemptReason.Suspended, Note = "Ghi chú" }],
        };
        var text = UnitReportJson.Write(full);
        var again = UnitReportJson.Read(text);
        Assert.Empty(again.Findings);
        Assert.Equal(text, UnitReportJson.Write(again.Report!));
        Assert.Contains("\"excellent\": 20.0", text);
        Assert.Contains("Nguyễn Văn A", text); // not escaped
    }

    [Fact]
    public void TextIsNormalizedToNfc()
    {
        var nfd = Minimal.Replace("Chi bộ thôn 1", "Chi bộ thôn 1".Normalize(NormalizationForm.FormD));
        var r = UnitReportJson.Read(nfd);
        Assert.Equal("Chi bộ thôn 1", r.Report!.Unit.Name);
        Assert.True(r.Report.Unit.Name.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("{\"year\": 2025,", UnitReportJson.Unreadable, "")]
    [InlineData("[1,2]", UnitReportJson.WrongType, "")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"unit\":{\"code\":\"a\",\"name\":\"b\",\"kind\":\"chi-bo-co-so\"}}", UnitReportJson.MissingField, "year")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"year\":2025}", UnitReportJson.MissingField, "unit")]
    [InlineData("{\"schema\":\"other/2\",\"year\":2025,\"unit\":{}}", UnitReportJson.UnknownSchema, "schema")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"year\":\"2025\",\"unit\":{}}", UnitReportJson.WrongType, "year")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"year\":2025,\"unit\":{\"code\":\"a\",\"name\":\"b\",\"kind\":\"huyen\"}}", UnitReportJson.UnknownValue, "unit.kind")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"year\":2025,\"unit\":{\"code\":\"a\",\"name\":\"b\",\"kind\":\"chi-bo-co-so\"},\"members\":{\"total\":\"12\"}}", UnitReportJson.WrongType, "members.total")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"year\":2025,\"unit\":{\"code\":\"a\",\"name\":\"b\",\"kind\":\"chi-bo-co-so\"},\"organizations\":{\"baseOrganizations\":[]}}", UnitReportJson.WrongType, "organizations.baseOrganizations")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"year\":2025,\"unit\":{\"code\":\"a\",\"name\":\"b\",\"kind\":\"chi-bo-co-so\"},\"memberList\":[{\"birthYear\":1970}]}", UnitReportJson.MissingField, "memberList[0].name")]
    public void UnreadableDocumentsSayWhyAndWhere(string json, string code, string path)
    {
        var r = UnitReportJson.Read(json);
        Assert.False(r.IsReadable);
        var f = Assert.Single(r.Findings, x => x.Severity == Rules.Severity.Error);
        Assert.Equal(code, f.Code);
        Assert.Equal(path, f.Path);
        Assert.False(string.IsNullOrWhiteSpace(f.Message));
    }

    [Fact]
    public void SyntaxErrorNamesTheLine()
    {
        var f = Assert.Single(UnitReportJson.Read("{\n  \"year\": 2025\n  \"unit\": {}\n}").Findings);
        Assert.Contains("dòng 3", f.Message);
    }

    [Fact]
    public void FractionalCountsAndUnknownLevelsAreFindingsNotFailures()
    {
        var json = Minimal[..^1] + ",\"members\":{\"total\":12.5},\"memberList\":[{\"name\":\"A\",\"decidedLevel\":\"Tốt\"},{\"name\":\"B\",\"decidedLevel\":\"HTTNV\",\"exemptReason\":\"Đình chỉ sinh hoạt đảng\"}]}";
        var r = UnitReportJson.Read(json);
        Assert.True(r.IsReadable);
        Assert.Equal(12, r.Report!.Members!.Total);
        Assert.Contains(r.Findings, f => f.Code == UnitReportJson.FractionalCount && f.Path == "members.total");
        Assert.Contains(r.Findings, f => f.Code == UnitReportJson.UnknownLevel && f.Path == "memberList[0].decidedLevel");
        Assert.Equal(RatingLevel.Good, r.Report.MemberList![1].DecidedLevel);
        Assert.Equal(ExemptReason.Suspended, r.Report.MemberList[1].ExemptReason);
    }

    [Fact]
    public void MissingSchemaIsOnlyAWarning()
    {
        var r = UnitReportJson.Read(Minimal.Replace("\"schema\":\"officereview.unit-report/1\",", ""));
        Assert.True(r.IsReadable);
        Assert.Equal(Rules.Severity.Warning, Assert.Single(r.Findings).Severity);
    }

    [Fact]
    public void DeepNestingIsRefused()
    {
        var deep = new string('[', 200) + new string(']', 200);
        var r = UnitReportJson.Read(deep);
        Assert.False(r.IsReadable);
        Assert.Equal(UnitReportJson.Unreadable, Assert.Single(r.Findings).Code);
    }

    [Fact]
    public void NewMemberAndOrganizationFieldsRoundTrip()
    {
        const string json = """
        {"schema":"officereview.unit-report/1","year":2025,
         "unit":{"code":"CB01","name":"Chi bộ thôn 1","kind":"chi-bo-truc-thuoc","category":"xa","parent":"DB01"},
         "ownRating":{"level":"good","tasksAssigned":10,"tasksExceeded":2,"tasksLate":1,"tasksUndone":0,"shortcomingsFixed":true},
         "organizationList":[{"code":"TT1","name":"Chi ủy chi bộ thôn 1","leadershipCollective":true,"collectiveOf":"CB01","decidedLevel":"HTTNV","disciplined":true,"tasksUndone":1,"shortcomingsFixed":false}],
         "memberList":[{"name":"Nguyễn Văn An","admissionDate":"15/6/2025","membership":"Dự bị","staffRating":"HTXSNV",
           "temporaryActivity":"hosted","leave":"Nghỉ thai sản","votePercent":87.5,"disciplineForm":"Cảnh cáo","disciplineDutyRelated":false,
           "disciplineBasis":"QĐ 05","disciplineSelfDetected":true,"disciplinePreviousUnit":true,"disciplineCountedBefore":true,
           "heads":"CB01; CB01","leads":["CB01","DB01"],"lowConfidencePercent":51,"tasksAssigned":4,"tasksExceeded":1,"tasksLate":0,"tasksUndone":3,"shortcomingsFixed":false}]}
        """;
        var read = UnitReportJson.Read(json);
        Assert.Empty(read.Findings);
        var m = read.Report!.MemberList![0];
        Assert.Equal(new DateOnly(2025, 6, 15), m.AdmissionDate);
        Assert.Equal(MembershipStatus.Probationary, m.Membership);
        Assert.Equal(RatingLevel.Excellent, m.StaffRating);
        Assert.Equal(TemporaryActivity.Hosted, m.TemporaryActivity);
        Assert.Equal(LeaveKind.Maternity, m.Leave);
        Assert.Equal(DisciplineForm.Warning, m.DisciplineForm);
        Assert.False(m.DisciplineDutyRelated);
        Assert.True(m.IsDisciplined);
        Assert.Equal(["CB01"], m.Heads!);
        Assert.Equal(["CB01", "DB01"], m.LedUnits.ToArray());
        Assert.Equal(3, m.Tasks!.Undone);
        Assert.False(m.ShortcomingsFixed);
        Assert.Equal(10, read.Report.OwnRating!.Tasks!.Assigned);
        var org = read.Report.OrganizationList![0];
        Assert.True(org.LeadershipCollective);
        Assert.Equal("CB01", org.CollectiveOf);
        Assert.Equal(RatingLevel.Good, org.FinalLevel);
        var written = UnitReportJson.Write(read.Report);
        Assert.Equal(written, UnitReportJson.Write(UnitReportJson.Read(written).Report!));
        Assert.Contains("\"admissionDate\": \"2025-06-15\"", written);
    }

    [Fact]
    public void UnknownMemberValuesAreFindingsNotCrashes()
    {
        const string json = """
        {"schema":"officereview.unit-report/1","year":2025,"unit":{"code":"CB01","name":"Chi bộ 1","kind":"chi-bo-truc-thuoc"},
         "memberList":[{"name":"A","admissionDate":"31/2/2025","membership":"tạm","disciplineForm":"phê bình","leave":"du lịch"}],
         "organizationList":[{"code":"X","kind":"huyen"}]}
        """;
        var read = UnitReportJson.Read(json);
        Assert.True(read.IsReadable);
        Assert.Equal(
            ["memberList[0].admissionDate", "memberList[0].disciplineForm", "memberList[0].leave", "memberList[0].membership", "organizationList[0].kind"],
            read.Findings.Select(f => f.Path).Order().ToArray());
        Assert.All(read.Findings, f => Assert.Equal(UnitReportJson.UnknownValue, f.Code));
    }
}
