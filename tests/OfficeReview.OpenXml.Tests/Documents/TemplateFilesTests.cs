using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>
/// The committed templates/*.docx are exactly what the generator makes. To regenerate them after changing the
/// generator: OFFICEREVIEW_UPDATE_TEMPLATES=1 dotnet test tests/OfficeReview.OpenXml.Tests --filter TemplateFilesTests
/// </summary>
public class TemplateFilesTests
{
    public static TheoryData<TemplateKind> Kinds => new(TemplateKinds.All);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Committed_template_matches_the_generator(TemplateKind kind)
    {
        var path = RepoFiles.PathOf("templates", kind.FileName());
        var generated = PartyTemplateGenerator.Generate(kind);
        if (Environment.GetEnvironmentVariable("OFFICEREVIEW_UPDATE_TEMPLATES") == "1")
            File.WriteAllBytes(path, generated);
        Assert.True(File.Exists(path), $"{path} is missing: run with OFFICEREVIEW_UPDATE_TEMPLATES=1");
        Assert.True(generated.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{path} differs from the generator: regenerate it (OFFICEREVIEW_UPDATE_TEMPLATES=1).");
    }

    [Fact]
    public void Margins_are_configurable()
    {
        var doc = PartyTemplateGenerator.Generate(TemplateKind.KeHoach, new TemplateOptions { Margins = new(25, 25, 35, 15) });
        var margin = DocxAssert.WithDocument(doc, d => d.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single()
            .GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!);
        Assert.Equal(1417, margin.Top!.Value);      // 25 mm
        Assert.Equal(1984u, margin.Left!.Value);    // 35 mm
        Assert.Equal(850u, margin.Right!.Value);    // 15 mm
        var standard = DocxAssert.WithDocument(PartyTemplateGenerator.Generate(TemplateKind.KeHoach), d => d.MainDocumentPart!.Document.Body!
            .Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single().GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!.Left!.Value);
        Assert.Equal(1701u, standard);              // 30 mm
    }
}
