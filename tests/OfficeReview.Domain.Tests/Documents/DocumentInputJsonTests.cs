using System.Text;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Tests.Documents;

/// <summary>The optional fields of the document inputs: issuer level, report details, quyết định units.</summary>
public class DocumentInputJsonTests
{
    private static ReadOnlyMemory<byte> Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private const string Meta = """{"issuer":"Chi bộ Thôn 1","issuerCode":"CB","place":"Ia Grai","date":"2025-12-05","signer":{"authority":"T/M","title":"Bí thư","name":"A"}""";

    [Fact]
    public void Meta_without_a_signer_body_takes_the_issuers_and_the_level_may_be_given()
    {
        var read = DocumentInputJson.ReadMeta(Utf8(Meta + "}"));
        Assert.True(read.IsReadable);
        Assert.Null(read.Value!.Signer.Body);
        Assert.Equal("T/M CHI BỘ", read.Value.EffectiveSigner(2025).AuthorityLine);
        Assert.DoesNotContain(read.Value.Validate(DocumentKind.BaoCao), f => f.Severity == Severity.Error);

        var given = DocumentInputJson.ReadMeta(Utf8(Meta + ""","issuerLevel":"chi-bo-truc-thuoc","advisoryBody":"Văn phòng Đảng ủy"}"""));
        Assert.Equal(IssuerLevel.SubordinateCell, given.Value!.IssuerLevel);
        Assert.Equal("Văn phòng Đảng ủy", given.Value.Profile(2025).AdvisoryBody);

        var btv = DocumentInputJson.ReadMeta(Utf8(Meta.Replace("\"authority\":\"T/M\"", "\"authority\":\"T/M\",\"body\":\"Ban Thường vụ\"") + "}"));
        Assert.Contains(btv.Value!.Validate(DocumentKind.BaoCao), f => f.Code == "SIGN_BODY_LEVEL" && f.Severity == Severity.Warning);
        Assert.DoesNotContain(read.Value.Validate(DocumentKind.BaoCao), f => f.Code == "SIGN_BODY_LEVEL");

        var wrong = DocumentInputJson.ReadMeta(Utf8(Meta + ""","issuerLevel":"huyen"}"""));
        Assert.False(wrong.IsReadable);
        Assert.Contains(wrong.Findings, f => f.Path == "meta.issuerLevel" && f.Message.Contains("tinh-uy"));
    }

    [Fact]
    public void Report_details_are_read_with_paths_for_what_is_wrong()
    {
        var ok = DocumentInputJson.ReadReportDetails(Utf8("""
            {"schema":"officereview.unit-report/1","year":2025,
             "units":[{"name":"Chi bộ Thôn 1","level":"Hoàn thành xuất sắc nhiệm vụ"},{"name":"Chi bộ Thôn 2","proposedLevel":"good","kind":"chi-bo-co-so"}],
             "reviewHeld":{"organizations":{"held":336,"total":336},"members":{"held":4336,"total":4371}},
             "commended":{"members":12},"shortcomings":["x"],"quotaDenominator":"goodAndExcellent"}
            """));
        Assert.True(ok.IsReadable, string.Join("; ", ok.Findings.Select(f => f.Message)));
        var d = ok.Value!;
        Assert.Equal(RatingLevel.Excellent, d.Units[0].Level);
        Assert.True(d.Units[1].IsProposalOnly);
        Assert.Equal(new ReviewCount(4336, 4371), d.ReviewHeld!.Members);
        Assert.Equal(12, d.CommendedMembers);
        Assert.Equal(QuotaDenominator.GoodAndExcellent, d.Overrides!.QuotaDenominator);

        Assert.Empty(DocumentInputJson.ReadReportDetails(Utf8("""{"year":2025}""")).Value!.Units);

        var bad = DocumentInputJson.ReadReportDetails(Utf8("""{"units":[{"name":"A","level":"giỏi"}],"reviewHeld":{"members":{"held":5,"total":4}},"quotaDenominator":"all"}"""));
        Assert.False(bad.IsReadable);
        Assert.Contains(bad.Findings, f => f.Path == "data.units[0].level");
        Assert.Contains(bad.Findings, f => f.Path == "data.reviewHeld.members");
        Assert.Contains(bad.Findings, f => f.Path == "data.quotaDenominator");
    }

    [Fact]
    public void A_decision_needs_each_units_decided_level()
    {
        var ok = DocumentInputJson.ReadDecision(Utf8("""{"year":2025,"units":[{"name":"Chi bộ Thôn 1","level":"excellent","proposedLevel":"excellent"}]}"""));
        Assert.True(ok.IsReadable);
        Assert.Equal(RatingLevel.Excellent, ok.Value!.Units.Single().Level);

        var missing = DocumentInputJson.ReadDecision(Utf8("""{"year":2025,"units":[{"name":"Chi bộ Thôn 1","proposedLevel":"good"}]}"""));
        Assert.False(missing.IsReadable);
        Assert.Contains(missing.Findings, f => f.Path == "data.units[0].level");
        Assert.False(DocumentInputJson.ReadDecision(Utf8("""{"year":2025}""")).IsReadable);
    }
}
