using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Input;

namespace OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>
/// Bounds on an untrusted workbook: the input layer's <see cref="InputLimits"/> (configuration section Limits:Input),
/// of which the bounds the workbook reader uses directly can be set here too (the older keys Limits:Workbook:*). Each
/// is named with its configuration key in the message when exceeded.
/// </summary>
public sealed record WorkbookLimits
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = InputLimits.Default.MaxFileBytes;
    /// <summary>Largest total size of the unzipped parts, in bytes (zip bombs).</summary>
    public long MaxExpandedBytes { get; init; } = InputLimits.Default.MaxExpandedBytes;
    /// <summary>Most entries in the zip.</summary>
    public int MaxEntries { get; init; } = InputLimits.Default.MaxEntries;
    /// <summary>Most rows read on one worksheet.</summary>
    public int MaxRows { get; init; } = InputLimits.Default.MaxRows;
    /// <summary>
    /// Most cells (&lt;c&gt; elements) scanned over the sheets of a workbook. Memory does not grow with it (only the
    /// form's cells are kept) but time does; a full member list of 200,000 rows has about 3,000,000.
    /// </summary>
    public long MaxCells { get; init; } = InputLimits.Default.MaxCells;
    /// <summary>Most entries of the shared string table.</summary>
    public int MaxSharedStrings { get; init; } = InputLimits.Default.MaxSharedStrings;
    /// <summary>Most defined names in workbook.xml (the form has about 150).</summary>
    public int MaxDefinedNames { get; init; } = InputLimits.Default.MaxDefinedNames;
    /// <summary>Most findings listed for one workbook; the rest are counted in one closing finding.</summary>
    public int MaxFindings { get; init; } = InputLimits.Default.MaxFindings;
    /// <summary>Every other bound of the input layer (part size, ratio, XML depth and lengths, string length).</summary>
    public InputLimits Input { get; init; } = InputLimits.Default;

    public static WorkbookLimits Default { get; } = new();

    /// <summary>The workbook bounds taken from the input layer's limits.</summary>
    public static WorkbookLimits From(InputLimits input) => new()
    {
        MaxFileBytes = input.MaxFileBytes,
        MaxExpandedBytes = input.MaxExpandedBytes,
        MaxEntries = input.MaxEntries,
        MaxRows = input.MaxRows,
        MaxCells = input.MaxCells,
        MaxSharedStrings = input.MaxSharedStrings,
        MaxDefinedNames = input.MaxDefinedNames,
        MaxFindings = input.MaxFindings,
        Input = input,
    };

    /// <summary>The input layer's limits with the bounds of this record in force.</summary>
    public InputLimits EffectiveInput => Input with
    {
        MaxFileBytes = MaxFileBytes,
        MaxExpandedBytes = MaxExpandedBytes,
        MaxEntries = MaxEntries,
        MaxRows = MaxRows,
        MaxCells = MaxCells,
        MaxSharedStrings = MaxSharedStrings,
        MaxDefinedNames = MaxDefinedNames,
        MaxFindings = MaxFindings,
    };

    /// <summary>The value of a bound, its unit and its configuration key ("30 dòng trên một trang tính (Limits:Input:MaxRows)").</summary>
    public string Describe(string property) => EffectiveInput.Describe(property);
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
