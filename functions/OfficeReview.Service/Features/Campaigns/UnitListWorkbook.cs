using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Input;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// A unit list kept as a plain worksheet (.xlsx): the first worksheet, the first non-empty row as header (the same
/// headers as the CSV list: code/ma, name/ten, kind/loai, category/loai_hinh, parent/ma_cap_tren). Read by streaming
/// through the bounded input layer (<see cref="FirstSheetRows"/>); never throws.
/// </summary>
internal static class UnitListWorkbook
{
    /// <summary>The rows of the first worksheet (row number, cell texts by column), or null when the file is not such a list.</summary>
    public static List<(int Line, List<string>? Cells)>? Rows(byte[] bytes, int maxRows = UnitListImport.MaxUnits + 10, InputLimits? limits = null) =>
        FirstSheetRows.Read(bytes, "", limits, maxRows).Rows?.ToList();

    public static UnitListRead Read(byte[] bytes, string fileName, InputLimits? limits = null)
    {
        var read = FirstSheetRows.Read(bytes, fileName, limits, UnitListImport.MaxUnits + 10);
        if (read.Rows is not { } rows)
            return new UnitListRead([], [Finding.Error(UnitListImport.Unreadable, "",
                $"{read.Error} Tệp {fileName} không đọc được như một bảng tính danh sách đơn vị.") with { File = fileName }]);
        return UnitListImport.ReadRows(rows, fileName, "Dòng", cells: true);
    }

    /// <summary>
    /// True when the first worksheet's first non-empty row names the code and kind columns — or when the workbook
    /// breaks a bound of the input layer (its depth, size, encoding), so that the import reports that reason rather
    /// than reading the file again as a report.
    /// </summary>
    public static bool IsUnitList(byte[] bytes, InputLimits? limits = null)
    {
        var read = FirstSheetRows.Read(bytes, "", limits, maxRows: 20);
        if (read.Rows is null) return FindingCatalogue.Find(read.Code)?.Area == FindingArea.Input && read.Code != InputCodes.WrongType;
        var header = read.Rows.FirstOrDefault(r => r.Cells is { Count: > 0 } c && c.Any(x => x.Length > 0)).Cells;
        return header is not null && UnitListImport.HasUnitHeader(header);
    }
}
