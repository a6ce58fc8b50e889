using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Narrative;
using OfficeReview.Domain.Text;
using T = OfficeReview.Domain.Documents.DocumentTags;

namespace OfficeReview.Domain.Documents;

/// <summary>
/// Builds the field tree that fills a party-format template for each document kind: the header fields from
/// <see cref="DocumentMeta"/> and the content (REVIEW-DOMAIN §7) from the campaign schedule, the reminder list or a
/// UnitReport. Pure: the Word side (<c>TemplateComposer</c>) only places these values.
/// </summary>
public static class DocumentContent
{
    public static FieldRecord KeHoach(DocumentMeta meta, CampaignSchedule schedule)
    {
        var f = Common(meta, DocumentKind.KeHoach);
        var issuerBody = StandingCommittee(meta);
        f[T.Bases] = Lines(meta.Bases.Select(b => b.BasisLine()));
        f[T.Opening] = Rich(Body($"{issuerBody} xây dựng Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm {schedule.Year} như sau:"));
        f[T.Body] = Rich(
            RichParagraph.Heading("I- MỤC ĐÍCH, YÊU CẦU"),
            Body("1. Việc kiểm điểm nhằm tự phê bình và phê bình, làm rõ ưu điểm, khuyết điểm, hạn chế, nguyên nhân và đề ra biện pháp khắc phục; kết quả đánh giá, xếp loại là cơ sở để làm công tác cán bộ."),
            Body("2. Bảo đảm khách quan, dân chủ, thực chất, chống bệnh hình thức; gắn kết quả của cá nhân với kết quả của tập thể; thực hiện đúng tiến độ."),
            RichParagraph.Heading("II- ĐỐI TƯỢNG"),
            Body("Tập thể cấp ủy, chi ủy, tập thể lãnh đạo, quản lý; tất cả đảng viên, trừ đảng viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng và đảng viên mới kết nạp chưa đủ 6 tháng."),
            RichParagraph.Heading("III- NỘI DUNG, CÁCH THỨC"),
            Body($"Thực hiện theo {Citation.Regulation366.FullText()} và {Citation.Guidance43.FullText()}; chấm điểm theo khung 100 điểm (nhóm tiêu chí chung 30 điểm, nhóm tiêu chí kết quả thực hiện nhiệm vụ 70 điểm); tỷ lệ hoàn thành xuất sắc nhiệm vụ không vượt quá 20% số được xếp loại hoàn thành tốt nhiệm vụ."),
            RichParagraph.Heading("IV- THỜI GIAN THỰC HIỆN"));
        f[T.HasTable] = true;
        f[T.TableTitle] = "Tiến độ thực hiện";
        f[T.Schedule] = FieldRecord.List(schedule.Deadlines.Select((d, i) => new FieldRecord()
            .Set(T.Index, VietnameseFormat.Count(i + 1))
            .Set(T.Level, Clean(d.Level))
            .Set(T.Task, Clean(d.Task))
            .Set(T.Deadline, $"Trước ngày {VietnameseFormat.ShortDate(d.Deadline)}")));
        f[T.BodyAfter] = Rich(
            RichParagraph.Heading("V- TỔ CHỨC THỰC HIỆN"),
            RichParagraph.Numbered($"Các chi bộ, đảng bộ trực thuộc xây dựng kế hoạch, tổ chức thực hiện và gửi báo cáo, biểu thống kê về {schedule.ReportTo} đúng thời hạn nêu trên."),
            RichParagraph.Numbered("Ban Xây dựng Đảng Đảng ủy tham mưu, hướng dẫn, theo dõi, tổng hợp kết quả; Ủy ban Kiểm tra cung cấp thông tin về kỷ luật, khiếu nại, tố cáo."),
            RichParagraph.Numbered("Đồng chí cấp ủy viên phụ trách dự, chỉ đạo kiểm điểm ở chi bộ, đảng bộ được phân công."),
            Body("Đề nghị các chi bộ, đảng bộ trực thuộc nghiêm túc triển khai thực hiện."));
        return f;
    }

