using System.Globalization;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using S = OfficeReview.OpenXml.Workbooks.Templates.WorkbookStyles;

namespace OfficeReview.OpenXml.Workbooks.Templates;

/// <summary>
/// Lays out the official workbooks. The templates in templates/ are this layout with no data; the writers are this
/// layout with a report's values, so what is written is always the template filled in (same names, styles, formulas).
/// </summary>
internal sealed class WorkbookLayout
{
    private const int FirstCountColumn = 3; // A = STT, B = label, C… = fields
    private readonly WorkbookModel _book;
    private readonly UnitReport? _report;
    private readonly string _formId;
    private readonly string _formNumber;
    private readonly string _rulesetId;

    private WorkbookLayout(UnitReport? report, bool consolidated, RulesetParameters parameters)
    {
        _report = report;
        _formId = consolidated ? WorkbookSchema.ConsolidatedFormId : WorkbookSchema.UnitFormId;
        _formNumber = consolidated ? WorkbookSchema.ConsolidatedFormNumber : WorkbookSchema.UnitFormNumber;
        _rulesetId = parameters.Id;
        _book = new WorkbookModel
        {
            PercentDecimals = parameters.PercentPrecision,
            Title = consolidated ? "Biểu tổng hợp kết quả đánh giá, xếp loại chất lượng" : "Biểu kết quả đánh giá, xếp loại chất lượng",
        };
    }

    public static WorkbookModel Unit(UnitReport? report, RulesetParameters parameters)
    {
        var layout = new WorkbookLayout(report, false, parameters);
        layout.BuildCommon();
        layout.BuildLists();
        return layout._book;
    }

    public static WorkbookModel Consolidated(UnitReport? parent, IReadOnlyList<ConsolidatedSource> children, RulesetParameters parameters)
    {
        var layout = new WorkbookLayout(parent, true, parameters);
        layout.BuildCommon();
        layout.BuildBySubunit(children);
        layout.BuildSources(children);
        layout.BuildLists();
        return layout._book;
    }

    private void BuildCommon()
    {
        BuildInfo();
        BuildOrganizations();
        BuildMembers();
        BuildLeadership();
        BuildMemberList();
    }

    // ---- "Thông tin" --------------------------------------------------------------------------------------------------

    private void BuildInfo()
    {
        var sheet = _book.Add(new SheetModel(WorkbookSchema.Sheets.Info) { Landscape = false });
        sheet.Widths[1] = 66; sheet.Widths[2] = 24; sheet.Widths[3] = 16; sheet.Widths[4] = 16;
        Heading(sheet, 4, "THÔNG TIN BIỂU MẪU VÀ ĐƠN VỊ BÁO CÁO", yearInTitle: false);
        var r = _report;
        var rows = new (string Label, string Name, CellModel Value, string? List, string? Prompt)[]
        {
            ("Mã biểu mẫu", WorkbookSchema.FormId, new(S.LockedText, Text: _formId), null, null),
            ("Phiên bản biểu mẫu", WorkbookSchema.Version, new(S.LockedText, Text: WorkbookSchema.TemplateVersion), null, null),
            ("Bộ quy tắc (quy định áp dụng)", WorkbookSchema.Ruleset, new(S.InputText, Text: _rulesetId), WorkbookSchema.ListRulesets, "366: Quy định 366-QĐ/TW (từ năm 2025); 124: năm 2023–2024; 132: đến năm 2022."),
            ("Năm đánh giá, xếp loại", WorkbookSchema.Year, Num(r?.Year), null, null),
            ("Mã đơn vị", WorkbookSchema.UnitCode, Txt(r?.Unit.Code), null, null),
            ("Tên đơn vị", WorkbookSchema.UnitName, Txt(r?.Unit.Name), null, null),
            ("Loại đơn vị", WorkbookSchema.UnitKind, Txt(r?.Unit.Kind.VietnameseName()), WorkbookSchema.ListKinds, "Chọn loại tổ chức đảng của đơn vị."),
            ("Loại hình cơ sở", WorkbookSchema.UnitCategory, Txt(CategoryText(r?.Unit.Category)), WorkbookSchema.ListCategories, "Loại hình tổ chức cơ sở đảng (Biểu 5-BTCTW)."),
            ("Mã đơn vị cấp trên", WorkbookSchema.UnitParent, Txt(r?.Unit.Parent), null, null),
            ("Kết quả xếp loại của đơn vị (tập thể)", WorkbookSchema.OwnLevel, Txt(r?.OwnRating?.Level?.VietnameseName()), WorkbookSchema.ListLevels, "Mức xếp loại chất lượng của chính đơn vị."),
            ("Điểm tự đánh giá của đơn vị (thang 100)", WorkbookSchema.OwnScore, new(S.InputDecimal, Number: r?.OwnRating?.Score is { } sc ? CellModel.Num(sc) : null), null, null),
            ("Có tổ chức trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật trong năm", WorkbookSchema.OwnDisciplined, Txt(r?.OwnRating?.HasDisciplinedSubordinate == true ? WorkbookSchema.YesText : null), WorkbookSchema.ListYesNo, "Có: đơn vị không được xếp loại Hoàn thành xuất sắc nhiệm vụ."),
            ("Người lập biểu", WorkbookSchema.Preparer, Txt(null), null, null),
            ("Điện thoại", WorkbookSchema.Phone, Txt(null), null, null),
            ("Ngày lập biểu", WorkbookSchema.PreparedDate, Txt(null), null, null),
            ("Số nhiệm vụ của tập thể được giao trong năm", WorkbookSchema.OwnTasksAssigned, Cnt(r?.OwnRating?.Tasks?.Assigned), null, null),
            ("Số nhiệm vụ hoàn thành vượt mức yêu cầu", WorkbookSchema.OwnTasksExceeded, Cnt(r?.OwnRating?.Tasks?.Exceeded), null, null),
            ("Số nhiệm vụ chưa bảo đảm tiến độ", WorkbookSchema.OwnTasksLate, Cnt(r?.OwnRating?.Tasks?.Late), null, null),
            ("Số nhiệm vụ không hoàn thành", WorkbookSchema.OwnTasksUndone, Cnt(r?.OwnRating?.Tasks?.Undone), null, null),
            ("Đã khắc phục hết hạn chế, khuyết điểm đã chỉ ra ở kỳ kiểm điểm trước", WorkbookSchema.OwnShortcomingsFixed, Txt(YesNo(r?.OwnRating?.ShortcomingsFixed)), WorkbookSchema.ListYesNo, "Có / Không; để trống nếu không có."),
            ("Cấp có thẩm quyền xem xét, quyết định khác (trường hợp không hoàn thành nhiệm vụ)", WorkbookSchema.OwnCompetentException, Txt(r?.OwnRating?.CompetentLevelException == true ? WorkbookSchema.YesText : null), WorkbookSchema.ListYesNo, "Có: cấp có thẩm quyền đã xem xét, quyết định mức xếp loại."),
        };
        var row = 6;
        foreach (var (label, name, value, list, prompt) in rows)
        {
            sheet.Text(row, 1, label, S.Label);
            sheet.Merge(row, 2, row, 4, null, value.Style);
            sheet.Set(row, 2, value);
            _book.Name(name, sheet, row, 2);
            if (list is not null) sheet.Validations.Add(new DataValidationModel($"B{row}", list, prompt ?? ""));
            row++;
        }
        row++;
        sheet.Merge(row, 1, row + 2, 4,
            "Ô nền vàng: đơn vị nhập số liệu. Ô nền xám: tự tính bằng công thức (có thể ghi đè bằng số đã tính tay; phần mềm sẽ kiểm tra lại). " +
            "Có thể đổi tên trang tính, chèn dòng, cột, đổi định dạng; không xóa các tên vùng bắt đầu bằng OR_ (Formulas › Name Manager) và bảng OR_MemberList.",
            S.Note);
    }

