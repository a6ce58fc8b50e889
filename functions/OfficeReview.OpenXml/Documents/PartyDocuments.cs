using OfficeReview.Domain.Documents;

namespace OfficeReview.OpenXml.Documents;

/// <summary>Fills the party-format template of a document kind with its fields (built by <see cref="DocumentContent"/>).</summary>
public static class PartyDocuments
{
    public static TemplateKind TemplateOf(DocumentKind kind) => kind switch
    {
        DocumentKind.KeHoach => TemplateKind.KeHoach,
        DocumentKind.BaoCao => TemplateKind.BaoCao,
        DocumentKind.ThongBaoKetQua => TemplateKind.ThongBaoKetQua,
        _ => TemplateKind.CongVan,
    };

    /// <summary>
    /// Composes the document. <paramref name="template"/> is a (possibly user-edited) template file; null uses the
    /// built-in one (identical to the committed templates/*.docx).
    /// </summary>
    /// <remarks>
    /// A user template is cleaned first (<see cref="TemplateSanitizer"/>): what a party document does not need is
    /// removed, each removal is a warning of kind <see cref="CompositionProblemKind.Removed"/>, and the document is composed
    /// from the cleaned package only. A template that cannot be cleaned (not a .docx, a damaged zip) is an error.
    /// </remarks>
    public static CompositionResult Compose(DocumentKind kind, DocumentMeta meta, FieldRecord fields, byte[]? template = null, bool removeContentControls = false)
    {
        var options = new CompositionOptions
        {
            Margins = meta.Margins,
            RemoveContentControls = removeContentControls,
        };
        if (template is null) return TemplateComposer.Compose(PartyTemplateGenerator.Generate(TemplateOf(kind)), fields, options);
        if (template.LongLength > options.MaxTemplateBytes) return TemplateComposer.Compose(template, fields, options); // reports the bound
        var clean = TemplateSanitizer.Sanitize(template);
        var removals = clean.Removed.Select(r => new CompositionProblem(CompositionProblemKind.Removed, ProblemSeverity.Warning, "", r.Where, r.Message)).ToList();
        if (clean.Package is null)
            return new CompositionResult(null, [.. removals, new CompositionProblem(CompositionProblemKind.TemplateUnreadable, ProblemSeverity.Error, "", "mẫu",
                $"Không đọc được tệp mẫu Word: {clean.Error}")]);
        var composed = TemplateComposer.Compose(clean.Package, fields, options);
        return composed with { Problems = [.. removals, .. composed.Problems] };
    }
}
