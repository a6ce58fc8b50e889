using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Rules;
using static OfficeReview.OpenXml.Workbooks.Reading.FastXml;

namespace OfficeReview.OpenXml.Workbooks.Reading;

public static partial class UnitWorkbookReader
{
    /// <summary>The last column (XFD) and row of a worksheet.</summary>
    internal const int GridColumns = 16_384;
    internal const int GridRows = 1_048_576;

    /// <summary>Damage findings of one kind kept per sheet; the rest are counted in one closing finding.</summary>
    private const int DamageFindingsPerSheet = 20;

    /// <summary>
    /// Where a worksheet's reading is: the current row and column, the row of the member table being filled, and the
    /// counts checked against the limits. Shared by the byte scanner and the XmlReader fallback so both accept the same
    /// grid: rows and cells inside A1:XFD1048576, rows ascending, cells ascending within their row. What breaks that is
    /// damage, reported at the sheet (and the cell when it has one), never silently read somewhere else.
    /// </summary>
    private sealed class SheetCursor(Session session, SheetInfo sheet, WorkbookLimits limits, long cellsBefore)
    {
        public readonly List<Finding> Damage = [];
        private int _damageDropped;
        private int _rows;
        public long Cells;
        private int _row;           // current row, 0 before the first, -1 when the current row is unusable
        private bool _rowExplicit;
        private int _lastRow;       // the last row that received cells
        private int _declared;      // the last row number given or implied by a <row>
        private int _col;
        private RawCell[]? _tableRow;

        /// <summary>A &lt;row&gt;: <paramref name="r"/> &gt; 0 its number, 0 when absent, &lt; 0 when unreadable (<paramref name="text"/> says what).</summary>
        public void Row(int r, string? text)
        {
            if (++_rows > limits.MaxRows)
                throw new WorkbookStopException(TooManyRows, $"có hơn {limits.Describe(nameof(WorkbookLimits.MaxRows))} (trang \"{sheet.Name}\")");
            _col = 0;
            _tableRow = null;
            _rowExplicit = r != 0;
            if (r < 0 || r > GridRows)
            {
                Report(null, $"dòng có số hiệu \"{Short(text ?? r.ToString(System.Globalization.CultureInfo.InvariantCulture))}\" nằm ngoài bảng tính (dòng 1 đến {VietnameseFormat.Count(GridRows)}); các ô của dòng này không đọc được");
                _row = -1;
                return;
            }
            if (r == 0) { _row = _row < 0 ? -1 : Math.Max(_declared, _lastRow) + 1; _declared = Math.Max(_row, _declared); return; }
            if (r <= _lastRow)
            {
                Report(Templates.Cells.Address(r, 1), $"dòng {r} lặp lại hoặc không theo thứ tự (sau dòng {_lastRow}); các ô của dòng này không đọc được");
                _row = -1;
                return;
            }
            _row = r;
            _declared = Math.Max(_declared, r);
        }

        /// <summary>
        /// A &lt;c&gt;: (<paramref name="row"/>, <paramref name="col"/>) from its reference, (0, 0) when it has none,
        /// negative when unreadable. Returns the cell to fill, or null to skip it.
        /// </summary>
        public RawCell? Cell(int row, int col, string? text)
        {
            if (++Cells + cellsBefore > limits.MaxCells)
                throw new WorkbookStopException(TooManyCells, $"có hơn {limits.Describe(nameof(WorkbookLimits.MaxCells))}");
            if (row < 0 || col < 0 || row > GridRows || col > GridColumns)
            {
                text ??= row > 0 && col > 0 ? Templates.Cells.Address(row, col) : "";
                Report(null, $"ô có địa chỉ \"{Short(text)}\" nằm ngoài bảng tính (cột A đến XFD, dòng 1 đến {VietnameseFormat.Count(GridRows)}); giá trị của ô không đọc được");
                return null;
            }
            if (_row == 0 && !_rowExplicit && row == 0) { Report(null, "có ô nằm ngoài mọi dòng; giá trị của ô không đọc được"); return null; }
            if (_row < 0) return null;
            if (row == 0) { row = _row; col = _col + 1; }
            else if (row != _row)
            {
                // A row without its own number takes the number of its first cell.
                if (!_rowExplicit && _col == 0 && row > _lastRow) _row = row;
                else
                {
                    Report(Templates.Cells.Address(row, col), $"ô {Templates.Cells.Address(row, col)} ghi trong dòng {_row}; giá trị của ô không đọc được");
                    return null;
                }
            }
            if (col > GridColumns)
            {
                Report(null, $"dòng {row} có hơn {VietnameseFormat.Count(GridColumns)} ô (quá cột XFD); giá trị của ô không đọc được");
                return null;
            }
            if (col <= _col)
            {
                Report(Templates.Cells.Address(row, col), $"ô {Templates.Cells.Address(row, col)} ghi lặp lại hoặc không theo thứ tự trong dòng {row}; chỉ đọc ô ghi trước");
                return null;
            }
            _col = col;
            _lastRow = row;
            return sheet.Target(row, col, ref _tableRow);
        }

        private bool _dimensionSeen;