    // ---- "Tổ chức đảng" -----------------------------------------------------------------------------------------------

    private void BuildOrganizations()
    {
        var sheet = _book.Add(new SheetModel(WorkbookSchema.Sheets.Organizations));
        CountSheetColumns(sheet, WorkbookSchema.BlockFields);
        Heading(sheet, FirstCountColumn + WorkbookSchema.BlockFields.Count - 1, "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG", yearInTitle: true);
        sheet.Text(5, FirstCountColumn + WorkbookSchema.BlockFields.Count - 3, "Đơn vị tính: tổ chức", S.ItalicCenter);
        sheet.Merge(5, FirstCountColumn + WorkbookSchema.BlockFields.Count - 3, 5, FirstCountColumn + WorkbookSchema.BlockFields.Count - 1, null, S.ItalicCenter);
        var row = CountHeader(sheet, 7, "Chỉ tiêu / Loại hình", WorkbookSchema.BlockFields);
        var orgs = _report?.Organizations;
        foreach (var kind in OrganizationBlockKinds.All)
        {
            var block = orgs?.Get(kind);
            CountRow(sheet, row++, WorkbookSchema.RomanNumeral(kind), WorkbookSchema.OrgBlockRow(kind), block, bold: true, nameCell: false);
            var slots = CategorySlots(block?.ByCategory);
            for (var i = 0; i < WorkbookSchema.CategorySlots; i++)
            {
                var spec = WorkbookSchema.OrgCategoryRow(kind, i);
                var (label, data) = slots[i];
                CountRow(sheet, row++, (i + 1).ToString(CultureInfo.InvariantCulture), spec with { Label = label }, data, bold: false, nameCell: true);
            }
        }
        sheet.PrintTitleRows = "7:9";
        sheet.FreezeRow = 9;
        Footer(sheet, row + 1, FirstCountColumn + WorkbookSchema.BlockFields.Count - 1);
    }

    /// <summary>
    /// Which row of the report goes into which loại hình slot: known categories in catalogue order stay in their own
    /// slot; anything else (unknown slugs, repeats, a different order) fills the slots in the report's order so that
    /// reading back gives exactly the same list.
    /// </summary>
    private static (string Label, CategoryRow? Row)[] CategorySlots(IReadOnlyList<CategoryRow>? rows)
    {
        var slots = UnitCategories.All.Select(c => (c.Name, (CategoryRow?)null)).ToArray();
        if (rows is null || rows.Count == 0) return slots;
        var order = rows.Select(r => UnitCategories.All.ToList().FindIndex(c => c.Slug == r.Category)).ToList();
        var canonical = order.All(i => i >= 0) && order.Zip(order.Skip(1)).All(p => p.First < p.Second);
        if (canonical)
        {
            for (var i = 0; i < rows.Count; i++) slots[order[i]] = (slots[order[i]].Name, rows[i]);
            return slots;
        }
        for (var i = 0; i < rows.Count && i < slots.Length; i++)
            slots[i] = (CategoryText(rows[i].Category) ?? rows[i].Category, rows[i]);
        return slots;
    }

    private static string? CategoryText(string? slug) => slug is null ? null : UnitCategories.FromSlug(slug)?.Name ?? slug;

