using OfficeReview.Domain.Documents;

namespace OfficeReview.OpenXml.Documents;

public enum CompositionProblemKind
{
    /// <summary>A content control's tag names no field of the data (a tag the document kind does not know, or a missing value).</summary>
    UnknownTag,
    /// <summary>A field of the data is used by no content control of the template (the control was deleted or retagged).</summary>
    MissingField,
    /// <summary>The value does not fit the control (a list for a plain text control, text for a repeating section…).</summary>
    WrongType,
    /// <summary>The template could not be opened as a Word document, or breaks a bound (size, depth, items).</summary>
    TemplateUnreadable,
    /// <summary>A bound on the data was exceeded (list items, nesting depth).</summary>
    TooLarge,
    /// <summary>Something a party document does not need was removed from a user template (macros, external links, …).</summary>
    Removed,
}

public enum ProblemSeverity { Error, Warning }

/// <summary>One problem found while filling a template: what, which tag, where (part and position), in Vietnamese.</summary>
public sealed record CompositionProblem(CompositionProblemKind Kind, ProblemSeverity Severity, string Tag, string Location, string Message);

public sealed record CompositionResult(byte[]? Document, IReadOnlyList<CompositionProblem> Problems)
{
    public bool HasErrors => Document is null || Problems.Any(p => p.Severity == ProblemSeverity.Error);
}


public sealed record CompositionOptions
{
    /// <summary>Unwrap every content control (keeping its content) in the output: a plain document.</summary>
    public bool RemoveContentControls { get; init; }
    /// <summary>Overrides the template's margins when set.</summary>
    public MarginsMm? Margins { get; init; }

    public long MaxTemplateBytes { get; init; } = 20 * 1024 * 1024;
    public int MaxListItems { get; init; } = 100_000;
    public int MaxDepth { get; init; } = 16;
}
