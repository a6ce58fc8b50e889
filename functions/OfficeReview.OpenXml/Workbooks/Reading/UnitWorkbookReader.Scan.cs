using static OfficeReview.OpenXml.Workbooks.Reading.FastXml;

namespace OfficeReview.OpenXml.Workbooks.Reading;

public static partial class UnitWorkbookReader
{
    private sealed partial class Session
    {
        /// <summary>
        /// Reads the wanted cells and the table rows of one worksheet with <see cref="FastXml"/>; false when the part
        /// needs XmlReader instead (nothing read then counts).
        /// </summary>
        private bool ScanSheet(byte[] b, SheetInfo sheet)
        {
            if (b.Length >= 2 && (b[0] == 0xFF || b[0] == 0xFE)) return false;
            var pos = 0;
            var rowIndex = 0;
            var colIndex = 0;
            var rows = 0;
            RawCell? current = null;
            RawCell[]? tableRow = null;
            var inInline = false;
            var inPhonetic = false;
            while (NextTag(b, ref pos, out var tag, out _))
            {
                var name = tag.Name;
                if (name.Length == 1 && name[0] == (byte)'c')
                {
                    if (tag.End) { current = null; continue; }
                    int col;
                    if (Attribute(b, tag, "r"u8, out var reference) && TryParseCell(reference, out var rr, out var cc)) { col = cc; rowIndex = rr; }
                    else col = colIndex + 1;
                    colIndex = col;
                    current = null;
                    inInline = false;
                    current = sheet.Target(rowIndex, col, ref tableRow);
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
                    if (++rows > limits.MaxRows)
                        throw new WorkbookStopException(TooManyRows, $"có hơn {limits.Describe(nameof(WorkbookLimits.MaxRows))} (trang \"{sheet.Name}\")");
                    rowIndex = Attribute(b, tag, "r"u8, out var ra) && TryParseInt(ra, out var ri) ? ri : rowIndex + 1;
                    colIndex = 0;
                    tableRow = null;
                    current = null;
                }
                else if (current is null) continue;
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
            return pos >= b.Length;
        }
    }
}