    // ---- "Đảng viên" ----------------------------------------------------------------------------------------------------

    private void BuildMembers()
    {
        var sheet = _book.Add(new SheetModel(WorkbookSchema.Sheets.Members));
        var fields = WorkbookSchema.MemberFields;
        CountSheetColumns(sheet, fields, 16);
        var last = FirstCountColumn + fields.Count - 1;
        Heading(sheet, last, "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN", yearInTitle: true);
        sheet.Text(5, last - 2, "Đơn vị tính: đảng viên", S.ItalicCenter);
        sheet.Merge(5, last - 2, 5, last, null, S.ItalicCenter);
        var row = CountHeader(sheet, 7, "Chỉ tiêu", fields);
        CountRow(sheet, row, "1", WorkbookSchema.MembersRow, _report?.Members, bold: true, nameCell: false);
        sheet.PrintTitleRows = "7:9";
        Footer(sheet, row + 2, last);
    }

    // ---- "Lãnh đạo, quản lý" --------------------------------------------------------------------------------------------

    private void BuildLeadership()
    {
        var sheet = _book.Add(new SheetModel(WorkbookSchema.Sheets.Leadership));
        var fields = WorkbookSchema.BlockFields;
        CountSheetColumns(sheet, fields, 34);
        var last = FirstCountColumn + fields.Count - 1;
        Heading(sheet, last, "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TẬP THỂ, CÁ NHÂN LÃNH ĐẠO, QUẢN LÝ", yearInTitle: true);
        var row = CountHeader(sheet, 7, "Chỉ tiêu", fields);
        CountRow(sheet, row, "1", WorkbookSchema.CollectivesRow, _report?.LeadershipCollectives, bold: true, nameCell: false);
        CountRow(sheet, row + 1, "2", WorkbookSchema.LeadersRow, _report?.Leaders, bold: true, nameCell: false);
        sheet.PrintTitleRows = "7:9";
        Footer(sheet, row + 3, last);
    }

    // ---- "Danh sách đảng viên" (table OR_MemberList) ----------------------------------------------------------------

    private void BuildMemberList()
    {
        var sheet = _book.Add(new SheetModel(WorkbookSchema.Sheets.MemberList) { Protect = false });
        var columns = WorkbookSchema.MemberColumns;
        double[] widths = [6, 28, 9, 20, 16, 8, 10, 12, 8, 27, 27, 27, 30, 10, 15, 13,
            12, 11, 27, 18, 16, 11, 12, 14, 30, 12, 12, 12, 14, 16, 12, 10, 10, 12, 12, 12, 27, 24];
        for (var i = 0; i < columns.Count; i++) sheet.Widths[i + 1] = i < widths.Length ? widths[i] : 14;
        Heading(sheet, columns.Count, "DANH SÁCH ĐẢNG VIÊN VÀ KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG", yearInTitle: true);
        const int header = 6;
        for (var i = 0; i < columns.Count; i++) sheet.Text(header, i + 1, columns[i].Header, S.Header);
        sheet.Heights[header] = 48;
        var list = _report?.MemberList ?? [];
        var rows = Math.Max(1, list.Count);
        for (var n = 0; n < rows; n++)
        {
            var m = n < list.Count ? list[n] : null;
            var r = header + 1 + n;
            for (var i = 0; i < columns.Count; i++) sheet.Set(r, i + 1, MemberCell(columns[i], m, n, r));
        }
        sheet.Table = new TableModel(WorkbookSchema.MemberTable, header, 1, list.Count, columns.Select(c => c.Header).ToList());
        var first = header + 1;
        var lastValidated = Math.Max(5000, header + rows + 1000);
        int Col(string key) => columns.ToList().FindIndex(c => c.JsonKey == key) + 1;
        string Range(params string[] keys) => string.Join(" ", keys.Select(k => $"{Cells.Column(Col(k))}{first}:{Cells.Column(Col(k))}{lastValidated}"));
        sheet.Validations.Add(new DataValidationModel(Range("selfLevel", "proposedLevel", "decidedLevel", "staffRating", "previousLevel"), WorkbookSchema.ListLevels, "Chọn mức xếp loại."));
        sheet.Validations.Add(new DataValidationModel(Range("membership"), WorkbookSchema.ListMembership, "Chính thức hoặc Dự bị."));
        sheet.Validations.Add(new DataValidationModel(Range("disciplineForm"), WorkbookSchema.ListDiscipline, "Hình thức kỷ luật quyết định trong kỳ đánh giá."));
        sheet.Validations.Add(new DataValidationModel(Range("leave"), WorkbookSchema.ListLeave, "Nghỉ ốm từ 03 tháng trở lên trong năm hoặc nghỉ thai sản (HD 43 mục 7.5)."));
        sheet.Validations.Add(new DataValidationModel(Range("temporaryActivity"), WorkbookSchema.ListTemporary, "Sinh hoạt đảng tạm thời (HD 43 mục 7.6): xếp loại ở chi bộ chính thức."));
        sheet.Validations.Add(new DataValidationModel(Range("disciplineDutyRelated", "disciplineSelfDetected", "disciplinePreviousUnit", "disciplineCountedBefore", "shortcomingsFixed"), WorkbookSchema.ListYesNo, "Có, Không hoặc để trống."));
        sheet.Validations.Add(new DataValidationModel(Range("exemptReason"), WorkbookSchema.ListExempt, "Chỉ ghi khi đảng viên không thuộc diện đánh giá, xếp loại."));
        sheet.Validations.Add(new DataValidationModel(Range("disciplinedInYear", "disqualified", "competentLevelException"), WorkbookSchema.ListYesNo, "Có hoặc để trống."));
        sheet.Validations.Add(new DataValidationModel(Range("form"), WorkbookSchema.ListForms, "2A: lãnh đạo, quản lý; 2B: không giữ chức vụ; 2C: ngoài hệ thống chính trị."));
        sheet.PrintTitleRows = $"{header}:{header}";
        sheet.FreezeRow = header;
    }

