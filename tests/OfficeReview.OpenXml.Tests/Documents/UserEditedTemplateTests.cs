using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.Domain.Documents;
using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>
/// The committed template edited the way a user edits it in Word — by rewriting word/document.xml as Word would save it:
/// a static paragraph's text changed, the placeholder inside a tagged control split into two runs by a formatting
/// change (with a proofing mark between), the results table restyled — still generates correctly.
/// </summary>
public class UserEditedTemplateTests
{
    private static byte[] EditDocumentXml(byte[] docx, Func<string, string> edit)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var r = new StreamReader(entry.Open(), Encoding.UTF8)) xml = r.ReadToEnd();
            var edited = edit(xml);
            Assert.NotEqual(xml, edited);
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            w.Write(edited);
        }
        return ms.ToArray();
    }

    private static string ReplaceOnce(string xml, string from, string to)
    {
        var i = xml.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"not in the template: {from}");
        return xml[..i] + to + xml[(i + from.Length)..];
    }

    [Fact]
    public void Edited_bao_cao_template_still_generates()
    {
        var template = File.ReadAllBytes(RepoFiles.PathOf("templates", "bao-cao.docx"));
        var edited = EditDocumentXml(template, xml =>
        {
            // 1. paragraph text changed (the type name line)
            xml = ReplaceOnce(xml, ">BÁO CÁO<", ">BÁO CÁO TỔNG HỢP<");
            // 2. the issuer placeholder split by making half of it italic, with a spell-check mark between
            xml = ReplaceOnce(xml, "<w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">[CƠ QUAN BAN HÀNH]</w:t></w:r>",
                "<w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">[CƠ QUAN </w:t></w:r><w:proofErr w:type=\"spellStart\" />" +
                "<w:r><w:rPr><w:b /><w:i /></w:rPr><w:t>BAN HÀNH]</w:t></w:r><w:proofErr w:type=\"spellEnd\" />");
            // 3. the results table restyled: double borders, and a shaded name cell in the repeating row
            var tableStart = xml.IndexOf("[tiêu đề bảng]", StringComparison.Ordinal);
            var head = xml[..tableStart];
            var rest = xml[tableStart..].Replace("w:val=\"single\" w:color=\"000000\" w:sz=\"4\"", "w:val=\"double\" w:color=\"1F3864\" w:sz=\"4\"");
            rest = ReplaceOnce(rest, "<w:vAlign w:val=\"center\" /></w:tcPr><w:p><w:pPr><w:jc w:val=\"left\" />",
                "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DEEAF6\" /><w:vAlign w:val=\"center\" /></w:tcPr><w:p><w:pPr><w:jc w:val=\"left\" />");
            return head + rest;
        });

        var kind = DocumentKind.BaoCao;
        var fields = Samples.Fields(kind);
        var result = PartyDocuments.Compose(kind, Samples.Meta(kind), fields, edited);
        Assert.Empty(result.Problems);
        DocxAssert.Valid(result.Document!);
        var text = DocxAssert.BodyText(result.Document!);
        Assert.Contains("BÁO CÁO TỔNG HỢP", text);
        Assert.Contains("Trong đó: Hoàn thành xuất sắc nhiệm vụ 05 tổ chức", text);
        DocxAssert.WithDocument(result.Document!, d =>
        {
            var body = d.MainDocumentPart!.Document.Body!;
            var issuer = body.Descendants<SdtElement>().Single(s => s.SdtProperties!.GetFirstChild<Tag>()?.Val == DocumentTags.Issuer);
            var run = Assert.Single(issuer.Descendants<Run>());
            Assert.Equal("ĐẢNG ỦY XÃ IA GRAI", run.InnerText);
            Assert.NotNull(run.RunProperties!.Bold);      // the first run's format kept
            Assert.Null(run.RunProperties.Italic);
            var results = body.Descendants<Table>().Single(t => t.Descendants<SdtElement>().Any(s => s.SdtProperties!.GetFirstChild<Tag>()?.Val == DocumentTags.Results));
            var dataRows = results.Descendants<TableRow>().Where(r => r.Ancestors<SdtRow>().Any()).ToList();
            Assert.Equal(7, dataRows.Count); // 2 blocks + 2 loại hình rows + collectives, leaders, members
            Assert.All(dataRows, r => Assert.Equal("DEEAF6", r.Elements<TableCell>().First().TableCellProperties!.Shading!.Fill!.Value));
            Assert.Equal(BorderValues.Double, results.GetFirstChild<TableProperties>()!.TableBorders!.TopBorder!.Val!.Value);
            return 0;
        });
    }

    [Fact]
    public void A_template_whose_tag_was_retyped_reports_the_tag_and_where()
    {
        var template = File.ReadAllBytes(RepoFiles.PathOf("templates", "ke-hoach.docx"));
        var edited = EditDocumentXml(template, xml => ReplaceOnce(xml, "w:val=\"nguoiKy\"", "w:val=\"nguoiky\""));
        var result = PartyDocuments.Compose(DocumentKind.KeHoach, Samples.Meta(DocumentKind.KeHoach), Samples.Fields(DocumentKind.KeHoach), edited);
        Assert.True(result.HasErrors);
        Assert.Contains(result.Problems, p => p.Kind == CompositionProblemKind.UnknownTag && p.Tag == "nguoiky" && p.Location.Contains("trong bảng"));
        Assert.Contains(result.Problems, p => p.Kind == CompositionProblemKind.MissingField && p.Tag == "nguoiKy");
    }
}
