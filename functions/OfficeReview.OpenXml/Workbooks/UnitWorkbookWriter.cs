using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks;

/// <summary>
/// Writes a unit's report as the official unit workbook (templates/bieu-don-vi.xlsx filled in): values in the named
/// cells, the member list in table OR_MemberList (its ref sized to the rows), percentage formulas kept unless the
/// report states a percentage, full recalculation when Excel/LibreOffice opens it.
/// </summary>
public static class UnitWorkbookWriter
{
    public static void Write(UnitReport report, Stream output, RulesetParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var p = parameters ?? Rulesets.ForYear(report.Year).Parameters;
        // Build fully in memory first: a failure never leaves half a workbook in the output.
        using var buffer = new MemoryStream();
        XlsxPackageWriter.Write(WorkbookLayout.Unit(report, p), buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public static byte[] Write(UnitReport report, RulesetParameters? parameters = null)
    {
        using var ms = new MemoryStream();
        Write(report, ms, parameters);
        return ms.ToArray();
    }
}

/// <summary>
/// Writes the upper level's consolidated workbook (templates/bieu-tong-hop.xlsx filled in): the parent's figures in
/// the same named cells as a unit workbook (so it can itself be sent up and read), one row per subordinate and a
/// "Cộng" row per block on "Theo đơn vị", and every source file on "Nguồn" (table OR_Sources).
/// </summary>
public static class ConsolidatedWorkbookWriter
{
    public static void Write(UnitReport parent, IReadOnlyList<ConsolidatedSource> children, Stream output, RulesetParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(children);
        var p = parameters ?? Rulesets.ForYear(parent.Year).Parameters;
        using var buffer = new MemoryStream();
        XlsxPackageWriter.Write(WorkbookLayout.Consolidated(parent, children, p), buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