        /// <summary>The sheet's &lt;dimension ref&gt;: a range larger than a form can be is reported (once), nothing is sized from it.</summary>
        public void Dimension(string? reference)
        {
            if (_dimensionSeen || reference is null) return;
            _dimensionSeen = true;
            if (reference.Split(':') is [var a, var b] && Templates.Cells.TryParse(a, out var r1, out var c1) && Templates.Cells.TryParse(b, out var r2, out var c2)
                && session.AbsurdRange(sheet.Name, "kích thước khai báo của trang tính (dimension)", reference, r1, c1, r2, c2) is { } f)
                Damage.Add(f);
        }

        private void Report(string? cell, string what)
        {
            if (Damage.Count >= DamageFindingsPerSheet) { _damageDropped++; return; }
            Damage.Add(Finding.Error(DamagedCell, "", $"Tệp {session.FileName}, trang tính \"{sheet.Name}\"{(cell is null ? "" : $", ô {cell}")}: {what}. Hãy mở tệp bằng Excel và lưu lại.")
                with
            { File = session.FileName, Sheet = sheet.Name, Cell = cell });
        }

        /// <summary>The damage findings, with one more counting those not listed.</summary>
        public IEnumerable<Finding> Findings()
        {
            foreach (var f in Damage) yield return f;
            if (_damageDropped > 0)
                yield return Finding.Error(DamagedCell, "", $"Tệp {session.FileName}, trang tính \"{sheet.Name}\": còn {VietnameseFormat.Count(_damageDropped)} chỗ hỏng khác như trên.")
                    with
                { File = session.FileName, Sheet = sheet.Name };
        }
    }

    private sealed partial class Session
    {
        /// <summary>
        /// Reads the wanted cells and the table rows of one worksheet with <see cref="FastXml"/>; false when the part
        /// needs XmlReader instead (nothing read then counts).
        /// </summary>
        private static bool ScanSheet(byte[] b, SheetCursor cursor)
        {
            if (!Scannable(b)) return false;
            var pos = 0;
            RawCell? current = null;
            var inInline = false;
            var inPhonetic = false;
            var nesting = new Nesting();
            try
            {
                while (NextTag(b, ref pos, out var tag, out _))
                {
                    nesting.Visit(b, tag);
                    var name = tag.Name;
                    if (name.Length == 1 && name[0] == (byte)'c')
                    {
                        if (tag.End) { current = null; continue; }
                        current = null;
                        inInline = false;
                        if (Attribute(b, tag, "r"u8, out var reference))
                            current = TryParseCell(reference, out var rr, out var cc)
                                ? cursor.Cell(rr, cc, null)
                                : cursor.Cell(-1, -1, System.Text.Encoding.UTF8.GetString(reference));
                        else current = cursor.Cell(0, 0, null);
                        if (current is null) continue;
                        current.Present = true;
                        if (!Attribute(b, tag, "t"u8, out var t) || t.SequenceEqual("n"u8)) current.Kind = CellKind.Number;
                        else if (t.SequenceEqual("s"u8)) current.Kind = CellKind.SharedString;
                        else if (t.SequenceEqual("b"u8)) current.Kind = CellKind.Bool;
                        else if (t.SequenceEqual("e"u8)) current.Kind = CellKind.Error;
                        else current.Kind = CellKind.Text;
                        if (tag.Empty) { current.Kind = CellKind.Empty; current = null; }
                    }
                    else if (name.Length == 3 && name.SequenceEqual("row"u8))
                    {
                        if (tag.End) continue;
                        if (Attribute(b, tag, "r"u8, out var ra))
                        {
                            if (TryParseInt(ra, out var ri) && ri > 0) cursor.Row(ri, null);
                            else cursor.Row(-1, System.Text.Encoding.UTF8.GetString(ra));
                        }
                        else cursor.Row(0, null);
                        current = null;
                    }
                    else if (current is null)
                    {
                        if (!tag.End && name.SequenceEqual("dimension"u8) && Attribute(b, tag, "ref"u8, out var dimension))
                            cursor.Dimension(System.Text.Encoding.UTF8.GetString(dimension));
                        continue;
                    }
                    else if (name.Length == 1 && name[0] == (byte)'v')
                    {
                        if (!tag.End) current.Value = tag.Empty ? "" : FastXml.Text(b, ref pos);
                    }
                    else if (name.Length == 1 && name[0] == (byte)'f')
                    {
                        if (!tag.End) current.Formula = true;
                    }
                    else if (name.Length == 2 && name.SequenceEqual("is"u8))
                    {
                        if (!tag.End) { inInline = true; current.Value = null; current.Kind = CellKind.Text; }
                        else inInline = false;
                    }
                    else if (name.Length == 3 && name.SequenceEqual("rPh"u8)) inPhonetic = !tag.End && !tag.Empty;
                    else if (name.Length == 1 && name[0] == (byte)'t' && inInline && !inPhonetic && !tag.End && !tag.Empty)
                    {
                        var text = FastXml.Text(b, ref pos);
                        current.Value = current.Value is null ? text : current.Value + text;
                    }
                }
            }
            catch (UnsupportedException) { return false; }
            return pos >= b.Length && nesting.Complete;
        }
    }
}
