using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OfficeReview.Domain.Documents;
using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>The direct serializer of the main part must write exactly what the XML writer writes, or decline.</summary>
public class FastXmlWriterTests
{
    private static readonly XNamespace s_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static byte[] ViaXmlWriter(XDocument doc)
    {
        var ms = new MemoryStream();
        using (var writer = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
            doc.Save(writer);
        return ms.ToArray();
    }

    private static byte[]? ViaFastWriter(XDocument doc)
    {
        var ms = new MemoryStream();
        return FastXmlWriter.TryWrite(doc, ms) ? ms.ToArray() : null;
    }

    private static XDocument Parse(byte[] xml) => XDocument.Load(new MemoryStream(xml), LoadOptions.PreserveWhitespace);

    [Theory]
    [InlineData(DocumentKind.KeHoach)]
    [InlineData(DocumentKind.CongVan)]
    [InlineData(DocumentKind.CongVanDonDoc)]
    [InlineData(DocumentKind.BaoCao)]
    [InlineData(DocumentKind.ThongBaoKetQua)]
    public void Every_generated_main_part_is_written_byte_for_byte_as_the_xml_writer_would(DocumentKind kind)
    {
        foreach (var remove in new[] { true, false })
        {
            var fields = Samples.Fields(kind, 7);
            // Characters the writer escapes or rewrites: markup, quotes, tab, CR, CRLF, a surrogate pair.
            fields[DocumentTags.Excerpt] = "A & B <c> \"q\" 'a'\ttab\r lone CR, CRLF\r\n ]]> end 😀 Đảng ủy";
            var docx = PartyDocuments.Compose(kind, Samples.Meta(kind, 7), fields, removeContentControls: remove).Document!;
            using var zip = new ZipArchive(new MemoryStream(docx));
            using var stream = zip.GetEntry("word/document.xml")!.Open();
            var written = new MemoryStream();
            stream.CopyTo(written);
            var bytes = written.ToArray();
            Assert.Contains("A &amp; B &lt;c&gt; \"q\"", Encoding.UTF8.GetString(bytes));
            Assert.Equal(ViaXmlWriter(Parse(bytes)), bytes);
            Assert.Equal(bytes, ViaFastWriter(Parse(bytes))); // the direct path was taken, not the fallback
        }
    }

    [Fact]
    public void Attributes_text_and_empty_elements_match_the_xml_writer()
    {
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", "yes"),
            new XElement(s_w + "document", new XAttribute(XNamespace.Xmlns + "w", s_w.NamespaceName),
                new XElement(s_w + "p", new XAttribute(s_w + "val", "a\"b<c>&d\te\nf\rg"), new XAttribute("plain", "x"),
                    new XElement(s_w + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), ""),
                    new XElement(s_w + "t", "x\r\ny\rz\n"),
                    new XElement(s_w + "br"))));
        Assert.Equal(Encoding.UTF8.GetString(ViaXmlWriter(doc)), Encoding.UTF8.GetString(ViaFastWriter(doc)!));
    }

    [Fact]
    public void Declines_what_it_does_not_cover_so_the_xml_writer_is_used()
    {
        XDocument Doc(params object[] content) =>
            new(new XElement(s_w + "document", new XAttribute(XNamespace.Xmlns + "w", s_w.NamespaceName), new XElement(s_w + "p", content)));
        Assert.Null(ViaFastWriter(Doc(new XComment("c"))));
        Assert.Null(ViaFastWriter(Doc(new XCData("c"))));
        Assert.Null(ViaFastWriter(Doc(new XElement(s_w + "t", "bad \u0001 char"))));
        Assert.Null(ViaFastWriter(Doc(new XElement(s_w + "t", "lone \ud800 surrogate"))));
        Assert.Null(ViaFastWriter(Doc(new XElement("{urn:undeclared}x"))));
        Assert.Null(ViaFastWriter(Doc(new XElement(s_w + "x", new XAttribute(XNamespace.Xmlns + "v", "urn:v")))));
        // Nothing is written when declining.
        var ms = new MemoryStream();
        Assert.False(FastXmlWriter.TryWrite(Doc(new XComment("c")), ms));
        Assert.Equal(0, ms.Length);
    }
}
