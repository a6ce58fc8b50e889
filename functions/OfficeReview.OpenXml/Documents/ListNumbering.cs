using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeReview.OpenXml.Documents;

/// <summary>
/// The "-" bullet and "1." list definitions the generated templates carry (the composer reuses them).
/// </summary>
internal static class ListNumbering
{
    public const string NumberingPartId = "rIdNumbering";

    internal static AbstractNum CreateAbstract(int id, NumberFormatValues format, string text) =>
        new(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelSuffix { Val = LevelSuffixValues.Space },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "0", FirstLine = "720" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }))
            { LevelIndex = 0 })
        { AbstractNumberId = id };

}