    internal static CellModel MemberCell(MemberColumn column, MemberEntry? m, int index, int row)
    {
        const uint text = S.InputText;
        switch (column.JsonKey)
        {
            case null when column.Header == "STT":
                return new CellModel(S.CenterText, Number: m is null ? null : CellModel.Num(index + 1));
            case null:
            {
                var total = m?.TotalScore;
                var gc = $"{Cells.Column(MemberColumnIndex("generalScore"))}{row}";
                var tc = $"{Cells.Column(MemberColumnIndex("taskScore"))}{row}";
                return new CellModel(S.ComputedDecimal, Formula: $"IF(AND({gc}=\"\",{tc}=\"\"),\"\",N({gc})+N({tc}))",
                    CachedText: total is null ? "" : null, CachedNumber: total is { } t ? CellModel.Num(t) : null);
            }
            case "name": return new CellModel(text, Text: m?.Name);
            case "birthYear": return new CellModel(S.InputText, Number: m?.BirthYear is { } by ? CellModel.Num(by) : null);
            case "position": return new CellModel(text, Text: m?.Position);
            case "cell": return new CellModel(text, Text: m?.Cell);
            case "form": return new CellModel(text, Text: m?.Form);
            case "generalScore": return new CellModel(S.InputDecimal, Number: m?.GeneralScore is { } g ? CellModel.Num(g) : null);
            case "taskScore": return new CellModel(S.InputDecimal, Number: m?.TaskScore is { } t2 ? CellModel.Num(t2) : null);
            case "selfLevel": return new CellModel(text, Text: m?.SelfLevel?.VietnameseName());
            case "proposedLevel": return new CellModel(text, Text: m?.ProposedLevel?.VietnameseName());
            case "decidedLevel": return new CellModel(text, Text: m?.DecidedLevel?.VietnameseName());
            case "exemptReason": return new CellModel(text, Text: m?.ExemptReason?.VietnameseName());
            case "disciplinedInYear": return new CellModel(text, Text: m?.DisciplinedInYear == true ? WorkbookSchema.YesText : null);
            case "disqualified": return new CellModel(text, Text: m?.Disqualified == true ? WorkbookSchema.YesText : null);
            case "competentLevelException": return new CellModel(text, Text: m?.CompetentLevelException == true ? WorkbookSchema.YesText : null);
            case "previousLevel": return new CellModel(text, Text: m?.PreviousLevel?.VietnameseName());
            case "note": return new CellModel(text, Text: m?.Note);
            case "admissionDate": return new CellModel(text, Text: m?.AdmissionDate is { } ad ? MemberDetails.FormatDate(ad) : null);
            case "membership": return new CellModel(text, Text: m?.Membership?.VietnameseName());
            case "staffRating": return new CellModel(text, Text: m?.StaffRating?.VietnameseName());
            case "temporaryActivity": return new CellModel(text, Text: m?.TemporaryActivity?.VietnameseName());
            case "leave": return new CellModel(text, Text: m?.Leave?.VietnameseName());
            case "votePercent": return new CellModel(S.InputDecimal, Number: m?.VotePercent is { } vp ? CellModel.Num(vp) : null);
            case "disciplineForm": return new CellModel(text, Text: m?.DisciplineForm?.VietnameseName());
            case "disciplineDutyRelated": return new CellModel(text, Text: YesNo(m?.DisciplineDutyRelated));
            case "disciplineBasis": return new CellModel(text, Text: m?.DisciplineBasis);
            case "disciplineSelfDetected": return new CellModel(text, Text: m?.DisciplineSelfDetected == true ? WorkbookSchema.YesText : null);
            case "disciplinePreviousUnit": return new CellModel(text, Text: m?.DisciplinePreviousUnit == true ? WorkbookSchema.YesText : null);
            case "disciplineCountedBefore": return new CellModel(text, Text: m?.DisciplineCountedBefore == true ? WorkbookSchema.YesText : null);
            case "heads": return new CellModel(text, Text: m?.Heads is { Count: > 0 } hs ? string.Join("; ", hs) : null);
            case "leads": return new CellModel(text, Text: m?.Leads is { Count: > 0 } ls ? string.Join("; ", ls) : null);
            case "lowConfidencePercent": return new CellModel(S.InputDecimal, Number: m?.LowConfidencePercent is { } lc ? CellModel.Num(lc) : null);
            case "tasksAssigned": return new CellModel(S.InputCount, Number: m?.Tasks?.Assigned is { } ta ? CellModel.Num(ta) : null);
            case "tasksExceeded": return new CellModel(S.InputCount, Number: m?.Tasks?.Exceeded is { } te ? CellModel.Num(te) : null);
            case "tasksLate": return new CellModel(S.InputCount, Number: m?.Tasks?.Late is { } tl ? CellModel.Num(tl) : null);
            case "tasksUndone": return new CellModel(S.InputCount, Number: m?.Tasks?.Undone is { } tu ? CellModel.Num(tu) : null);
            case "shortcomingsFixed": return new CellModel(text, Text: YesNo(m?.ShortcomingsFixed));
            default: return new CellModel(text);
        }
    }

