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
        DocumentKind.QuyetDinh => TemplateKind.QuyetDinh,
        _ => TemplateKind.CongVan,
    };

    /// <summary>
    /// Composes the document. <paramref name="template"/> is a (possibly user-edited) template file; null uses the
    /// built-in one (identical to the committed templates/*.docx).
    /// </summary>
    public static CompositionResult Compose(DocumentKind kind, DocumentMeta meta, FieldRecord fields, byte[]? template = null, bool removeContentControls = false)
    {
        template ??= PartyTemplateGenerator.Generate(TemplateOf(kind));
        return TemplateComposer.Compose(template, fields, new CompositionOptions
        {
            Margins = meta.Margins,
            RemoveContentControls = removeContentControls,
        });
    }
}
