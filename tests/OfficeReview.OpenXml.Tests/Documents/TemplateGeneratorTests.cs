using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

public class TemplateGeneratorTests
{
    public static TheoryData<TemplateKind> Kinds => new(TemplateKinds.All);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Generated_template_is_valid_and_deterministic(TemplateKind kind)
    {
        var a = PartyTemplateGenerator.Generate(kind);
        var b = PartyTemplateGenerator.Generate(kind);
        DocxAssert.Valid(a);
        Assert.Equal(a, b);
    }
}