    private static string? YesNo(bool? value) => value switch { true => WorkbookSchema.YesText, false => "Không", null => null };

    private static int MemberColumnIndex(string key) => WorkbookSchema.MemberColumns.ToList().FindIndex(c => c.JsonKey == key) + 1;

    // ---- consolidated: "Theo đơn vị" and "Nguồn" ------------------------------------------------------------------------

    private void BuildBySubunit(IReadOnlyList<ConsolidatedSource> children)
    {
        var sheet = _book.Add(new SheetModel(WorkbookSchema.Sheets.BySubunit));
        var widest = WorkbookSchema.MemberFields.Count;
        sheet.Widths[1] = 6; sheet.Widths[2] = 16; sheet.Widths[3] = 46;
        for (var c = 0; c < widest; c++) sheet.Widths[4 + c] = 11;
        Heading(sheet, 3 + widest, "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI THEO ĐƠN VỊ TRỰC THUỘC", yearInTitle: true);
        var row = 7;
        var sections = new List<(string Title, string Name, IReadOnlyList<CountField> Fields, Func<UnitReport, CountBlock?> Pick)>();
        foreach (var kind in OrganizationBlockKinds.All)
            sections.Add(($"{WorkbookSchema.RomanNumeral(kind)}. {kind.VietnameseName()}", "OR_Sub_" + WorkbookSchema.OrgPrefix(kind)[3..],
                WorkbookSchema.BlockFields, r => r.Organizations?.Get(kind)));
        sections.Add(("V. Đảng viên", "OR_Sub_Mem", WorkbookSchema.MemberFields, r => r.Members));
        sections.Add(("VI. Tập thể lãnh đạo, quản lý", "OR_Sub_Lc", WorkbookSchema.BlockFields, r => r.LeadershipCollectives));
        sections.Add(("VII. Cá nhân cán bộ lãnh đạo, quản lý", "OR_Sub_Ldr", WorkbookSchema.BlockFields, r => r.Leaders));

        foreach (var (title, name, fields, pick) in sections)
        {
            sheet.Merge(row, 1, row, 3 + fields.Count, title, S.BoldLabel);
            row++;
            row = CountHeader(sheet, row, "Đơn vị", fields, codeColumn: true);
            var first = row;
            var count = Math.Max(1, children.Count);
            for (var i = 0; i < count; i++)
            {
                var child = i < children.Count ? children[i] : null;
                sheet.Set(row, 1, new CellModel(S.CenterText, Number: child is null ? null : CellModel.Num(i + 1)));
                sheet.Set(row, 2, new CellModel(S.Label, Text: child?.UnitCode));
                sheet.Set(row, 3, new CellModel(S.Label, Text: child?.Report.Unit.Name));
                var block = child is null ? null : pick(child.Report);
                CountCells(sheet, row, 4, fields, block, bold: false, prefix: null);
                row++;
            }
            _book.NameRange(name, sheet, first, 1, row - 1, 3 + fields.Count);
            // "Cộng": sums of the rows above, percentages from the sums.
            sheet.Blank(row, 1, S.CenterText);
            sheet.Merge(row, 2, row, 3, "Cộng", S.LockedCenterBold);
            var totals = SumBlock(children.Select(c => pick(c.Report)).ToList());
            for (var f = 0; f < fields.Count; f++)
            {
                var field = fields[f];
                var col = 4 + f;
                var letter = Cells.Column(col);
                if (field.Kind == CountFieldKind.Count)
                {
                    var v = FieldValue(totals, field);
                    sheet.Set(row, col, new CellModel(S.ComputedCount, Formula: $"SUM({letter}{first}:{letter}{row - 1})", CachedNumber: CellModel.Num(v ?? 0)));
                }
                else if (field.Kind is CountFieldKind.Percent or CountFieldKind.QuotaRatio)
                    sheet.Set(row, col, PercentFormula(row, 4, fields, field, totals, stated: null, bold: true));
                else
                    sheet.Set(row, col, new CellModel(S.Label));
            }
            _book.Name(name + "_Sum", sheet, row, 4);
            row += 2;
        }
        sheet.PrintTitleRows = null;
        Footer(sheet, row, 3 + widest);
    }

    internal static CountBlock SumBlock(IReadOnlyList<CountBlock?> blocks)
    {
        // Sums never wrap (CountBlockMath saturates; the merge reports implausible figures).
        long? Sum(Func<CountBlock, long?> f) => CountBlockMath.Sum(blocks.Where(b => b is not null).Select(b => f(b!) ?? 0));
        long? Ex(ExemptReason r) => CountBlockMath.Sum(blocks.OfType<MemberBlock>().Select(m => m.Exempt?.Get(r) ?? 0));
        return new MemberBlock
        {
            Total = Sum(b => b.Total), NotRated = Sum(b => b.NotRated), Rated = Sum(b => b.Rated),
            Excellent = Sum(b => b.Excellent), Good = Sum(b => b.Good), Complete = Sum(b => b.Complete), NotComplete = Sum(b => b.NotComplete),
            Exempt = new ExemptCounts { Excused = Ex(ExemptReason.Excused), Suspended = Ex(ExemptReason.Suspended), NewlyAdmitted = Ex(ExemptReason.NewlyAdmitted) },
            DisciplinedInYear = CountBlockMath.Sum(blocks.OfType<MemberBlock>().Select(m => m.DisciplinedInYear ?? 0)),
        };
    }

