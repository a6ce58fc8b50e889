using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.Domain.Documents;
using static OfficeReview.OpenXml.Documents.WordPrimitives;
using T = OfficeReview.Domain.Documents.DocumentTags;

namespace OfficeReview.OpenXml.Documents;

/// <summary>The party-format templates (REVIEW-DOMAIN §6); the file name is <c>templates/{slug}.docx</c>.</summary>
public enum TemplateKind { KeHoach, CongVan, BaoCao, ThongBaoKetQua, QuyetDinh }

internal static class TemplateKinds
{
    public static readonly IReadOnlyList<TemplateKind> All = Enum.GetValues<TemplateKind>();

    public static string Slug(this TemplateKind kind) => kind switch
    {
        TemplateKind.KeHoach => "ke-hoach",
        TemplateKind.CongVan => "cong-van",
        TemplateKind.BaoCao => "bao-cao",
        TemplateKind.ThongBaoKetQua => "thong-bao-ket-qua",
        TemplateKind.QuyetDinh => "quyet-dinh",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string FileName(this TemplateKind kind) => kind.Slug() + ".docx";

    /// <summary>The type name line (tên loại văn bản); a công văn has none.</summary>
    public static string? TypeName(this TemplateKind kind) => kind switch
    {
        TemplateKind.KeHoach => "KẾ HOẠCH",
        TemplateKind.BaoCao => "BÁO CÁO",
        TemplateKind.ThongBaoKetQua => "THÔNG BÁO",
        TemplateKind.QuyetDinh => "QUYẾT ĐỊNH",
        _ => null,
    };
}

public sealed record TemplateOptions
{
    public MarginsMm Margins { get; init; } = new();
    public static readonly TemplateOptions Default = new();
}

/// <summary>
/// Builds the party-format templates in code, deterministically (same options → same bytes): A4, Times New Roman,
/// the two-column borderless header table, title and trích yếu, body, nơi nhận and signature, page numbers from
/// page 2. Every field is a content control tagged with a name of <see cref="Domain.Documents.DocumentTags"/>.
/// </summary>
public static class PartyTemplateGenerator
{
    private const string Font = "Times New Roman";
    private const int PageWidth = 11906, PageHeight = 16838; // A4 in twips

    public static byte[] Generate(TemplateKind kind, TemplateOptions? options = null)
    {
        options ??= TemplateOptions.Default;
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var builder = new Builder(kind, options);
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Styles();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>(ListNumbering.NumberingPartId);
            numbering.Numbering = new Numbering(
                ListNumbering.CreateAbstract(0, NumberFormatValues.Bullet, "-"),
                ListNumbering.CreateAbstract(1, NumberFormatValues.Decimal, "%1."),
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            var firstHeader = main.AddNewPart<HeaderPart>("rIdHeaderFirst");
            firstHeader.Header = builder.FirstPageHeader();
            var defaultHeader = main.AddNewPart<HeaderPart>("rIdHeaderDefault");
            defaultHeader.Header = PageNumberHeader();
            main.Document = builder.Document("rIdHeaderDefault", "rIdHeaderFirst");

        }
        return DeterministicPackage.Repack(stream.ToArray());
    }

