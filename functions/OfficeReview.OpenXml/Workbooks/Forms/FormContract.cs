using System.Globalization;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.OpenXml.Workbooks.Forms;

/// <summary>What the cell of a figure holds.</summary>
public enum FormFigureKind
{
    /// <summary>Text typed by the unit (name, code, a level chosen from a list).</summary>
    Text,
    /// <summary>A number typed by the unit (year, score).</summary>
    Number,
    /// <summary>A count typed by the unit.</summary>
    Count,
    /// <summary>A percentage: a formula or a typed figure.</summary>
    Percent,
    /// <summary>A yes/no mark ("Có" or empty).</summary>
    Flag,
    /// <summary>The label cell of a loại hình row (its figures sit in the block's columns).</summary>
    Label,
    /// <summary>The member table: a range (its header row and data rows) or an Excel table, named OR_MemberList.</summary>
    Table,
}

/// <summary>One figure of the contract a campaign form carries: its defined name, its group (block) and label.</summary>
public sealed record FormFigure(string Name, string Group, string Label, FormFigureKind Kind, bool Required = false);

/// <summary>
/// Every figure of the contract of names (docs/bieu-mau-excel.md), grouped by block as the tagging pane lists them:
/// unit information, the organization blocks with their loại hình rows, members with the exempt groups, leadership
/// collectives, leaders. Derived from <see cref="WorkbookSchema"/>, so the pane, the check and the writer agree.
/// The metadata names (OR_Form_Id, OR_Template_Version) are not listed: the service adds them to a form as constants.
/// </summary>
public static class FormContract
{
    public const string InfoGroup = "Thông tin đơn vị";
    public const string MemberListGroup = "VIII. Danh sách đảng viên";

    public static IReadOnlyList<FormFigure> Figures { get; } = Build();

    /// <summary>The figures by defined name (case-insensitive, as Excel compares names).</summary>
    public static IReadOnlyDictionary<string, FormFigure> ByName { get; } =
        Figures.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The groups in the pane's order.</summary>
    public static IReadOnlyList<string> Groups { get; } = Figures.Select(f => f.Group).Distinct().ToList();

    private static List<FormFigure> Build()
    {
        var list = new List<FormFigure>
        {
            new(WorkbookSchema.Year, InfoGroup, "Năm đánh giá, xếp loại", FormFigureKind.Number, Required: true),
            new(WorkbookSchema.UnitCode, InfoGroup, "Mã đơn vị", FormFigureKind.Text, Required: true),
            new(WorkbookSchema.UnitName, InfoGroup, "Tên đơn vị", FormFigureKind.Text, Required: true),
            new(WorkbookSchema.UnitKind, InfoGroup, "Loại đơn vị", FormFigureKind.Text, Required: true),
            new(WorkbookSchema.UnitCategory, InfoGroup, "Loại hình cơ sở", FormFigureKind.Text),
            new(WorkbookSchema.UnitParent, InfoGroup, "Mã đơn vị cấp trên", FormFigureKind.Text),
            new(WorkbookSchema.OwnLevel, InfoGroup, "Kết quả xếp loại của đơn vị (tập thể)", FormFigureKind.Text),
            new(WorkbookSchema.OwnScore, InfoGroup, "Điểm tự đánh giá của đơn vị", FormFigureKind.Number),
            new(WorkbookSchema.OwnDisciplined, InfoGroup, "Có tổ chức trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật", FormFigureKind.Flag),
            new(WorkbookSchema.Ruleset, InfoGroup, "Bộ quy tắc (366, 124, 132)", FormFigureKind.Text),
        };
        foreach (var kind in OrganizationBlockKinds.All)
        {
            var group = $"{WorkbookSchema.RomanNumeral(kind)}. {kind.VietnameseName()}";
            Add(list, group, WorkbookSchema.OrgBlockRow(kind));
            for (var i = 0; i < WorkbookSchema.CategorySlots; i++)
            {
                var slot = WorkbookSchema.OrgCategoryRow(kind, i);
                list.Add(new FormFigure(slot.Prefix, group, $"Dòng loại hình: {slot.Label}", FormFigureKind.Label));
            }
        }
        Add(list, "V. Đảng viên", WorkbookSchema.MembersRow);
        Add(list, "VI. Tập thể lãnh đạo, quản lý", WorkbookSchema.CollectivesRow);
        Add(list, "VII. Cá nhân cán bộ lãnh đạo, quản lý", WorkbookSchema.LeadersRow);
        list.Add(new FormFigure(WorkbookSchema.MemberTable, MemberListGroup, "Bảng danh sách đảng viên (dòng tiêu đề và các dòng của danh sách)", FormFigureKind.Table));
        return list;
    }

    private static void Add(List<FormFigure> list, string group, CountRowSpec spec)
    {
        foreach (var f in spec.Fields)
            list.Add(new FormFigure(spec.Name(f), group, FieldLabel(f), f.Kind switch
            {
                CountFieldKind.Count => FormFigureKind.Count,
                CountFieldKind.Flag => FormFigureKind.Flag,
                _ => FormFigureKind.Percent,
            }));
    }