    public static FieldRecord CongVan(DocumentMeta meta, CampaignSchedule schedule)
    {
        var f = Common(meta, DocumentKind.CongVan);
        f[T.Bases] = Lines([]);
        f[T.Opening] = Rich(Body($"Thực hiện {string.Join("; ", meta.Bases.Select(b => b.FullText()))}, {StandingCommittee(meta)} đề nghị các chi bộ, đảng bộ trực thuộc thực hiện một số nội dung sau:"));
        var body = new List<RichParagraph>
        {
            RichParagraph.Numbered("Tổ chức quán triệt, triển khai việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm " + schedule.Year + " đúng quy định."),
            RichParagraph.Numbered("Cụ thể hóa bộ tiêu chí đánh giá theo khung 100 điểm; thực hiện đúng quy trình, bảo đảm tỷ lệ hoàn thành xuất sắc nhiệm vụ theo quy định."),
            RichParagraph.Numbered("Thời gian thực hiện:"),
        };
        body.AddRange(schedule.Deadlines.Select((d, i) => RichParagraph.Bullet(
            $"{Clean(d.Level)}: {Clean(d.Task).TrimEnd('.')}, hoàn thành trước ngày {VietnameseFormat.ShortDate(d.Deadline)}{(i == schedule.Deadlines.Count - 1 ? "." : ";")}")));
        f[T.Body] = Rich(body);
        f[T.HasTable] = false;
        f[T.BodyAfter] = Rich(Body($"Báo cáo kết quả và biểu thống kê gửi về {schedule.ReportTo} đúng thời hạn trên. Đề nghị các chi bộ, đảng bộ trực thuộc quan tâm thực hiện."));
        return f;
    }

    public static FieldRecord CongVanDonDoc(DocumentMeta meta, ReminderInput reminder)
    {
        var f = Common(meta, DocumentKind.CongVanDonDoc);
        f[T.Bases] = Lines([]);
        var basis = string.IsNullOrWhiteSpace(reminder.BasisText) ? "" : $"Theo {Clean(reminder.BasisText)}, ";
        var missing = reminder.Units.Count(u => u.Status == SubmissionStatus.Missing);
        var invalid = reminder.Units.Count - missing;
        f[T.Opening] = Rich(Body(
            $"{basis}thời hạn gửi báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm {reminder.Year} và biểu thống kê là ngày {VietnameseFormat.ShortDate(reminder.Deadline)}. " +
            $"Đến nay còn {VietnameseFormat.PaddedCount(reminder.Units.Count)} đơn vị chưa hoàn thành ({VietnameseFormat.PaddedCount(missing)} đơn vị chưa gửi, {VietnameseFormat.PaddedCount(invalid)} đơn vị gửi chưa hợp lệ hoặc gửi muộn), cụ thể như sau:"));
        f[T.Body] = Rich();
        f[T.HasTable] = reminder.Units.Count > 0;
        f[T.TableTitle] = "Danh sách đơn vị chưa hoàn thành";
        f[T.Units] = FieldRecord.List(reminder.Units.Select((u, i) => new FieldRecord()
            .Set(T.Index, VietnameseFormat.Count(i + 1))
            .Set(T.UnitName, Clean(u.Name))
            .Set(T.UnitStatus, u.Status.VietnameseName())
            .Set(T.Issues, Lines(u.Problems.Count > 0 ? u.Problems.Select(p => $"- {Clean(p).TrimStart('-', ' ')}") : [u.Status == SubmissionStatus.Missing ? "- Chưa gửi báo cáo và biểu thống kê" : "- Đề nghị kiểm tra lại"]))));
        f[T.BodyAfter] = Rich(Body($"{StandingCommittee(meta)} đề nghị các đơn vị trên khẩn trương hoàn thiện, gửi báo cáo và biểu thống kê về {reminder.ReportTo} trước ngày {VietnameseFormat.ShortDate(reminder.NewDeadline)}."));
        return f;
    }

