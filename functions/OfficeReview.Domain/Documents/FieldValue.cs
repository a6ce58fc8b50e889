namespace OfficeReview.Domain.Documents;

/// <summary>
/// The data that fills a document template: a small tree. Each content control of the template is tagged with a
/// field name and receives one value: plain text, rich text (paragraphs of formatted runs, lists), a boolean (a
/// conditional block kept or removed) or a list of records (a repeating section; each record fills one copy).
/// </summary>
public abstract record FieldValue
{
    public abstract string TypeName { get; }

    public static implicit operator FieldValue(string text) => new TextValue(text);
    public static implicit operator FieldValue(bool value) => new BoolValue(value);
}

/// <summary>Plain text; "\n" starts a new line (a line break inside the same paragraph).</summary>
public sealed record TextValue(string Text) : FieldValue
{
    public override string TypeName => "văn bản";
}

/// <summary>A conditional block: true keeps its content, false removes it.</summary>
public sealed record BoolValue(bool Value) : FieldValue
{
    public override string TypeName => "đúng/sai";
}

/// <summary>A repeating section: one copy of the template content per record.</summary>
public sealed record ListValue(IReadOnlyList<FieldRecord> Items) : FieldValue
{
    public override string TypeName => "danh sách";
}

/// <summary>Rich text: paragraphs, each of formatted runs, optionally a bullet or numbered list item or a heading.</summary>
public sealed record RichTextValue(IReadOnlyList<RichParagraph> Paragraphs) : FieldValue
{
    public override string TypeName => "văn bản định dạng";

    public static RichTextValue Of(params RichParagraph[] paragraphs) => new(paragraphs);
}

public enum ParagraphKind
{
    /// <summary>Formatted like the template's paragraph inside the control.</summary>
    Body,
    /// <summary>A bullet list item ("-" bullet, the Party habit).</summary>
    Bullet,
    /// <summary>An item of a numbered list (1., 2., …); consecutive items form one list, restarting after any other paragraph.</summary>
    Numbered,
    /// <summary>A bold heading without first-line indent ("I- MỤC ĐÍCH, YÊU CẦU", "1. Tổ chức đảng").</summary>
    Heading,
}

public enum ParagraphAlignment { Inherit, Left, Center, Right, Justify }

public sealed record RichParagraph(IReadOnlyList<RichRun> Runs, ParagraphKind Kind = ParagraphKind.Body)
{
    public ParagraphAlignment Alignment { get; init; } = ParagraphAlignment.Inherit;
    /// <summary>Left indent in millimetres (null: as the template); also cancels the first-line indent.</summary>
    public decimal? IndentMm { get; init; }

    public string PlainText => string.Concat(Runs.Select(r => r.Text));

    public static RichParagraph Text(string text, ParagraphKind kind = ParagraphKind.Body) => new([new RichRun(text)], kind);
    public static RichParagraph Heading(string text) => new([new RichRun(text) { Bold = true }], ParagraphKind.Heading);
    public static RichParagraph Bullet(string text) => new([new RichRun(text)], ParagraphKind.Bullet);
    public static RichParagraph Numbered(string text) => new([new RichRun(text)], ParagraphKind.Numbered);
}

public sealed record RichRun(string Text)
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool Underline { get; init; }
}

/// <summary>A record: field name → value. Names are matched exactly (case-sensitive) against content control tags.</summary>
public sealed class FieldRecord
{
    private readonly Dictionary<string, FieldValue> _fields = new(StringComparer.Ordinal);

    public FieldRecord() { }

    public FieldRecord(IEnumerable<KeyValuePair<string, FieldValue>> fields)
    {
        foreach (var (k, v) in fields) _fields[k] = v;
    }

    public FieldValue? this[string name]
    {
        get => _fields.GetValueOrDefault(name);
        set
        {
            if (value is null) _fields.Remove(name);
            else _fields[name] = value;
        }
    }

    public IEnumerable<string> Names => _fields.Keys;
    public int Count => _fields.Count;

    public bool TryGet(string name, out FieldValue value) => _fields.TryGetValue(name, out value!);

    public FieldRecord Set(string name, FieldValue value)
    {
        _fields[name] = value;
        return this;
    }

    public static ListValue List(IEnumerable<FieldRecord> items) => new(items.ToList());
}
