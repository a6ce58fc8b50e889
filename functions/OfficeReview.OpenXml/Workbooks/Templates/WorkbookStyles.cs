namespace OfficeReview.OpenXml.Workbooks.Templates;

/// <summary>The cell formats of the templates (indexes into cellXfs of styles.xml).</summary>
internal static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Title = 1;          // bold 14, centred
    public const uint Issuer = 2;         // bold, centred (top-left block)
    public const uint BoldCenter = 3;     // "Biểu số …", signature titles
    public const uint ItalicCenter = 4;   // subtitles, "(ký, ghi rõ họ tên)"
    public const uint Header = 5;         // table header: bold, bordered, grey, wrapped
    public const uint Label = 6;          // bordered text
    public const uint BoldLabel = 7;      // bordered bold text
    public const uint InputCount = 8;     // unlocked "#,##0"
    public const uint InputCountBold = 9;
    public const uint Percent = 10;       // locked, computed, "0.00"
    public const uint PercentBold = 11;
    public const uint InputText = 12;     // unlocked bordered text
    public const uint LockedText = 13;    // locked bordered grey text (metadata)
    public const uint CenterText = 14;    // bordered centred (STT, I, II…)
    public const uint Note = 15;          // italic, wrapped, no border
    public const uint InputDecimal = 16;  // unlocked "0.0#"
    public const uint ComputedCount = 17; // locked "#,##0" grey bold (totals)
    public const uint ComputedDecimal = 18; // locked "0.0#" grey
    public const uint HeaderNumber = 19;  // column numbers under headers, italic centred bordered
    public const uint LockedCenterBold = 20; // bordered, bold, centred

    /// <summary>styles.xml; <paramref name="percentDecimals"/> is the ruleset's percent precision.</summary>
    public static string Xml(int percentDecimals)
    {
        var pct = percentDecimals <= 0 ? "0" : "0." + new string('0', percentDecimals);
        const string b = "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right><top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>";
        string Xf(int numFmt, int font, int fill, int border, string? align, bool unlocked) =>
            $"<xf numFmtId=\"{numFmt}\" fontId=\"{font}\" fillId=\"{fill}\" borderId=\"{border}\" xfId=\"0\"" +
            (numFmt != 0 ? " applyNumberFormat=\"1\"" : "") + (font != 0 ? " applyFont=\"1\"" : "") +
            (fill != 0 ? " applyFill=\"1\"" : "") + (border != 0 ? " applyBorder=\"1\"" : "") +
            (align is not null ? " applyAlignment=\"1\"" : "") + (unlocked ? " applyProtection=\"1\"" : "") + ">" +
            (align is not null ? $"<alignment {align}/>" : "") + (unlocked ? "<protection locked=\"0\"/>" : "") + "</xf>";
        const string center = "horizontal=\"center\" vertical=\"center\" wrapText=\"1\"";
        const string left = "horizontal=\"left\" vertical=\"center\" wrapText=\"1\"";
        const string right = "vertical=\"center\"";
        var xfs = new[]
        {
            Xf(0, 0, 0, 0, null, false),
            Xf(0, 3, 0, 0, center, false),
            Xf(0, 1, 0, 0, center, false),
            Xf(0, 1, 0, 0, center, false),
            Xf(0, 2, 0, 0, center, false),
            Xf(0, 1, 2, 1, center, false),
            Xf(0, 0, 0, 1, left, false),
            Xf(0, 1, 0, 1, left, false),
            Xf(3, 0, 3, 1, right, true),
            Xf(3, 1, 3, 1, right, true),
            Xf(164, 0, 2, 1, right, false),
            Xf(164, 1, 2, 1, right, false),
            Xf(0, 0, 3, 1, "horizontal=\"left\" vertical=\"center\"", true),
            Xf(0, 0, 2, 1, left, false),
            Xf(0, 0, 0, 1, center, false),
            Xf(0, 2, 0, 0, "horizontal=\"left\" vertical=\"top\" wrapText=\"1\"", false),
            Xf(165, 0, 3, 1, right, true),
            Xf(3, 1, 2, 1, right, false),
            Xf(165, 0, 2, 1, right, false),
            Xf(0, 2, 2, 1, center, false),
            Xf(0, 1, 0, 1, center, false),
        };
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
               "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
               $"<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"{pct}\"/><numFmt numFmtId=\"165\" formatCode=\"0.0#\"/></numFmts>" +
               "<fonts count=\"4\">" +
               "<font><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>" +
               "<font><b/><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>" +
               "<font><i/><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>" +
               "<font><b/><sz val=\"14\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>" +
               "</fonts>" +
               "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>" +
               "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEDEDED\"/><bgColor indexed=\"64\"/></patternFill></fill>" +
               "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF9E5\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>" +
               $"<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>{b}</borders>" +
               "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
               $"<cellXfs count=\"{xfs.Length}\">{string.Concat(xfs)}</cellXfs>" +
               "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" +
               "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>" +
               "</styleSheet>";
    }
}