    /// <summary>"Hoàn thành tốt nhiệm vụ: số", "Tổng số", "Miễn đánh giá: …".</summary>
    public static string FieldLabel(CountField f) => f.Level is { } level
        ? $"{level.VietnameseName()}: {(f.Kind == CountFieldKind.Percent ? "tỷ lệ (%)" : "số")}"
        : f.Header;
}

/// <summary>A value to write into a named cell: a number or a text (null for an empty cell).</summary>
internal readonly record struct FormValue(decimal? Number, string? Text)
{
    /// <summary>
    /// A percentage the service computed (not one the report states): written as the cached value of a formula cell,
    /// never typed into a plain cell (a typed percentage reads back as stated).
    /// </summary>
    public bool Computed { get; init; }
    public static FormValue Of(decimal? n) => new(n, null);
    public static FormValue Of(string? s) => new(null, string.IsNullOrEmpty(s) ? null : s);
    public bool IsEmpty => Number is null && Text is null;
    public override string ToString() => Number?.ToString(CultureInfo.InvariantCulture) ?? Text ?? "";
}

/// <summary>
/// The value of every figure of a report, by defined name, as the writers put it in the form: counts, stated or
/// computed percentages, "Có" flags, texts as the lists offer them. Pure.
/// </summary>
internal static class FormValues
{
    public static Dictionary<string, FormValue> For(UnitReport report, string rulesetId)
    {
        var v = new Dictionary<string, FormValue>(StringComparer.OrdinalIgnoreCase)
        {
            [WorkbookSchema.Year] = FormValue.Of(report.Year),
            [WorkbookSchema.UnitCode] = FormValue.Of(report.Unit.Code),
            [WorkbookSchema.UnitName] = FormValue.Of(report.Unit.Name),
            [WorkbookSchema.UnitKind] = FormValue.Of(report.Unit.Kind.VietnameseName()),
            [WorkbookSchema.UnitCategory] = FormValue.Of(report.Unit.Category is { } slug ? UnitCategories.FromSlug(slug)?.Name ?? slug : null),
            [WorkbookSchema.UnitParent] = FormValue.Of(report.Unit.Parent),
            [WorkbookSchema.OwnLevel] = FormValue.Of(report.OwnRating?.Level?.VietnameseName()),
            [WorkbookSchema.OwnScore] = FormValue.Of(report.OwnRating?.Score),
            [WorkbookSchema.OwnDisciplined] = FormValue.Of(report.OwnRating?.HasDisciplinedSubordinate == true ? WorkbookSchema.YesText : null),
            [WorkbookSchema.Ruleset] = FormValue.Of(rulesetId),
        };
        foreach (var kind in OrganizationBlockKinds.All)
            AddRow(v, WorkbookSchema.OrgBlockRow(kind), report.Organizations?.Get(kind));
        AddRow(v, WorkbookSchema.MembersRow, report.Members);
        AddRow(v, WorkbookSchema.CollectivesRow, report.LeadershipCollectives);
        AddRow(v, WorkbookSchema.LeadersRow, report.Leaders);
        return v;
    }

    /// <summary>The figures of one count row, by field suffix (the loại hình rows use them with the block's columns).</summary>
    public static Dictionary<string, FormValue> Row(IReadOnlyList<CountField> fields, CountBlock? block)
    {
        var v = new Dictionary<string, FormValue>(StringComparer.Ordinal);
        foreach (var f in fields) v[f.Suffix] = Field(f, block);
        return v;
    }

    private static void AddRow(Dictionary<string, FormValue> v, CountRowSpec spec, CountBlock? block)
    {
        foreach (var f in spec.Fields) v[spec.Name(f)] = Field(f, block);
    }

    public static FormValue Field(CountField f, CountBlock? block)
    {
        if (block is null) return default;
        switch (f.Kind)
        {
            case CountFieldKind.Count:
                return FormValue.Of(Templates.WorkbookLayout.FieldValue(block, f));
            case CountFieldKind.Flag:
                return FormValue.Of(block.QuotaExceptionApproved == true ? WorkbookSchema.YesText : null);
            case CountFieldKind.QuotaRatio:
                return FormValue.Of(block.Good is > 0 ? Math.Round(VietnameseFormat.ExactRatio(block.Excellent ?? 0, block.Good.Value)!.Value, 10) : null) with { Computed = true };
            default:
                if (block.StatedPercents?.Get(f.Level!.Value) is { } stated) return FormValue.Of(stated);
                return FormValue.Of(block.Rated is > 0 ? Math.Round(VietnameseFormat.ExactRatio(block.Get(f.Level!.Value) ?? 0, block.Rated.Value)!.Value, 10) : null) with { Computed = true };
        }
    }
}