    private void BuildSources(IReadOnlyList<ConsolidatedSource> children)
    {
        var sheet = _book.Add(new SheetModel(WorkbookSchema.Sheets.Sources) { Protect = false, Landscape = true });
        double[] widths = [6, 16, 32, 34, 70, 24];
        for (var i = 0; i < widths.Length; i++) sheet.Widths[i + 1] = widths[i];
        Heading(sheet, WorkbookSchema.SourceColumns.Count, "DANH SÁCH TỆP NGUỒN ĐÃ TỔNG HỢP", yearInTitle: true);
        const int header = 6;
        for (var i = 0; i < WorkbookSchema.SourceColumns.Count; i++) sheet.Text(header, i + 1, WorkbookSchema.SourceColumns[i], S.Header);
        var rows = Math.Max(1, children.Count);
        for (var n = 0; n < rows; n++)
        {
            var c = n < children.Count ? children[n] : null;
            var r = header + 1 + n;
            sheet.Set(r, 1, new CellModel(S.CenterText, Number: c is null ? null : CellModel.Num(n + 1)));
            sheet.Set(r, 2, new CellModel(S.Label, Text: c?.UnitCode));
            sheet.Set(r, 3, new CellModel(S.Label, Text: c?.Report.Unit.Name));
            sheet.Set(r, 4, new CellModel(S.Label, Text: c?.FileName));
            sheet.Set(r, 5, new CellModel(S.Label, Text: c?.Sha256));
            sheet.Set(r, 6, new CellModel(S.Label, Text: c is null ? null :
                $"{VietnameseFormat.ShortDate(DateOnly.FromDateTime(c.SubmittedAt.DateTime))} {c.SubmittedAt:HH:mm:ss} (UTC{c.SubmittedAt:zzz})"));
        }
        sheet.Table = new TableModel(WorkbookSchema.SourcesTable, header, 1, children.Count, WorkbookSchema.SourceColumns);
        sheet.FreezeRow = header;
    }

    // ---- hidden "Danh mục" ------------------------------------------------------------------------------------------

    private void BuildLists()
    {
        var sheet = _book.Add(new SheetModel(WorkbookSchema.Sheets.Lists) { Hidden = true, Protect = true, Landscape = false });
        var lists = new (string Name, string Header, IReadOnlyList<string> Items)[]
        {
            (WorkbookSchema.ListLevels, "Mức xếp loại", RatingLevels.All.Select(l => l.VietnameseName()).ToList()),
            (WorkbookSchema.ListExempt, "Không thuộc diện đánh giá", ExemptReasons.All.Select(r => r.VietnameseName()).ToList()),
            (WorkbookSchema.ListKinds, "Loại đơn vị", UnitKinds.All.Select(k => k.VietnameseName()).ToList()),
            (WorkbookSchema.ListCategories, "Loại hình", UnitCategories.All.Select(c => c.Name).ToList()),
            (WorkbookSchema.ListYesNo, "Có/Không", [WorkbookSchema.YesText, "Không"]),
            (WorkbookSchema.ListRulesets, "Bộ quy tắc", Rulesets.All.Select(r => r.Id).Reverse().ToList()),
            (WorkbookSchema.ListForms, "Mẫu kiểm điểm", ["2A", "2B", "2C"]),
            (WorkbookSchema.ListMembership, "Chính thức / dự bị", MemberDetails.MembershipStatuses.Select(x => x.VietnameseName()).ToList()),
            (WorkbookSchema.ListDiscipline, "Hình thức kỷ luật", MemberDetails.DisciplineForms.Select(x => x.VietnameseName()).ToList()),
            (WorkbookSchema.ListLeave, "Nghỉ ốm, thai sản", MemberDetails.LeaveKinds.Select(x => x.VietnameseName()).ToList()),
            (WorkbookSchema.ListTemporary, "Sinh hoạt tạm thời", MemberDetails.TemporaryActivities.Select(x => x.VietnameseName()).ToList()),
        };
        for (var c = 0; c < lists.Length; c++)
        {
            var (name, header, items) = lists[c];
            sheet.Widths[c + 1] = 40;
            sheet.Text(1, c + 1, header, S.Header);
            for (var i = 0; i < items.Count; i++) sheet.Text(i + 2, c + 1, items[i], S.Default);
            _book.NameRange(name, sheet, 2, c + 1, items.Count + 1, c + 1);
        }
    }

    // ---- shared pieces ----------------------------------------------------------------------------------------------

    private static void CountSheetColumns(SheetModel sheet, IReadOnlyList<CountField> fields, double labelWidth = 56)
    {
        sheet.Widths[1] = 5;
        sheet.Widths[2] = labelWidth;
        for (var i = 0; i < fields.Count; i++)
            sheet.Widths[FirstCountColumn + i] = fields[i].Kind is CountFieldKind.Percent ? 8.5 : 10;
    }

