using System.Globalization;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>A cell of a workbook: the sheet's name (as it is now) and the A1 address.</summary>
public sealed record CellAddress(string Sheet, string Cell)
{
    public override string ToString() => $"{Cells.QuoteSheet(Sheet)}!{Cell}";
}

/// <summary>
/// Where each field of a report read from a workbook came from: JSON path ("members.exempt.excused",
/// "organizations.baseOrganizations.byCategory[2].good", "memberList[41].decidedLevel") → sheet and cell. Member rows
/// are kept as table geometry (one int per member), so a 500,000-row list costs two megabytes, not a dictionary.
/// </summary>
public sealed class CellMap
{
    private readonly Dictionary<string, CellAddress> _cells = new(StringComparer.Ordinal);
    private string? _memberSheet;
    private Dictionary<string, int> _memberColumns = new(StringComparer.Ordinal);
    private List<int> _memberRows = [];

    public static CellMap Empty { get; } = new();

    internal void Add(string path, string sheet, int row, int col) => _cells[path] = new CellAddress(sheet, Cells.Address(row, col));

    internal void SetMemberTable(string sheet, Dictionary<string, int> columns, List<int> rows)
    {
        _memberSheet = sheet;
        _memberColumns = columns;
        _memberRows = rows;
    }

    public int Count => _cells.Count + _memberRows.Count * _memberColumns.Count;

    /// <summary>Every path with its cell (member rows enumerated on demand).</summary>
    public IEnumerable<KeyValuePair<string, CellAddress>> Entries
    {
        get
        {
            foreach (var e in _cells) yield return e;
            if (_memberSheet is null) yield break;
            for (var i = 0; i < _memberRows.Count; i++)
                foreach (var (key, col) in _memberColumns)
                    yield return new($"memberList[{i}].{key}", new CellAddress(_memberSheet, Cells.Address(_memberRows[i], col)));
        }
    }

    /// <summary>The cell of exactly this path.</summary>
    public CellAddress? Get(string path)
    {
        if (_cells.TryGetValue(path, out var cell)) return cell;
        if (_memberSheet is not null && path.StartsWith("memberList[", StringComparison.Ordinal))
        {
            var close = path.IndexOf(']');
            if (close > 11 && int.TryParse(path.AsSpan(11, close - 11), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _memberRows.Count)
            {
                var field = close + 2 <= path.Length ? path[(close + 2)..] : "";
                if (field.Length == 0) field = "name";
                if (_memberColumns.TryGetValue(field, out var col)) return new CellAddress(_memberSheet, Cells.Address(_memberRows[i], col));
                if (_memberColumns.TryGetValue("name", out var nameCol)) return new CellAddress(_memberSheet, Cells.Address(_memberRows[i], nameCol));
            }
        }
        return null;
    }

    /// <summary>The cell of the path, else of its closest parent that has one ("members.exempt" → members.total).</summary>
    public CellAddress? Find(string path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        for (var p = path; p.Length > 0;)
        {
            if (Get(p) is { } cell) return cell;
            if (Get(p + ".total") is { } total) return total;
            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0) break;
            p = p[..cut];
        }
        return null;
    }

    /// <summary>The finding with its sheet and cell filled in when the map knows where its field is.</summary>
    public Finding Locate(Finding finding)
    {
        if (finding.Sheet is not null) return finding;
        return Find(finding.Path) is { } cell ? finding with { Sheet = cell.Sheet, Cell = cell.Cell } : finding;
    }
}
