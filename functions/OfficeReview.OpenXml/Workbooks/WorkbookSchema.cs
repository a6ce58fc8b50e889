using OfficeReview.Domain.Model;

namespace OfficeReview.OpenXml.Workbooks;

/// <summary>What a field of a count row holds.</summary>
public enum CountFieldKind
{
    /// <summary>A count typed by the unit (or its cached formula value).</summary>
    Count,
    /// <summary>A percentage: a formula in the template (computed), a typed number when the unit states it.</summary>
    Percent,
    /// <summary>HTXS ÷ HTT in percent: always computed, never read into the report.</summary>
    QuotaRatio,
    /// <summary>A yes/no flag ("Có" / empty).</summary>
    Flag,
}

/// <summary>One column of a count row: the suffix of its defined name, its JSON key inside the block and its header.</summary>
public sealed record CountField(string Suffix, string JsonPath, string Header, CountFieldKind Kind, RatingLevel? Level = null, ExemptReason? Exempt = null);

/// <summary>One row of counts reached through defined names: a block (or a loại hình slot of a block).</summary>
public sealed record CountRowSpec(string Prefix, string JsonPath, string Label, IReadOnlyList<CountField> Fields)
{
    public string Name(CountField field) => $"{Prefix}_{field.Suffix}";
}

/// <summary>One column of the member list table (OR_MemberList).</summary>
public sealed record MemberColumn(string Header, string? JsonKey, string[] Aliases, bool Computed = false);

/// <summary>
/// The contract of the workbooks (templates/README.md): defined names, table names and columns. The template
/// generator, the writers and the reader all derive from this one list, so they cannot disagree.
/// </summary>
public static class WorkbookSchema
{
    public const string UnitFormId = "officereview.bieu-don-vi";
    public const string ConsolidatedFormId = "officereview.bieu-tong-hop";
    /// <summary>Bumped whenever a name or a table column changes meaning.</summary>
    public const string TemplateVersion = "1.1";
    public const string UnitFormNumber = "Biểu số 01-XLCL";
    public const string ConsolidatedFormNumber = "Biểu số 02-XLCL";

    // ---- metadata and unit information (sheet "Thông tin") --------------------------------------------------------
    public const string FormId = "OR_Form_Id";
    public const string Version = "OR_Template_Version";
    public const string Ruleset = "OR_Ruleset";
    public const string Year = "OR_Year";
    public const string UnitCode = "OR_Unit_Code";
    public const string UnitName = "OR_Unit_Name";
    public const string UnitKind = "OR_Unit_Kind";
    public const string UnitCategory = "OR_Unit_Category";
    public const string UnitParent = "OR_Unit_Parent";
    public const string OwnLevel = "OR_Own_Level";
    public const string OwnScore = "OR_Own_Score";
    public const string OwnDisciplined = "OR_Own_Disciplined_Subordinate";
    // Added in template 1.1 (issue #12): the collective's 366 task figures and the competent level's decision.
    public const string OwnTasksAssigned = "OR_Own_Tasks_Assigned";
    public const string OwnTasksExceeded = "OR_Own_Tasks_Exceeded";
    public const string OwnTasksLate = "OR_Own_Tasks_Late";
    public const string OwnTasksUndone = "OR_Own_Tasks_Undone";
    public const string OwnShortcomingsFixed = "OR_Own_Shortcomings_Fixed";
    public const string OwnCompetentException = "OR_Own_Competent_Exception";
    public const string Preparer = "OR_Preparer";
    public const string Phone = "OR_Phone";
    public const string PreparedDate = "OR_Prepared_Date";

    // ---- lists (hidden sheet "Danh mục") ---------------------------------------------------------------------------
    public const string ListLevels = "OR_List_Levels";
    public const string ListExempt = "OR_List_Exempt";
    public const string ListKinds = "OR_List_Kinds";
    public const string ListCategories = "OR_List_Categories";
    public const string ListYesNo = "OR_List_YesNo";
    public const string ListRulesets = "OR_List_Rulesets";
    public const string ListForms = "OR_List_Forms";
    public const string ListMembership = "OR_List_Membership";
    public const string ListDiscipline = "OR_List_Discipline";
    public const string ListLeave = "OR_List_Leave";
    public const string ListTemporary = "OR_List_Temporary";

