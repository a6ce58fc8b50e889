using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeReview.OpenXml.Documents;

/// <summary>The paragraph, run and cell pieces both party-format writers (templates and review forms) build from.</summary>
internal static class WordPrimitives
{
    /// <summary>A paragraph aligned <paramref name="align"/>; a <see cref="SpacingBetweenLines"/> among the content becomes its spacing.</summary>
    public static Paragraph Para(JustificationValues align, params OpenXmlElement[] content)
    {
        var pPr = new ParagraphProperties();
        foreach (var spacing in content.OfType<SpacingBetweenLines>()) pPr.SpacingBetweenLines = (SpacingBetweenLines)spacing.CloneNode(true);
        pPr.Justification = new Justification { Val = align };
        var p = new Paragraph(pPr);
        foreach (var c in content.Where(c => c is not SpacingBetweenLines)) p.AppendChild(c);
        return p;
    }

    /// <summary>A run of text (spaces kept), with the given emphasis and size in half-points.</summary>
    public static Run Run(string text, bool bold = false, bool italic = false, bool underline = false, int? size = null)
    {
        var props = new RunProperties();
        if (bold) props.Bold = new Bold();
        if (italic) props.Italic = new Italic();
        if (underline) props.Underline = new Underline { Val = UnderlineValues.Single };
        if (size is { } s)
        {
            props.FontSize = new FontSize { Val = s.ToString(CultureInfo.InvariantCulture) };
            props.FontSizeComplexScript = new FontSizeComplexScript { Val = s.ToString(CultureInfo.InvariantCulture) };
        }
        var run = new Run();
        if (props.HasChildren) run.AppendChild(props);
        run.AppendChild(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A cell's width in twentieths of a point.</summary>
    public static TableCellProperties CellProps(int width) =>
        new(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    /// <summary>The default table style ("Normal Table"): no vertical cell margins, 108 twips left and right.</summary>
    public static Style TableNormalStyle() => new(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
        new StyleTableProperties(new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    { Type = StyleValues.Table, StyleId = "TableNormal", Default = true };

    /// <summary>Document settings: 100% zoom, half-inch tabs, Word 2013+ compatibility.</summary>
    public static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    /// <summary>A header with the page number centred (a PAGE field).</summary>
    public static Header PageNumberHeader() => new(
        new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
}
