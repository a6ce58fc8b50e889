using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Findings;

// The one list of finding codes. Every code the product emits is declared here once, with its usual severity, a
// Vietnamese title, the rule article or the input bound (with its configuration key) it comes from, and an example
// message. The classes that emit findings refer to these constants; docs/findings.md is generated from this list
// (dotnet OfficeReview.Service.dll findings-doc docs/findings.md) and a test fails when a code is missing here.
public static partial class FindingCatalogue
{
    public const string InputEmpty = "INPUT_EMPTY";
    public const string InputTooLarge = "INPUT_TOO_LARGE";
    public const string InputWrongType = "INPUT_WRONG_TYPE";
    public const string InputLegacyFormat = "INPUT_LEGACY_FORMAT";
    public const string InputEncrypted = "INPUT_ENCRYPTED";
    public const string InputMacros = "INPUT_MACROS";
    public const string InputZipBroken = "INPUT_ZIP_BROKEN";
    public const string InputZipTooManyEntries = "INPUT_ZIP_TOO_MANY_ENTRIES";
    public const string InputZipExpandedTooLarge = "INPUT_ZIP_EXPANDED_TOO_LARGE";
    public const string InputZipPartTooLarge = "INPUT_ZIP_PART_TOO_LARGE";
    public const string InputZipRatio = "INPUT_ZIP_RATIO";
    public const string InputZipDuplicateEntry = "INPUT_ZIP_DUPLICATE_ENTRY";
    public const string InputZipUnsafeName = "INPUT_ZIP_UNSAFE_NAME";
    public const string InputZipEncryptedEntry = "INPUT_ZIP_ENCRYPTED_ENTRY";
    public const string InputXmlBroken = "INPUT_XML_BROKEN";
    public const string InputXmlDtd = "INPUT_XML_DTD";
    public const string InputXmlEncoding = "INPUT_XML_ENCODING";
    public const string InputXmlTooDeep = "INPUT_XML_TOO_DEEP";
    public const string InputXmlTooManyElements = "INPUT_XML_TOO_MANY_ELEMENTS";
    public const string InputXmlAttributeTooLong = "INPUT_XML_ATTRIBUTE_TOO_LONG";
    public const string InputXmlTooManyAttributes = "INPUT_XML_TOO_MANY_ATTRIBUTES";
    public const string InputXmlTextTooLong = "INPUT_XML_TEXT_TOO_LONG";
    public const string InputTooManyRows = "INPUT_TOO_MANY_ROWS";
    public const string InputTooManyCells = "INPUT_TOO_MANY_CELLS";
    public const string InputTooManyStrings = "INPUT_TOO_MANY_STRINGS";
    public const string InputStringTooLong = "INPUT_STRING_TOO_LONG";
    public const string InputTextEncoding = "INPUT_TEXT_ENCODING";
    public const string InputUnreadable = "INPUT_UNREADABLE";
    public const string XlsxNotZip = "XLSX_NOT_ZIP";
    public const string XlsxLegacyOrEncrypted = "XLSX_LEGACY_OR_ENCRYPTED";
    public const string XlsxBroken = "XLSX_BROKEN";
    public const string XlsxNotAForm = "XLSX_NOT_A_FORM";
    public const string XlsxTemplateVersion = "XLSX_TEMPLATE_VERSION";
    public const string XlsxMacrosIgnored = "XLSX_MACROS_IGNORED";
    public const string XlsxTooLarge = "XLSX_TOO_LARGE";
    public const string XlsxExpandedTooLarge = "XLSX_EXPANDED_TOO_LARGE";
    public const string XlsxTooManyEntries = "XLSX_TOO_MANY_ENTRIES";
    public const string XlsxTooManyRows = "XLSX_TOO_MANY_ROWS";
    public const string XlsxDtd = "XLSX_DTD";
    public const string XlsxNameBroken = "XLSX_NAME_BROKEN";
    public const string XlsxNameMissing = "XLSX_NAME_MISSING";
    public const string XlsxNotANumber = "XLSX_NOT_A_NUMBER";
    public const string XlsxCellError = "XLSX_CELL_ERROR";
    public const string XlsxUnknownValue = "XLSX_UNKNOWN_VALUE";
    public const string XlsxMissingValue = "XLSX_MISSING_VALUE";
    public const string XlsxMemberColumnMissing = "XLSX_MEMBER_COLUMN_MISSING";
    public const string XlsxTooManyCells = "XLSX_TOO_MANY_CELLS";
    public const string XlsxTooManyStrings = "XLSX_TOO_MANY_STRINGS";
    public const string XlsxTooManyNames = "XLSX_TOO_MANY_NAMES";
    public const string XlsxCellDamaged = "XLSX_CELL_DAMAGED";
    public const string XlsxSharedStringMissing = "XLSX_SHARED_STRING_MISSING";
    public const string XlsxFormulaNoValue = "XLSX_FORMULA_NO_VALUE";
    public const string XlsxNumberOutOfRange = "XLSX_NUMBER_OUT_OF_RANGE";
    public const string XlsxPartEncoding = "XLSX_PART_ENCODING";
    public const string XlsxPartMissing = "XLSX_PART_MISSING";
    public const string XlsxRangeTooLarge = "XLSX_RANGE_TOO_LARGE";
    public const string XlsxStrict = "XLSX_STRICT";
    public const string XlsxTextLegacyEncoding = "XLSX_TEXT_LEGACY_ENCODING";
    public const string XlsxTextEncodingAmbiguous = "XLSX_TEXT_ENCODING_AMBIGUOUS";
    public const string XlsxTextNfd = "XLSX_TEXT_NFD";
    public const string XlsxTooManyFindings = "XLSX_TOO_MANY_FINDINGS";
    public const string FormUnreadable = "FORM_UNREADABLE";
    public const string FormNameRequired = "FORM_NAME_REQUIRED";
    public const string FormNamesMissing = "FORM_NAMES_MISSING";
    public const string FormNameBroken = "FORM_NAME_BROKEN";
    public const string FormTextInCount = "FORM_TEXT_IN_COUNT";
    public const string FormFormulaInInput = "FORM_FORMULA_IN_INPUT";
    public const string FormNameSharedCell = "FORM_NAME_SHARED_CELL";
    public const string FormNameRange = "FORM_NAME_RANGE";
    public const string FormMetadataAdded = "FORM_METADATA_ADDED";
    public const string FormNameUnknown = "FORM_NAME_UNKNOWN";
    public const string FormMemberTableColumns = "FORM_MEMBER_TABLE_COLUMNS";
    public const string FormFillFailed = "FORM_FILL_FAILED";
    public const string FormFormulaKept = "FORM_FORMULA_KEPT";
    public const string FormMembersNoRoom = "FORM_MEMBERS_NO_ROOM";
    public const string FormMembersNotInForm = "FORM_MEMBERS_NOT_IN_FORM";
    public const string FormFiguresNotInForm = "FORM_FIGURES_NOT_IN_FORM";
    public const string MergeFormNotFilled = "MERGE_FORM_NOT_FILLED";
    public const string ProfileFigureNotFound = "PROFILE_FIGURE_NOT_FOUND";
    public const string ProfileFigureUnknown = "PROFILE_FIGURE_UNKNOWN";
    public const string ProfileUnreadable = "PROFILE_UNREADABLE";
    public const string ProfileImportSameUnit = "PROFILE_IMPORT_SAME_UNIT";
    public const string JsonUnreadable = "JSON_UNREADABLE";
    public const string JsonWrongType = "JSON_WRONG_TYPE";
    public const string JsonMissingField = "JSON_MISSING_FIELD";
    public const string JsonUnknownSchema = "JSON_UNKNOWN_SCHEMA";
    public const string JsonUnknownValue = "JSON_UNKNOWN_VALUE";
    public const string JsonTooManyItems = "JSON_TOO_MANY_ITEMS";
    public const string CountFractional = "COUNT_FRACTIONAL";
    public const string LevelUnknown = "LEVEL_UNKNOWN";
    public const string ExemptReasonUnknown = "EXEMPT_REASON_UNKNOWN";
    public const string UnitFieldMissing = "UNIT_FIELD_MISSING";
    public const string UnitCategoryUnknown = "UNIT_CATEGORY_UNKNOWN";
    public const string UnitCategoryYear = "UNIT_CATEGORY_YEAR";
    public const string YearOutOfRange = "YEAR_OUT_OF_RANGE";
    public const string YearInvalid = "YEAR_INVALID";
    public const string RulesetUnknown = "RULESET_UNKNOWN";
    public const string CountNegative = "COUNT_NEGATIVE";
    public const string CountImplausible = "COUNT_IMPLAUSIBLE";
    public const string SumRatedLevels = "SUM_RATED_LEVELS";
    public const string SumTotal = "SUM_TOTAL";
    public const string SumMembersTotal = "SUM_MEMBERS_TOTAL";
    public const string CategorySum = "CATEGORY_SUM";
    public const string CategoryUnknown = "CATEGORY_UNKNOWN";
    public const string CategoryDuplicate = "CATEGORY_DUPLICATE";
    public const string CategoryYear = "CATEGORY_YEAR";
    public const string PercentMismatch = "PERCENT_MISMATCH";
    public const string PercentWrongDenominator = "PERCENT_WRONG_DENOMINATOR";
    public const string PercentForced100 = "PERCENT_FORCED_100";
    public const string QuotaExceeded = "QUOTA_EXCEEDED";
    public const string QuotaCellShare = "QUOTA_CELL_SHARE";
    public const string MemberListMismatch = "MEMBER_LIST_MISMATCH";
    public const string MemberExemptRated = "MEMBER_EXEMPT_RATED";
    public const string MemberDuplicate = "MEMBER_DUPLICATE";
    public const string ExemptGroupNotInRuleset = "EXEMPT_GROUP_NOT_IN_RULESET";
    public const string AdmissionDateAfterYear = "ADMISSION_DATE_AFTER_YEAR";
    public const string NewlyAdmittedDate = "NEWLY_ADMITTED_DATE";
    public const string NewlyAdmittedRated = "NEWLY_ADMITTED_RATED";
    public const string TemporaryRatedHere = "TEMPORARY_RATED_HERE";
    public const string SickLeaveLevel = "SICK_LEAVE_LEVEL";
    public const string StaffRatingNotComplete = "STAFF_RATING_NOT_COMPLETE";
    public const string StaffRatingBelow = "STAFF_RATING_BELOW";
    public const string DisciplineFormProbationary = "DISCIPLINE_FORM_PROBATIONARY";
    public const string MemberPercentOutOfRange = "MEMBER_PERCENT_OUT_OF_RANGE";
    public const string Disqualified = "DISQUALIFIED_LEVEL";
    public const string Disciplined = "DISCIPLINED_LEVEL";
    public const string ExceptionNotAllowed = "EXCEPTION_NOT_ALLOWED";
    public const string CollectiveExcellentBlocked = "COLLECTIVE_EXCELLENT_BLOCKED";
    public const string DisciplineBasisMissing = "DISCIPLINE_BASIS_MISSING";
    public const string DisciplineNotCounted = "DISCIPLINE_NOT_COUNTED";
    public const string TasksInconsistent = "TASKS_INCONSISTENT";
    public const string TasksNotComplete = "TASKS_NOT_COMPLETE";
    public const string TasksLevelCondition = "TASKS_LEVEL_CONDITION";
    public const string TasksNoLevel = "TASKS_NO_LEVEL";
    public const string ShortcomingsNotFixed = "SHORTCOMINGS_NOT_FIXED";
    public const string LeaderUnitsNotComplete = "LEADER_UNITS_NOT_COMPLETE";
    public const string LeaderLowConfidence = "LEADER_LOW_CONFIDENCE";
    public const string HeadAboveCollective = "HEAD_ABOVE_COLLECTIVE";
    public const string OrgLevelMembers = "ORG_LEVEL_MEMBERS";
    public const string OrgLevelSubunits = "ORG_LEVEL_SUBUNITS";
    public const string CollectiveNotCompleteCase = "COLLECTIVE_NOT_COMPLETE_CASE";
    public const string LeadershipAboveOrganization = "LEADERSHIP_ABOVE_ORGANIZATION";
    public const string ScoreOutOfRange = "SCORE_OUT_OF_RANGE";
    public const string ScoreBandAbove = "SCORE_BAND_ABOVE";
    public const string ScoreBandBelow = "SCORE_BAND_BELOW";
    public const string ScorePointsOutOfRange = "SCORE_POINTS_OUT_OF_RANGE";
    public const string ScorePointsNotInForm = "SCORE_POINTS_NOT_IN_FORM";
    public const string ScoreTaskCounts = "SCORE_TASK_COUNTS";
    public const string ScoreProposalAbove = "SCORE_PROPOSAL_ABOVE";
    public const string ScoreProposalBelow = "SCORE_PROPOSAL_BELOW";
    public const string ScoreCompetentLevel = "SCORE_COMPETENT_LEVEL";
    public const string ScoreIncomplete = "SCORE_INCOMPLETE";
    public const string ScoringFrameGroupTotal = "SCORING_FRAME_GROUP_TOTAL";
    public const string ScoringFramePoints = "SCORING_FRAME_POINTS";
    public const string ScoresNotAScoreWorkbook = "SCORES_NOT_A_SCORE_WORKBOOK";
    public const string ScoresBadValue = "SCORES_BAD_VALUE";
    public const string ScoresNoName = "SCORES_NO_NAME";
    public const string ScoresMemberAdded = "SCORES_MEMBER_ADDED";
    public const string ScoresMemberDuplicate = "SCORES_MEMBER_DUPLICATE";
    public const string FormsLegacyYear = "FORMS_LEGACY_YEAR";
    public const string FormsNoMember = "FORMS_NO_MEMBER";
    public const string FormsUnitWorkbookUnreadable = "FORMS_UNIT_WORKBOOK_UNREADABLE";
    public const string FormsNoMemberList = "FORMS_NO_MEMBER_LIST";
    public const string TreeDuplicateCode = "TREE_DUPLICATE_CODE";
    public const string TreeUnknownParent = "TREE_UNKNOWN_PARENT";
    public const string TreeCycle = "TREE_CYCLE";
    public const string TreeSeveralRoots = "TREE_SEVERAL_ROOTS";
    public const string TreeKindParent = "TREE_KIND_PARENT";
    public const string TreeDissolvedLevel = "TREE_DISSOLVED_LEVEL";
    public const string UnitCodeUnsafe = "UNIT_CODE_UNSAFE";
    public const string UnitCodeCaseVariant = "UNIT_CODE_CASE_VARIANT";
    public const string UnitNameTooLong = "UNIT_NAME_TOO_LONG";
    public const string UnitsUnreadable = "UNITS_UNREADABLE";
    public const string UnitsColumnMissing = "UNITS_COLUMN_MISSING";
    public const string UnitsKindUnknown = "UNITS_KIND_UNKNOWN";
    public const string UnitsCategoryUnknown = "UNITS_CATEGORY_UNKNOWN";
    public const string UnitsEmpty = "UNITS_EMPTY";
    public const string UnitsCodeMissing = "UNITS_CODE_MISSING";
    public const string UnitsTextLegacyEncoding = "UNITS_TEXT_LEGACY_ENCODING";
    public const string UnitsTextNfd = "UNITS_TEXT_NFD";
    public const string UnitsTextEncodingAmbiguous = "UNITS_TEXT_ENCODING_AMBIGUOUS";
    public const string MergeSourceUnreadable = "MERGE_SOURCE_UNREADABLE";
    public const string MergeCategoryRowsIncomplete = "MERGE_CATEGORY_ROWS_INCOMPLETE";
    public const string MergeChildNotRated = "MERGE_CHILD_NOT_RATED";
    public const string MergeChildCountImplausible = "MERGE_CHILD_COUNT_IMPLAUSIBLE";
    public const string MergeSumImplausible = "MERGE_SUM_IMPLAUSIBLE";
    public const string MergeYearMismatch = "MERGE_YEAR_MISMATCH";
    public const string MergeUnitMismatch = "MERGE_UNIT_MISMATCH";
    public const string MergeUnitUnknown = "MERGE_UNIT_UNKNOWN";
    public const string MergeUnitDuplicate = "MERGE_UNIT_DUPLICATE";
    public const string MergeParentCode = "MERGE_PARENT_CODE";
    public const string MergeParentMismatch = "MERGE_PARENT_MISMATCH";
    public const string MergeParentUnmatched = "MERGE_PARENT_UNMATCHED";
    public const string MergeOwnFiguresOnly = "MERGE_OWN_FIGURES_ONLY";
    public const string MergeUnitMissing = "MERGE_UNIT_MISSING";
    public const string MergeRootUnknown = "MERGE_ROOT_UNKNOWN";
    public const string MergeNoInput = "MERGE_NO_INPUT";
    public const string MergeMemberDuplicate = "MERGE_MEMBER_DUPLICATE";
    public const string ReportPercentMismatch = "REPORT_PERCENT_MISMATCH";
    public const string ReportPercentWrongDenominator = "REPORT_PERCENT_WRONG_DENOMINATOR";
    public const string ReportSumMismatch = "REPORT_SUM_MISMATCH";
    public const string ReportTotalMismatch = "REPORT_TOTAL_MISMATCH";
    public const string ReportQuotaExceeded = "REPORT_QUOTA_EXCEEDED";
    public const string ReportFractionInvalid = "REPORT_FRACTION_INVALID";
    public const string ReportPercentTruncated = "REPORT_PERCENT_TRUNCATED";
    public const string ReportPercentInconsistent = "REPORT_PERCENT_INCONSISTENT";
    public const string ReportYearUnknown = "REPORT_YEAR_UNKNOWN";
    public const string ReportNoFigures = "REPORT_NO_FIGURES";
    public const string DecisionQuotaExceeded = "DECISION_QUOTA_EXCEEDED";
    public const string FindingsTruncated = "FINDINGS_TRUNCATED";
    public const string MetaMissing = "META_MISSING";
    public const string MetaIssuer = "META_ISSUER";
    public const string MetaIssuerCode = "META_ISSUER_CODE";
    public const string MetaPlace = "META_PLACE";
    public const string MetaNumber = "META_NUMBER";
    public const string MetaRecipients = "META_RECIPIENTS";
    public const string MetaSignerTitle = "META_SIGNER_TITLE";
    public const string MetaSignerBody = "META_SIGNER_BODY";
    public const string MetaSignerName = "META_SIGNER_NAME";
    public const string MetaCopyTo = "META_COPY_TO";
    public const string MetaExcerpt = "META_EXCERPT";
    public const string SignKtBiThu = "SIGN_KT_BI_THU";
    public const string SignBodyLevel = "SIGN_BODY_LEVEL";
    public const string SignTitleWithBody = "SIGN_TITLE_WITH_BODY";
    public const string ApprovalNumber = "APPROVAL_NUMBER";
    public const string ApprovalBy = "APPROVAL_BY";
    public const string TemplateUnknownTag = "TEMPLATE_UNKNOWNTAG";
    public const string TemplateMissingField = "TEMPLATE_MISSINGFIELD";
    public const string TemplateWrongType = "TEMPLATE_WRONGTYPE";
    public const string TemplateUnreadable = "TEMPLATE_TEMPLATEUNREADABLE";
    public const string TemplateTooLarge = "TEMPLATE_TOOLARGE";
    public const string TemplateRemoved = "TEMPLATE_REMOVED";

