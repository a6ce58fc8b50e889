using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReviewForms;
using static OfficeReview.OpenXml.Documents.WordPrimitives;

namespace OfficeReview.OpenXml.Documents;

/// <summary>
/// Writes the review forms of HD 43 (Mẫu 01, 2A, 2B, 2C, 05) in the party document format (REVIEW-DOMAIN §6): A4,
/// Times New Roman 14, margins 20/20/30/15 mm, the two-column header with "*" and the solid rule under "ĐẢNG CỘNG SẢN
/// VIỆT NAM", page numbers from page 2. Each form is prefilled (name, chi bộ, position, last year's level), carries the
/// year's criteria with their points, and leaves dotted lines to write on. Prefilled values and score cells are
/// content controls tagged with a field name (hoTen, chiBo, diem_G1, …) so the Word pane can read them back.
/// The output is deterministic: the same input gives the same bytes.
/// </summary>
public static class ReviewFormWriter
{
    private const string Font = "Times New Roman";
    private const int PageWidth = 11906, PageHeight = 16838;

    public static byte[] Write(ReviewFormInput input)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Styles();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            main.AddNewPart<HeaderPart>("rIdHeaderFirst").Header = new Header(new Paragraph());
            main.AddNewPart<HeaderPart>("rIdHeaderDefault").Header = PageNumberHeader();
            main.Document = new Builder(input).Document("rIdHeaderDefault", "rIdHeaderFirst");
        }
        return DeterministicPackage.Repack(stream.ToArray());
    }

    private static Styles Styles()
    {
        var runDefaults = new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" });
        return new Styles(
            new DocDefaults(new RunPropertiesDefault(runDefaults),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            TableNormalStyle());
    }

    private sealed class Builder(ReviewFormInput input)
    {
        private static readonly Domain.Documents.MarginsMm s_margins = new();
        private int _sdtId = 1;
        private readonly Body _body = new();
        private static int TextWidth => PageWidth - (int)TemplateComposer.MmToTwips(s_margins.Left) - (int)TemplateComposer.MmToTwips(s_margins.Right);
        private static int LeftWidth => TextWidth * 45 / 100;
        private static int RightWidth => TextWidth - LeftWidth;
        private ReviewFormKind Kind => input.Kind;

        public Document Document(string defaultHeaderId, string firstHeaderId)
        {
            Add(Para(JustificationValues.Right, Run(input.Kind.Code(), italic: true, size: 24)));
            Add(HeaderTable());
            Add(Para(JustificationValues.Center, new SpacingBetweenLines { Before = "360" }, Run(Kind.Title(), bold: true, size: 30)));
            var subtitle = Kind == ReviewFormKind.Mau01 && input.CollectiveName is { } c
                ? $"{Kind.Subtitle(input.Year)} của {c}"
                : Kind.Subtitle(input.Year);
            if (Kind == ReviewFormKind.Mau05) Add(Para(JustificationValues.Center, Run("(Quý …… / Năm " + input.Year + ")", bold: true)));
            else Add(Para(JustificationValues.Center, Run(subtitle, bold: true)));
            Add(Para(JustificationValues.Center, new SpacingBetweenLines { After = "240" }, Run("-----")));

            if (Kind == ReviewFormKind.Mau05) Mau05();
            else if (Kind == ReviewFormKind.Mau01) Mau01();
            else Individual();

            _body.AppendChild(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = defaultHeaderId },
                new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin
                {
                    Top = (int)TemplateComposer.MmToTwips(s_margins.Top), Bottom = (int)TemplateComposer.MmToTwips(s_margins.Bottom),
                    Left = TemplateComposer.MmToTwips(s_margins.Left), Right = TemplateComposer.MmToTwips(s_margins.Right),
                    Header = 567, Footer = 567, Gutter = 0,
                },
                new Columns { Space = "720" },
                new TitlePage()));
            var document = new Document(_body);
            document.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
            document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            return document;
        }

        // ---- the three kinds of form -------------------------------------------------------------------------------

        private void Individual()
        {
            MemberLines(withPreviousLevel: true);
            Heading("A. NỘI DUNG KIỂM ĐIỂM");
            Section("I. Ưu điểm, kết quả đạt được", null);
            var items = Kind switch
            {
                ReviewFormKind.Mau02A => new[]
                {
                    "Phẩm chất chính trị, đạo đức, lối sống; ý thức tổ chức kỷ luật, đoàn kết; trách nhiệm nêu gương của bản thân và gia đình; việc giữ những điều đảng viên không được làm; tự liên hệ các biểu hiện suy thoái",
                    "Thực hiện chức trách, nhiệm vụ được giao: kết quả lãnh đạo, chỉ đạo, quản lý; mức độ hoàn thành chỉ tiêu, nhiệm vụ của bản thân và của tổ chức, đơn vị được phân công phụ trách (số lượng, tiến độ, chất lượng)",
                    "Năng lực, uy tín, mức độ tín nhiệm và khả năng quy tụ, đoàn kết; tinh thần đổi mới, dám nghĩ, dám làm, dám chịu trách nhiệm",
                    "Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu trong năm",
                },
                ReviewFormKind.Mau02C => new[]
                {
                    "Phẩm chất chính trị, đạo đức, lối sống; văn hóa ứng xử ở nơi cư trú; việc giữ những điều đảng viên không được làm; tự liên hệ các biểu hiện suy thoái",
                    "Thực hiện nhiệm vụ của đảng viên: dự sinh hoạt chi bộ, học tập nghị quyết, đóng góp ý kiến; nhiệm vụ chi bộ phân công; tham gia hoạt động ở địa phương phù hợp sức khỏe, độ tuổi",
                    "Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu trong năm",
                },
                _ => new[]
                {
                    "Phẩm chất chính trị, đạo đức, lối sống; ý thức tổ chức kỷ luật, đoàn kết; việc giữ những điều đảng viên không được làm; tự liên hệ các biểu hiện suy thoái",
                    "Thực hiện nhiệm vụ được giao: khối lượng, tiến độ, chất lượng và hiệu quả sản phẩm công việc theo vị trí việc làm",
                    "Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu trong năm",
                },
            };
            for (var i = 0; i < items.Length; i++) Item($"{i + 1}. ", items[i], lines: 4);
            Section("II. Hạn chế, khuyết điểm và nguyên nhân", "Nêu rõ hạn chế, khuyết điểm; nguyên nhân khách quan, chủ quan.", lines: 4);
            Section("III. Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra ở các kỳ kiểm điểm trước", "Đã khắc phục, đang khắc phục, chưa khắc phục; vướng mắc (nếu có).", lines: 3);
            Section("IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)", null, lines: 2);
            Section("V. Làm rõ trách nhiệm của cá nhân đối với hạn chế, khuyết điểm của tập thể (nếu có)", null, lines: 2);
            Section("VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm", null, lines: 3);

            Heading("B. TỰ ĐÁNH GIÁ, XẾP LOẠI");
            Section("I. Tự chấm điểm theo khung tiêu chí", $"Khung tiêu chí: {input.Annex.AnnexName()} Quy định 366-QĐ/TW; điểm từng tiêu chí theo hướng dẫn của cấp ủy cấp trên.");
            Add(ScoreTable(input.Framework.For(input.Annex)));
            Section("II. Tự xếp loại chất lượng", "Đánh dấu một mức:");
            LevelChoices();
            Conditions();
            Appendix();
            PersonSignature("NGƯỜI TỰ KIỂM ĐIỂM");
            CommitteeOpinion();
        }

        private void Mau01()
        {
            var lines = new List<(string, string, string?)>
            {
                ("Tập thể", "tapThe", input.CollectiveName),
                ($"Kết quả xếp loại chất lượng năm {input.Year - 1}", "xepLoaiNamTruoc", input.CollectivePreviousLevel?.VietnameseName()),
            };
            foreach (var (label, tag, value) in lines) InfoLine(label, tag, value);
            Heading("A. NỘI DUNG KIỂM ĐIỂM");
            Section("I. Ưu điểm, kết quả đạt được", null);
            string[] items =
            [
                "Chấp hành nguyên tắc tổ chức và hoạt động của Đảng, nhất là nguyên tắc tập trung dân chủ; thực hiện quy chế làm việc",
                "Kết quả thực hiện mục tiêu, chỉ tiêu, nhiệm vụ trong năm (nghị quyết đại hội, kế hoạch năm, nhiệm vụ đột xuất), nêu rõ sản phẩm, tiến độ, chất lượng",
                "Xây dựng, chỉnh đốn Đảng và hệ thống chính trị; sắp xếp bộ máy, cải cách hành chính, chuyển đổi số; nêu gương; phòng, chống tham nhũng, lãng phí, tiêu cực; kiểm tra, giám sát",
                "Trách nhiệm của tập thể trong tổ chức thực hiện chủ trương, văn bản của Đảng và của cấp trên",
            ];
            for (var i = 0; i < items.Length; i++) Item($"{i + 1}. ", items[i], lines: 4);
            Section("II. Hạn chế, khuyết điểm và nguyên nhân", "Nêu rõ hạn chế, khuyết điểm; nguyên nhân khách quan, chủ quan.", lines: 4);
            Section("III. Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra ở các kỳ kiểm điểm trước", "Đã khắc phục, đang khắc phục, chưa khắc phục; vướng mắc; trách nhiệm.", lines: 3);
            Section("IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)", null, lines: 2);
            Section("V. Trách nhiệm của tập thể và cá nhân", "Vi phạm, đơn thư, mất đoàn kết, suy thoái, kỷ luật trong tập thể (nếu có).", lines: 2);
            Section("VI. Phương hướng, biện pháp khắc phục", null, lines: 3);

            Heading("B. TỰ ĐÁNH GIÁ, XẾP LOẠI");
            Section("I. Tự chấm điểm theo khung tiêu chí", "Khung tiêu chí: Phụ lục 1 Quy định 366-QĐ/TW; điểm từng tiêu chí theo hướng dẫn của cấp ủy cấp trên.");
            Add(ScoreTable(input.Framework.For(CriteriaAnnex.Collective)));
            Section("II. Đề xuất xếp loại chất lượng", "Đánh dấu một mức:");
            LevelChoices();
            Add(Note("Điều kiện: từ 90 điểm, 100% nhiệm vụ hoàn thành đúng tiến độ, có chất lượng, ít nhất 30% vượt mức, không có tổ chức trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật → Hoàn thành xuất sắc; dưới 70% nhiệm vụ hoàn thành → Không hoàn thành nhiệm vụ (Quy định 366-QĐ/TW, Điều 11)."));
            Appendix();
            CollectiveSignature();
        }

        private void Mau05()
        {
            MemberLines(withPreviousLevel: false);
            InfoLine("Mẫu kiểm điểm cuối năm", "mauKiemDiem", input.Member is { } m ? $"Mẫu {m.Form.Number()}" : null);
            Section("1. Kết quả thực hiện nhiệm vụ trong kỳ", "Nêu nhiệm vụ được giao, sản phẩm, tiến độ, chất lượng (chi tiết ở bảng kèm theo).", lines: 5);
            Section("2. Tự chấm điểm", $"Khung tiêu chí: {input.Annex.AnnexName()} Quy định 366-QĐ/TW.");
            Add(ScoreTable(input.Framework.For(input.Annex)));
            Section("3. Tự xếp loại", "Đánh dấu một mức:");
            LevelChoices();
            Appendix();
            PersonSignature("NGƯỜI TỰ ĐÁNH GIÁ");
            Section("Ý kiến của cấp ủy, người quản lý trực tiếp", null, lines: 3);
        }

        // ---- pieces ------------------------------------------------------------------------------------------------

        private void MemberLines(bool withPreviousLevel)
        {
            var m = input.Member;
            InfoLine("Họ và tên", "hoTen", m?.Name, second: ("Năm sinh", "namSinh", m?.BirthYear?.ToString(CultureInfo.InvariantCulture)));
            InfoLine(Kind == ReviewFormKind.Mau02C ? "Nơi làm việc, cư trú" : "Chức vụ, đơn vị công tác", "chucVu", m?.Position);
            InfoLine("Chi bộ", "chiBo", m?.Cell is { } c ? ReviewFormInput.CellName(c) : null);
            if (withPreviousLevel)
                InfoLine($"Kết quả xếp loại chất lượng đảng viên năm {input.Year - 1}", "xepLoaiNamTruoc", m?.PreviousLevel?.VietnameseName());
        }

        private void InfoLine(string label, string tag, string? value, (string Label, string Tag, string? Value)? second = null)
        {
            var p = new Paragraph(new ParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Left, Position = TextWidth * 62 / 100 }, new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidth }),
                new SpacingBetweenLines { Before = "60", After = "60" }));
            p.AppendChild(Run(label + ": "));
            p.AppendChild(Field(tag, label, value));
            if (second is { } s)
            {
                p.AppendChild(Run("\t" + s.Label + ": "));
                p.AppendChild(Field(s.Tag, s.Label, s.Value));
            }
            if (value is null || second is { Value: null }) p.AppendChild(new Run(new TabChar()));
            Add(p);
        }

        /// <summary>A prefilled value in a tagged inline content control; dots when the member list has no value.</summary>
        private SdtRun Field(string tag, string alias, string? value) =>
            new(Props(tag, alias), new SdtContentRun(Run(value ?? "", bold: value is not null)));

        private SdtProperties Props(string tag, string alias) =>
            new(new SdtAlias { Val = alias }, new Tag { Val = tag }, new SdtId { Val = _sdtId++ });

        private void Heading(string text) =>
            Add(Para(JustificationValues.Left, new SpacingBetweenLines { Before = "240", After = "120" }, Run(text, bold: true)));

        private void Section(string title, string? hint, int lines = 0)
        {
            Add(Para(JustificationValues.Both, new SpacingBetweenLines { Before = "120", After = "60" }, Run(title, bold: true)));
            if (hint is not null) Add(Para(JustificationValues.Both, Run(hint, italic: true)));
            WriteLines(lines);
        }

        private void Item(string number, string text, int lines)
        {
            var p = Para(JustificationValues.Both, new SpacingBetweenLines { Before = "60", After = "60" }, Run(number, bold: true), Run(text + ":", italic: true));
            p.ParagraphProperties!.Indentation = new Indentation { FirstLine = "567" };
            Add(p);
            WriteLines(lines);
        }

        /// <summary>Room to write: lines of dots across the text width (a right tab with a dot leader).</summary>
        private void WriteLines(int count)
        {
            for (var i = 0; i < count; i++)
                Add(new Paragraph(
                    new ParagraphProperties(
                        new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidth }),
                        new SpacingBetweenLines { Before = "80", After = "0", Line = "300", LineRule = LineSpacingRuleValues.Auto }),
                    new Run(new TabChar())));
        }

        private static Paragraph Note(string text) =>
            Para(JustificationValues.Both, new SpacingBetweenLines { Before = "60", After = "60" }, Run(text, italic: true, size: 24));

        private void LevelChoices()
        {
            var bands = input.Framework.Bands;
            string Range(RatingLevel level)
            {
                var i = bands.ToList().FindIndex(b => b.Level == level);
                if (i < 0) return "";
                var min = bands[i].MinScore;
                if (i == 0) return $"từ {ScoringFramework.D(min)} điểm trở lên";
                var upper = bands[i - 1].MinScore;
                return min <= 0 ? $"dưới {ScoringFramework.D(upper)} điểm" : $"từ {ScoringFramework.D(min)} đến dưới {ScoringFramework.D(upper)} điểm";
            }
            foreach (var level in RatingLevels.All)
            {
                var p = Para(JustificationValues.Left, new SpacingBetweenLines { Before = "40", After = "40" }, Run("☐  ", size: 28), Run(level.VietnameseName()), Run($" ({Range(level)})", italic: true));
                p.ParagraphProperties!.Indentation = new Indentation { Left = "567" };
                Add(p);
            }
        }

        private void Conditions()
        {
            var who = Kind == ReviewFormKind.Mau02A ? "các lĩnh vực, địa bàn, đơn vị trực tiếp phụ trách" : "bản thân";
            Add(Note($"Ngoài số điểm, mức xếp loại cần đủ điều kiện về nhiệm vụ của {who} (Quy định 366-QĐ/TW, Điều 11): Hoàn thành xuất sắc — 100% nhiệm vụ hoàn thành đúng tiến độ, có chất lượng, ít nhất 30% vượt mức và đã khắc phục xong hạn chế đã chỉ ra; Hoàn thành tốt — 100% đúng tiến độ, có chất lượng; Hoàn thành nhiệm vụ — 100% hoàn thành, chậm tiến độ không quá 20%; quá một nửa nhiệm vụ không hoàn thành hoặc thuộc trường hợp bị xử lý kỷ luật, suy thoái — Không hoàn thành nhiệm vụ."));
        }

        /// <summary>The task appendix: one row per task with product, progress and quality, and a summary line of counts.</summary>
        private void Appendix()
        {
            Add(Para(JustificationValues.Center, new SpacingBetweenLines { Before = "240", After = "120" },
                Run("PHỤ LỤC: KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM " + input.Year, bold: true)));
            int[] widths = [600, 3200, 2200, 1500, 1500];
            widths[1] = TextWidth - widths.Sum() + widths[1];
            var header = new TableRow(new TableRowProperties(new TableHeader()),
                HeaderCell(widths[0], "TT"), HeaderCell(widths[1], "Nhiệm vụ được giao"), HeaderCell(widths[2], "Sản phẩm, kết quả"),
                HeaderCell(widths[3], "Tiến độ (đúng hạn / chậm)"), HeaderCell(widths[4], "Chất lượng (vượt / đạt / chưa đạt)"));
            var rows = new List<OpenXmlElement> { header };
            for (var i = 1; i <= 6; i++)
                rows.Add(new TableRow(new TableRowProperties(new TableRowHeight { Val = 480, HeightType = HeightRuleValues.AtLeast }),
                    TextCell(widths[0], i.ToString(CultureInfo.InvariantCulture), JustificationValues.Center), TextCell(widths[1], ""), TextCell(widths[2], ""), TextCell(widths[3], ""), TextCell(widths[4], "")));
            Add(Grid(widths, [.. rows]));
            Add(Para(JustificationValues.Both, new SpacingBetweenLines { Before = "120" },
                Run("Tổng số nhiệm vụ được giao: …… ; hoàn thành: …… ; trong đó vượt mức: …… ; chậm tiến độ: …… ; chưa hoàn thành: ……", size: 26)));
        }

        private Table ScoreTable(AnnexCriteria annex)
        {
            int[] widths = [700, 0, 1300, 1300];
            widths[1] = TextWidth - widths[0] - widths[2] - widths[3];
            var header = new TableRow(new TableRowProperties(new TableHeader()),
                HeaderCell(widths[0], "TT"), HeaderCell(widths[1], "Tiêu chí"), HeaderCell(widths[2], "Điểm tối đa"), HeaderCell(widths[3], "Điểm tự chấm"));
            var rows = new List<OpenXmlElement> { header };
            foreach (var (group, roman, max) in new[] { (CriteriaGroup.General, "I", input.Framework.GeneralMax), (CriteriaGroup.Tasks, "II", input.Framework.TasksMax) })
            {
                rows.Add(new TableRow(
                    TextCell(widths[0], roman, JustificationValues.Center, bold: true),
                    TextCell(widths[1], ScoringFramework.GroupName(group), bold: true),
                    TextCell(widths[2], ScoringFramework.D(max), JustificationValues.Center, bold: true),
                    ScoreCell(widths[3], group == CriteriaGroup.General ? "diemNhomChung" : "diemNhomNhiemVu", "Cộng nhóm", bold: true)));
                var n = 1;
                foreach (var c in annex.In(group))
                    rows.Add(new TableRow(
                        TextCell(widths[0], (n++).ToString(CultureInfo.InvariantCulture), JustificationValues.Center),
                        TextCell(widths[1], c.Text, JustificationValues.Left),
                        TextCell(widths[2], ScoringFramework.D(c.MaxPoints), JustificationValues.Center),
                        ScoreCell(widths[3], "diem_" + c.Code, "Điểm " + c.Code)));
            }
            rows.Add(new TableRow(
                TextCell(widths[0], "", JustificationValues.Center),
                TextCell(widths[1], "TỔNG CỘNG", bold: true),
                TextCell(widths[2], ScoringFramework.D(input.Framework.GeneralMax + input.Framework.TasksMax), JustificationValues.Center, bold: true),
                ScoreCell(widths[3], "tongDiem", "Tổng điểm", bold: true)));
            return Grid(widths, [.. rows]);
        }

        private TableCell ScoreCell(int width, string tag, string alias, bool bold = false)
        {
            var props = CellProps(width);
            props.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
            return new TableCell(props, Para(JustificationValues.Center, new SdtRun(Props(tag, alias), new SdtContentRun(Run("", bold: bold, size: 26)))));
        }

        private void PersonSignature(string title)
        {
            var name = input.Member?.Name;
            var right = new List<OpenXmlElement>
            {
                Para(JustificationValues.Center, Run(title, bold: true)),
                Para(JustificationValues.Center, Run("(Ký, ghi rõ họ và tên)", italic: true)),
                new Paragraph(), new Paragraph(), new Paragraph(),
                Para(JustificationValues.Center, name is null ? Run("") : new SdtRun(Props("nguoiKy", "Người ký"), new SdtContentRun(Run(name, bold: true)))),
            };
            Add(new Paragraph());
            Add(Borderless(new TableRow(Cell(LeftWidth, [new Paragraph()]), Cell(RightWidth, right))));
        }

        private void CommitteeOpinion()
        {
            Heading("NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)");
            WriteLines(3);
            Add(Para(JustificationValues.Left, new SpacingBetweenLines { Before = "120" }, Run("Chi bộ đề xuất xếp loại: ", bold: true), Run("……………………………………", size: 28)));
            Add(Para(JustificationValues.Left, new SpacingBetweenLines { Before = "120" }, Run("Kết quả xếp loại của cấp có thẩm quyền: ", bold: true), Run("……………………………", size: 28)));
        }

        private void CollectiveSignature()
        {
            var authority = "T/M " + ReviewFormInput.Upper(CollectiveKind(input.CollectiveName ?? input.Organization));
            var left = new List<OpenXmlElement>
            {
                Para(JustificationValues.Left, Run("Nơi nhận:", underline: true)),
                Para(JustificationValues.Left, Run("- " + (input.Superior is { } s ? $"{Recipient(s)} (b/c)," : "Cấp ủy cấp trên (b/c),"), size: 24)),
                Para(JustificationValues.Left, Run("- Lưu.", size: 24)),
            };
            var right = new List<OpenXmlElement>
            {
                Para(JustificationValues.Center, Run(authority, bold: true)),
                Para(JustificationValues.Center, Run(input.SignerTitle)),
                new Paragraph(), new Paragraph(), new Paragraph(),
                Para(JustificationValues.Center, new SdtRun(Props("nguoiKy", "Người ký"), new SdtContentRun(Run(input.SignerName ?? "", bold: true)))),
            };
            Add(new Paragraph());
            Add(Borderless(new TableRow(Cell(LeftWidth, left), Cell(RightWidth, right))));
        }

        /// <summary>"Chi bộ Thôn 1" → "Chi bộ"; "Đảng bộ xã …" → "Đảng ủy"; anything else is kept.</summary>
        private static string CollectiveKind(string name)
        {
            var key = Domain.Text.VietnameseText.FoldKey(name);
            if (key.StartsWith("chi bo", StringComparison.Ordinal)) return "Chi bộ";
            if (key.StartsWith("dang bo", StringComparison.Ordinal) || key.StartsWith("dang uy", StringComparison.Ordinal)) return "Đảng ủy";
            return name;
        }

        /// <summary>The superior committee as a recipient: "Đảng bộ xã Ia Grai" → "Đảng ủy xã Ia Grai"; other names as typed.</summary>
        private static string Recipient(string superior)
        {
            var clean = Domain.Text.VietnameseText.Clean(superior);
            return Domain.Text.VietnameseText.FoldKey(clean).StartsWith("dang bo ", StringComparison.Ordinal) && clean.Length > 8
                ? "Đảng ủy " + clean[8..]
                : clean;
        }

        // ---- header: left = superior / organization / *; right = ĐẢNG CỘNG SẢN VIỆT NAM + rule / place and date

        private Table HeaderTable()
        {
            var left = new List<OpenXmlElement>();
            if (input.Superior is { Length: > 0 } superior) left.Add(Para(JustificationValues.Center, Run(ReviewFormInput.Upper(superior))));
            left.Add(Para(JustificationValues.Center, new SdtRun(Props("toChuc", "Tổ chức"), new SdtContentRun(Run(ReviewFormInput.Upper(input.Organization), bold: true)))));
            left.Add(Para(JustificationValues.Center, Run("*")));
            const int headingWidth = 5050;
            var indent = Math.Max(0, (RightWidth - 216 - headingWidth) / 2).ToString(CultureInfo.InvariantCulture);
            var place = input.Place is { Length: > 0 } p ? p : "…………";
            var right = new List<OpenXmlElement>
            {
                new Paragraph(
                    new ParagraphProperties(
                        new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
                        new Indentation { Left = indent, Right = indent },
                        new Justification { Val = JustificationValues.Center }),
                    Run("ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, size: 30)),
                Para(JustificationValues.Center, new SpacingBetweenLines { Before = "240" }, Run($"{place}, ngày …… tháng …… năm {input.Year}", italic: true)),
            };
            return Borderless(new TableRow(Cell(LeftWidth, left), Cell(RightWidth, right)));
        }

        // ---- primitives ------------------------------------------------------------------------------------------------

        private void Add(OpenXmlElement e) => _body.AppendChild(e);




        private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content)
        {
            var cell = new TableCell(CellProps(width));
            foreach (var c in content) cell.AppendChild(c);
            return cell;
        }

        private static TableCell HeaderCell(int width, string text)
        {
            var props = CellProps(width);
            props.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
            return new TableCell(props, Para(JustificationValues.Center, Run(text, bold: true, size: 24)));
        }

        private static TableCell TextCell(int width, string text, JustificationValues? align = null, bool bold = false)
        {
            var props = CellProps(width);
            props.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
            return new TableCell(props, Para(align ?? JustificationValues.Left, Run(text, bold: bold, size: 26)));
        }

        private static Table Borderless(TableRow row)
        {
            var widths = row.Elements<TableCell>().Select(c => c.TableCellProperties!.TableCellWidth!.Width!.Value!).ToList();
            return new Table(
                new TableProperties(
                    new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto },
                    new TableIndentation { Width = -108, Type = TableWidthUnitValues.Dxa },
                    new TableBorders(
                        new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                        new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                        new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
                new TableGrid(widths.Select(w => new GridColumn { Width = w })),
                row);
        }

        private static Table Grid(int[] widths, params OpenXmlElement[] rows)
        {
            static TBorder B<TBorder>() where TBorder : BorderType, new() => new() { Val = BorderValues.Single, Size = 4, Color = "000000" };
            var table = new Table(
                new TableProperties(
                    new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableBorders(B<TopBorder>(), B<LeftBorder>(), B<BottomBorder>(), B<RightBorder>(), B<InsideHorizontalBorder>(), B<InsideVerticalBorder>()),
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })),
                new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
            foreach (var r in rows) table.AppendChild(r);
            return table;
        }
    }
}