    /// <summary>Issuer (top left), form number (top right), title with the year, like the Biểu of 11-HD/BTCTW.</summary>
    private void Heading(SheetModel sheet, int lastColumn, string title, bool yearInTitle)
    {
        var narrow = lastColumn <= 4;
        var leftEnd = narrow ? 1 : Math.Min(3, lastColumn);
        const string unitName = WorkbookSchema.UnitName;
        var issuer = _report is null || string.IsNullOrEmpty(_report.Unit.Name) ? "TÊN ĐƠN VỊ" : _report.Unit.Name.ToUpper(new CultureInfo("vi-VN"));
        sheet.Merge(1, 1, 1, leftEnd, null, S.Issuer);
        sheet.Set(1, 1, new CellModel(S.Issuer, Formula: $"IF({unitName}=\"\",\"TÊN ĐƠN VỊ\",UPPER({unitName}))", CachedText: issuer));
        sheet.Merge(2, 1, 2, leftEnd, "*", S.Issuer);
        var rightStart = narrow ? 3 : Math.Max(leftEnd + 1, lastColumn - 3);
        sheet.Merge(1, rightStart, 1, lastColumn, _formNumber, S.BoldCenter);
        sheet.Merge(2, rightStart, 2, lastColumn, "(Mẫu của OfficeReview)", S.ItalicCenter);
        var year = _report?.Year.ToString(CultureInfo.InvariantCulture) ?? "";
        if (yearInTitle)
        {
            sheet.Merge(4, 1, 4, lastColumn, null, S.Title);
            sheet.Set(4, 1, new CellModel(S.Title, Formula: $"\"{title} NĂM \"&{WorkbookSchema.Year}", CachedText: $"{title} NĂM {year}"));
        }
        else sheet.Merge(4, 1, 4, lastColumn, title, S.Title);
        sheet.Heights[4] = 36;
    }