    // ---- tables ----------------------------------------------------------------------------------------------------
    public const string MemberTable = "OR_MemberList";
    public const string SourcesTable = "OR_Sources";
    public const string YesText = "Có";

    /// <summary>Sheet names as the templates name them (a province may rename them; the reader does not care).</summary>
    public static class Sheets
    {
        public const string Info = "Thông tin";
        public const string Organizations = "Tổ chức đảng";
        public const string Members = "Đảng viên";
        public const string Leadership = "Lãnh đạo, quản lý";
        public const string MemberList = "Danh sách đảng viên";
        public const string BySubunit = "Theo đơn vị";
        public const string Sources = "Nguồn";
        public const string Lists = "Danh mục";
    }

    /// <summary>Number of loại hình slots under each organization block (one per category in the catalogue).</summary>
    public static int CategorySlots => UnitCategories.All.Count;

    private static readonly CountField s_total = new("Total", "total", "Tổng số", CountFieldKind.Count);
    private static readonly CountField s_notRated = new("NotRated", "notRated", "Chưa đánh giá, xếp loại", CountFieldKind.Count);
    private static readonly CountField s_rated = new("Rated", "rated", "Số được đánh giá, xếp loại", CountFieldKind.Count);
    private static readonly CountField s_ratio = new("Quota_Ratio", "", "Tỷ lệ HTXS so với HTT (%)", CountFieldKind.QuotaRatio);
    private static readonly CountField s_quotaException = new("Quota_Exception", "quotaExceptionApproved", "Được áp dụng tỷ lệ 25%", CountFieldKind.Flag);

    private static IEnumerable<CountField> LevelFields() => RatingLevels.All.SelectMany(level => new[]
    {
        new CountField(LevelSuffix(level), level.JsonKey(), "Số", CountFieldKind.Count, level),
        new CountField("Pct_" + LevelSuffix(level), "statedPercents." + level.JsonKey(), "Tỷ lệ (%)", CountFieldKind.Percent, level),
    });

    public static string LevelSuffix(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => "Excellent",
        RatingLevel.Good => "Good",
        RatingLevel.Complete => "Complete",
        _ => "NotComplete",
    };

    public static string ExemptSuffix(ExemptReason reason) => reason switch
    {
        ExemptReason.Excused => "Exempt_Excused",
        ExemptReason.Suspended => "Exempt_Suspended",
        _ => "Exempt_NewlyAdmitted",
    };

    /// <summary>Columns of an organization / leadership row, left to right.</summary>
    public static readonly IReadOnlyList<CountField> BlockFields =
        [s_total, s_notRated, s_rated, .. LevelFields(), s_ratio, s_quotaException];

    /// <summary>Columns of the members row, left to right.</summary>
    public static readonly IReadOnlyList<CountField> MemberFields =
    [
        s_total,
        .. ExemptReasons.All.Select(r => new CountField(ExemptSuffix(r), "exempt." + r.JsonKey(), r.VietnameseName(), CountFieldKind.Count, Exempt: r)),
        s_notRated with { Header = "Thuộc diện nhưng chưa đánh giá, xếp loại" },
        s_rated,
        .. LevelFields(),
        s_ratio,
        new CountField("Disciplined", "disciplinedInYear", "Bị kỷ luật trong năm", CountFieldKind.Count),
        s_quotaException,
    ];

    public static string OrgPrefix(OrganizationBlockKind kind) => kind switch
    {
        OrganizationBlockKind.BaseOrganizations => "OR_Org_Base",
        OrganizationBlockKind.PartialCommittees => "OR_Org_Partial",
        OrganizationBlockKind.SubordinateCells => "OR_Org_Cells",
        _ => "OR_Org_Upper",
    };

