using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeReview.OpenXml.Documents;

/// <summary>
/// Bullet and numbered list definitions for rich text: reuses the template's "-" bullet and "1." definitions when
/// present (see <see cref="PartyTemplateGenerator"/>), otherwise adds them; each numbered list gets its own w:num
/// restarting at 1.
/// </summary>
internal sealed class ListNumbering(WordprocessingDocument doc)
{
    public const string NumberingPartId = "rIdNumbering";
    private Numbering? _numbering;
    private int? _bulletNum;
    private int? _decimalAbstract;
    private bool _changed;

    private Numbering Root()
    {
        if (_numbering is not null) return _numbering;
        var main = doc.MainDocumentPart!;
        var part = main.NumberingDefinitionsPart ?? main.AddNewPart<NumberingDefinitionsPart>(NumberingPartId);
        part.Numbering ??= new Numbering();
        _numbering = part.Numbering;
        return _numbering;
    }

    public int BulletNumId()
    {
        if (_bulletNum is { } id) return id;
        var numbering = Root();
        var abstractId = FindAbstract(numbering, NumberFormatValues.Bullet) ?? AddAbstract(numbering, NumberFormatValues.Bullet, "-");
        var existing = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.AbstractNumId?.Val?.Value == abstractId && !n.Elements<LevelOverride>().Any());
        _bulletNum = existing?.NumberID?.Value ?? AddInstance(numbering, abstractId, restart: false);
        return _bulletNum.Value;
    }

    public int NewNumberedListId()
    {
        var numbering = Root();
        _decimalAbstract ??= FindAbstract(numbering, NumberFormatValues.Decimal) ?? AddAbstract(numbering, NumberFormatValues.Decimal, "%1.");
        return AddInstance(numbering, _decimalAbstract.Value, restart: true);
    }

    private static int? FindAbstract(Numbering numbering, NumberFormatValues format) =>
        numbering.Elements<AbstractNum>()
            .FirstOrDefault(a => a.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == 0)?.NumberingFormat?.Val?.Value == format)
            ?.AbstractNumberId?.Value;

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

    private int AddAbstract(Numbering numbering, NumberFormatValues format, string text)
    {
        var id = numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(-1).Max() + 1;
        var abs = CreateAbstract(id, format, text);
        // Schema order: every w:abstractNum before the first w:num.
        var firstNum = numbering.GetFirstChild<NumberingInstance>();
        if (firstNum is not null) firstNum.InsertBeforeSelf(abs);
        else numbering.AppendChild(abs);
        _changed = true;
        return id;
    }

    private int AddInstance(Numbering numbering, int abstractId, bool restart)
    {
        var id = numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        var num = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (restart) num.AppendChild(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        numbering.AppendChild(num);
        _changed = true;
        return id;
    }

    public void Save()
    {
        if (_changed) _numbering?.Save();
    }
}