    /// <summary>Two header rows (level groups merged over "Số" / "Tỷ lệ (%)") and a row of column numbers; returns the first data row.</summary>
    private static int CountHeader(SheetModel sheet, int row, string labelHeader, IReadOnlyList<CountField> fields, bool codeColumn = false)
    {
        var start = codeColumn ? 4 : FirstCountColumn;
        sheet.Merge(row, 1, row + 1, 1, "STT", S.Header);
        if (codeColumn)
        {
            sheet.Merge(row, 2, row + 1, 2, "Mã đơn vị", S.Header);
            sheet.Merge(row, 3, row + 1, 3, labelHeader, S.Header);
        }
        else sheet.Merge(row, 2, row + 1, 2, labelHeader, S.Header);
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            var col = start + i;
            if (f.Level is { } level && f.Kind == CountFieldKind.Count)
            {
                sheet.Merge(row, col, row, col + 1, level.VietnameseName(), S.Header);
                sheet.Text(row + 1, col, "Số", S.Header);
                sheet.Text(row + 1, col + 1, "Tỷ lệ (%)", S.Header);
                i++;
            }
            else if (f.Exempt is not null)
            {
                var n = fields.Skip(i).TakeWhile(x => x.Exempt is not null).Count();
                sheet.Merge(row, col, row, col + n - 1, "Không thuộc diện đánh giá, xếp loại", S.Header);
                for (var k = 0; k < n; k++) sheet.Text(row + 1, col + k, fields[i + k].Header, S.Header);
                i += n - 1;
            }
            else sheet.Merge(row, col, row + 1, col, f.Header, S.Header);
        }
        sheet.Heights[row] = 33;
        sheet.Heights[row + 1] = 63;
        var last = start + fields.Count - 1;
        for (var c = 1; c <= last; c++) sheet.Set(row + 2, c, new CellModel(S.HeaderNumber, Number: CellModel.Num(c)));
        return row + 3;
    }

    private void CountRow(SheetModel sheet, int row, string number, CountRowSpec spec, CountBlock? block, bool bold, bool nameCell)
    {
        sheet.Text(row, 1, number, bold ? S.LockedCenterBold : S.CenterText);
        sheet.Text(row, 2, spec.Label, bold ? S.BoldLabel : S.Label);
        // A loại hình slot is one name on its label cell; its figures sit in the columns of the block's named cells.
        if (nameCell) _book.Name(spec.Prefix, sheet, row, 2);
        CountCells(sheet, row, FirstCountColumn, spec.Fields, block, bold, nameCell ? null : spec.Prefix);
    }

    private void CountCells(SheetModel sheet, int row, int start, IReadOnlyList<CountField> fields, CountBlock? block, bool bold, string? prefix)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            var col = start + i;
            CellModel cell = f.Kind switch
            {
                CountFieldKind.Count => new CellModel(bold ? S.InputCountBold : S.InputCount, Number: FieldValue(block, f) is { } v ? CellModel.Num(v) : null),
                CountFieldKind.Flag => new CellModel(S.InputText, Text: block?.QuotaExceptionApproved == true ? WorkbookSchema.YesText : null),
                _ => PercentFormula(row, start, fields, f, block, f.Kind == CountFieldKind.Percent ? block?.StatedPercents?.Get(f.Level!.Value) : null, bold),
            };
            sheet.Set(row, col, cell);
            if (prefix is not null) _book.Name($"{prefix}_{f.Suffix}", sheet, row, col);
            if (f.Kind == CountFieldKind.Flag)
                sheet.Validations.Add(new DataValidationModel(Cells.Address(row, col), WorkbookSchema.ListYesNo, "Có: cấp có thẩm quyền cho áp dụng tỷ lệ 25%."));
        }
    }

    internal static long? FieldValue(CountBlock? block, CountField f)
    {
        if (block is null) return null;
        if (f.Level is { } level) return block.Get(level);
        if (f.Exempt is { } reason) return (block as MemberBlock)?.Exempt?.Get(reason);
        return f.Suffix switch
        {
            "Total" => block.Total,
            "NotRated" => block.NotRated,
            "Rated" => block.Rated,
            "Disciplined" => (block as MemberBlock)?.DisciplinedInYear,
            _ => null,
        };
    }

    /// <summary>A percentage cell: the stated figure when the report states one, else the formula (with its value cached).</summary>
    private static CellModel PercentFormula(int row, int start, IReadOnlyList<CountField> fields, CountField f, CountBlock? block, decimal? stated, bool bold)
    {
        var style = bold ? S.PercentBold : S.Percent;
        if (stated is { } s) return new CellModel(style, Number: CellModel.Num(s));
        string Ref(Func<CountField, bool> which) => Cells.Address(row, start + fields.ToList().FindIndex(x => which(x)));
        var rated = Ref(x => x.Suffix == "Rated");
        var levelRefs = RatingLevels.All.Select(l => Ref(x => x.Level == l && x.Kind == CountFieldKind.Count)).ToList();
        string formula;
        decimal? value;
        if (f.Kind == CountFieldKind.QuotaRatio)
        {
            var e = levelRefs[0];
            var g = levelRefs[1];
            formula = $"IF(N({g})=0,\"\",N({e})*100/{g})";
            value = block?.Good is > 0 ? VietnameseFormat.ExactRatio(block.Excellent ?? 0, block.Good.Value) : null;
        }
        else
        {
            var count = Ref(x => x.Level == f.Level && x.Kind == CountFieldKind.Count);
            formula = $"IF(N({rated})=0,\"\",N({count})*100/{rated})";
            var denominator = block?.Rated is > 0 ? block.Rated : null;
            value = denominator is { } d ? VietnameseFormat.ExactRatio(block!.Get(f.Level!.Value) ?? 0, d) : null;
        }
        return value is { } v
            ? new CellModel(style, Formula: formula, CachedNumber: CellModel.Num(Math.Round(v, 10)))
            : new CellModel(style, Formula: formula, CachedText: "");
    }

    /// <summary>
    /// "NGƯỜI LẬP BIỂU" bottom left; place and date and the party signature bottom right (HD 36-HD/VPTW: a party
    /// committee signs "T/M" the collective, the title line is the position): "T/M CHI BỘ" for a chi bộ, "T/M ĐẢNG ỦY" for
    /// a đảng bộ cơ sở or bộ phận, "T/M BAN THƯỜNG VỤ" for a đảng bộ cấp trên cơ sở or tỉnh — a formula on OR_Unit_Kind,
    /// so the blank template follows the kind the unit picks. Never the state "THỦ TRƯỞNG".
    /// </summary>
    private void Footer(SheetModel sheet, int row, int lastColumn)
    {
        var rightStart = Math.Max(4, lastColumn - 4);
        const string kind = WorkbookSchema.UnitKind;
        sheet.Merge(row, rightStart, row, lastColumn, "……………, ngày …… tháng …… năm ……", S.ItalicCenter);
        sheet.Merge(row + 1, 1, row + 1, 3, "NGƯỜI LẬP BIỂU", S.BoldCenter);
        sheet.Merge(row + 2, 1, row + 2, 3, "(Ký, ghi rõ họ tên, điện thoại)", S.ItalicCenter);
        sheet.Merge(row + 1, rightStart, row + 1, lastColumn, null, S.BoldCenter);
        sheet.Set(row + 1, rightStart, new CellModel(S.BoldCenter,
            Formula: $"IF(OR(ISNUMBER(SEARCH(\"chi bộ\",{kind})),ISNUMBER(SEARCH(\"chi-bo\",{kind}))),\"T/M CHI BỘ\"," +
                     $"IF(OR(ISNUMBER(SEARCH(\"cấp trên\",{kind})),ISNUMBER(SEARCH(\"cap-tren\",{kind})),ISNUMBER(SEARCH(\"tỉnh\",{kind})),ISNUMBER(SEARCH(\"dang-bo-tinh\",{kind}))),\"T/M BAN THƯỜNG VỤ\",\"T/M ĐẢNG ỦY\"))",
            CachedText: SignatureFor(_report?.Unit.Kind)));
        sheet.Merge(row + 2, rightStart, row + 2, lastColumn, "BÍ THƯ", S.BoldCenter);
        sheet.Merge(row + 3, rightStart, row + 3, lastColumn, "(Ký, ghi rõ họ tên, đóng dấu)", S.ItalicCenter);
        sheet.Merge(row + 6, 1, row + 6, 3, null, S.BoldCenter);
        sheet.Set(row + 6, 1, new CellModel(S.BoldCenter, Formula: $"IF({WorkbookSchema.Preparer}=\"\",\"\",{WorkbookSchema.Preparer})", CachedText: ""));
        sheet.Merge(row + 7, 1, row + 7, 3, null, S.ItalicCenter);
        sheet.Set(row + 7, 1, new CellModel(S.ItalicCenter, Formula: $"IF({WorkbookSchema.Phone}=\"\",\"\",\"Điện thoại: \"&{WorkbookSchema.Phone})", CachedText: ""));
    }

    /// <summary>The "T/M …" line for a unit kind (what the footer formula computes).</summary>
    internal static string SignatureFor(UnitKind? kind) => kind switch
    {
        UnitKind.BaseCell or UnitKind.SubordinateCell => "T/M CHI BỘ",
        UnitKind.UpperCommittee or UnitKind.ProvincialCommittee => "T/M BAN THƯỜNG VỤ",
        _ => "T/M ĐẢNG ỦY",
    };

    private static CellModel Cnt(long? value) => new(S.InputCount, Number: value is { } v ? CellModel.Num(v) : null);

    private static CellModel Txt(string? text) => new(S.InputText, Text: string.IsNullOrEmpty(text) ? null : text);
    private static CellModel Num(long? n) => new(S.InputText, Number: n is { } v ? CellModel.Num(v) : null);
}
