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
}
