using OfficeReview.Domain.Documents;
using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

public class PartyDocumentTests
{
    public static TheoryData<DocumentKind> Kinds => new(DocumentKinds.All);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_composes_without_problems_and_validates(DocumentKind kind)
    {
        var result = PartyDocuments.Compose(kind, Samples.Meta(kind), Samples.Fields(kind), removeContentControls: Environment.GetEnvironmentVariable("OFFICEREVIEW_DUMP_PLAIN") == "1");
        Assert.Empty(result.Problems);
        DocxAssert.Valid(result.Document!);
        var dump = Environment.GetEnvironmentVariable("OFFICEREVIEW_DUMP_DOCX");
        if (!string.IsNullOrEmpty(dump)) File.WriteAllBytes(Path.Combine(dump, kind.Slug() + ".docx"), result.Document!);
    }
}