    private static Styles Styles()
    {
        var runDefaults = new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" },
            new Languages { Val = "vi-VN" });
        var paragraphDefaults = new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        return new Styles(
            new DocDefaults(new RunPropertiesDefault(runDefaults), new ParagraphPropertiesDefault(paragraphDefaults)),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Nội dung" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Before = "0", After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLine = "720" },
                    new Justification { Val = JustificationValues.Both }))
            { Type = StyleValues.Paragraph, StyleId = "NoiDung", CustomStyle = true },
            TableNormalStyle());
    }

    /// <summary>Builds one template's body; ids of content controls are sequential.</summary>
    private sealed class Builder(TemplateKind kind, TemplateOptions options)
    {
        private int _sdtId = 1;
        private int TextWidth => PageWidth - (int)TemplateComposer.MmToTwips(options.Margins.Left) - (int)TemplateComposer.MmToTwips(options.Margins.Right);
        private int LeftWidth => TextWidth * 45 / 100;
        private int RightWidth => TextWidth - LeftWidth;

        public Header FirstPageHeader()
        {
            var mark = new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                new Run(new RunProperties(new Bold(), new Border { Val = BorderValues.Single, Size = 8, Space = 1, Color = "000000" }),
                    new Text(" DỰ THẢO ") { Space = SpaceProcessingModeValues.Preserve }));
            return new Header(Block(T.Draft, "Dấu DỰ THẢO (đúng/sai)", mark), new Paragraph());
        }

        public Document Document(string defaultHeaderId, string firstHeaderId)
        {
            var body = new Body();
            body.AppendChild(HeaderTable());
            if (kind == TemplateKind.CongVan)
            {
                body.AppendChild(Empty());
                body.AppendChild(Block(T.Recipients, "Kính gửi",
                    Para(JustificationValues.Center, Run("Kính gửi: [nơi gửi]"))));
            }
            else
            {
                body.AppendChild(Para(JustificationValues.Center, new SpacingBetweenLines { Before = "360" }, Run(kind.TypeName()!, bold: true, size: 32)));
                body.AppendChild(Block(T.Excerpt, "Trích yếu",
                    Para(JustificationValues.Center, Run("[trích yếu]", bold: true))));
                body.AppendChild(Para(JustificationValues.Center, new SpacingBetweenLines { After = "240" }, Run("-----")));
            }
            body.AppendChild(Empty());
            body.AppendChild(Repeating(T.Bases, "Căn cứ (danh sách)",
                BodyPara(Block(T.Line, "Dòng căn cứ", Run("- [căn cứ];")))));
            body.AppendChild(Block(T.Opening, "Mở đầu", BodyPara(Run("[mở đầu]"))));
            body.AppendChild(Block(T.Body, "Nội dung", BodyPara(Run("[nội dung]"))));
            body.AppendChild(Block(T.HasTable, "Bảng (đúng/sai)", TableBlock()));
            body.AppendChild(Block(T.BodyAfter, "Nội dung sau bảng", BodyPara(Run("[nội dung sau bảng]"))));
            body.AppendChild(Empty());
            body.AppendChild(SignatureTable());
            body.AppendChild(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = defaultHeaderId },
                new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin
                {
                    Top = (int)TemplateComposer.MmToTwips(options.Margins.Top),
                    Bottom = (int)TemplateComposer.MmToTwips(options.Margins.Bottom),
                    Left = TemplateComposer.MmToTwips(options.Margins.Left),
                    Right = TemplateComposer.MmToTwips(options.Margins.Right),
                    Header = 567, Footer = 567, Gutter = 0,
                },
                new Columns { Space = "720" },
                new TitlePage()));

            var document = new Document(body);
            document.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
            document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            document.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            document.AddNamespaceDeclaration("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
            document.AddNamespaceDeclaration("w15", "http://schemas.microsoft.com/office/word/2012/wordml");
            document.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14 w15" };
            return document;
        }

        // ---- header table: left = superior / issuer / * / Số; right = ĐẢNG CỘNG SẢN VIỆT NAM + rule / date
        private Table HeaderTable()
        {
            var left = new List<OpenXmlElement>
            {
                Block(T.HasSuperior, "Có cơ quan cấp trên (đúng/sai)",
                    Block(T.Superior, "Cơ quan cấp trên", Para(JustificationValues.Center, Run("[CƠ QUAN CẤP TRÊN]")))),
                Block(T.Issuer, "Cơ quan ban hành", Para(JustificationValues.Center, Run("[CƠ QUAN BAN HÀNH]", bold: true))),
                Para(JustificationValues.Center, Run("*")),
                Para(JustificationValues.Center, Run("Số "), InlineSdt(T.Number, "Số và ký hiệu", Run("[số]-KH/ĐU"))),
            };
            if (kind == TemplateKind.CongVan)
                left.Add(Block(T.Excerpt, "Trích yếu", Para(JustificationValues.Center, Run("[V/v …]", italic: true, size: 24))));

            // The rule under "ĐẢNG CỘNG SẢN VIỆT NAM": a bottom border as long as the text (indents trim the cell width).
            var headingWidth = 5050; // ≈ width of the 15 pt bold heading in twips
            var indent = Math.Max(0, (RightWidth - 216 - headingWidth) / 2).ToString(CultureInfo.InvariantCulture);
            var right = new List<OpenXmlElement>
            {
                new Paragraph(
                    new ParagraphProperties(
                        new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
                        new Indentation { Left = indent, Right = indent },
                        new Justification { Val = JustificationValues.Center }),
                    Run("ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, size: 30)),
                Para(JustificationValues.Center, new SpacingBetweenLines { Before = "240" },
                    InlineSdt(T.PlaceAndDate, "Địa danh, ngày tháng năm", Run("[Địa danh], ngày … tháng … năm …", italic: true))),
            };
            return Borderless(new TableRow(Cell(LeftWidth, left), Cell(RightWidth, right)));
        }

        // ---- signature table: left = Nơi nhận; right = authority, title, name
        private Table SignatureTable()
        {
            var left = new List<OpenXmlElement>
            {
                Para(JustificationValues.Left, Run("Nơi nhận:", underline: true)),
                Repeating(T.CopyTo, "Nơi nhận (danh sách)",
                    Para(JustificationValues.Left, Block(T.Line, "Dòng nơi nhận", Run("- [nơi nhận],", size: 24)))),
            };
            var right = new List<OpenXmlElement>
            {
                Block(T.Authority, "Quyền hạn ký (T/M, K/T, T/L)", Para(JustificationValues.Center, Run("T/M BAN THƯỜNG VỤ", bold: true))),
                Block(T.SignerTitle, "Chức vụ người ký", Para(JustificationValues.Center, Run("BÍ THƯ"))),
                Empty(), Empty(), Empty(),
                Block(T.SignerName, "Họ tên người ký", Para(JustificationValues.Center, Run("[Họ và tên]", bold: true))),
            };
            return Borderless(new TableRow(Cell(LeftWidth, left), Cell(RightWidth, right)));
        }

        // ---- the per-kind table, inside the "coBang" conditional block
        private OpenXmlElement[] TableBlock()
        {
            var title = Block(T.TableTitle, "Tiêu đề bảng", Para(JustificationValues.Center, new SpacingBetweenLines { Before = "120", After = "120" }, Run("[tiêu đề bảng]", bold: true)));
            return kind switch
            {
                TemplateKind.KeHoach => [title, ScheduleTable(), Empty()],
                TemplateKind.CongVan => [title, UnitsTable(), Empty()],
                TemplateKind.QuyetDinh => [title, DecisionsTable(), Empty()],
                _ => [title, ResultsTable(), Empty()],
            };
        }

        private Table ScheduleTable()
        {
            int[] widths = [700, 2600, TextWidth - 700 - 2600 - 2200, 2200];
            var header = new TableRow(
                HeaderCell(widths[0], "TT"), HeaderCell(widths[1], "Cấp thực hiện"), HeaderCell(widths[2], "Nội dung công việc"), HeaderCell(widths[3], "Thời hạn"));
            MarkHeader(header);
            var row = new TableRow(
                FieldCell(widths[0], T.Index, "TT", JustificationValues.Center),
                FieldCell(widths[1], T.Level, "Cấp thực hiện", JustificationValues.Left),
                FieldCell(widths[2], T.Task, "Nội dung công việc", JustificationValues.Both),
                FieldCell(widths[3], T.Deadline, "Thời hạn", JustificationValues.Center));
            return Grid(widths, header, RepeatingRow(T.Schedule, "Tiến độ (danh sách)", row));
        }

        private Table UnitsTable()
        {
            int[] widths = [700, 3000, 1900, TextWidth - 700 - 3000 - 1900];
            var header = new TableRow(
                HeaderCell(widths[0], "TT"), HeaderCell(widths[1], "Đơn vị"), HeaderCell(widths[2], "Tình trạng"), HeaderCell(widths[3], "Nội dung cần hoàn thiện"));
            MarkHeader(header);
            var issues = new TableCell(
                CellProps(widths[3]),
                Repeating(T.Issues, "Vấn đề (danh sách lồng)",
                    Para(JustificationValues.Left, Block(T.Line, "Dòng vấn đề", Run("- [vấn đề]", size: 26)))));
            var row = new TableRow(
                FieldCell(widths[0], T.Index, "TT", JustificationValues.Center),
                FieldCell(widths[1], T.UnitName, "Tên đơn vị", JustificationValues.Left),
                FieldCell(widths[2], T.UnitStatus, "Tình trạng", JustificationValues.Center),
                issues);
            return Grid(widths, header, RepeatingRow(T.Units, "Đơn vị (danh sách)", row));
        }

        private Table DecisionsTable()
        {
            int[] widths = [700, 3500, 2800, TextWidth - 700 - 3500 - 2800];
            var header = new TableRow(
                HeaderCell(widths[0], "TT"), HeaderCell(widths[1], "Tổ chức đảng"), HeaderCell(widths[2], "Mức xếp loại"), HeaderCell(widths[3], "Ghi chú"));
            MarkHeader(header);
            var row = new TableRow(
                FieldCell(widths[0], T.Index, "TT", JustificationValues.Center),
                FieldCell(widths[1], T.UnitName, "Tên tổ chức đảng", JustificationValues.Left),
                FieldCell(widths[2], T.DecidedLevel, "Mức xếp loại", JustificationValues.Left),
                FieldCell(widths[3], T.UnitNote, "Ghi chú", JustificationValues.Left, size: 24));
            return Grid(widths, header, RepeatingRow(T.Decisions, "Xếp loại (danh sách)", row));
        }

        private Table ResultsTable()
        {
            const int n = 680; // each count/percent column (12 mm)
            var nameWidth = TextWidth - 10 * n;
            int[] widths = [nameWidth, n, n, n, n, n, n, n, n, n, n];
            string[] levels = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];
            var top = new TableRow(
                HeaderCell(nameWidth, "Tổ chức, tập thể, cá nhân", vMergeStart: true),
                HeaderCell(n, "Tổng số", vMergeStart: true),
                HeaderCell(n, "Xếp loại", vMergeStart: true));
            foreach (var l in levels) top.AppendChild(HeaderCell(2 * n, l, span: 2));
            var second = new TableRow(HeaderCell(nameWidth, "", vMergeContinue: true), HeaderCell(n, "", vMergeContinue: true), HeaderCell(n, "", vMergeContinue: true));
            for (var i = 0; i < 4; i++) { second.AppendChild(HeaderCell(n, "SL")); second.AppendChild(HeaderCell(n, "%")); }
            MarkHeader(top);
            MarkHeader(second);
            var row = new TableRow(FieldCell(nameWidth, T.RowName, "Tên dòng", JustificationValues.Left, size: 22));
            const int numberSize = 20; // 10 pt: "100,00" fits a 12 mm column
            foreach (var (tag, alias) in new[]
            {
                (T.RowTotal, "Tổng số"), (T.RowRated, "Được xếp loại"),
                (T.Excellent, "HTXSNV"), (T.ExcellentPercent, "HTXSNV %"), (T.Good, "HTTNV"), (T.GoodPercent, "HTTNV %"),
                (T.Complete, "HTNV"), (T.CompletePercent, "HTNV %"), (T.NotComplete, "KHTNV"), (T.NotCompletePercent, "KHTNV %"),
            })
                row.AppendChild(FieldCell(n, tag, alias, JustificationValues.Center, size: numberSize));
            return Grid(widths, top, second, RepeatingRow(T.Results, "Bảng kết quả (danh sách)", row));
        }

        // ---- primitives
        private static Paragraph Empty() => new();


        private static Paragraph BodyPara(params OpenXmlElement[] content)
        {
            var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "NoiDung" }));
            foreach (var c in content) p.AppendChild(c);
            return p;
        }


        private SdtProperties Props(string tag, string alias, params OpenXmlElement[] extra)
        {
            var props = new SdtProperties(new SdtAlias { Val = alias }, new Tag { Val = tag }, new SdtId { Val = _sdtId++ });
            foreach (var e in extra) props.AppendChild(e);
            return props;
        }

        /// <summary>A block-level control around paragraphs (or a run-level one when given runs).</summary>
        private OpenXmlElement Block(string tag, string alias, params OpenXmlElement[] content)
        {
            if (content.All(c => c is Run))
                return InlineSdt(tag, alias, content);
            return new SdtBlock(Props(tag, alias), new SdtContentBlock(content));
        }

        private SdtRun InlineSdt(string tag, string alias, params OpenXmlElement[] runs) =>
            new(Props(tag, alias), new SdtContentRun(runs));

        /// <summary>A Word repeating section (w15:repeatingSection) with one item holding the paragraphs.</summary>
        private SdtBlock Repeating(string tag, string alias, params OpenXmlElement[] item) =>
            new(Props(tag, alias, new SdtRepeatedSection()),
                new SdtContentBlock(new SdtBlock(new SdtProperties(new SdtId { Val = _sdtId++ }, new SdtRepeatedSectionItem()), new SdtContentBlock(item))));

        private SdtRow RepeatingRow(string tag, string alias, TableRow row) =>
            new(Props(tag, alias, new SdtRepeatedSection()),
                new SdtContentRow(new SdtRow(new SdtProperties(new SdtId { Val = _sdtId++ }, new SdtRepeatedSectionItem()), new SdtContentRow(row))));


        private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content)
        {
            var cell = new TableCell(CellProps(width));
            foreach (var c in content) cell.AppendChild(c);
            return cell;
        }

        private TableCell FieldCell(int width, string tag, string alias, JustificationValues align, int size = 26)
        {
            var props = CellProps(width);
            props.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
            return new TableCell(props, Para(align, InlineSdt(tag, alias, Run($"[{alias}]", size: size))));
        }

        private static TableCell HeaderCell(int width, string text, int span = 1, bool vMergeStart = false, bool vMergeContinue = false)
        {
            var props = CellProps(width);
            if (span > 1) props.GridSpan = new GridSpan { Val = span };
            if (vMergeStart) props.VerticalMerge = new VerticalMerge { Val = MergedCellValues.Restart };
            if (vMergeContinue) props.VerticalMerge = new VerticalMerge();
            props.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
            return new TableCell(props, Para(JustificationValues.Center, Run(text, bold: true, size: 20)));
        }

        private static void MarkHeader(TableRow row) => row.PrependChild(new TableRowProperties(new TableHeader()));

        private static Table Borderless(TableRow row)
        {
            var none = () => new TableBorders(
                new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
            var widths = row.Elements<TableCell>().Select(c => c.TableCellProperties!.TableCellWidth!.Width!.Value!).ToList();
            return new Table(
                new TableProperties(
                    new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto },
                    new TableIndentation { Width = -108, Type = TableWidthUnitValues.Dxa },
                    none(),
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
                new TableGrid(widths.Select(w => new GridColumn { Width = w })),
                row);
        }

        private static Table Grid(int[] widths, params OpenXmlElement[] rows)
        {
            var single = () => new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }, new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }, new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" });
            var table = new Table(
                new TableProperties(
                    new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    single(),
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 40, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 40, Type = TableWidthValues.Dxa }),
                    new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
                new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
            foreach (var r in rows) table.AppendChild(r);
            return table;
        }
    }
}