    public static string RomanNumeral(OrganizationBlockKind kind) => kind switch
    {
        OrganizationBlockKind.BaseOrganizations => "I",
        OrganizationBlockKind.PartialCommittees => "II",
        OrganizationBlockKind.SubordinateCells => "III",
        _ => "IV",
    };

    public static CountRowSpec OrgBlockRow(OrganizationBlockKind kind) =>
        new(OrgPrefix(kind), $"organizations.{kind.JsonKey()}", kind.VietnameseName(), BlockFields);

    /// <summary>
    /// Slot <paramref name="slot"/> (0-based) of the loại hình rows of a block. The defined name <c>{Prefix}</c> (e.g.
    /// OR_Org_Base_C01) is the slot's label cell (the loại hình); its figures are in that row, in the columns of the
    /// block's own named cells (OR_Org_Base_Total, …), so inserted rows and columns keep them aligned.
    /// </summary>
    public static CountRowSpec OrgCategoryRow(OrganizationBlockKind kind, int slot) =>
        new($"{OrgPrefix(kind)}_C{slot + 1:00}", $"organizations.{kind.JsonKey()}.byCategory[{slot}]", UnitCategories.All[slot].Name, BlockFields);

    public static readonly CountRowSpec MembersRow = new("OR_Mem", "members", "Đảng viên", MemberFields);
    public static readonly CountRowSpec CollectivesRow = new("OR_Lc", "leadershipCollectives", "Tập thể lãnh đạo, quản lý", BlockFields);
    public static readonly CountRowSpec LeadersRow = new("OR_Ldr", "leaders", "Cá nhân cán bộ lãnh đạo, quản lý", BlockFields);

    /// <summary>Columns of OR_MemberList, left to right, with the header texts the reader also accepts.</summary>
    public static readonly IReadOnlyList<MemberColumn> MemberColumns =
    [
        new("STT", null, ["tt", "so tt", "so thu tu"], Computed: true),
        new("Họ và tên", "name", ["ho ten", "ten", "ho va ten dang vien"]),
        new("Năm sinh", "birthYear", ["nam sinh", "sinh nam"]),
        new("Chức vụ", "position", ["chuc vu", "chuc danh"]),
        new("Chi bộ", "cell", ["chi bo", "chi bo sinh hoat"]),
        new("Mẫu kiểm điểm", "form", ["mau", "mau kiem diem"]),
        new("Điểm tiêu chí chung", "generalScore", ["diem chung", "nhom tieu chi chung"]),
        new("Điểm kết quả thực hiện nhiệm vụ", "taskScore", ["diem nhiem vu", "diem ket qua nhiem vu"]),
        new("Tổng điểm", null, ["tong diem"], Computed: true),
        new("Tự xếp loại", "selfLevel", ["tu danh gia", "ca nhan tu xep loai"]),
        new("Chi bộ đề xuất", "proposedLevel", ["de xuat", "chi bo de xuat xep loai"]),
        new("Cấp có thẩm quyền quyết định", "decidedLevel", ["xep loai", "ket qua xep loai", "quyet dinh"]),
        new("Không thuộc diện đánh giá", "exemptReason", ["mien danh gia", "khong danh gia"]),
        new("Bị kỷ luật trong năm", "disciplinedInYear", ["ky luat", "ky luat trong nam"]),
        new("Thuộc trường hợp không hoàn thành nhiệm vụ", "disqualified", ["khong hoan thanh nhiem vu"]),
        new("Cấp có thẩm quyền xem xét khác", "competentLevelException", ["xem xet khac"]),
        // Added in template 1.1 (issue #12): the status, discipline, leader and task fields the rules read.
        new("Ngày vào Đảng", "admissionDate", ["ngay ket nap", "ngay vao dang"]),
        new("Chính thức / dự bị", "membership", ["chinh thuc du bi", "dang vien du bi", "du bi"]),
        new("Xếp loại cán bộ, công chức, viên chức", "staffRating", ["xep loai can bo cong chuc vien chuc", "xep loai cong chuc", "xep loai ccvc"]),
        new("Sinh hoạt đảng tạm thời", "temporaryActivity", ["sinh hoat tam thoi"]),
        new("Nghỉ ốm từ 03 tháng, thai sản", "leave", ["nghi om thai san", "nghi om", "thai san"]),
        new("Kết quả biểu quyết (%)", "votePercent", ["ket qua bieu quyet", "ty le bieu quyet"]),
        new("Hình thức kỷ luật", "disciplineForm", ["hinh thuc ky luat"]),
        new("Kỷ luật do vi phạm liên quan chức trách, nhiệm vụ", "disciplineDutyRelated", ["lien quan chuc trach nhiem vu", "lien quan cong vu"]),
        new("Căn cứ kỷ luật (quyết định, nội dung vi phạm)", "disciplineBasis", ["can cu ky luat", "quyet dinh ky luat"]),
        new("Tự phát hiện, khắc phục hậu quả", "disciplineSelfDetected", ["tu phat hien khac phuc"]),
        new("Vi phạm ở đơn vị cũ", "disciplinePreviousUnit", ["vi pham o don vi cu"]),
        new("Vi phạm đã tính khi xếp loại năm trước", "disciplineCountedBefore", ["da tinh nam truoc"]),
        new("Người đứng đầu (mã đơn vị)", "heads", ["nguoi dung dau", "dung dau don vi"]),
        new("Thuộc tập thể lãnh đạo (mã đơn vị)", "leads", ["thuoc tap the lanh dao", "lanh dao don vi"]),
        new("Tỷ lệ phiếu tín nhiệm thấp (%)", "lowConfidencePercent", ["phieu tin nhiem thap", "tin nhiem thap"]),
        new("Số nhiệm vụ được giao", "tasksAssigned", ["nhiem vu duoc giao"]),
        new("Số nhiệm vụ vượt mức", "tasksExceeded", ["nhiem vu vuot muc"]),
        new("Số nhiệm vụ chưa bảo đảm tiến độ", "tasksLate", ["nhiem vu cham tien do", "cham tien do"]),
        new("Số nhiệm vụ không hoàn thành", "tasksUndone", ["nhiem vu khong hoan thanh"]),
        new("Khắc phục hết khuyết điểm kỳ trước", "shortcomingsFixed", ["khac phuc khuyet diem"]),
        new("Xếp loại năm trước", "previousLevel", ["nam truoc", "xep loai nam truoc", "ket qua nam truoc"]),
        new("Ghi chú", "note", ["ghi chu"]),
    ];

