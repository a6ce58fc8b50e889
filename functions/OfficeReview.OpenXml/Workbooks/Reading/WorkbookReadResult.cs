using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>Bounds on an untrusted workbook. Each is named in the message when exceeded.</summary>
public sealed record WorkbookLimits
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;
    /// <summary>Largest total size of the unzipped parts, in bytes (zip bombs).</summary>
    public long MaxExpandedBytes { get; init; } = 300L * 1024 * 1024;
    /// <summary>Most entries in the zip.</summary>
    public int MaxEntries { get; init; } = 2_000;
    /// <summary>Most rows read on one worksheet.</summary>
    public int MaxRows { get; init; } = 200_000;
    /// <summary>
    /// Most cells (&lt;c&gt; elements) scanned over the sheets of a workbook. Memory does not grow with it (only the
    /// form's cells are kept) but time does; a full member list of 200,000 rows has about 3,000,000.
    /// </summary>
    public long MaxCells { get; init; } = 5_000_000;
    /// <summary>Most entries of the shared string table.</summary>
    public int MaxSharedStrings { get; init; } = 1_000_000;
    /// <summary>Most defined names in workbook.xml (the form has about 150).</summary>
    public int MaxDefinedNames { get; init; } = 10_000;
    /// <summary>Most findings listed for one workbook; the rest are counted in one closing finding.</summary>
    public int MaxFindings { get; init; } = 10_000;

    public static WorkbookLimits Default { get; } = new();

    public string Describe(string property) => property switch
    {
        nameof(MaxFileBytes) => $"{VietnameseFormat.Count(MaxFileBytes)} byte (WorkbookLimits.MaxFileBytes)",
        nameof(MaxExpandedBytes) => $"{VietnameseFormat.Count(MaxExpandedBytes)} byte sau khi giải nén (WorkbookLimits.MaxExpandedBytes)",
        nameof(MaxEntries) => $"{VietnameseFormat.Count(MaxEntries)} thành phần trong tệp nén (WorkbookLimits.MaxEntries)",
        nameof(MaxRows) => $"{VietnameseFormat.Count(MaxRows)} dòng trên một trang tính (WorkbookLimits.MaxRows)",
        nameof(MaxCells) => $"{VietnameseFormat.Count(MaxCells)} ô (WorkbookLimits.MaxCells)",
        nameof(MaxSharedStrings) => $"{VietnameseFormat.Count(MaxSharedStrings)} chuỗi dùng chung (WorkbookLimits.MaxSharedStrings)",
        nameof(MaxDefinedNames) => $"{VietnameseFormat.Count(MaxDefinedNames)} tên vùng (WorkbookLimits.MaxDefinedNames)",
        nameof(MaxFindings) => $"{VietnameseFormat.Count(MaxFindings)} lỗi (WorkbookLimits.MaxFindings)",
        _ => property,
    };
}

/// <summary>What the template says about itself (named cells OR_Form_Id, OR_Template_Version, OR_Ruleset).</summary>
public sealed record WorkbookMetadata(string? FormId, string? TemplateVersion, string? RulesetId);

/// <summary>
/// The outcome of reading a workbook: the report (null when it cannot be read), what was found on the way (each with
/// its sheet and cell), and the map from every JSON path of the report to the cell it came from.
/// </summary>
public sealed record WorkbookReadResult(UnitReport? Report, IReadOnlyList<Finding> Findings, CellMap Cells)
{
    public WorkbookMetadata Metadata { get; init; } = new(null, null, null);
    public bool IsReadable => Report is not null;

    /// <summary>Gives findings of the rulesets their sheet and cell (and the file name).</summary>
    public IReadOnlyList<Finding> Locate(IEnumerable<Finding> findings, string? fileName = null) =>
        findings.Select(f => Cells.Locate(f) with { File = fileName ?? f.File }).ToList();
}
