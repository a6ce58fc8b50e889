using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeReview.OpenXml.Tests.Documents;

internal static class DocxAssert
{
    /// <summary>OpenXmlValidator (Office 2019 rules, which know w15 repeating sections) finds no error.</summary>
    public static void Valid(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    /// <summary>The body text, one line per paragraph (table cells included, in document order).</summary>
    public static string BodyText(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(ParagraphText));
    }

    public static string ParagraphText(Paragraph p) =>
        string.Concat(p.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", TabChar => "\t", _ => "" }));

    public static string HeaderText(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.HeaderParts.SelectMany(h => h.Header.Descendants<Paragraph>()).Select(ParagraphText));
    }

    public static T WithDocument<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return read(doc);
    }
}