    /// <summary>The member columns by folded header text (<see cref="Domain.Text.VietnameseText.FoldKey"/>): each column's own header, then its aliases.</summary>
    internal static IReadOnlyDictionary<string, MemberColumn> MemberColumnsByKey { get; } = BuildMemberColumnKeys();

    private static Dictionary<string, MemberColumn> BuildMemberColumnKeys()
    {
        var map = new Dictionary<string, MemberColumn>(StringComparer.Ordinal);
        foreach (var c in MemberColumns) map.TryAdd(Domain.Text.VietnameseText.FoldKey(c.Header), c);
        foreach (var c in MemberColumns) foreach (var a in c.Aliases) map.TryAdd(a, c);
        return map;
    }

    /// <summary>The member column a header text names (its own header or an alias, folded as the reader folds it), or null.</summary>
    public static MemberColumn? MemberColumnFor(string? header) =>
        string.IsNullOrWhiteSpace(header) ? null : MemberColumnsByKey.GetValueOrDefault(Domain.Text.VietnameseText.FoldKey(Domain.Text.VietnameseText.Clean(header)));

    public static readonly IReadOnlyList<string> SourceColumns =
        ["STT", "Mã đơn vị", "Tên đơn vị", "Tệp", "SHA-256", "Thời điểm nộp"];

    /// <summary>Every count row whose cells carry one defined name each (blocks, members, leadership).</summary>
    public static IEnumerable<CountRowSpec> AllCountRows()
    {
        foreach (var kind in OrganizationBlockKinds.All) yield return OrgBlockRow(kind);
        yield return MembersRow;
        yield return CollectivesRow;
        yield return LeadersRow;
    }
}
