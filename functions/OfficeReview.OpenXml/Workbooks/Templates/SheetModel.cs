using System.Globalization;

namespace OfficeReview.OpenXml.Workbooks.Templates;

/// <summary>A cell of the in-memory workbook model: text, number, boolean-as-text, or formula with its cached value.</summary>
internal sealed record CellModel(uint Style, string? Text = null, string? Number = null, string? Formula = null, string? CachedText = null, string? CachedNumber = null)
{
    public static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    public static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}

internal sealed record DataValidationModel(string Sqref, string ListFormula, string Prompt);

internal sealed record TableModel(string Name, int HeaderRow, int FirstColumn, int DataRows, IReadOnlyList<string> Columns, int StyleRow = 0)
{
    public int LastRow => HeaderRow + Math.Max(1, DataRows);
    public string Ref => $"{Cells.Address(HeaderRow, FirstColumn)}:{Cells.Address(LastRow, FirstColumn + Columns.Count - 1)}";
}

/// <summary>One worksheet being built: cells, widths, merges, validation lists, protection, print setup, at most one table.</summary>
internal sealed class SheetModel(string name)
{
    public string Name { get; } = name;
    public bool Hidden { get; init; }
    public bool Protect { get; init; } = true;
    public bool Landscape { get; init; } = true;
    public SortedDictionary<int, SortedDictionary<int, CellModel>> Rows { get; } = [];
    public SortedDictionary<int, double> Widths { get; } = [];
    public Dictionary<int, double> Heights { get; } = [];
    public List<string> Merges { get; } = [];
    public List<DataValidationModel> Validations { get; } = [];
    public TableModel? Table { get; set; }
    /// <summary>Rows repeated at the top of every printed page ("5:6").</summary>
    public string? PrintTitleRows { get; set; }
    /// <summary>Freeze panes below this row (0 = none).</summary>
    public int FreezeRow { get; set; }

    public void Set(int row, int col, CellModel cell)
    {
        if (!Rows.TryGetValue(row, out var cells)) Rows[row] = cells = [];
        cells[col] = cell;
    }

    public CellModel? Get(int row, int col) =>
        Rows.TryGetValue(row, out var cells) && cells.TryGetValue(col, out var c) ? c : null;

    public void Text(int row, int col, string text, uint style) => Set(row, col, new CellModel(style, Text: text));
    public void Blank(int row, int col, uint style) => Set(row, col, new CellModel(style));

    /// <summary>Merges a range and gives every cell of it the style (so borders show on all of it).</summary>
    public void Merge(int row1, int col1, int row2, int col2, string? text, uint style)
    {
        for (var r = row1; r <= row2; r++)
            for (var c = col1; c <= col2; c++)
                if (Get(r, c) is null || (r == row1 && c == col1)) Set(r, c, new CellModel(style));
        if (text is not null) Text(row1, col1, text, style);
        if (row1 != row2 || col1 != col2) Merges.Add($"{Cells.Address(row1, col1)}:{Cells.Address(row2, col2)}");
    }

    public int MaxRow => Rows.Count == 0 ? 1 : Rows.Keys.Max();
    public int MaxCol => Rows.Count == 0 ? 1 : Rows.Values.Where(r => r.Count > 0).Select(r => r.Keys.Max()).DefaultIfEmpty(1).Max();
}

/// <summary>Cell addresses: (row 12, column 3) ⇄ "C12", absolute references for defined names.</summary>
public static class Cells
{
    public static string Column(int col)
    {
        var s = "";
        while (col > 0) { var m = (col - 1) % 26; s = (char)('A' + m) + s; col = (col - 1) / 26; }
        return s;
    }

    public static string Address(int row, int col) => Column(col) + row.ToString(CultureInfo.InvariantCulture);

    public static string Absolute(int row, int col) => $"${Column(col)}${row.ToString(CultureInfo.InvariantCulture)}";

    public static string QuoteSheet(string sheet) => "'" + sheet.Replace("'", "''") + "'";

    /// <summary>Parses "C12" / "$C$12" into (row, column); false when it is not a single cell reference.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int row, out int col)
    {
        row = 0; col = 0;
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        var start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            col = col * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            i++;
            if (col > 16384) return false;
        }
        if (i == start) return false;
        if (i < text.Length && text[i] == '$') i++;
        var digits = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            row = row * 10 + (text[i] - '0');
            i++;
            if (row > 1_048_576) return false;
        }
        return i == text.Length && i > digits && row > 0;
    }
}
