using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.Domain.Documents;
using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>The engine on small templates built here, one feature at a time.</summary>
public class TemplateComposerTests
{
    private static int s_id = 100;

    private static byte[] Template(Action<Body> fill, Action<MainDocumentPart>? extra = null)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            body.AppendChild(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
            extra?.Invoke(main);
        }
        return ms.ToArray();
    }

    private static SdtProperties Props(string tag, params OpenXmlElement[] extra)
    {
        var p = new SdtProperties(new Tag { Val = tag }, new SdtId { Val = s_id++ });
        foreach (var e in extra) p.AppendChild(e);
        return p;
    }

    private static Run R(string text, bool bold = false, bool italic = false) =>
        new(new RunProperties(bold ? new Bold() : new Italic(), italic ? new Italic() : new DocumentFormat.OpenXml.Wordprocessing.Color { Val = "FF0000" }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Paragraph P(params OpenXmlElement[] content) => new(content);

    private static CompositionResult Compose(byte[] template, FieldRecord data, bool removeControls = false)
    {
        var result = TemplateComposer.Compose(template, data, new CompositionOptions { RemoveContentControls = removeControls });
        Assert.NotNull(result.Document);
        DocxAssert.Valid(result.Document!);
        return result;
    }

    [Fact]
    public void Plain_text_replaces_a_placeholder_split_across_runs_keeping_the_first_runs_format()
    {
        var template = Template(b => b.AppendChild(P(new Run(new Text("Kính gửi: ") { Space = SpaceProcessingModeValues.Preserve }),
            new SdtRun(Props("ten"), new SdtContentRun(R("[Tên ", bold: true), new ProofError { Type = ProofingErrorValues.SpellStart }, R("đơn vị]", italic: true))))));
        var result = Compose(template, new FieldRecord().Set("ten", "Chi bộ Thôn 1\nxã Ia Grai"));
        Assert.Empty(result.Problems);
        DocxAssert.WithDocument(result.Document!, d =>
        {
            var sdt = d.MainDocumentPart!.Document.Body!.Descendants<SdtRun>().Single();
            var run = Assert.Single(sdt.Descendants<Run>());
            Assert.NotNull(run.RunProperties!.Bold);
            Assert.Null(run.RunProperties!.Italic);
            Assert.Equal("Kính gửi: Chi bộ Thôn 1\nxã Ia Grai", DocxAssert.ParagraphText(d.MainDocumentPart.Document.Body.Elements<Paragraph>().First()));
            return 0;
        });
    }

    [Fact]
    public void Rich_text_makes_paragraphs_with_bold_italic_runs_bullets_and_restarting_numbered_lists()
    {
        var template = Template(b => b.AppendChild(new SdtBlock(Props("noiDung"),
            new SdtContentBlock(P(new ParagraphProperties(new Justification { Val = JustificationValues.Both }), R("[nội dung]", bold: false))))));
        var rich = RichTextValue.Of(
            RichParagraph.Heading("I- MỤC ĐÍCH"),
            new RichParagraph([new RichRun("Đậm") { Bold = true }, new RichRun(" và "), new RichRun("nghiêng") { Italic = true }]),
            RichParagraph.Numbered("một"), RichParagraph.Numbered("hai"),
            RichParagraph.Bullet("gạch đầu dòng"),
            RichParagraph.Numbered("lại một"));
        var result = Compose(template, new FieldRecord().Set("noiDung", rich));
        Assert.Empty(result.Problems);
        DocxAssert.WithDocument(result.Document!, d =>
        {
            var paragraphs = d.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().ToList();
            Assert.Equal(["I- MỤC ĐÍCH", "Đậm và nghiêng", "một", "hai", "gạch đầu dòng", "lại một"], paragraphs.Select(DocxAssert.ParagraphText));
            Assert.All(paragraphs, p => Assert.Equal(JustificationValues.Both, p.ParagraphProperties!.Justification!.Val!.Value));
            Assert.NotNull(paragraphs[0].Descendants<Bold>().FirstOrDefault());
            var runs = paragraphs[1].Elements<Run>().ToList();
            Assert.NotNull(runs[0].RunProperties!.Bold);
            Assert.NotNull(runs[2].RunProperties!.Italic);
            int Num(Paragraph p) => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
            Assert.Equal(Num(paragraphs[2]), Num(paragraphs[3]));          // one list
            Assert.NotEqual(Num(paragraphs[3]), Num(paragraphs[5]));       // restarted after the bullet
            var numbering = d.MainDocumentPart.NumberingDefinitionsPart!.Numbering;
            var bulletAbstract = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == Num(paragraphs[4])).AbstractNumId!.Val!.Value;
            Assert.Equal(NumberFormatValues.Bullet, numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == bulletAbstract).Elements<Level>().First().NumberingFormat!.Val!.Value);
            return 0;
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // controls removed: cells filled while copied; the empty list's cell must still get a paragraph
    public void Nested_repeating_sections_make_a_table_row_per_unit_with_a_list_per_row(bool removeControls)
    {
        var template = Template(b =>
        {
            var itemList = new SdtBlock(Props("vanDe", new SdtRepeatedSection()),
                new SdtContentBlock(new SdtBlock(new SdtProperties(new SdtId { Val = s_id++ }, new SdtRepeatedSectionItem()),
                    new SdtContentBlock(P(new SdtRun(Props("dong"), new SdtContentRun(R("[vấn đề]"))))))));
            var row = new TableRow(
                new TableCell(P(new SdtRun(Props("ten"), new SdtContentRun(R("[tên]"))))),
                new TableCell(itemList));
            b.AppendChild(new Table(new TableProperties(new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }),
                new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "5000" }),
                new SdtRow(Props("donVi", new SdtRepeatedSection()),
                    new SdtContentRow(new SdtRow(new SdtProperties(new SdtId { Val = s_id++ }, new SdtRepeatedSectionItem()), new SdtContentRow(row))))));
        });
        FieldRecord Unit(string name, params string[] issues) => new FieldRecord().Set("ten", name)
            .Set("vanDe", FieldRecord.List(issues.Select(i => new FieldRecord().Set("dong", i))));
        var data = new FieldRecord().Set("donVi", FieldRecord.List([Unit("Thôn 1", "a", "b", "c"), Unit("Thôn 2"), Unit("Thôn 3", "d")]));
        var result = Compose(template, data, removeControls);
        Assert.Empty(result.Problems);
        DocxAssert.WithDocument(result.Document!, d =>
        {
            var rows = d.MainDocumentPart!.Document.Body!.Descendants<TableRow>().ToList();
            Assert.All(rows.SelectMany(r => r.Elements<TableCell>()), c => Assert.NotEmpty(c.Descendants<Paragraph>()));
            Assert.Equal(removeControls, !d.MainDocumentPart.Document.Descendants<SdtElement>().Any());
            Assert.Equal(3, rows.Count);
            Assert.Equal(["Thôn 1", "a", "b", "c"], rows[0].Descendants<Paragraph>().Select(DocxAssert.ParagraphText));
            Assert.Equal(["Thôn 2"], rows[1].Descendants<Paragraph>().Select(DocxAssert.ParagraphText).Where(t => t.Length > 0));
            Assert.Equal(["Thôn 3", "d"], rows[2].Descendants<Paragraph>().Select(DocxAssert.ParagraphText));
            // ids unique after cloning
            var ids = d.MainDocumentPart.Document.Descendants<SdtId>().Select(i => i.Val!.Value).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            return 0;
        });
    }

    [Fact]
    public void Conditional_blocks_are_kept_or_removed_and_header_fields_are_filled()
    {
        var template = Template(
            b =>
            {
                b.AppendChild(new SdtBlock(Props("coA"), new SdtContentBlock(P(R("khối A")))));
                b.AppendChild(new SdtBlock(Props("coB"), new SdtContentBlock(P(R("khối B")), P(new SdtRun(Props("khongCanGiaTri"), new SdtContentRun(R("x")))))));
                b.AppendChild(P(R("cuối")));
            },
            main =>
            {
                var header = main.AddNewPart<HeaderPart>("rIdH");
                header.Header = new Header(P(new SdtRun(Props("tenDauTrang"), new SdtContentRun(R("[đầu trang]")))));
                main.Document.Body!.Elements<SectionProperties>().Single().PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdH" });
            });
        var result = Compose(template, new FieldRecord().Set("coA", true).Set("coB", false).Set("tenDauTrang", "ĐẢNG ỦY XÃ IA GRAI"));
        Assert.Empty(result.Problems);
        Assert.Equal("khối A\ncuối", DocxAssert.BodyText(result.Document!));
        Assert.Equal("ĐẢNG ỦY XÃ IA GRAI", DocxAssert.HeaderText(result.Document!));
    }

    [Fact]
    public void Unknown_tags_wrong_types_and_unused_fields_are_reported_with_tag_and_location_and_the_file_stays_valid()
    {
        var template = Template(b =>
        {
            b.AppendChild(P(R("mở đầu")));
            b.AppendChild(P(new SdtRun(Props("tenLa"), new SdtContentRun(R("[lạ]")))));
            b.AppendChild(new SdtBlock(Props("danhSach", new SdtRepeatedSection()), new SdtContentBlock(P(R("[mục]")))));
        });
        var result = Compose(template, new FieldRecord().Set("danhSach", "một chuỗi").Set("thua", "không dùng"));
        Assert.Collection(result.Problems.OrderBy(p => p.Tag),
            p => { Assert.Equal(CompositionProblemKind.WrongType, p.Kind); Assert.Equal("danhSach", p.Tag); Assert.Contains("khối thứ 3", p.Location); Assert.Contains("phần lặp", p.Message); },
            p => { Assert.Equal(CompositionProblemKind.UnknownTag, p.Kind); Assert.Equal("tenLa", p.Tag); Assert.Contains("thân văn bản, khối thứ 2", p.Location); },
            p => { Assert.Equal(CompositionProblemKind.MissingField, p.Kind); Assert.Equal(ProblemSeverity.Warning, p.Severity); Assert.Equal("thua", p.Tag); });
        Assert.True(result.HasErrors);
        Assert.Contains("[lạ]", DocxAssert.BodyText(result.Document!)); // left as it was
    }

    [Fact]
    public void Unreadable_template_gives_a_problem_and_no_document()
    {
        var result = TemplateComposer.Compose("PK\u0003\u0004 not a zip"u8.ToArray(), new FieldRecord());
        Assert.Null(result.Document);
        Assert.Equal(CompositionProblemKind.TemplateUnreadable, Assert.Single(result.Problems).Kind);
        var tooBig = TemplateComposer.Compose(new byte[2048], new FieldRecord(), new CompositionOptions { MaxTemplateBytes = 1024 });
        Assert.Contains("vượt giới hạn 1.024 byte", Assert.Single(tooBig.Problems).Message);
    }

    [Fact]
    public void Removing_content_controls_keeps_their_content()
    {
        var template = Template(b => b.AppendChild(new SdtBlock(Props("khoi"), new SdtContentBlock(P(new SdtRun(Props("ten"), new SdtContentRun(R("[x]"))))))));
        var result = Compose(template, new FieldRecord().Set("khoi", true).Set("ten", "Nội dung giữ lại"), removeControls: true);
        DocxAssert.WithDocument(result.Document!, d =>
        {
            Assert.Empty(d.MainDocumentPart!.Document.Descendants<SdtElement>());
            return 0;
        });
        Assert.Equal("Nội dung giữ lại", DocxAssert.BodyText(result.Document!));
    }

    [Fact]
    public void Too_many_list_items_is_a_bound_not_a_crash()
    {
        var template = Template(b => b.AppendChild(new SdtBlock(Props("ds", new SdtRepeatedSection()), new SdtContentBlock(P(new SdtRun(Props("dong"), new SdtContentRun(R("[x]"))))))));
        var list = FieldRecord.List(Enumerable.Range(0, 50).Select(i => new FieldRecord().Set("dong", i.ToString())));
        var result = TemplateComposer.Compose(template, new FieldRecord().Set("ds", list), new CompositionOptions { MaxListItems = 10 });
        Assert.Equal(CompositionProblemKind.TooLarge, Assert.Single(result.Problems).Kind);
        Assert.NotNull(result.Document);
    }
}