    public static FieldRecord BaoCao(DocumentMeta meta, UnitReport report, UnitReport? previous, int percentDecimals)
    {
        var f = Common(meta, DocumentKind.BaoCao);
        var figures = ReportNarrative.Build(report, previous, percentDecimals);
        f[T.Bases] = Lines([]);
        var basis = meta.Bases.Count > 0 ? $"Thực hiện {string.Join("; ", meta.Bases.Select(b => b.FullText()))}, " : "";
        f[T.Opening] = Rich(Body($"{basis}{StandingCommittee(meta)} báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm {report.Year} như sau:"));
        var body = new List<RichParagraph>
        {
            RichParagraph.Heading("I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI"),
            Body("Ban Thường vụ đã ban hành kế hoạch, hướng dẫn; tổ chức quán triệt đến các chi bộ, đảng bộ trực thuộc; phân công cấp ủy viên dự, chỉ đạo kiểm điểm."),
            RichParagraph.Heading("II- KẾT QUẢ KIỂM ĐIỂM"),
            Body("Các tập thể, cá nhân thuộc diện kiểm điểm đã tiến hành kiểm điểm theo đúng quy trình, bảo đảm dân chủ, nghiêm túc."),
            RichParagraph.Heading("III- KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI"),
        };
        body.AddRange(figures.Paragraphs);
        f[T.Body] = Rich(body);
        FillTable(f, report, figures);
        f[T.BodyAfter] = Rich(
            RichParagraph.Heading("IV- ĐÁNH GIÁ CHUNG"),
            Body("1. Ưu điểm: …"),
            Body("2. Hạn chế, nguyên nhân: …"),
            RichParagraph.Heading("V- PHƯƠNG HƯỚNG, ĐỀ XUẤT, KIẾN NGHỊ"),
            Body("…"));
        return f;
    }

    public static FieldRecord ThongBaoKetQua(DocumentMeta meta, UnitReport report, UnitReport? previous, int percentDecimals)
    {
        var f = Common(meta, DocumentKind.ThongBaoKetQua);
        var figures = ReportNarrative.Build(report, previous, percentDecimals);
        f[T.Bases] = Lines([]);
        var basis = meta.Bases.Count > 0 ? $"Căn cứ {string.Join("; ", meta.Bases.Select(b => b.FullText()))}, " : "";
        f[T.Opening] = Rich(Body($"{basis}{StandingCommittee(meta)} thông báo kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm {report.Year} như sau:"));
        f[T.Body] = Rich(figures.Paragraphs);
        FillTable(f, report, figures);
        f[T.BodyAfter] = Rich(Body("Đề nghị các chi bộ, đảng bộ trực thuộc thông báo kết quả đến tập thể, cá nhân được đánh giá, xếp loại và lưu hồ sơ theo quy định."));
        return f;
    }

    private static void FillTable(FieldRecord f, UnitReport report, ReportFigures figures)
    {
        f[T.HasTable] = figures.Table.Count > 0;
        f[T.TableTitle] = $"Biểu tổng hợp kết quả đánh giá, xếp loại chất lượng năm {report.Year}";
        f[T.Results] = FieldRecord.List(figures.Table.Select(row =>
        {
            var r = new FieldRecord()
                .Set(T.RowName, row.IsGroup ? Rich(new RichParagraph([new RichRun(row.Name) { Bold = true }])) : new TextValue(row.Name))
                .Set(T.RowTotal, row.Total)
                .Set(T.RowRated, row.Rated);
            string[][] tags = [[T.Excellent, T.ExcellentPercent], [T.Good, T.GoodPercent], [T.Complete, T.CompletePercent], [T.NotComplete, T.NotCompletePercent]];
            for (var i = 0; i < 4; i++) r.Set(tags[i][0], row.Levels[i].Count).Set(tags[i][1], row.Levels[i].Percent);
            return r;
        }));
    }

