using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Narrative;
using OfficeReview.Domain.Rules;
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
    public static FieldRecord KeHoach(DocumentMeta meta, CampaignSchedule schedule) => KeHoach(meta, schedule, null);

    /// <summary>
    /// The Kế hoạch: căn cứ, purpose, subjects, contents (the year's regulation, scale and HTXS cap), the schedule table,
    /// and the assignments of the issuer's level. <paramref name="parameters"/>: the campaign's ruleset (null: the year's).
    /// </summary>
    public static FieldRecord KeHoach(DocumentMeta meta, CampaignSchedule schedule, RulesetParameters? parameters)
    {
        var year = schedule.Year;
        var rules = ReviewGeneration.ForYear(year, parameters);
        var profile = meta.Profile(year);
        var f = Common(meta, DocumentKind.KeHoach, year);
        var bases = BasesOf(meta, rules);
        f[T.Bases] = Lines(bases.Select(b => b.BasisLine()));
        f[T.Opening] = Rich(Body($"{FullCollective(meta, profile)} xây dựng Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm {year} như sau:"));
        var cites = Cites(bases, rules.Regulation) && Cites(bases, rules.Guidance)
            ? rules.ShortPair
            : $"{rules.Regulation.FullText()} và {rules.Guidance.FullText()}";
        f[T.Body] = Rich(
            RichParagraph.Heading("I- MỤC ĐÍCH, YÊU CẦU"),
            Body("1. Việc kiểm điểm nhằm tự phê bình và phê bình, làm rõ ưu điểm, khuyết điểm, hạn chế, nguyên nhân và đề ra biện pháp khắc phục; kết quả đánh giá, xếp loại là cơ sở để làm công tác cán bộ."),
            Body("2. Bảo đảm khách quan, dân chủ, thực chất, chống bệnh hình thức; gắn kết quả của cá nhân với kết quả của tập thể; thực hiện đúng tiến độ."),
            RichParagraph.Heading("II- ĐỐI TƯỢNG"),
            Body(rules.SubjectsSentence()),
            RichParagraph.Heading("III- NỘI DUNG, CÁCH THỨC"),
            Body($"Thực hiện theo {cites}; {rules.ScaleSentence()}; {rules.CapSentence()}."),
            RichParagraph.Heading("IV- THỜI GIAN THỰC HIỆN"));
        f[T.HasTable] = true;
        f[T.TableTitle] = "Tiến độ thực hiện";
        f[T.Schedule] = FieldRecord.List(schedule.Deadlines.Select((d, i) => new FieldRecord()
            .Set(T.Index, VietnameseFormat.Count(i + 1))
            .Set(T.Level, Clean(d.Level))
            .Set(T.Task, Clean(d.Task))
            .Set(T.Deadline, $"Trước ngày {VietnameseFormat.ShortDate(d.Deadline)}")));
        var reportTo = string.IsNullOrWhiteSpace(schedule.ReportTo) ? profile.ReportTo : Clean(schedule.ReportTo);
        var after = new List<RichParagraph> { RichParagraph.Heading("V- TỔ CHỨC THỰC HIỆN") };
        if (profile.Level.IsCell())
        {
            after.Add(RichParagraph.Numbered($"Đảng viên trong chi bộ chuẩn bị bản kiểm điểm, tự đánh giá, xếp loại theo mẫu và gửi về {reportTo} đúng thời hạn nêu trên."));
            after.Add(RichParagraph.Numbered($"{profile.Compiler} chủ trì hội nghị kiểm điểm, tổng hợp kết quả, báo cáo cấp ủy cấp trên."));
        }
        else
        {
            after.Add(RichParagraph.Numbered($"{Sentence(profile.Subordinates)} xây dựng kế hoạch, tổ chức thực hiện và gửi báo cáo, biểu thống kê về {reportTo} đúng thời hạn nêu trên."));
            after.Add(RichParagraph.Numbered($"{profile.Compiler} tham mưu, hướng dẫn, theo dõi, tổng hợp kết quả; Ủy ban Kiểm tra {profile.Committee} cung cấp thông tin về kỷ luật, khiếu nại, tố cáo."));
            after.Add(RichParagraph.Numbered("Đồng chí cấp ủy viên phụ trách dự, chỉ đạo kiểm điểm ở chi bộ, đảng bộ được phân công."));
        }
        after.Add(Body($"Đề nghị {profile.Subordinates} nghiêm túc triển khai thực hiện."));
        f[T.BodyAfter] = Rich(after);
        return f;
    }

    public static FieldRecord CongVan(DocumentMeta meta, CampaignSchedule schedule) => CongVan(meta, schedule, null);

    public static FieldRecord CongVan(DocumentMeta meta, CampaignSchedule schedule, RulesetParameters? parameters)
    {
        var year = schedule.Year;
        var rules = ReviewGeneration.ForYear(year, parameters);
        var profile = meta.Profile(year);
        var f = Common(meta, DocumentKind.CongVan, year);
        f[T.Bases] = Lines([]);
        f[T.Opening] = Rich(Body($"Thực hiện {string.Join("; ", BasesOf(meta, rules).Select(b => b.FullText()))}, {FullCollective(meta, profile)} đề nghị {profile.Subordinates} thực hiện một số nội dung sau:"));
        var body = new List<RichParagraph>
        {
            RichParagraph.Numbered("Tổ chức quán triệt, triển khai việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm " + year + " đúng quy định."),
            RichParagraph.Numbered($"Cụ thể hóa bộ tiêu chí đánh giá theo {rules.ScaleShort()}; thực hiện đúng quy trình, bảo đảm tỷ lệ hoàn thành xuất sắc nhiệm vụ theo quy định ({rules.CapSentence()})."),
            RichParagraph.Numbered("Thời gian thực hiện:"),
        };
        body.AddRange(schedule.Deadlines.Select((d, i) => RichParagraph.Bullet(
            $"{Clean(d.Level)}: {Clean(d.Task).TrimEnd('.')}, hoàn thành trước ngày {VietnameseFormat.ShortDate(d.Deadline)}{(i == schedule.Deadlines.Count - 1 ? "." : ";")}")));
        f[T.Body] = Rich(body);
        f[T.HasTable] = false;
        var reportTo = string.IsNullOrWhiteSpace(schedule.ReportTo) ? profile.ReportTo : Clean(schedule.ReportTo);
        f[T.BodyAfter] = Rich(Body($"Báo cáo kết quả và biểu thống kê gửi về {reportTo} đúng thời hạn trên. Đề nghị {profile.Subordinates} quan tâm thực hiện."));
        return f;
    }

    public static FieldRecord CongVanDonDoc(DocumentMeta meta, ReminderInput reminder)
    {
        var profile = meta.Profile(reminder.Year);
        var f = Common(meta, DocumentKind.CongVanDonDoc, reminder.Year);
        f[T.Bases] = Lines([]);
        var basis = string.IsNullOrWhiteSpace(reminder.BasisText) ? "" : $"Theo {Clean(reminder.BasisText)}, ";
        var missing = reminder.Units.Count(u => u.Status == SubmissionStatus.Missing);
        var invalid = reminder.Units.Count - missing;
        var split = new List<string>();
        if (missing > 0) split.Add($"{VietnameseFormat.PaddedCount(missing)} đơn vị chưa gửi");
        if (invalid > 0) split.Add($"{VietnameseFormat.PaddedCount(invalid)} đơn vị gửi chưa hợp lệ hoặc gửi muộn");
        var detail = split.Count > 1 ? $" ({string.Join(", ", split)})" : "";
        f[T.Opening] = Rich(Body(
            $"{basis}thời hạn gửi báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm {reminder.Year} và biểu thống kê là ngày {VietnameseFormat.ShortDate(reminder.Deadline)}. " +
            $"Đến nay còn {VietnameseFormat.PaddedCount(reminder.Units.Count)} đơn vị chưa hoàn thành{detail}, cụ thể như sau:"));
        f[T.Body] = Rich();
        f[T.HasTable] = reminder.Units.Count > 0;
        f[T.TableTitle] = "Danh sách đơn vị chưa hoàn thành";
        f[T.Units] = FieldRecord.List(reminder.Units.Select((u, i) => new FieldRecord()
            .Set(T.Index, VietnameseFormat.Count(i + 1))
            .Set(T.UnitName, Clean(u.Name))
            .Set(T.UnitStatus, u.Status.VietnameseName())
            .Set(T.Issues, Lines(u.Problems.Count > 0 ? u.Problems.Select(p => $"- {Clean(p).TrimStart('-', ' ')}") : [u.Status == SubmissionStatus.Missing ? "- Chưa gửi báo cáo và biểu thống kê" : "- Đề nghị kiểm tra lại"]))));
        var reportTo = string.IsNullOrWhiteSpace(reminder.ReportTo) ? profile.ReportTo : Clean(reminder.ReportTo);
        f[T.BodyAfter] = Rich(Body($"{FullCollective(meta, profile)} đề nghị các đơn vị trên khẩn trương hoàn thiện, gửi báo cáo và biểu thống kê về {reportTo} trước ngày {VietnameseFormat.ShortDate(reminder.NewDeadline)}."));
        return f;
    }

    public static FieldRecord BaoCao(DocumentMeta meta, UnitReport report, UnitReport? previous, int percentDecimals) =>
        BaoCao(meta, report, previous, ReportDetails.None, Rulesets.ForYear(report.Year).Parameters with { PercentPrecision = percentDecimals });

    /// <summary>
    /// The Báo cáo kết quả (REVIEW-DOMAIN §7.2): the leadership work of the issuer's collective, who held the review, the
    /// figures (the HTXS share of organizations and members against the same base, the ruleset's quota denominator), the
    /// named HTXS and KHTNV units, commendation, strengths and shortcomings, proposals — from the data and the free text
    /// of <paramref name="details"/>. <paramref name="parameters"/>: the campaign's ruleset (null: the year's, with the
    /// overrides of <paramref name="details"/>).
    /// </summary>
    public static FieldRecord BaoCao(DocumentMeta meta, UnitReport report, UnitReport? previous, ReportDetails details, RulesetParameters? parameters = null)
    {
        var p = parameters ?? Rulesets.ForYear(report.Year, details.Overrides).Parameters;
        var rules = ReviewGeneration.ForYear(report.Year, p);
        var profile = meta.Profile(report.Year);
        var f = Common(meta, DocumentKind.BaoCao, report.Year);
        var figures = ReportNarrative.Build(report, previous, p.PercentPrecision, true, p.QuotaDenominator, details);
        f[T.Bases] = Lines([]);
        f[T.Opening] = Rich(Body($"Thực hiện {string.Join("; ", BasesOf(meta, rules).Select(b => b.FullText()))}, {FullCollective(meta, profile)} báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm {report.Year} như sau:"));

        var plan = string.IsNullOrWhiteSpace(details.PlanText) ? "kế hoạch" : Clean(details.PlanText);
        var leadership = profile.Level.IsCell()
            ? $"{profile.Collective} đã ban hành {plan}; tổ chức quán triệt đến đảng viên trong chi bộ; phân công chuẩn bị báo cáo kiểm điểm của tập thể và bản kiểm điểm của đảng viên."
            : $"{profile.Collective} đã ban hành {plan}, hướng dẫn; tổ chức quán triệt đến {profile.Subordinates}; phân công cấp ủy viên dự, chỉ đạo kiểm điểm.";
        var body = new List<RichParagraph>
        {
            RichParagraph.Heading("I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI"),
            Body(leadership),
            RichParagraph.Heading("II- KẾT QUẢ KIỂM ĐIỂM"),
        };
        if (ReportSections.ReviewHeldSentence(details.ReviewHeld, p.PercentPrecision) is { } held) body.Add(Body(held));
        body.Add(Body("Các tập thể, cá nhân thuộc diện kiểm điểm đã tiến hành kiểm điểm theo đúng quy trình, bảo đảm dân chủ, nghiêm túc."));
        body.Add(RichParagraph.Heading("III- KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI"));
        body.AddRange(figures.Paragraphs);
        f[T.Body] = Rich(body);
        FillTable(f, report, figures);

        var commendation = ReportSections.Commendation(report, details);
        var shortcomings = ReportSections.Shortcomings(report, details);
        var after = new List<RichParagraph> { RichParagraph.Heading("IV- KHEN THƯỞNG") };
        after.AddRange(commendation.Count > 0
            ? commendation.Select(Body)
            : [Body("Việc khen thưởng tổ chức đảng, đảng viên thực hiện theo quy định sau khi có quyết định xếp loại.")]);
        after.Add(RichParagraph.Heading("V- ĐÁNH GIÁ CHUNG"));
        after.Add(Body("1. Ưu điểm:"));
        after.AddRange(details.Strengths.Count > 0
            ? details.Strengths.Select(s => Body(ReportSections.Sentence(s)))
            : [Body($"Việc kiểm điểm, đánh giá, xếp loại được tiến hành theo {rules.ShortPair}, đúng quy trình, bảo đảm dân chủ, khách quan.")]);
        after.Add(Body("2. Hạn chế, nguyên nhân:"));
        after.AddRange(shortcomings.Count > 0
            ? shortcomings.Select(Body)
            : [Body("Qua số liệu tổng hợp, chưa phát hiện hạn chế cần nêu.")]);
        after.Add(RichParagraph.Heading("VI- PHƯƠNG HƯỚNG, ĐỀ XUẤT, KIẾN NGHỊ"));
        after.AddRange(details.Proposals.Count > 0
            ? details.Proposals.Select(s => Body(ReportSections.Sentence(s)))
            : [Body("Tiếp tục chỉ đạo khắc phục hạn chế, khuyết điểm đã được chỉ ra qua kiểm điểm; sử dụng kết quả đánh giá, xếp loại trong công tác cán bộ và công tác khen thưởng.")]);
        f[T.BodyAfter] = Rich(after);
        return f;
    }

    public static FieldRecord ThongBaoKetQua(DocumentMeta meta, UnitReport report, UnitReport? previous, int percentDecimals) =>
        ThongBaoKetQua(meta, report, previous, ReportDetails.None, Rulesets.ForYear(report.Year).Parameters with { PercentPrecision = percentDecimals });

    /// <summary>The Thông báo kết quả: the figures, and each subordinate unit's decided level when the data lists them.</summary>
    public static FieldRecord ThongBaoKetQua(DocumentMeta meta, UnitReport report, UnitReport? previous, ReportDetails details, RulesetParameters? parameters = null)
    {
        var p = parameters ?? Rulesets.ForYear(report.Year, details.Overrides).Parameters;
        var rules = ReviewGeneration.ForYear(report.Year, p);
        var profile = meta.Profile(report.Year);
        var f = Common(meta, DocumentKind.ThongBaoKetQua, report.Year);
        var figures = ReportNarrative.Build(report, previous, p.PercentPrecision, true, p.QuotaDenominator, details);
        f[T.Bases] = Lines([]);
        f[T.Opening] = Rich(Body($"Căn cứ {string.Join("; ", BasesOf(meta, rules).Select(b => b.FullText()))}, {FullCollective(meta, profile)} thông báo kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm {report.Year} như sau:"));
        var body = new List<RichParagraph>(figures.Paragraphs);
        if (details.Units.Count > 0)
        {
            body.Add(RichParagraph.Heading("Kết quả xếp loại của từng tổ chức đảng"));
            body.AddRange(details.Units.Select((u, i) => RichParagraph.Bullet(
                $"{Clean(u.Name)}: {(u.FinalLevel is { } l ? l.VietnameseName() : "chưa xếp loại")}{(u.IsProposalOnly ? " (đề nghị)" : "")}{(i == details.Units.Count - 1 ? "." : ";")}")));
        }
        f[T.Body] = Rich(body);
        FillTable(f, report, figures);
        f[T.BodyAfter] = Rich(Body($"Đề nghị {profile.Subordinates} thông báo kết quả đến tập thể, cá nhân được đánh giá, xếp loại và lưu hồ sơ theo quy định."));
        return f;
    }

    /// <summary>
    /// The Quyết định công nhận kết quả xếp loại: căn cứ (the year's regulation and guidance), "xét đề nghị của" the
    /// advisory body, the issuing collective's "QUYẾT ĐỊNH:", Điều 1 with the count per level, and the list of every unit
    /// with its decided level (the table), Điều 2–3.
    /// </summary>
    public static FieldRecord QuyetDinh(DocumentMeta meta, DecisionInput decision, RulesetParameters? parameters = null)
    {
        var year = decision.Year;
        var rules = ReviewGeneration.ForYear(year, parameters);
        var profile = meta.Profile(year);
        var f = Common(meta, DocumentKind.QuyetDinh, year);
        var subject = string.IsNullOrWhiteSpace(decision.Subject) ? "tổ chức đảng" : Clean(decision.Subject);
        var proposer = string.IsNullOrWhiteSpace(decision.ProposedBy) ? profile.AdvisoryBody : Clean(decision.ProposedBy);
        var bases = new List<string> { "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;" };
        bases.AddRange(BasesOf(meta, rules).Select(b => $"- Căn cứ {b.FullText()};"));
        if (proposer is not null) bases.Add($"- Xét đề nghị của {proposer},");
        f[T.Bases] = Lines(bases);
        f[T.Opening] = Rich(
            new RichParagraph([new RichRun(Signer.Upper(FullCollective(meta, profile))) { Bold = true }]) { Alignment = ParagraphAlignment.Center, IndentMm = 0m },
            new RichParagraph([new RichRun("QUYẾT ĐỊNH:") { Bold = true }]) { Alignment = ParagraphAlignment.Center, IndentMm = 0m });
        var counts = RatingLevels.All
            .Select(l => (Level: l, Count: decision.Units.Count(u => u.Level == l)))
            .Select(x => $"{x.Level.VietnameseName()}: {VietnameseFormat.PaddedCount(x.Count)}");
        f[T.Body] = Rich(
            Article(1, $"Công nhận kết quả xếp loại chất lượng năm {year} đối với {VietnameseFormat.PaddedCount(decision.Units.Count)} {subject} (có danh sách kèm theo), trong đó: {string.Join("; ", counts)}."));
        f[T.HasTable] = decision.Units.Count > 0;
        f[T.TableTitle] = $"Danh sách {subject} và mức xếp loại chất lượng năm {year}";
        f[T.Decisions] = FieldRecord.List(decision.Units.Select((u, i) => new FieldRecord()
            .Set(T.Index, VietnameseFormat.Count(i + 1))
            .Set(T.UnitName, Clean(u.Name))
            .Set(T.DecidedLevel, u.Level is { } l ? l.VietnameseName() : "")
            .Set(T.UnitNote, NoteOf(u))));
        var executors = new List<string>();
        if (profile.AdvisoryBody is { } advisory) executors.Add(advisory);
        executors.Add(profile.Subordinates);
        executors.Add($"các {subject} có tên tại Điều 1");
        f[T.BodyAfter] = Rich(
            Article(2, "Quyết định này có hiệu lực kể từ ngày ký; kết quả xếp loại được thông báo đến tổ chức đảng, đảng viên và lưu hồ sơ theo quy định."),
            Article(3, $"{Sentence(ReportSections.JoinNames(executors))} chịu trách nhiệm thi hành Quyết định này."));
        return f;
    }

    /// <summary>"Điều 1. …" with the article number in bold.</summary>
    private static RichParagraph Article(int number, string text) => new([new RichRun($"Điều {number}.") { Bold = true }, new RichRun(" " + text)]);

    private static string NoteOf(UnitLevel u)
    {
        if (u.Level is { } d && u.ProposedLevel is { } p && d != p)
            return $"Đề nghị: {p.VietnameseName()}" + (string.IsNullOrWhiteSpace(u.Reason) ? "" : $" ({Clean(u.Reason).TrimEnd('.')})");
        return string.IsNullOrWhiteSpace(u.Reason) ? "" : Clean(u.Reason);
    }

    /// <summary>The căn cứ of a document: those of the meta, else the year's regulation and guidance.</summary>
    private static IReadOnlyList<Citation> BasesOf(DocumentMeta meta, ReviewGeneration rules) => meta.Bases.Count > 0 ? meta.Bases : rules.Bases;

    private static bool Cites(IReadOnlyList<Citation> bases, Citation c) =>
        bases.Any(b => VietnameseText.FoldKey(b.Number) == VietnameseText.FoldKey(c.Number));

    /// <summary>
    /// The collective with the issuer's full name: "Ban Thường vụ Đảng ủy xã Ia Grai", "Ban Thường vụ Tỉnh ủy Gia Lai",
    /// "Chi bộ Thôn 1", "Chi ủy Chi bộ Thôn 1".
    /// </summary>
    public static string FullCollective(DocumentMeta meta, IssuerProfile profile)
    {
        var name = Capitalized(Clean(meta.Issuer));
        if (profile.Collective == profile.Committee) return name;
        if (profile.Collective.EndsWith(" " + profile.Committee, StringComparison.Ordinal))
            return profile.Collective[..^profile.Committee.Length] + name;
        if (profile.Collective == "Chi ủy") return $"Chi ủy {name}";
        return profile.Collective;
    }

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

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

    /// <summary>The fields every template has: header, draft mark, closing, signature (for the year of the document's date).</summary>
    public static FieldRecord Common(DocumentMeta meta, DocumentKind kind) => Common(meta, kind, meta.Date.Year);

    /// <summary>The fields every template has: header, draft mark, closing, signature; the T/M line from the issuer's profile for the year reviewed.</summary>
    public static FieldRecord Common(DocumentMeta meta, DocumentKind kind, int year)
    {
        var f = new FieldRecord();
        f[T.Draft] = meta.IsDraft;
        f[T.HasSuperior] = !string.IsNullOrWhiteSpace(meta.Superior);
        // Without a superior the conditional block (and its field) goes; a value for it would be reported as unused.
        if (!string.IsNullOrWhiteSpace(meta.Superior)) f[T.Superior] = Signer.Upper(meta.Superior);
        f[T.Issuer] = Signer.Upper(meta.Issuer);
        f[T.Number] = meta.NumberAndCode(kind);
        f[T.PlaceAndDate] = VietnameseFormat.PlaceAndDate(Clean(meta.Place), meta.Date);
        var excerpt = Clean(meta.Excerpt);
        f[T.Excerpt] = kind is DocumentKind.CongVan or DocumentKind.CongVanDonDoc && excerpt.Length > 0 ? meta.ExcerptPrefix + excerpt : excerpt;
        if (kind is DocumentKind.CongVan or DocumentKind.CongVanDonDoc) f[T.Recipients] = RecipientsBlock(meta.Recipients);
        f[T.CopyTo] = Lines(meta.CopyToLines());
        f[T.Authority] = meta.EffectiveSigner(year).AuthorityLine;
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