    /// <summary>Every finding the product can emit, grouped by area, in the order of docs/findings.md.</summary>
    public static IReadOnlyList<FindingDefinition> All { get; } =
    [
        new(InputEmpty, Severity.Error, FindingArea.Input, "Tệp rỗng",
            "Lớp đọc tệp đầu vào: tệp 0 byte",
            "Tệp bao-cao.xlsx rỗng (0 byte); hãy chọn lại tệp cần gửi."),
        new(InputTooLarge, Severity.Error, FindingArea.Input, "Tệp vượt giới hạn dung lượng",
            "Giới hạn Limits:MaxInputBytes (mặc định 50 MB), Limits:Input:MaxFileBytes (50 MB), Limits:Input:MaxJsonBytes (20 MB), Limits:Input:MaxJsonDepth (32)",
            "Tệp bao-cao.xlsx có 73.400.320 byte, vượt giới hạn 52.428.800 byte (Limits:MaxInputBytes)."),
        new(InputWrongType, Severity.Error, FindingArea.Input, "Không phải loại tệp cần",
            "Lớp đọc tệp đầu vào: nhận dạng loại tệp theo nội dung",
            "Tệp bao-cao.pdf là tệp PDF; phần mềm không đọc số liệu từ PDF, cần bảng tính Excel (.xlsx)."),
        new(InputLegacyFormat, Severity.Error, FindingArea.Input, "Định dạng Office cũ (.xls, .doc)",
            "Lớp đọc tệp đầu vào: chỉ đọc Open XML (.xlsx, .docx)",
            "Tệp bao-cao.xls là bảng tính Excel 97–2003 (.xls): phần mềm không đọc định dạng cũ này. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."),
        new(InputEncrypted, Severity.Error, FindingArea.Input, "Tệp đặt mật khẩu",
            "Lớp đọc tệp đầu vào: tệp mã hóa không đọc được",
            "Tệp bao-cao.xlsx được đặt mật khẩu (mã hóa) nên phần mềm không đọc được nội dung."),
        new(InputMacros, Severity.Error, FindingArea.Input, "Bảng tính có macro (.xlsm)",
            "Lớp đọc tệp đầu vào: không nhận tệp có macro khi nộp",
            "Tệp bao-cao.xlsm là bảng tính có macro (.xlsm): macro không được chạy, nhưng không nhận tệp có macro."),
        new(InputZipBroken, Severity.Error, FindingArea.Input, "Tệp nén bị hỏng hoặc bị cắt cụt",
            "Lớp đọc tệp đầu vào: danh mục tệp nén (zip)",
            "Tệp bao-cao.xlsx là tệp nén bị hỏng hoặc bị cắt cụt (không đọc được danh mục bên trong)."),
        new(InputZipTooManyEntries, Severity.Error, FindingArea.Input, "Quá nhiều thành phần nén",
            "Giới hạn Limits:Input:MaxEntries (mặc định 2.000)",
            "Tệp bao-cao.xlsx có 5.000 thành phần nén, vượt giới hạn 2.000 thành phần trong tệp nén (Limits:Input:MaxEntries)."),
        new(InputZipExpandedTooLarge, Severity.Error, FindingArea.Input, "Giải nén vượt dung lượng cho phép",
            "Giới hạn Limits:Input:MaxExpandedBytes (mặc định 256 MB)",
            "Tệp bao-cao.xlsx giải nén ra hơn 268.435.456 byte sau khi giải nén (Limits:Input:MaxExpandedBytes)."),
        new(InputZipPartTooLarge, Severity.Error, FindingArea.Input, "Một thành phần nén quá lớn",
            "Giới hạn Limits:Input:MaxPartBytes (mặc định 128 MB)",
            "Tệp bao-cao.xlsx có thành phần xl/worksheets/sheet1.xml giải nén ra hơn 134.217.728 byte cho một thành phần sau khi giải nén (Limits:Input:MaxPartBytes)."),
        new(InputZipRatio, Severity.Error, FindingArea.Input, "Tỷ lệ nén bất thường (nghi bom nén)",
            "Giới hạn Limits:Input:MaxCompressionRatio (mặc định 200 lần)",
            "Tệp bao-cao.xlsx có thành phần xl/sharedStrings.xml với tỷ lệ nén bất thường (vượt tỷ lệ nén 200 lần), nghi là bom nén, không đọc."),
        new(InputZipDuplicateEntry, Severity.Error, FindingArea.Input, "Hai thành phần nén cùng tên",
            "Lớp đọc tệp đầu vào: cấu trúc tệp nén",
            "Tệp bao-cao.xlsx có hai thành phần nén cùng tên xl/workbook.xml; tệp bị hỏng hoặc bị sửa bất thường."),
        new(InputZipUnsafeName, Severity.Error, FindingArea.Input, "Tên thành phần nén không an toàn",
            "Lớp đọc tệp đầu vào: tên thành phần nén (đường dẫn tuyệt đối, \"..\")",
            "Tệp bao-cao.xlsx có thành phần nén tên \"../../etc/passwd\" trỏ ra ngoài tệp; tệp không an toàn, không đọc."),
        new(InputZipEncryptedEntry, Severity.Error, FindingArea.Input, "Thành phần nén được mã hóa",
            "Lớp đọc tệp đầu vào: thành phần nén đặt mật khẩu",
            "Tệp bao-cao.xlsx có thành phần xl/workbook.xml được mã hóa (đặt mật khẩu); hãy lưu lại tệp không đặt mật khẩu."),
        new(InputXmlBroken, Severity.Error, FindingArea.Input, "XML không hợp lệ",
            "Lớp đọc tệp đầu vào: cú pháp XML",
            "Tệp bao-cao.xlsx có thành phần xl/workbook.xml không phải XML hợp lệ (dòng 2, vị trí 15)."),
        new(InputXmlDtd, Severity.Error, FindingArea.Input, "XML có khai báo DTD",
            "Lớp đọc tệp đầu vào: cấm DTD (an toàn XML)",
            "Tệp bao-cao.xlsx có thành phần xl/workbook.xml chứa khai báo DTD; vì an toàn phần mềm không đọc tệp này."),
        new(InputXmlEncoding, Severity.Error, FindingArea.Input, "XML sai bảng mã",
            "Lớp đọc tệp đầu vào: chỉ nhận UTF-8 hoặc UTF-16",
            "Tệp bao-cao.xlsx có thành phần xl/sharedStrings.xml khai báo bảng mã \"windows-1258\"; chỉ đọc UTF-8 hoặc UTF-16."),
        new(InputXmlTooDeep, Severity.Error, FindingArea.Input, "XML lồng quá sâu",
            "Giới hạn Limits:Input:MaxXmlDepth (mặc định 256)",
            "Tệp bao-cao.xlsx có thành phần xl/workbook.xml lồng sâu hơn 256 cấp lồng nhau (Limits:Input:MaxXmlDepth)."),
        new(InputXmlTooManyElements, Severity.Error, FindingArea.Input, "XML có quá nhiều phần tử",
            "Giới hạn Limits:Input:MaxXmlElements (mặc định 30.000.000)",
            "Tệp bao-cao.xlsx có thành phần xl/worksheets/sheet1.xml với hơn 30.000.000 phần tử XML (Limits:Input:MaxXmlElements)."),
        new(InputXmlAttributeTooLong, Severity.Error, FindingArea.Input, "Thuộc tính XML quá dài",
            "Giới hạn Limits:Input:MaxAttributeLength (mặc định 65.536 ký tự)",
            "Tệp bao-cao.xlsx có thành phần xl/workbook.xml với một thuộc tính dài hơn 65.536 ký tự cho một thuộc tính (Limits:Input:MaxAttributeLength)."),
        new(InputXmlTooManyAttributes, Severity.Error, FindingArea.Input, "Phần tử XML có quá nhiều thuộc tính",
            "Giới hạn Limits:Input:MaxAttributes (mặc định 1.024)",
            "Tệp bao-cao.xlsx có thành phần xl/workbook.xml với một phần tử có hơn 1.024 thuộc tính trên một phần tử (Limits:Input:MaxAttributes)."),
        new(InputXmlTextTooLong, Severity.Error, FindingArea.Input, "Đoạn văn bản XML quá dài",
            "Giới hạn Limits:Input:MaxTextLength (mặc định 1.048.576 ký tự)",
            "Tệp bao-cao.docx có thành phần word/document.xml với một đoạn văn bản dài hơn 1.048.576 ký tự cho một đoạn văn bản XML (Limits:Input:MaxTextLength)."),
        new(InputTooManyRows, Severity.Error, FindingArea.Input, "Trang tính có quá nhiều dòng",
            "Giới hạn Limits:Input:MaxRows (mặc định 200.000)",
            "Tệp bao-cao.xlsx có hơn 200.000 dòng trên một trang tính (Limits:Input:MaxRows)."),
        new(InputTooManyCells, Severity.Error, FindingArea.Input, "Bảng tính có quá nhiều ô",
            "Giới hạn Limits:Input:MaxCells (mặc định 5.000.000)",
            "Tệp bao-cao.xlsx có hơn 5.000.000 ô (Limits:Input:MaxCells) (xl/worksheets/sheet1.xml)."),
        new(InputTooManyStrings, Severity.Error, FindingArea.Input, "Quá nhiều chuỗi dùng chung",
            "Giới hạn Limits:Input:MaxSharedStrings (mặc định 1.000.000)",
            "Tệp bao-cao.xlsx có hơn 1.000.000 chuỗi dùng chung (Limits:Input:MaxSharedStrings) (xl/sharedStrings.xml)."),
        new(InputStringTooLong, Severity.Error, FindingArea.Input, "Nội dung một ô quá dài",
            "Giới hạn Limits:Input:MaxStringLength (mặc định 32.767 ký tự, giới hạn của Excel)",
            "Tệp bao-cao.xlsx có ô dài hơn 32.767 ký tự trong một ô (Limits:Input:MaxStringLength) (xl/worksheets/sheet1.xml, dòng 12)."),
        new(InputTextEncoding, Severity.Error, FindingArea.Input, "Văn bản không phải UTF-8",
            "Lớp đọc tệp đầu vào: tệp văn bản (.txt, .csv, .json) phải là UTF-8",
            "Tệp bao-cao.txt không phải văn bản UTF-8 (byte không hợp lệ ở vị trí 120; có thể là mã TCVN3/VNI hoặc tệp nhị phân); hãy lưu lại dạng UTF-8."),
        new(InputUnreadable, Severity.Error, FindingArea.Input, "Không đọc được tệp báo cáo",
            "Kiểm tra báo cáo (check-report): chỉ đọc .docx hoặc .txt UTF-8",
            "Tệp bao-cao.pdf không phải văn bản Word (.docx) hay văn bản thuần UTF-8."),
        new(XlsxNotZip, Severity.Error, FindingArea.Workbook, "Không phải bảng tính .xlsx",
            "Bộ đọc biểu mẫu Excel (định dạng Open XML)",
            "Tệp bao-cao.xlsx không phải bảng tính Excel (.xlsx)."),
        new(XlsxLegacyOrEncrypted, Severity.Error, FindingArea.Workbook, "Bảng tính .xls cũ hoặc đặt mật khẩu",
            "Bộ đọc biểu mẫu Excel (định dạng Open XML)",
            "Tệp bao-cao.xlsx là bảng tính Excel 97–2003 hoặc được đặt mật khẩu; hãy lưu lại dưới dạng .xlsx không mật khẩu."),
        new(XlsxBroken, Severity.Error, FindingArea.Workbook, "Bảng tính bị hỏng",
            "Bộ đọc biểu mẫu Excel (định dạng Open XML)",
            "Tệp bao-cao.xlsx bị hỏng (không đọc được xl/workbook.xml); hãy mở bằng Excel và lưu lại."),
        new(XlsxNotAForm, Severity.Error, FindingArea.Workbook, "Không phải biểu mẫu của phần mềm",
            "Hợp đồng biểu mẫu: các tên vùng (defined names) trong templates/README.md",
            "Tệp bao-cao.xlsx không có các ô được đặt tên của biểu mẫu (OR_FormId…); hãy dùng biểu mẫu tải từ phần mềm."),
        new(XlsxTemplateVersion, Severity.Warning, FindingArea.Workbook, "Phiên bản biểu mẫu khác",
            "Hợp đồng biểu mẫu: ô OR_TemplateVersion",
            "Tệp bao-cao.xlsx dùng biểu mẫu phiên bản 1, phiên bản hiện hành là 2; số liệu vẫn được đọc theo tên ô."),
        new(XlsxMacrosIgnored, Severity.Info, FindingArea.Workbook, "Macro bị bỏ qua",
            "Bộ đọc biểu mẫu Excel: không chạy macro",
            "Tệp bao-cao.xlsm có macro; macro không được chạy, chỉ đọc số liệu."),
        new(XlsxTooLarge, Severity.Error, FindingArea.Workbook, "Bảng tính vượt dung lượng",
            "Giới hạn Limits:Input:MaxFileBytes (mặc định 50 MB)",
            "Tệp bao-cao.xlsx có 73.400.320 byte, vượt giới hạn 52.428.800 byte (Limits:Input:MaxFileBytes)."),
        new(XlsxExpandedTooLarge, Severity.Error, FindingArea.Workbook, "Bảng tính giải nén quá lớn",
            "Giới hạn Limits:Input:MaxExpandedBytes (mặc định 256 MB), Limits:Input:MaxPartBytes (128 MB), Limits:Input:MaxCompressionRatio (200)",
            "Tệp bao-cao.xlsx giải nén ra hơn 268.435.456 byte sau khi giải nén (Limits:Input:MaxExpandedBytes)."),
        new(XlsxTooManyEntries, Severity.Error, FindingArea.Workbook, "Bảng tính có quá nhiều thành phần",
            "Giới hạn Limits:Input:MaxEntries (mặc định 2.000)",
            "Tệp bao-cao.xlsx có 5.000 thành phần nén, vượt giới hạn 2.000 thành phần trong tệp nén (Limits:Input:MaxEntries)."),
        new(XlsxTooManyRows, Severity.Error, FindingArea.Workbook, "Trang tính có quá nhiều dòng",
            "Giới hạn Limits:Input:MaxRows (mặc định 200.000)",
            "Tệp bao-cao.xlsx, trang tính \"Danh sách\": có hơn 200.000 dòng trên một trang tính (Limits:Input:MaxRows)."),
        new(XlsxDtd, Severity.Error, FindingArea.Workbook, "Bảng tính chứa DTD",
            "Bộ đọc biểu mẫu Excel: cấm DTD (an toàn XML)",
            "Tệp bao-cao.xlsx có thành phần xl/workbook.xml chứa khai báo DTD; vì an toàn phần mềm không đọc tệp này."),
        new(XlsxNameBroken, Severity.Error, FindingArea.Workbook, "Tên vùng bị hỏng (#REF!)",
            "Hợp đồng biểu mẫu: mỗi ô nhập liệu có tên vùng (templates/README.md)",
            "Tệp bao-cao.xlsx: tên OR_Members_Total trỏ tới #REF! (ô đã bị xóa); hãy chèn lại biểu mẫu hoặc đặt lại tên."),
        new(XlsxNameMissing, Severity.Error, FindingArea.Workbook, "Thiếu tên vùng bắt buộc",
            "Hợp đồng biểu mẫu: các tên bắt buộc (templates/README.md)",
            "Tệp bao-cao.xlsx thiếu tên OR_UnitCode (Mã đơn vị); hãy dùng biểu mẫu tải từ phần mềm."),
        new(XlsxNotANumber, Severity.Error, FindingArea.Workbook, "Ô số liệu không phải số",
            "Hợp đồng biểu mẫu: ô số đếm",
            "Bieu!E12 (Tổng số đảng viên) ghi \"một trăm\" — không phải số."),
        new(XlsxCellError, Severity.Error, FindingArea.Workbook, "Ô có giá trị lỗi của Excel",
            "Hợp đồng biểu mẫu: ô số đếm",
            "Bieu!E12 (Tổng số đảng viên) có giá trị lỗi #DIV/0!."),
        new(XlsxUnknownValue, Severity.Error, FindingArea.Workbook, "Giá trị không có trong danh mục",
            "Hợp đồng biểu mẫu: danh mục mức xếp loại, loại hình, nhóm miễn",
            "DanhSach!H8 (Xếp loại) ghi \"Khá\" — không phải mức xếp loại nào."),
        new(XlsxMissingValue, Severity.Error, FindingArea.Workbook, "Thiếu giá trị bắt buộc",
            "Hợp đồng biểu mẫu: ô bắt buộc",
            "Bieu!C4 (Năm đánh giá) để trống."),
        new(XlsxMemberColumnMissing, Severity.Error, FindingArea.Workbook, "Danh sách đảng viên thiếu cột",
            "Hợp đồng biểu mẫu: bảng OR_MemberList",
            "Tệp bao-cao.xlsx: bảng danh sách đảng viên thiếu cột \"Họ và tên\"."),
        new(XlsxTooManyCells, Severity.Error, FindingArea.Workbook, "Bảng tính có quá nhiều ô",
            "Giới hạn Limits:Input:MaxCells (mặc định 5.000.000)",
            "Tệp bao-cao.xlsx có hơn 5.000.000 ô (Limits:Input:MaxCells)."),
        new(XlsxTooManyStrings, Severity.Error, FindingArea.Workbook, "Quá nhiều chuỗi dùng chung",
            "Giới hạn Limits:Input:MaxSharedStrings (mặc định 1.000.000), Limits:Input:MaxStringLength (32.767)",
            "Tệp bao-cao.xlsx có hơn 1.000.000 chuỗi dùng chung (Limits:Input:MaxSharedStrings)."),
        new(XlsxTooManyNames, Severity.Error, FindingArea.Workbook, "Quá nhiều tên vùng",
            "Giới hạn Limits:Input:MaxDefinedNames (mặc định 10.000)",
            "Tệp bao-cao.xlsx có hơn 10.000 tên vùng (Limits:Input:MaxDefinedNames)."),
        new(XlsxCellDamaged, Severity.Error, FindingArea.Workbook, "Ô hoặc dòng bị hỏng",
            "Bộ đọc biểu mẫu Excel: địa chỉ ô, thứ tự dòng",
            "Tệp bao-cao.xlsx, trang tính \"Bieu\": dòng 12 lặp lại hoặc sai thứ tự; hãy mở và lưu lại bằng Excel."),
        new(XlsxSharedStringMissing, Severity.Error, FindingArea.Workbook, "Ô trỏ tới chuỗi không có",
            "Bộ đọc biểu mẫu Excel: bảng chuỗi dùng chung",
            "Bieu!B5 (Tên đơn vị) trỏ tới chuỗi dùng chung số 900, tệp chỉ có 120 chuỗi."),
        new(XlsxFormulaNoValue, Severity.Error, FindingArea.Workbook, "Công thức chưa có giá trị tính",
            "Bộ đọc biểu mẫu Excel: đọc giá trị Excel đã tính",
            "Bieu!E20 (Số được xếp loại) có công thức nhưng không có giá trị đã tính (tệp không được Excel lưu); hãy mở tệp bằng Excel và lưu lại."),
        new(XlsxNumberOutOfRange, Severity.Error, FindingArea.Workbook, "Số vượt phạm vi",
            "Bộ đọc biểu mẫu Excel: số đếm là số nguyên 64 bit",
            "Bieu!E12 (Tổng số đảng viên) ghi \"1E+300\" — vượt phạm vi số đếm."),
        new(XlsxPartEncoding, Severity.Error, FindingArea.Workbook, "Thành phần bảng tính sai bảng mã",
            "Bộ đọc biểu mẫu Excel: UTF-8/UTF-16",
            "Tệp bao-cao.xlsx, phần xl/sharedStrings.xml có byte không hợp lệ theo UTF-8; số liệu vẫn được đọc nhưng tệp bị hỏng, hãy mở và lưu lại bằng Excel."),
        new(XlsxPartMissing, Severity.Error, FindingArea.Workbook, "Thiếu thành phần của bảng tính",
            "Bộ đọc biểu mẫu Excel: quan hệ giữa các thành phần",
            "Tệp bao-cao.xlsx, trang tính \"Bieu\": phần worksheets/sheet1.xml của trang tính không có trong tệp; tệp bị hỏng, hãy mở và lưu lại bằng Excel."),
        new(XlsxRangeTooLarge, Severity.Error, FindingArea.Workbook, "Vùng khai báo quá lớn",
            "Giới hạn Limits:Input:MaxRows (mặc định 200.000) và 256 cột của biểu mẫu",
            "Tệp bao-cao.xlsx, trang tính \"DanhSach\": bảng khai báo vùng A1:XFD1048576 (1.048.576 dòng × 16.384 cột), vượt giới hạn 200.000 dòng trên một trang tính (Limits:Input:MaxRows) hoặc 256 cột (đến cột IV) của biểu mẫu."),
        new(XlsxStrict, Severity.Error, FindingArea.Workbook, "Định dạng Strict Open XML",
            "Bộ đọc biểu mẫu Excel: chỉ đọc Open XML chuyển tiếp (Transitional)",
            "Tệp bao-cao.xlsx được lưu theo định dạng Strict Open XML, phần mềm không đọc định dạng này; hãy lưu lại với kiểu \"Excel Workbook (.xlsx)\"."),
        new(XlsxTextLegacyEncoding, Severity.Info, FindingArea.Workbook, "Chữ bảng mã cũ đã chuyển sang Unicode",
            "Chuẩn hóa tiếng Việt: TCVN3 (ABC), VNI → Unicode NFC",
            "Bieu!B5 (Tên đơn vị): chữ gõ bằng bảng mã TCVN3 (ABC) \"Chi bé th«n 1\" đã được chuyển sang Unicode: \"Chi bộ thôn 1\"."),
        new(XlsxTextEncodingAmbiguous, Severity.Warning, FindingArea.Workbook, "Chữ có thể thuộc bảng mã cũ",
            "Chuẩn hóa tiếng Việt: TCVN3 (ABC), VNI",
            "DanhSach!B9 (Họ và tên): \"Lª V¨n A\" có thể là TCVN3 (ABC) hoặc VNI; phần mềm giữ nguyên, hãy kiểm tra và gõ lại bằng Unicode."),
        new(XlsxTextNfd, Severity.Info, FindingArea.Workbook, "Chữ tổ hợp (NFD) đã chuyển về NFC",
            "Chuẩn hóa tiếng Việt: Unicode NFC",
            "DanhSach!B9 (Họ và tên): chữ tiếng Việt dạng tổ hợp (NFD) đã được chuyển về dạng dựng sẵn (NFC) \"Lê Văn An\"."),
        new(XlsxTooManyFindings, Severity.Error, FindingArea.Workbook, "Quá nhiều lỗi, phần còn lại không liệt kê",
            "Giới hạn Limits:Input:MaxFindings (mặc định 10.000)",
            "Tệp bao-cao.xlsx: còn 2.500 lỗi khác không liệt kê (chỉ liệt kê 10.000 lỗi (Limits:Input:MaxFindings))."),
        new(FormUnreadable, Severity.Error, FindingArea.Form, "Biểu mẫu của đợt không mở được",
            "Biểu mẫu của đợt (tỉnh gắn tên vùng vào bảng tính riêng)",
            "Tệp bieu-tinh.xlsx không mở được bằng bộ đọc Open XML; hãy mở bằng Excel và lưu lại dưới dạng .xlsx."),
        new(FormNameRequired, Severity.Error, FindingArea.Form, "Biểu mẫu thiếu tên bắt buộc",
            "Hợp đồng biểu mẫu: các tên bắt buộc (templates/README.md)",
            "Biểu mẫu bieu-tinh.xlsx thiếu tên OR_UnitCode (Mã đơn vị): hãy đặt tên này cho ô nhập mã đơn vị."),
        new(FormNamesMissing, Severity.Warning, FindingArea.Form, "Biểu mẫu chưa gắn tên cho một số chỉ tiêu",
            "Hợp đồng biểu mẫu: danh mục chỉ tiêu (templates/README.md)",
            "Biểu mẫu bieu-tinh.xlsx chưa gắn tên cho 12 chỉ tiêu (OR_Members_Exempt_Sick…); các chỉ tiêu này sẽ trống khi tổng hợp."),
        new(FormNameBroken, Severity.Error, FindingArea.Form, "Tên vùng của biểu mẫu bị hỏng",
            "Hợp đồng biểu mẫu: tên vùng trỏ tới một ô",
            "Biểu mẫu bieu-tinh.xlsx: tên OR_Members_Total trỏ tới #REF!."),
        new(FormTextInCount, Severity.Warning, FindingArea.Form, "Ô số đếm đang chứa chữ",
            "Hợp đồng biểu mẫu: ô số đếm",
            "Biểu mẫu bieu-tinh.xlsx: ô Bieu!E12 (OR_Members_Total) đang chứa chữ \"Tổng số\"."),
        new(FormFormulaInInput, Severity.Warning, FindingArea.Form, "Ô nhập liệu có công thức",
            "Hợp đồng biểu mẫu: ô nhập liệu",
            "Biểu mẫu bieu-tinh.xlsx: ô nhập liệu Bieu!E12 (OR_Members_Total) có công thức =SUM(E13:E20); đơn vị sẽ không gõ được số vào đây."),
        new(FormNameSharedCell, Severity.Warning, FindingArea.Form, "Hai tên cùng trỏ một ô",
            "Hợp đồng biểu mẫu: mỗi chỉ tiêu một ô",
            "Biểu mẫu bieu-tinh.xlsx: các tên OR_Members_Total và OR_Members_Rated cùng trỏ ô Bieu!E12."),
        new(FormNameRange, Severity.Info, FindingArea.Form, "Tên trỏ tới một vùng nhiều ô",
            "Hợp đồng biểu mẫu: mỗi chỉ tiêu một ô",
            "Biểu mẫu bieu-tinh.xlsx: tên OR_Members_Total trỏ tới vùng Bieu!E12:F12; chỉ dùng ô đầu E12."),
        new(FormMetadataAdded, Severity.Info, FindingArea.Form, "Đã thêm ô thông tin biểu mẫu",
            "Hợp đồng biểu mẫu: ô OR_FormId, OR_TemplateVersion, OR_Ruleset",
            "Biểu mẫu bieu-tinh.xlsx chưa có ô thông tin biểu mẫu; đã thêm trang tính ẩn chứa mã biểu, phiên bản và bộ quy tắc."),
        new(FormNameUnknown, Severity.Info, FindingArea.Form, "Tên vùng không thuộc danh mục",
            "Hợp đồng biểu mẫu: danh mục tên (templates/README.md)",
            "Biểu mẫu bieu-tinh.xlsx có tên OR_Khac không thuộc danh mục; bỏ qua."),
        new(FormMemberTableColumns, Severity.Info, FindingArea.Form, "Các cột đọc được của danh sách đảng viên",
            "Hợp đồng biểu mẫu: vùng OR_MemberList (dòng tiêu đề và dòng mẫu)",
            "Biểu mẫu bieu-tinh.xlsx, trang Danh sách ĐV: vùng OR_MemberList đọc được 8 cột (Họ và tên, Năm sinh, Chi bộ, …)."),
        new(FormFillFailed, Severity.Error, FindingArea.Form, "Không điền được biểu mẫu của đợt",
            "Biểu mẫu của đợt: tệp phải mở và ghi được bằng Open XML SDK",
            "Không điền được biểu mẫu bieu-tinh.xlsx: tệp không mở được như một sổ tính Open XML; không ghi gì vào biểu mẫu."),
        new(FormFormulaKept, Severity.Warning, FindingArea.Form, "Ô gắn tên có công thức được giữ nguyên",
            "Biểu mẫu của đợt: ô nhập tay không nên có công thức",
            "Trang Biểu 1, ô E12 (OR_Mem_Evaluated) có công thức =E10-E11: giữ công thức, ghi số liệu làm kết quả; Excel sẽ tính lại khi mở."),
        new(FormMembersNoRoom, Severity.Error, FindingArea.Form, "Không đủ dòng trống cho danh sách đảng viên",
            "Biểu mẫu của đợt: phần mềm không chèn dòng, không ghi đè nội dung",
            "Trang Danh sách ĐV: danh sách cần các dòng 5–12 nhưng ô F12 bên dưới đã có nội dung (\"NGƯỜI LẬP BIỂU\"); biểu mẫu không được điền."),
        new(FormMembersNotInForm, Severity.Info, FindingArea.Form, "Biểu mẫu không có vùng danh sách đảng viên",
            "Hợp đồng biểu mẫu: vùng OR_MemberList",
            "Biểu mẫu bieu-tinh.xlsx không có vùng OR_MemberList: danh sách 42 đảng viên không được ghi vào biểu mẫu."),
        new(FormFiguresNotInForm, Severity.Info, FindingArea.Form, "Số liệu không có ô trong biểu mẫu",
            "Hợp đồng biểu mẫu: danh mục tên (templates/README.md)",
            "Biểu mẫu bieu-tinh.xlsx không có ô cho 3 chỉ tiêu có số liệu: OR_Lead_Total, OR_Lead_Excellent, OR_Lead_Good."),
        new(ProfileFigureNotFound, Severity.Warning, FindingArea.Profile, "Không tìm thấy chỉ tiêu theo hồ sơ",
            "Hồ sơ biểu mẫu của tỉnh (vị trí chỉ tiêu theo trang tính, dòng, cột)",
            "Tệp bieu-tinh.xlsx: không tìm thấy chỉ tiêu \"Đảng viên › Tổng số\" (members.total) theo hồ sơ \"Gia Lai 2025\" (trang Bieu, dòng \"Tổng số\")."),
        new(ProfileFigureUnknown, Severity.Warning, FindingArea.Profile, "Hồ sơ nêu chỉ tiêu không có trong danh mục",
            "Hồ sơ biểu mẫu của tỉnh: danh mục chỉ tiêu",
            "Hồ sơ \"Gia Lai 2025\": chỉ tiêu members.khac không có trong danh mục chỉ tiêu; bỏ qua."),
        new(ProfileImportSameUnit, Severity.Warning, FindingArea.Profile, "Hai tệp cùng một đơn vị trong một lần nhập",
            "Nhập theo hồ sơ ánh xạ: mỗi đơn vị một lần nộp hiện hành",
            "Tệp cb02.xlsx và tệp cb01.xlsx cùng thuộc đơn vị Chi bộ Thôn 2 (CB02); tệp nhập sau là lần nộp hiện hành."),
        new(ProfileUnreadable, Severity.Error, FindingArea.Profile, "Không đọc được tệp theo hồ sơ",
            "Hồ sơ biểu mẫu của tỉnh",
            "Tệp bieu-tinh.xlsx không đọc được theo hồ sơ \"Gia Lai 2025\"; hãy mở bằng Excel và lưu lại dưới dạng .xlsx."),
        new(JsonUnreadable, Severity.Error, FindingArea.Json, "JSON sai cú pháp",
            "Hợp đồng dữ liệu UnitReport JSON (docs/api.md)",
            "Tệp JSON sai cú pháp (dòng 12): không đọc được."),
        new(JsonWrongType, Severity.Error, FindingArea.Json, "Trường JSON sai kiểu",
            "Hợp đồng dữ liệu UnitReport JSON (docs/api.md)",
            "Tệp JSON phải là một đối tượng { … } mô tả báo cáo của một đơn vị."),
        new(JsonMissingField, Severity.Error, FindingArea.Json, "Thiếu trường JSON",
            "Hợp đồng dữ liệu UnitReport JSON (docs/api.md)",
            "Thiếu trường \"year\" (năm đánh giá)."),
        new(JsonUnknownSchema, Severity.Error, FindingArea.Json, "Lược đồ JSON không được hỗ trợ",
            "Hợp đồng dữ liệu UnitReport JSON: trường schema",
            "Lược đồ \"officereview.unit-report/9\" không được hỗ trợ; cần \"officereview.unit-report/1\"."),
        new(JsonUnknownValue, Severity.Error, FindingArea.Json, "Giá trị JSON không hợp lệ",
            "Hợp đồng dữ liệu UnitReport JSON: các danh mục",
            "Giá trị \"chi-bo-x\" của unit.kind không hợp lệ; dùng một trong: chi-bo, dang-bo-co-so, …."),
        new(JsonTooManyItems, Severity.Error, FindingArea.Json, "Dữ liệu văn bản vượt giới hạn",
            "Giới hạn dữ liệu lập văn bản: 5.000 mục một danh sách, 4.000 ký tự một đoạn",
            "Trường meta.recipients dài 6.000 ký tự, vượt giới hạn 4000."),
        new(CountFractional, Severity.Error, FindingArea.Json, "Số đếm có phần lẻ",
            "Số đếm là số nguyên không âm",
            "Bieu!E12 (Tổng số đảng viên) là số đếm nhưng có phần lẻ (12,50)."),
        new(LevelUnknown, Severity.Error, FindingArea.Json, "Mức xếp loại không nhận ra",
            "Bốn mức xếp loại của quy định áp dụng (HTXSNV, HTTNV, HTNV, KHTNV)",
            "DanhSach!H8 (Xếp loại) ghi \"Khá\": không phải mức xếp loại nào."),
        new(ExemptReasonUnknown, Severity.Error, FindingArea.Json, "Lý do không đánh giá không nhận ra",
            "Các trường hợp không đánh giá, xếp loại của hướng dẫn áp dụng",
            "DanhSach!J8 (Lý do không xếp loại) ghi \"đi học\": không phải trường hợp nào trong danh mục."),
        new(UnitFieldMissing, Severity.Error, FindingArea.Rules, "Thiếu thông tin đơn vị",
            "Hợp đồng dữ liệu: mã, tên, loại tổ chức của đơn vị",
            "Thiếu mã đơn vị."),
        new(UnitCategoryUnknown, Severity.Error, FindingArea.Rules, "Loại hình tổ chức cơ sở đảng không có trong danh mục",
            "Danh mục loại hình tổ chức cơ sở đảng của hướng dẫn áp dụng",
            "Loại hình \"xa-cu\" không có trong danh mục loại hình tổ chức cơ sở đảng."),
        new(UnitCategoryYear, Severity.Warning, FindingArea.Rules, "Loại hình không còn áp dụng trong năm",
            "Danh mục loại hình theo năm (mô hình chính quyền hai cấp từ 01/7/2025)",
            "Loại hình \"Đảng bộ thị trấn\" không còn áp dụng năm 2025."),
        new(YearOutOfRange, Severity.Warning, FindingArea.Rules, "Năm ngoài thời gian áp dụng của bộ quy tắc",
            "Bộ quy tắc theo năm: 132 (≤ 2022), 124 (2023–2024), 366 (từ 2025)",
            "Năm 2019 nằm ngoài thời gian áp dụng của 124-QĐ/TW + 25-HD/BTCTW."),
        new(YearInvalid, Severity.Error, FindingArea.Rules, "Năm không hợp lệ",
            "Tham số --year / year: từ 2000 đến 2100",
            "Năm 1890 không hợp lệ (2000–2100)."),
        new(RulesetUnknown, Severity.Error, FindingArea.Rules, "Không có bộ quy tắc",
            "Tham số --ruleset / ruleset: 132, 124 hoặc 366",
            "Không có bộ quy tắc \"999\"; dùng một trong: 132, 124, 366."),
        new(CountNegative, Severity.Error, FindingArea.Rules, "Số đếm âm",
            "Số đếm không âm",
            "Đảng viên: số được đánh giá, xếp loại là -3 (số đếm không được âm)."),
        new(CountImplausible, Severity.Error, FindingArea.Rules, "Số đếm vượt giới hạn hợp lý",
            "Tham số bộ quy tắc MaxCount (mặc định 10.000.000; ghi đè trong thiết lập đợt)",
            "Tổng số đảng viên là 90.000.000, vượt giới hạn hợp lý 10.000.000 (RulesetParameters.MaxCount); hãy kiểm tra lại số liệu."),
        new(SumRatedLevels, Severity.Error, FindingArea.Rules, "Số được xếp loại khác tổng bốn mức",
            "Cộng số liệu: số được xếp loại = tổng bốn mức (biểu thống kê của hướng dẫn)",
            "Chi bộ trực thuộc: số được đánh giá, xếp loại 40 khác tổng bốn mức 38 (5 + 20 + 12 + 1)."),
        new(SumTotal, Severity.Error, FindingArea.Rules, "Tổng số khác chưa xếp loại cộng đã xếp loại",
            "Cộng số liệu: tổng số = chưa đánh giá + đã đánh giá, xếp loại",
            "Chi bộ trực thuộc: tổng số 42 khác 2 chưa đánh giá + 38 đã đánh giá, xếp loại."),
        new(SumMembersTotal, Severity.Error, FindingArea.Rules, "Tổng số đảng viên không khớp",
            "Cộng số liệu: tổng đảng viên = ba nhóm miễn + chưa xếp loại + đã xếp loại",
            "Đảng viên: tổng số 120 khác 3 miễn + 2 chưa xếp loại + 110 đã xếp loại = 115."),
        new(CategorySum, Severity.Error, FindingArea.Rules, "Các dòng loại hình không cộng bằng khối",
            "Cộng số liệu theo loại hình (biểu thống kê của hướng dẫn)",
            "Tổ chức cơ sở đảng: cộng các loại hình, số được xếp loại là 30 nhưng khối ghi 32."),
        new(CategoryUnknown, Severity.Error, FindingArea.Rules, "Loại hình không có trong danh mục",
            "Danh mục loại hình tổ chức cơ sở đảng",
            "Tổ chức cơ sở đảng: loại hình \"khac\" không có trong danh mục."),
        new(CategoryDuplicate, Severity.Error, FindingArea.Rules, "Loại hình ghi hai lần",
            "Danh mục loại hình: mỗi loại hình một dòng",
            "Tổ chức cơ sở đảng: loại hình \"xa\" ghi hai lần."),
        new(CategoryYear, Severity.Warning, FindingArea.Rules, "Loại hình không còn áp dụng trong năm",
            "Danh mục loại hình theo năm (mô hình hai cấp từ 01/7/2025)",
            "Tổ chức cơ sở đảng: loại hình \"thi-tran\" không còn áp dụng năm 2025."),
        new(PercentMismatch, Severity.Error, FindingArea.Rules, "Tỷ lệ ghi sai",
            "Tỷ lệ = số mức ÷ số được đánh giá, xếp loại; làm tròn theo độ chính xác của bộ quy tắc (thiết lập đợt PercentPrecision)",
            "Đảng viên: tỷ lệ Hoàn thành tốt nhiệm vụ ghi 70,5% nhưng 80/110 = 72,7%."),
        new(PercentWrongDenominator, Severity.Error, FindingArea.Rules, "Tỷ lệ tính nhầm mẫu số",
            "Tỷ lệ = số mức ÷ số được đánh giá, xếp loại (không chia cho tổng số)",
            "Đảng viên: tỷ lệ Hoàn thành tốt nhiệm vụ ghi 66,7%, đúng phải là 72,7% (80/110); 66,7% là 80 ÷ 120 (tổng số đảng viên)."),
        new(PercentForced100, Severity.Warning, FindingArea.Rules, "Tỷ lệ bị làm tròn ép cho đủ 100%",
            "Tỷ lệ làm tròn từng mức, không ép tổng bốn mức bằng 100%",
            "Đảng viên: tỷ lệ Hoàn thành nhiệm vụ ghi 9,1%, tính đúng là 9,0% (10/111); có vẻ đã làm tròn ép để tổng bốn mức bằng 100%."),
        new(QuotaExceeded, Severity.Error, FindingArea.Rules, "Vượt tỷ lệ Hoàn thành xuất sắc nhiệm vụ",
            "Tỷ lệ HTXSNV ≤ 20% số HTTNV (25% khi cấp có thẩm quyền cho phép; QĐ 366 Điều 11 khoản 1.5, QĐ 124, HD 21); mẫu số theo thiết lập đợt",
            "Đảng viên: 25 Hoàn thành xuất sắc nhiệm vụ so với 100 Hoàn thành tốt nhiệm vụ (25%), vượt 20%."),
        new(QuotaCellShare, Severity.Info, FindingArea.Rules, "Một chi bộ vượt tỷ lệ HTXSNV trong nhóm so sánh",
            "Tỷ lệ HTXSNV tính trên nhóm so sánh (thiết lập MemberQuotaGrouping; QĐ 366 Điều 11 khoản 1.5)",
            "Chi bộ CB03: 3 Hoàn thành xuất sắc nhiệm vụ so với 10 Hoàn thành tốt nhiệm vụ (30%) — tỷ lệ được tính trên toàn đảng bộ cơ sở."),
        new(MemberListMismatch, Severity.Error, FindingArea.Rules, "Danh sách đảng viên không khớp số tổng hợp",
            "Danh sách đảng viên và biểu tổng hợp phải khớp",
            "Danh sách có 112 đảng viên nhưng biểu ghi tổng số 115."),
        new(MemberExemptRated, Severity.Warning, FindingArea.Rules, "Đảng viên thuộc diện không xếp loại nhưng có mức",
            "Các trường hợp không đánh giá, xếp loại của hướng dẫn áp dụng",
            "Đảng viên Nguyễn Văn A được miễn công tác và sinh hoạt đảng nhưng có mức xếp loại \"Hoàn thành nhiệm vụ\"."),
        new(MemberDuplicate, Severity.Error, FindingArea.Rules, "Đảng viên ghi hai lần",
            "Danh sách đảng viên: mỗi người một dòng",
            "Đảng viên Nguyễn Văn A (sinh 1980) ghi hai lần (dòng 8 và 15)."),
        new(ExemptGroupNotInRuleset, Severity.Warning, FindingArea.Rules, "Nhóm không xếp loại không có trong hướng dẫn của năm",
            "HD 16 chỉ miễn \"miễn công tác và sinh hoạt đảng\"; HD 21, HD 25, HD 43 thêm \"đình chỉ sinh hoạt\" và \"mới kết nạp chưa đủ 6 tháng\"",
            "Năm 2018 (HD 16) không có nhóm \"đình chỉ sinh hoạt đảng\"; 2 đảng viên ghi ở nhóm này."),
        new(AdmissionDateAfterYear, Severity.Error, FindingArea.Rules, "Ngày vào Đảng sau năm đánh giá",
            "Danh sách đảng viên: ngày vào Đảng",
            "Đảng viên Nguyễn Văn A: ngày vào Đảng 05/02/2026 sau năm đánh giá 2025."),
        new(NewlyAdmittedDate, Severity.Warning, FindingArea.Rules, "Ngày vào Đảng không khớp diện mới kết nạp",
            "Đảng viên mới kết nạp chưa đủ 6 tháng không đánh giá, xếp loại (HD 21, HD 25, HD 43)",
            "Đảng viên Nguyễn Văn A ghi \"mới kết nạp chưa đủ 6 tháng\" nhưng vào Đảng ngày 10/01/2025, đã đủ 6 tháng đến cuối năm."),
        new(NewlyAdmittedRated, Severity.Warning, FindingArea.Rules, "Đảng viên mới kết nạp chưa đủ 6 tháng có mức xếp loại",
            "Đảng viên mới kết nạp chưa đủ 6 tháng không đánh giá, xếp loại (HD 21, HD 25, HD 43)",
            "Đảng viên Nguyễn Văn A vào Đảng ngày 01/10/2025, chưa đủ 6 tháng đến cuối năm 2025, nhưng có mức xếp loại."),
        new(TemporaryRatedHere, Severity.Warning, FindingArea.Rules, "Đảng viên sinh hoạt tạm thời được xếp loại tại chi bộ",
            "HD 43 mục 7.6: đảng viên sinh hoạt tạm thời được xếp loại ở chi bộ chính thức",
            "Đảng viên Nguyễn Văn A sinh hoạt đảng tạm thời tại chi bộ nhưng có mức xếp loại \"Hoàn thành tốt nhiệm vụ\"; việc xếp loại do chi bộ chính thức thực hiện."),
        new(SickLeaveLevel, Severity.Warning, FindingArea.Rules, "Đảng viên nghỉ ốm dài ngày xếp loại cao",
            "HD 21: nghỉ ốm từ 03 tháng trở lên không xếp loại cao hơn HTNV; HD 43 mục 7.5: đánh giá theo thời gian công tác thực tế",
            "Đảng viên Nguyễn Văn A nghỉ ốm từ 03 tháng trở lên trong năm: theo HD 21 không xếp loại cao hơn \"Hoàn thành nhiệm vụ\"."),
        new(StaffRatingNotComplete, Severity.Error, FindingArea.Rules, "Cán bộ không hoàn thành nhiệm vụ theo đánh giá chính quyền",
            "HD 21; QĐ 366 Điều 3 khoản 4: kết quả đánh giá cán bộ, công chức, viên chức là căn cứ",
            "Đảng viên Nguyễn Văn A là công chức bị xếp loại \"Không hoàn thành nhiệm vụ\" nhưng xếp loại đảng viên \"Hoàn thành nhiệm vụ\"."),
        new(StaffRatingBelow, Severity.Info, FindingArea.Rules, "Xếp loại đảng viên cao hơn xếp loại công chức",
            "QĐ 366 Điều 3 khoản 4: kết quả đánh giá cán bộ là căn cứ",
            "Đảng viên Nguyễn Văn A xếp loại đảng viên \"Hoàn thành tốt nhiệm vụ\", cao hơn xếp loại công chức \"Hoàn thành nhiệm vụ\"."),
        new(DisciplineFormProbationary, Severity.Error, FindingArea.Rules, "Hình thức kỷ luật không áp dụng cho đảng viên dự bị",
            "QĐ 69-QĐ/TW Điều 7: đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo",
            "Đảng viên dự bị Nguyễn Văn A ghi hình thức kỷ luật \"cách chức\"; đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo."),
        new(MemberPercentOutOfRange, Severity.Error, FindingArea.Rules, "Tỷ lệ của đảng viên ngoài 0–100%",
            "Tỷ lệ phiếu, tỷ lệ nhiệm vụ trong khoảng 0–100%",
            "Đảng viên Nguyễn Văn A: tỷ lệ phiếu tín nhiệm thấp ghi 120%, ngoài khoảng 0–100%."),
        new(Disqualified, Severity.Error, FindingArea.Rules, "Thuộc trường hợp phải xếp loại Không hoàn thành nhiệm vụ",
            "QĐ 366 Điều 11 khoản 4; QĐ 124 Điều 12; HD 21",
            "Đảng viên Nguyễn Văn A thuộc trường hợp không hoàn thành nhiệm vụ nhưng xếp loại \"Hoàn thành nhiệm vụ\"."),
        new(Disciplined, Severity.Error, FindingArea.Rules, "Đảng viên bị kỷ luật xếp loại quá mức cho phép",
            "QĐ 366 Điều 11 khoản 4 (kỷ luật từ khiển trách do vi phạm liên quan chức trách); QĐ 124 Điều 12; HD 16, HD 21",
            "Đảng viên Nguyễn Văn A bị kỷ luật khiển trách trong năm nên không được xếp loại cao hơn \"Không hoàn thành nhiệm vụ\" (đang ghi \"Hoàn thành nhiệm vụ\"; HD 43)."),
        new(ExceptionNotAllowed, Severity.Error, FindingArea.Rules, "Quy định của năm không cho cấp có thẩm quyền xếp loại khác",
            "Quy định áp dụng theo năm (HD 16, HD 21 không có ngoại lệ)",
            "Đảng viên Nguyễn Văn A: quy định 132-QĐ/TW + 21-HD/BTCTW không cho phép cấp có thẩm quyền xem xét xếp loại khác đối với trường hợp này."),
        new(CollectiveExcellentBlocked, Severity.Error, FindingArea.Rules, "Tập thể có tổ chức hoặc thành viên bị kỷ luật xếp loại quá mức",
            "QĐ 366 Điều 11 khoản 1.1; QĐ 124",
            "Chi bộ thôn 1 có đảng viên trong cấp ủy bị kỷ luật trong năm nên không được xếp loại cao hơn Hoàn thành tốt nhiệm vụ (đang ghi Hoàn thành xuất sắc nhiệm vụ; HD 43)."),
        new(DisciplineBasisMissing, Severity.Warning, FindingArea.Rules, "Chưa ghi vi phạm có liên quan chức trách hay không",
            "QĐ 366 Điều 11 khoản 4: kỷ luật do vi phạm liên quan chức trách, nhiệm vụ",
            "Đảng viên Nguyễn Văn A bị kỷ luật khiển trách nhưng chưa ghi vi phạm có liên quan đến chức trách, nhiệm vụ được giao hay không."),
        new(DisciplineNotCounted, Severity.Info, FindingArea.Rules, "Kỷ luật không tính vào lần xếp loại này",
            "QĐ 366 Điều 11 khoản 4; QĐ 124 Điều 12 (một vi phạm chỉ tính một lần)",
            "Đảng viên Nguyễn Văn A bị kỷ luật khiển trách nhưng vi phạm đã được tính khi xếp loại năm trước."),
        new(TasksInconsistent, Severity.Error, FindingArea.Rules, "Số liệu nhiệm vụ không khớp nhau",
            "Số liệu nhiệm vụ: hoàn thành, đúng hạn, vượt mức không lớn hơn số được giao",
            "Chi bộ thôn 1: số nhiệm vụ hoàn thành 12 lớn hơn số được giao 10."),
        new(TasksNotComplete, Severity.Error, FindingArea.Rules, "Phải xếp loại Không hoàn thành nhiệm vụ theo số nhiệm vụ",
            "QĐ 366 Điều 11 khoản 4.1 (tập thể dưới 70%), khoản 4.3 (cá nhân quá 50% không hoàn thành)",
            "Chi bộ thôn 1 hoàn thành 6/10 nhiệm vụ (60%), dưới 70%, nên xếp loại Không hoàn thành nhiệm vụ."),
        new(TasksLevelCondition, Severity.Error, FindingArea.Rules, "Không đạt điều kiện nhiệm vụ của mức đã xếp",
            "QĐ 366 Điều 11 khoản 1–3: điều kiện nhiệm vụ của từng mức",
            "Đảng viên Nguyễn Văn A xếp loại Hoàn thành xuất sắc nhiệm vụ nhưng chỉ đạt điều kiện mức Hoàn thành tốt nhiệm vụ (vượt mức 10%): cần vượt mức ít nhất 30% (Quy định 366-QĐ/TW, Điều 11)."),
        new(TasksNoLevel, Severity.Warning, FindingArea.Rules, "Số nhiệm vụ không ứng với mức nào",
            "QĐ 366 Điều 11: cấp có thẩm quyền xem xét, quyết định",
            "Đảng viên Nguyễn Văn A xếp loại Hoàn thành nhiệm vụ nhưng không đạt điều kiện của mức nào (hoàn thành 90%) và chưa thuộc trường hợp không hoàn thành nhiệm vụ; cấp có thẩm quyền xem xét."),
        new(ShortcomingsNotFixed, Severity.Error, FindingArea.Rules, "Chưa khắc phục hạn chế của kỳ trước",
            "QĐ 366 Điều 11 khoản 1: mức HTXSNV cần khắc phục hạn chế đã chỉ ra",
            "Chi bộ thôn 1 xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" nhưng chưa khắc phục hạn chế, khuyết điểm đã chỉ ra ở kỳ trước."),
        new(LeaderUnitsNotComplete, Severity.Error, FindingArea.Rules, "Đơn vị do lãnh đạo phụ trách quá nửa Không hoàn thành nhiệm vụ",
            "QĐ 366 Điều 11 khoản 4: quá 50% đơn vị phụ trách KHTNV",
            "Đảng viên Nguyễn Văn A: 3/5 đơn vị do đồng chí lãnh đạo, phụ trách xếp loại \"Không hoàn thành nhiệm vụ\" (60%), trên 50%, nên xếp loại Không hoàn thành nhiệm vụ."),
        new(LeaderLowConfidence, Severity.Error, FindingArea.Rules, "Phiếu tín nhiệm thấp quá nửa",
            "QĐ 366 Điều 11 khoản 4: quá 50% phiếu tín nhiệm thấp",
            "Đảng viên Nguyễn Văn A có 55% phiếu tín nhiệm thấp, trên 50%, nên xếp loại \"Không hoàn thành nhiệm vụ\"."),
        new(HeadAboveCollective, Severity.Warning, FindingArea.Rules, "Người đứng đầu xếp loại cao hơn tập thể",
            "HD 21: người đứng đầu không xếp loại cao hơn tập thể (có thể tắt trong thiết lập đợt)",
            "Đảng viên Nguyễn Văn A là người đứng đầu Chi bộ thôn 1 nhưng xếp loại Hoàn thành xuất sắc nhiệm vụ, cao hơn mức của tập thể (Hoàn thành tốt nhiệm vụ)."),
        new(OrgLevelMembers, Severity.Error, FindingArea.Rules, "Mức của chi bộ không khớp kết quả đảng viên",
            "HD 21 Mục II.B tiểu mục 1.3; QĐ 124, QĐ 366: cảnh báo cho cấp có thẩm quyền",
            "Chi bộ thôn 1 xếp loại Hoàn thành xuất sắc nhiệm vụ nhưng chỉ 70% đảng viên Hoàn thành tốt nhiệm vụ trở lên, dưới 80% (HD 21)."),
        new(OrgLevelSubunits, Severity.Error, FindingArea.Rules, "Mức của đảng bộ không khớp kết quả tổ chức trực thuộc",
            "HD 21 Mục II.B tiểu mục 1.3; QĐ 124, QĐ 366: cảnh báo cho cấp có thẩm quyền",
            "Đảng bộ xã A xếp loại Hoàn thành xuất sắc nhiệm vụ nhưng có 1 chi bộ trực thuộc Không hoàn thành nhiệm vụ."),
        new(CollectiveNotCompleteCase, Severity.Error, FindingArea.Rules, "Tập thể thuộc trường hợp Không hoàn thành nhiệm vụ",
            "QĐ 124 (quá 20% tổ chức trực thuộc bị kỷ luật, tập thể bị kỷ luật); QĐ 366 Điều 11 khoản 4.1",
            "Đảng bộ xã A có 3/10 tổ chức trực thuộc bị kỷ luật trong năm (30%), trên 20%, nên xếp loại Không hoàn thành nhiệm vụ."),
        new(LeadershipAboveOrganization, Severity.Error, FindingArea.Rules, "Tập thể lãnh đạo xếp loại cao hơn tổ chức",
            "HD 21 tiết 3: tập thể lãnh đạo không xếp loại cao hơn tổ chức đảng",
            "Tập thể lãnh đạo Đảng ủy xã A xếp loại Hoàn thành xuất sắc nhiệm vụ, cao hơn mức của Đảng bộ xã A (Hoàn thành tốt nhiệm vụ)."),
        new(ScoreOutOfRange, Severity.Error, FindingArea.Rules, "Điểm ngoài thang điểm",
            "QĐ 366: nhóm tiêu chí 0–30 và 0–70 điểm, tổng 0–100",
            "Điểm nhóm tiêu chí kết quả thực hiện nhiệm vụ là 75, ngoài khoảng 0–70."),
        new(ScoreBandAbove, Severity.Error, FindingArea.Rules, "Mức xếp loại cao hơn khung điểm",
            "QĐ 366: khung điểm ≥ 90 / 70–< 90 / 50–< 70 / < 50",
            "Tổng điểm 85 thuộc khung Hoàn thành tốt nhiệm vụ nhưng xếp loại Hoàn thành xuất sắc nhiệm vụ (cao hơn khung điểm)."),
        new(ScoreBandBelow, Severity.Warning, FindingArea.Rules, "Mức xếp loại thấp hơn khung điểm",
            "QĐ 366: khung điểm; tỷ lệ HTXSNV có thể hạ mức",
            "Tổng điểm 92 thuộc khung Hoàn thành xuất sắc nhiệm vụ nhưng xếp loại Hoàn thành tốt nhiệm vụ (thấp hơn khung điểm; kiểm tra giới hạn tỷ lệ hoặc lý do)."),
        new(ScorePointsOutOfRange, Severity.Error, FindingArea.Scores, "Điểm tiêu chí ngoài khoảng cho phép",
            "HD 43: khung điểm từng tiêu chí (phụ lục)",
            "Nguyễn Văn A: điểm tiêu chí 1.2 là 12, ngoài khoảng 0–10."),
        new(ScorePointsNotInForm, Severity.Error, FindingArea.Scores, "Mẫu không có tiêu chí này",
            "HD 43: tiêu chí theo mẫu (2A, 2B, 2C)",
            "Nguyễn Văn A: Mẫu 2C không có tiêu chí 2.4 (phụ lục 2); để trống ô này."),
        new(ScoreTaskCounts, Severity.Error, FindingArea.Scores, "Số nhiệm vụ trong bảng điểm không khớp",
            "HD 43: số nhiệm vụ được giao, hoàn thành, đúng hạn",
            "Nguyễn Văn A: số nhiệm vụ hoàn thành 12 lớn hơn số được giao 10."),
        new(ScoreProposalAbove, Severity.Error, FindingArea.Scores, "Chi bộ đề xuất mức cao hơn mức được phép",
            "QĐ 366 Điều 11; HD 43: mức theo điểm và điều kiện nhiệm vụ",
            "Nguyễn Văn A: chi bộ đề xuất \"Hoàn thành xuất sắc nhiệm vụ\" nhưng điểm và nhiệm vụ chỉ cho phép \"Hoàn thành tốt nhiệm vụ\"."),
        new(ScoreProposalBelow, Severity.Info, FindingArea.Scores, "Chi bộ đề xuất mức thấp hơn điểm",
            "QĐ 366 Điều 11; HD 43",
            "Nguyễn Văn A: chi bộ đề xuất \"Hoàn thành tốt nhiệm vụ\", thấp hơn mức theo điểm \"Hoàn thành xuất sắc nhiệm vụ\"."),
        new(ScoreCompetentLevel, Severity.Warning, FindingArea.Scores, "Cấp có thẩm quyền xem xét, quyết định",
            "QĐ 366 Điều 11: trường hợp không đủ điều kiện mức nào",
            "Nguyễn Văn A: chưa hoàn thành hết nhiệm vụ nhưng không quá một nửa; cấp có thẩm quyền xem xét, quyết định."),
        new(ScoreIncomplete, Severity.Warning, FindingArea.Scores, "Còn tiêu chí chưa chấm",
            "HD 43: chấm đủ các tiêu chí của mẫu",
            "Nguyễn Văn A: còn tiêu chí chưa chấm (1.3, 2.1)."),
        new(ScoringFrameGroupTotal, Severity.Error, FindingArea.Scores, "Khung điểm: tổng nhóm không đúng",
            "HD 43: nhóm tiêu chí 30 và 70 điểm",
            "Khung điểm phụ lục 1, nhóm 1: tổng điểm tối đa các tiêu chí là 28, phải là 30."),
        new(ScoringFramePoints, Severity.Error, FindingArea.Scores, "Khung điểm: điểm tiêu chí không hợp lệ",
            "HD 43: điểm tối đa từng tiêu chí",
            "Khung điểm phụ lục 1, tiêu chí 1.2: điểm tối đa 0 không hợp lệ."),
        new(ScoresNotAScoreWorkbook, Severity.Error, FindingArea.Scores, "Không phải bảng điểm",
            "Bảng điểm do phần mềm lập (generate bang-diem)",
            "Tệp diem.xlsx không có bảng điểm (trang \"Bảng điểm\" hoặc trang đầu không có mã biểu); hãy lấy bảng điểm bằng lệnh generate bang-diem."),
        new(ScoresBadValue, Severity.Error, FindingArea.Scores, "Giá trị trong bảng điểm không hợp lệ",
            "Bảng điểm do phần mềm lập",
            "Bảng điểm!F8: điểm \"mười\" không phải số."),
        new(ScoresNoName, Severity.Error, FindingArea.Scores, "Dòng có điểm nhưng chưa có họ tên",
            "Bảng điểm do phần mềm lập",
            "Bảng điểm!B8: dòng có điểm nhưng chưa ghi họ và tên."),
        new(ScoresMemberAdded, Severity.Warning, FindingArea.Scores, "Đảng viên chưa có trong danh sách đã được thêm",
            "Bảng điểm và danh sách đảng viên của biểu đơn vị",
            "Đảng viên Nguyễn Văn A có trong bảng điểm nhưng chưa có trong danh sách đảng viên; đã thêm vào cuối danh sách."),
        new(ScoresMemberDuplicate, Severity.Warning, FindingArea.Scores, "Nhiều đảng viên cùng tên",
            "Bảng điểm và danh sách đảng viên của biểu đơn vị",
            "Đảng viên Nguyễn Văn A: danh sách đảng viên có 2 người cùng tên; ghi chi bộ ở bảng điểm để phân biệt. Chưa cập nhật."),
        new(FormsLegacyYear, Severity.Error, FindingArea.Scores, "Năm không dùng mẫu kiểm điểm HD 43",
            "Mẫu kiểm điểm của HD 43-HD/BTCTW (từ năm 2025)",
            "Năm 2023 áp dụng Hướng dẫn số 25-HD/BTCTW; phần mềm chỉ lập các mẫu kiểm điểm của Hướng dẫn 43-HD/BTCTW (từ năm 2025)."),
        new(FormsNoMember, Severity.Error, FindingArea.Scores, "Không có đảng viên hoặc tập thể cần lập mẫu",
            "Danh sách đảng viên của biểu đơn vị",
            "Không có đảng viên tên \"Nguyễn Văn B\" làm Mẫu 2A trong bieu-don-vi.xlsx."),
        new(FormsUnitWorkbookUnreadable, Severity.Error, FindingArea.Scores, "Không đọc được biểu đơn vị",
            "Bộ đọc biểu mẫu Excel",
            "Không đọc được bieu-don-vi.xlsx: Tệp bieu-don-vi.xlsx không phải bảng tính Excel (.xlsx)."),
        new(FormsNoMemberList, Severity.Error, FindingArea.Scores, "Biểu đơn vị chưa có danh sách đảng viên",
            "Hợp đồng biểu mẫu: bảng OR_MemberList",
            "bieu-don-vi.xlsx chưa có danh sách đảng viên (bảng OR_MemberList) để điền sẵn."),
        new(TreeDuplicateCode, Severity.Error, FindingArea.Units, "Mã đơn vị bị trùng",
            "Cây đơn vị: mỗi mã một đơn vị",
            "Mã đơn vị \"CB01\" bị trùng (Chi bộ thôn 1 và Chi bộ thôn 2)."),
        new(TreeUnknownParent, Severity.Error, FindingArea.Units, "Đơn vị cấp trên không có trong danh sách",
            "Cây đơn vị: mã cấp trên phải có trong danh sách",
            "Chi bộ thôn 1: đơn vị cấp trên \"DBX9\" không có trong danh sách."),
        new(TreeCycle, Severity.Error, FindingArea.Units, "Quan hệ cấp trên tạo vòng",
            "Cây đơn vị: không có vòng",
            "Chi bộ thôn 1: quan hệ cấp trên tạo thành vòng (CB01 → DBX → CB01)."),
        new(TreeSeveralRoots, Severity.Warning, FindingArea.Units, "Nhiều đơn vị cấp cao nhất",
            "Cây đơn vị: một đơn vị gốc",
            "Danh sách có 2 đơn vị cấp cao nhất: Đảng bộ xã A, Đảng bộ xã B."),
        new(TreeKindParent, Severity.Error, FindingArea.Units, "Loại tổ chức không thể trực thuộc cấp trên này",
            "Hệ thống tổ chức của Đảng (Điều lệ Đảng; mô hình hai cấp từ 01/7/2025)",
            "Chi bộ thôn 1 là chi bộ cơ sở nhưng trực thuộc một chi bộ."),
        new(TreeDissolvedLevel, Severity.Error, FindingArea.Units, "Tổ chức đảng cấp huyện không còn",
            "Mô hình hai cấp (tỉnh – xã) từ 01/7/2025",
            "Huyện ủy A: từ 01/7/2025 không còn tổ chức đảng cấp huyện; năm 2025 phải dùng mô hình hai cấp (tỉnh – xã)."),
        new(UnitCodeUnsafe, Severity.Error, FindingArea.Units, "Mã đơn vị không hợp lệ",
            "Mã đơn vị ở dạng chuẩn (chữ, số, \"-\", \"_\", \".\"; tối đa 64 ký tự)",
            "Đơn vị thứ 5: mã đơn vị \"CB/01\" chưa ở dạng chuẩn."),
        new(UnitCodeCaseVariant, Severity.Error, FindingArea.Units, "Mã đơn vị chỉ khác chữ hoa, chữ thường",
            "Mã đơn vị không phân biệt chữ hoa, chữ thường",
            "Đơn vị thứ 7: mã \"cb01\" chỉ khác mã \"CB01\" ở chữ hoa/chữ thường; hai mã này được coi là một đơn vị."),
        new(UnitNameTooLong, Severity.Error, FindingArea.Units, "Tên đơn vị quá dài",
            "Giới hạn Limits:MaxUnitNameLength (mặc định 300 ký tự)",
            "Đơn vị thứ 5 (CB05): tên dài 800 ký tự, vượt giới hạn 300 ký tự (Limits:MaxUnitNameLength)."),
        new(UnitsUnreadable, Severity.Error, FindingArea.Units, "Không đọc được danh sách đơn vị",
            "Danh sách đơn vị (.xlsx, .csv UTF-8); tối đa 100.000 đơn vị",
            "Tệp don-vi.pdf không đọc được như một bảng tính danh sách đơn vị."),
        new(UnitsColumnMissing, Severity.Error, FindingArea.Units, "Danh sách đơn vị thiếu cột",
            "Danh sách đơn vị: cột code, name, kind, category, parent",
            "Dòng tiêu đề thiếu cột \"kind\" (các cột: code, name, kind, category, parent — hoặc ma, ten, loai, loai_hinh, ma_cap_tren)."),
        new(UnitsKindUnknown, Severity.Error, FindingArea.Units, "Loại tổ chức không hợp lệ",
            "Các loại tổ chức đảng (chi bộ, đảng bộ cơ sở, …)",
            "Dòng 5: loại tổ chức \"to-dang\" không hợp lệ."),
        new(UnitsCategoryUnknown, Severity.Warning, FindingArea.Units, "Loại hình không có trong danh mục",
            "Danh mục loại hình tổ chức cơ sở đảng",
            "Dòng 5: loại hình \"khac\" không có trong danh mục; bỏ qua."),
        new(UnitsEmpty, Severity.Error, FindingArea.Units, "Danh sách không có đơn vị nào",
            "Danh sách đơn vị",
            "Tệp don-vi.csv không có đơn vị nào."),
        new(UnitsCodeMissing, Severity.Error, FindingArea.Units, "Thiếu mã đơn vị",
            "Danh sách đơn vị: cột code bắt buộc",
            "Dòng 5: thiếu mã đơn vị."),
        new(UnitsTextLegacyEncoding, Severity.Info, FindingArea.Units, "Chữ bảng mã cũ trong danh sách đã chuyển sang Unicode",
            "Chữ tiếng Việt gõ bằng phông TCVN3 (ABC) hoặc VNI, chuyển sang Unicode NFC khi nhập",
            "Trang DonVi, ô B7: tên đơn vị gõ bằng bảng mã TCVN3 đã chuyển sang Unicode (\"Chi bộ Thôn 3\")."),
        new(UnitsTextNfd, Severity.Info, FindingArea.Units, "Chữ tổ hợp (NFD) trong danh sách đã chuẩn hoá",
            "Chữ tiếng Việt chuẩn hoá về Unicode NFC khi nhập",
            "Dòng 12, cột name: chữ dạng tổ hợp (NFD) đã chuẩn hoá về dạng dựng sẵn (NFC)."),
        new(UnitsTextEncodingAmbiguous, Severity.Warning, FindingArea.Units, "Chữ có thể thuộc nhiều bảng mã, giữ nguyên",
            "Chữ tiếng Việt gõ bằng phông TCVN3 (ABC) hoặc VNI: không đoán khi chưa chắc chắn",
            "Trang DonVi, ô B9: chữ có thể đọc theo TCVN3 hoặc VNI; giữ nguyên, hãy kiểm tra và gõ lại bằng Unicode."),
        new(MergeFormNotFilled, Severity.Warning, FindingArea.Merge, "Tổng hợp theo biểu chung vì không điền được biểu mẫu của đợt",
            "Biểu mẫu của đợt: không bao giờ lặng lẽ đổi sang biểu chung",
            "Không điền được biểu mẫu của đợt (trang Danh sách ĐV, ô F12: không đủ dòng trống); tệp tổng hợp theo biểu chung bieu-tong-hop.xlsx."),
        new(MergeSourceUnreadable, Severity.Error, FindingArea.Merge, "Không đọc được tệp nguồn",
            "Giới hạn Limits:MaxInputBytes (mặc định 50 MB)",
            "Không đọc được tệp cb01.xlsx (không có, không có quyền đọc, hoặc lớn hơn giới hạn Limits:MaxInputBytes)."),
        new(MergeCategoryRowsIncomplete, Severity.Info, FindingArea.Merge, "Không tổng hợp được dòng loại hình",
            "Tổng hợp theo loại hình: chỉ cộng khi mọi đơn vị có dòng loại hình",
            "Tổ chức cơ sở đảng: 2 đơn vị không ghi số liệu theo loại hình; các dòng loại hình chưa được tổng hợp."),
        new(MergeChildNotRated, Severity.Info, FindingArea.Merge, "Đơn vị trực thuộc chưa có mức xếp loại",
            "Tổng hợp kết quả xếp loại tổ chức",
            "2 đơn vị trực thuộc chưa có mức xếp loại của chính đơn vị (Chi bộ thôn 1, Chi bộ thôn 2); được tính vào \"chưa đánh giá, xếp loại\"."),
        new(MergeChildCountImplausible, Severity.Error, FindingArea.Merge, "Đơn vị trực thuộc báo cáo số vượt giới hạn hợp lý",
            "Tham số bộ quy tắc MaxCount (mặc định 10.000.000)",
            "Chi bộ thôn 1 (CB01) báo cáo tổng số đảng viên là 90.000.000, vượt giới hạn hợp lý 10.000.000 (RulesetParameters.MaxCount); số tổng hợp không dùng số này."),
        new(MergeSumImplausible, Severity.Error, FindingArea.Merge, "Số tổng hợp vượt giới hạn",
            "Tham số bộ quy tắc MaxCount (mặc định 10.000.000)",
            "Tổng hợp tổng số đảng viên vượt quá số lớn nhất máy tính lưu được; số liệu của các đơn vị trực thuộc không hợp lệ."),
        new(MergeYearMismatch, Severity.Error, FindingArea.Merge, "Tệp khác năm đánh giá",
            "Tổng hợp: mọi tệp cùng năm đánh giá",
            "Tệp cb01.xlsx là số liệu năm 2024; đợt kiểm điểm này là năm 2025."),
        new(MergeUnitMismatch, Severity.Error, FindingArea.Merge, "Tệp ghi là của đơn vị khác",
            "Nộp báo cáo: mã đơn vị trong tệp",
            "Tệp cb01.xlsx được nộp cho Chi bộ thôn 1 (CB01) nhưng ghi là của đơn vị \"CB02\"."),
        new(MergeUnitUnknown, Severity.Error, FindingArea.Merge, "Đơn vị không có trong cây đơn vị",
            "Cây đơn vị của đợt",
            "Tệp cb09.xlsx của đơn vị mã \"CB09\" không có trong cây đơn vị; không tổng hợp."),
        new(MergeUnitDuplicate, Severity.Error, FindingArea.Merge, "Một đơn vị có hai tệp",
            "Tổng hợp: mỗi đơn vị một tệp",
            "Đơn vị Chi bộ thôn 1 (mã CB01) có hai tệp: cb01.xlsx và cb01-moi.xlsx; chỉ dùng cb01.xlsx."),
        new(MergeParentCode, Severity.Warning, FindingArea.Merge, "Mã cấp trên trong tệp khác cây đơn vị",
            "Cây đơn vị của đợt",
            "Tệp cb01.xlsx của Chi bộ thôn 1 (CB01) ghi đơn vị cấp trên là \"DBX2\", cây đơn vị ghi \"DBX1\"."),
        new(MergeParentMismatch, Severity.Error, FindingArea.Merge, "Số của đơn vị khác tổng các đơn vị trực thuộc",
            "Tổng hợp: số của cấp trên bằng tổng cấp dưới",
            "Đảng bộ xã A (DBX) báo cáo tổng số đảng viên là 120, cộng 5 đơn vị trực thuộc được 118 (chênh 2)."),
        new(MergeParentUnmatched, Severity.Warning, FindingArea.Merge, "Đơn vị trực thuộc không có số liệu để đối chiếu",
            "Tổng hợp: số của cấp trên bằng tổng cấp dưới",
            "Đảng bộ xã A (DBX) báo cáo số đảng viên miễn là 3, các đơn vị trực thuộc không có số liệu này."),
        new(MergeOwnFiguresOnly, Severity.Warning, FindingArea.Merge, "Chỉ có số liệu của chính đơn vị",
            "Tổng hợp: dùng số của đơn vị khi cấp dưới chưa gửi",
            "Đảng bộ xã A (DBX): chưa đơn vị trực thuộc nào gửi số liệu; dùng số liệu do chính đơn vị báo cáo."),
        new(MergeUnitMissing, Severity.Warning, FindingArea.Merge, "Đơn vị chưa có số liệu",
            "Cây đơn vị của đợt",
            "Chi bộ thôn 3 (CB03) chưa có số liệu."),
        new(MergeRootUnknown, Severity.Error, FindingArea.Merge, "Không có đơn vị gốc để tổng hợp",
            "Cây đơn vị của đợt",
            "Không có đơn vị mã \"DBX\" trong cây đơn vị để tổng hợp."),
        new(MergeNoInput, Severity.Error, FindingArea.Merge, "Không có tệp nào để tổng hợp",
            "Tổng hợp",
            "Không có tệp nào để tổng hợp."),
        new(MergeMemberDuplicate, Severity.Warning, FindingArea.Merge, "Đảng viên có trong danh sách của hai đơn vị",
            "Tổng hợp danh sách đảng viên: mỗi người một nơi sinh hoạt chính thức",
            "Đảng viên Nguyễn Văn A (sinh 1980) có trong danh sách của Chi bộ thôn 1 và Chi bộ thôn 2."),
        new(ReportPercentMismatch, Severity.Error, FindingArea.Report, "Tỷ lệ trong báo cáo ghi sai",
            "Tỷ lệ = số mức ÷ số được đánh giá, xếp loại; làm tròn theo bộ quy tắc",
            "\"… 85 đồng chí hoàn thành tốt nhiệm vụ, đạt 72,5% …\": đảng viên – ghi 72,5% nhưng 85/115 = 73,9%."),
        new(ReportPercentWrongDenominator, Severity.Error, FindingArea.Report, "Tỷ lệ trong báo cáo tính nhầm mẫu số",
            "Tỷ lệ = số mức ÷ số được đánh giá, xếp loại",
            "\"… đạt 70,8% …\": đảng viên – ghi 70,8%, đúng phải là 73,9%; 70,8% là 85 ÷ 120 (tổng số đảng viên) — đã tính nhầm mẫu số."),
        new(ReportSumMismatch, Severity.Error, FindingArea.Report, "Các phần trong báo cáo không cộng bằng tổng",
            "Cộng số liệu: số được xếp loại = tổng bốn mức",
            "\"… được đánh giá 115 đồng chí …\": đảng viên – các phần 10 + 85 + 15 + 2 = 112 khác 115."),
        new(ReportTotalMismatch, Severity.Error, FindingArea.Report, "Tổng trong báo cáo không khớp",
            "Cộng số liệu: tổng số = chưa xếp loại + đã xếp loại + miễn",
            "\"… tổng số 120 đảng viên …\": đảng viên – 115 được xếp loại + 3 miễn = 118 khác 120."),
        new(ReportQuotaExceeded, Severity.Error, FindingArea.Report, "Báo cáo vượt tỷ lệ HTXSNV",
            "Tỷ lệ HTXSNV ≤ 20% số HTTNV (QĐ 366 Điều 11 khoản 1.5; QĐ 124; HD 21)",
            "\"… 25 đồng chí hoàn thành xuất sắc nhiệm vụ …\": 25 so với 100 hoàn thành tốt nhiệm vụ (25%), vượt 20%."),
        new(ReportFractionInvalid, Severity.Error, FindingArea.Report, "Phân số trong báo cáo không hợp lệ",
            "Số liệu trong câu: phần không lớn hơn tổng",
            "\"… 12/10 chi bộ …\": chi bộ – \"12/10\" có phần lớn hơn tổng."),
        new(ReportPercentTruncated, Severity.Warning, FindingArea.Report, "Tỷ lệ bị cắt bớt chữ số thay vì làm tròn",
            "Làm tròn tỷ lệ theo bộ quy tắc (thiết lập đợt PercentPrecision)",
            "\"… đạt 73,9% …\": đảng viên – tỷ lệ 85/115 ghi 73,9% là cắt bớt chữ số, làm tròn đúng là 73,9%."),
        new(ReportPercentInconsistent, Severity.Warning, FindingArea.Report, "Cùng số liệu nhưng hai tỷ lệ khác nhau",
            "Một số liệu một tỷ lệ trong cả báo cáo",
            "\"… 85 đồng chí hoàn thành tốt nhiệm vụ …\": đảng viên – cùng 85 hoàn thành tốt nhiệm vụ nhưng ghi hai tỷ lệ khác nhau: 73,9% (đoạn 3) và 74% (đoạn 7)."),
        new(ReportYearUnknown, Severity.Info, FindingArea.Report, "Không thấy năm đánh giá trong báo cáo",
            "Bộ quy tắc chọn theo năm (--year khi báo cáo không ghi năm)",
            "Không thấy năm đánh giá trong báo cáo (\"năm 2025\"); dùng bộ quy tắc mặc định, có thể chỉ rõ bằng --year."),
        new(ReportNoFigures, Severity.Info, FindingArea.Report, "Báo cáo không có câu số liệu",
            "Kiểm tra báo cáo: các câu số liệu về kết quả đánh giá, xếp loại",
            "Không tìm thấy câu số liệu nào về kết quả đánh giá, xếp loại trong báo cáo."),
        new(DecisionQuotaExceeded, Severity.Warning, FindingArea.Campaign, "Quyết định vượt tỷ lệ HTXSNV",
            "Tỷ lệ HTXSNV ≤ 20% số HTTNV (QĐ 366 Điều 11 khoản 1.5); thiết lập đợt về mẫu số",
            "Chi bộ trực thuộc của Đảng bộ xã A: 5 Hoàn thành xuất sắc nhiệm vụ so với 20 Hoàn thành tốt nhiệm vụ (25%), vượt 20%."),
        new(FindingsTruncated, Severity.Info, FindingArea.Campaign, "Một phần phát hiện không được lưu",
            "Giới hạn Limits:MaxStoredFindings (mặc định 500)",
            "Còn 1.200 phát hiện khác không được lưu (Limits:MaxStoredFindings = 500); kiểm tra lại tệp để xem đầy đủ."),
        new(MetaMissing, Severity.Error, FindingArea.Documents, "Thiếu thông tin văn bản",
            "Hướng dẫn 36-HD/VPTW: thể thức văn bản (cơ quan, số, ngày, người ký)",
            "Thiếu thông tin văn bản (meta): cơ quan ban hành, địa danh, ngày, người ký… Gửi tệp --meta hoặc trường \"meta\"."),
        new(MetaIssuer, Severity.Error, FindingArea.Documents, "Thiếu tên cơ quan ban hành",
            "Thể thức văn bản của Đảng: tên cơ quan ban hành",
            "Thiếu tên cơ quan ban hành (issuer)."),
        new(MetaIssuerCode, Severity.Error, FindingArea.Documents, "Thiếu ký hiệu cơ quan ban hành",
            "Thể thức văn bản của Đảng: số và ký hiệu",
            "Thiếu ký hiệu cơ quan ban hành (issuerCode, ví dụ \"ĐU\")."),
        new(MetaPlace, Severity.Error, FindingArea.Documents, "Thiếu địa danh",
            "Thể thức văn bản của Đảng: địa danh, ngày tháng",
            "Thiếu địa danh (place)."),
        new(MetaNumber, Severity.Error, FindingArea.Documents, "Số văn bản không hợp lệ",
            "Thể thức văn bản của Đảng: số văn bản",
            "Số văn bản phải là số nguyên dương; nhận được 0."),
        new(MetaRecipients, Severity.Error, FindingArea.Documents, "Công văn thiếu nơi gửi",
            "Thể thức văn bản của Đảng: công văn có \"Kính gửi\"",
            "Công văn phải có nơi gửi (\"Kính gửi\", recipients)."),
        new(MetaSignerTitle, Severity.Error, FindingArea.Documents, "Thiếu chức vụ người ký",
            "Thể thức văn bản của Đảng: chữ ký",
            "Thiếu chức vụ người ký (ví dụ \"BÍ THƯ\")."),
        new(MetaSignerBody, Severity.Error, FindingArea.Documents, "Thiếu tên tập thể sau T/M",
            "Thể thức văn bản của Đảng: ký thay mặt tập thể",
            "Sau \"T/M\" phải ghi tên tập thể (ví dụ \"BAN THƯỜNG VỤ\")."),
        new(MetaSignerName, Severity.Warning, FindingArea.Documents, "Chưa có họ tên người ký",
            "Thể thức văn bản của Đảng: chữ ký",
            "Chưa có họ tên người ký."),
        new(MetaCopyTo, Severity.Warning, FindingArea.Documents, "Chưa có nơi nhận",
            "Thể thức văn bản của Đảng: nơi nhận",
            "Chưa có nơi nhận (copyTo); thường kết thúc bằng \"Lưu VP\"."),
        new(MetaExcerpt, Severity.Warning, FindingArea.Documents, "Chưa có trích yếu",
            "Thể thức văn bản của Đảng: trích yếu nội dung",
            "Chưa có trích yếu (excerpt)."),
        new(SignKtBiThu, Severity.Error, FindingArea.Documents, "Văn bản cấp ủy không ký \"K/T BÍ THƯ\"",
            "Hướng dẫn 36-HD/VPTW: thể thức chữ ký (thiết lập allowDeputySecretaryKt)",
            "Văn bản của cấp ủy không ký \"K/T BÍ THƯ\": phó bí thư ký thay mặt tập thể \"T/M BAN THƯỜNG VỤ\" (hoặc \"T/M ĐẢNG ỦY\") theo Hướng dẫn 36-HD/VPTW."),
        new(SignBodyLevel, Severity.Warning, FindingArea.Documents, "Chi bộ không có Ban Thường vụ",
            "Hướng dẫn 36-HD/VPTW: thẩm quyền ký theo cấp",
            "Chi bộ thôn 1 là chi bộ, không có Ban Thường vụ: ký \"T/M CHI BỘ\" (hoặc \"T/M CHI ỦY\")."),
        new(SignTitleWithBody, Severity.Warning, FindingArea.Documents, "Dòng chức vụ ghi cả tên cấp ủy",
            "Hướng dẫn 36-HD/VPTW: chữ ký",
            "Dòng chức vụ chỉ ghi chức danh, không ghi tên cấp ủy: \"BÍ THƯ ĐẢNG ỦY\" → \"BÍ THƯ\" hoặc \"PHÓ BÍ THƯ\"."),
        new(ApprovalNumber, Severity.Error, FindingArea.Documents, "Số văn bản khi duyệt không hợp lệ",
            "Duyệt văn bản: số văn bản nguyên dương",
            "Số văn bản khi duyệt phải là số nguyên dương; nhận được 0."),
        new(ApprovalBy, Severity.Error, FindingArea.Documents, "Thiếu người duyệt",
            "Duyệt văn bản: người duyệt",
            "Thiếu người duyệt (approvedBy)."),
        new(TemplateUnknownTag, Severity.Warning, FindingArea.Documents, "Thẻ trong mẫu không ứng với dữ liệu",
            "Mẫu .docx: ô nội dung (content control) gắn thẻ theo tên trường",
            "Thẻ \"so_lieu_cu\" (document.xml, đoạn 12) không ứng với trường dữ liệu nào của báo cáo."),
        new(TemplateMissingField, Severity.Warning, FindingArea.Documents, "Mẫu thiếu ô cho một trường dữ liệu",
            "Mẫu .docx: ô nội dung gắn thẻ theo tên trường",
            "Trường \"ty_le_htxs\" không có ô nội dung nào trong mẫu (ô đã bị xóa hoặc đổi thẻ)."),
        new(TemplateWrongType, Severity.Error, FindingArea.Documents, "Giá trị không hợp với ô nội dung",
            "Mẫu .docx: kiểu ô nội dung (văn bản, phần lặp)",
            "Thẻ \"don_vi\" là ô văn bản nhưng dữ liệu là một danh sách."),
        new(TemplateUnreadable, Severity.Error, FindingArea.Documents, "Mẫu .docx không đọc được",
            "Giới hạn mẫu .docx: 20 MB, độ sâu XML, số mục",
            "Mẫu mau.docx không mở được như văn bản Word (.docx)."),
        new(TemplateTooLarge, Severity.Error, FindingArea.Documents, "Dữ liệu vượt giới hạn của mẫu",
            "Giới hạn lập văn bản: 100.000 mục danh sách, độ sâu 16",
            "Danh sách \"don_vi\" có 150.000 mục, vượt giới hạn 100.000."),
        new(TemplateRemoved, Severity.Warning, FindingArea.Documents, "Đã bỏ nội dung không cần trong mẫu",
            "Làm sạch mẫu người dùng: macro, liên kết ngoài, đối tượng nhúng",
            "Đã bỏ macro (word/vbaProject.bin) khỏi mẫu."),
    ];
}