    /// <summary>The fields every template has: header, draft mark, closing, signature.</summary>
    public static FieldRecord Common(DocumentMeta meta, DocumentKind kind)
    {
        var f = new FieldRecord();
        f[T.Draft] = meta.IsDraft;
        f[T.HasSuperior] = !string.IsNullOrWhiteSpace(meta.Superior);
        f[T.Superior] = Signer.Upper(meta.Superior ?? "");
        f[T.Issuer] = Signer.Upper(meta.Issuer);
        f[T.Number] = meta.NumberAndCode(kind);
        f[T.PlaceAndDate] = VietnameseFormat.PlaceAndDate(Clean(meta.Place), meta.Date);
        var excerpt = Clean(meta.Excerpt);
        f[T.Excerpt] = kind is DocumentKind.CongVan or DocumentKind.CongVanDonDoc && excerpt.Length > 0 ? meta.ExcerptPrefix + excerpt : excerpt;
        if (kind is DocumentKind.CongVan or DocumentKind.CongVanDonDoc) f[T.Recipients] = RecipientsBlock(meta.Recipients);
        f[T.CopyTo] = Lines(meta.CopyToLines());
        f[T.Authority] = meta.Signer.AuthorityLine;
        f[T.SignerTitle] = Signer.Upper(meta.Signer.Title);
        f[T.SignerName] = Clean(meta.Signer.Name);
        return f;
    }

    /// <summary>"Kính gửi: X" on one line; several recipients each on its own line "- X;", the last ending ".".</summary>
    public static RichTextValue RecipientsBlock(IReadOnlyList<string> recipients)
    {
        var items = recipients.Select(r => Clean(r).TrimStart('-', ' ').TrimEnd(',', '.', ';')).Where(r => r.Length > 0).ToList();
        if (items.Count <= 1)
            return Rich(new RichParagraph([new RichRun("Kính gửi: " + items.FirstOrDefault())]) { Alignment = ParagraphAlignment.Center });
        var paragraphs = new List<RichParagraph> { new([new RichRun("Kính gửi:")]) { Alignment = ParagraphAlignment.Center } };
        paragraphs.AddRange(items.Select((r, i) => new RichParagraph([new RichRun($"- {r}{(i == items.Count - 1 ? "." : ";")}")]) { Alignment = ParagraphAlignment.Left, IndentMm = 45m }));
        return Rich(paragraphs);
    }

    private static string StandingCommittee(DocumentMeta meta)
    {
        // "T/M BAN THƯỜNG VỤ" of "ĐẢNG ỦY XÃ IA GRAI" → "Ban Thường vụ Đảng ủy xã Ia Grai"; a chi bộ → "Chi bộ …".
        var name = Capitalized(Clean(meta.Issuer));
        return VietnameseText.FoldKey(meta.Signer.Body) switch
        {
            "ban thuong vu" => $"Ban Thường vụ {name}",
            "thuong truc" => $"Thường trực {name}",
            _ => name,
        };
    }

    /// <summary>"ĐẢNG ỦY XÃ IA GRAI" → "Đảng ủy xã Ia Grai": the first word capitalized, "xã/phường/tỉnh …" lower, the proper name title-cased.</summary>
    private static string Capitalized(string upper)
    {
        var words = Clean(upper).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] common = ["đảng", "ủy", "uỷ", "bộ", "chi", "ban", "thường", "vụ", "xã", "phường", "đặc", "khu", "tỉnh", "thành", "phố", "cơ", "sở", "tổ", "chức", "trực"];
        var result = new List<string>();
        var properName = false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (!properName && i > 0 && !common.Contains(w)) properName = true;
            result.Add(i == 0 || properName ? char.ToUpperInvariant(w[0]) + w[1..] : w);
        }
        return string.Join(' ', result);
    }


    private static string Clean(string? s) => VietnameseText.Clean(s);
    private static RichParagraph Body(string text) => RichParagraph.Text(text);
    private static RichTextValue Rich(params RichParagraph[] p) => new(p);
    private static RichTextValue Rich(IEnumerable<RichParagraph> p) => new(p.ToList());
    private static ListValue Lines(IEnumerable<string> lines) => FieldRecord.List(lines.Select(l => new FieldRecord().Set(T.Line, l)));
}
