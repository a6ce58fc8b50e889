using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Formatting;

namespace OfficeReview.OpenXml.Documents;

/// <summary>
/// Fills a .docx template whose fields are content controls (w:sdt) tagged with field names:
/// plain text, rich text, conditional blocks (bool), repeating sections (lists of records, nested, table rows),
/// in the body, headers and footers. The placeholder inside a control may be split into several runs or formatted
/// differently: its content is replaced, keeping the first run's formatting and the paragraph's properties.
/// Problems (unknown tags, unused fields, wrong types, bounds) are reported with the tag and location; the output is
/// always a well-formed document (or none when the template cannot be read).
/// </summary>
public static class TemplateComposer
{
    public static CompositionResult Compose(byte[] template, FieldRecord data, CompositionOptions? options = null)
    {
        options ??= new CompositionOptions();
        var problems = new List<CompositionProblem>();
        if (template.LongLength > options.MaxTemplateBytes)
        {
            problems.Add(new(CompositionProblemKind.TemplateUnreadable, ProblemSeverity.Error, "", "mẫu",
                $"Tệp mẫu có {VietnameseFormat.Count(template.LongLength)} byte, vượt giới hạn {VietnameseFormat.Count(options.MaxTemplateBytes)} byte."));
            return new(null, problems);
        }
        try
        {
            using var stream = new MemoryStream();
            stream.Write(template);
            stream.Position = 0;
            using (var doc = WordprocessingDocument.Open(stream, true, new OpenSettings { MaxCharactersInPart = 64L * 1024 * 1024 }))
            {
                var main = doc.MainDocumentPart ?? throw new InvalidDataException("không có phần nội dung chính (word/document.xml)");
                var run = new CompositionRun(doc, options, problems);
                var root = new Scope(data, null);

                run.ProcessPart(main.Document, "thân văn bản", root);
                foreach (var header in main.HeaderParts.OrderBy(h => h.Uri.OriginalString, StringComparer.Ordinal))
                    run.ProcessPart(header.Header, $"đầu trang ({header.Uri.OriginalString.TrimStart('/')})", root);
                foreach (var footer in main.FooterParts.OrderBy(f => f.Uri.OriginalString, StringComparer.Ordinal))
                    run.ProcessPart(footer.Footer, $"chân trang ({footer.Uri.OriginalString.TrimStart('/')})", root);

                foreach (var name in data.Names.Where(n => !root.Used.Contains(n)).Order(StringComparer.Ordinal))
                    problems.Add(new(CompositionProblemKind.MissingField, ProblemSeverity.Warning, name, "mẫu",
                        $"Trường \"{name}\" có dữ liệu nhưng mẫu không có ô nội dung (content control) nào gắn thẻ \"{name}\": nội dung này sẽ không xuất hiện."));

                run.Finish(main);
                if (options.Margins is { } margins) ApplyMargins(main.Document, margins);
            }
            return new(DeterministicPackage.Repack(stream.ToArray()), problems);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or InvalidOperationException or ArgumentException or IOException)
        {
            problems.Add(new(CompositionProblemKind.TemplateUnreadable, ProblemSeverity.Error, "", "mẫu",
                $"Không đọc được tệp mẫu Word: {e.Message}"));
            return new(null, problems);
        }
    }

    internal const double TwipsPerMm = 1440 / 25.4;

    internal static uint MmToTwips(decimal mm) => (uint)Math.Round((double)mm * TwipsPerMm);

    private static void ApplyMargins(Document document, MarginsMm margins)
    {
        foreach (var sect in document.Descendants<SectionProperties>())
        {
            var m = sect.GetFirstChild<PageMargin>();
            if (m is null) continue;
            m.Top = (int)MmToTwips(margins.Top);
            m.Bottom = (int)MmToTwips(margins.Bottom);
            m.Left = MmToTwips(margins.Left);
            m.Right = MmToTwips(margins.Right);
        }
    }

    private sealed class Scope(FieldRecord record, Scope? parent)
    {
        public FieldRecord Record { get; } = record;
        public Scope? Parent { get; } = parent;
        public HashSet<string> Used { get; } = new(StringComparer.Ordinal);
        public int Depth { get; } = parent is null ? 0 : parent.Depth + 1;

        public FieldValue? Lookup(string name)
        {
            for (var s = this; s is not null; s = s.Parent)
                if (s.Record.TryGet(name, out var value))
                {
                    s.Used.Add(name);
                    return value;
                }
            return null;
        }
    }

    private sealed class CompositionRun(WordprocessingDocument doc, CompositionOptions options, List<CompositionProblem> problems)
    {
        private readonly ListNumbering _numbering = new(doc);
        private int _listItems;

        public void ProcessPart(OpenXmlPartRootElement? root, string partName, Scope scope)
        {
            if (root is null) return;
            ProcessChildren(root, scope, partName, "");
        }

        private void ProcessChildren(OpenXmlElement container, Scope scope, string partName, string path)
        {
            foreach (var child in container.ChildElements.ToList())
            {
                if (child is SdtElement sdt) ProcessSdt(sdt, scope, partName, path);
                else if (child.HasChildren) ProcessChildren(child, scope, partName, path);
            }
        }

        private void ProcessSdt(SdtElement sdt, Scope scope, string partName, string path)
        {
            var content = Content(sdt);
            var tag = sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;
            if (string.IsNullOrWhiteSpace(tag))
            {
                // Untagged controls (a repeating section's items, decoration) are transparent.
                if (content is not null) ProcessChildren(content, scope, partName, path);
                return;
            }
            var where = Location(sdt, partName, path);
            if (content is null)
            {
                Problem(CompositionProblemKind.WrongType, tag, where, $"Ô nội dung \"{tag}\" không có phần nội dung (w:sdtContent).");
                return;
            }
            var value = scope.Lookup(tag);
            var repeating = sdt.SdtProperties!.GetFirstChild<SdtRepeatedSection>() is not null;
            switch (value)
            {
                case null:
                    Problem(CompositionProblemKind.UnknownTag, tag, where,
                        $"Thẻ \"{tag}\" của mẫu không ứng với trường dữ liệu nào (thẻ lạ, gõ sai, hoặc dữ liệu thiếu trường này).");
                    return;
                case BoolValue b when !repeating:
                    if (b.Value) ProcessChildren(content, scope, partName, path);
                    else RemoveConditional(sdt);
                    return;
                case ListValue list when sdt is not SdtCell:
                    FillList(sdt, content, list, tag, scope, partName, path, where);
                    return;
                case TextValue text when !repeating && sdt is not SdtRow:
                    FillText(sdt, content, text.Text);
                    return;
                case RichTextValue rich when !repeating && sdt is not SdtRow:
                    FillRich(sdt, content, rich);
                    return;
                default:
                    Problem(CompositionProblemKind.WrongType, tag, where,
                        $"Trường \"{tag}\" có kiểu {value.TypeName}, không đặt được vào ô nội dung kiểu {ControlKind(sdt, repeating)}.");
                    return;
            }
        }

        private void Problem(CompositionProblemKind kind, string tag, string where, string message) =>
            problems.Add(new(kind, ProblemSeverity.Error, tag, where, message));

        private static string ControlKind(SdtElement sdt, bool repeating) =>
            repeating ? "phần lặp (repeating section)"
            : sdt switch
            {
                SdtRow => "dòng bảng",
                SdtCell => "ô bảng",
                SdtRun => "trong dòng chữ",
                _ => "khối văn bản",
            };

        private static OpenXmlCompositeElement? Content(SdtElement sdt) =>
            sdt.ChildElements.FirstOrDefault(e => e.LocalName == "sdtContent") as OpenXmlCompositeElement;

        private static string Location(OpenXmlElement element, string partName, string path)
        {
            // Top-level block index in the part (1-based), as Word users count paragraphs and tables.
            OpenXmlElement current = element;
            while (current.Parent is { } parent && parent is not Body && parent is not OpenXmlPartRootElement)
                current = parent;
            var index = current.Parent is null ? 0 : current.Parent.ChildElements.TakeWhile(e => !ReferenceEquals(e, current)).Count(e => e is Paragraph or Table or SdtBlock) + 1;
            var inTable = element.Ancestors<Table>().Any() ? ", trong bảng" : "";
            var p = path.Length > 0 ? $", mục {path}" : "";
            return $"{partName}, khối thứ {index}{inTable}{p}";
        }

        private void RemoveConditional(SdtElement sdt)
        {
            if (sdt is SdtCell cell)
            {
                // A table cell cannot disappear: empty it instead.
                var content = Content(cell);
                foreach (var tc in content?.Elements<TableCell>() ?? [])
                    foreach (var block in tc.ChildElements.Where(e => e is not TableCellProperties).ToList())
                        block.Remove();
                return;
            }
            sdt.Remove();
        }

        private void FillList(SdtElement sdt, OpenXmlCompositeElement content, ListValue list, string tag, Scope scope, string partName, string path, string where)
        {
            if (scope.Depth + 1 > options.MaxDepth)
            {
                problems.Add(new(CompositionProblemKind.TooLarge, ProblemSeverity.Error, tag, where, $"Phần lặp lồng quá {options.MaxDepth} cấp."));
                return;
            }
            _listItems += list.Items.Count;
            if (_listItems > options.MaxListItems)
            {
                problems.Add(new(CompositionProblemKind.TooLarge, ProblemSeverity.Error, tag, where,
                    $"Dữ liệu có quá {VietnameseFormat.Count(options.MaxListItems)} mục lặp; giới hạn là {VietnameseFormat.Count(options.MaxListItems)}."));
                return;
            }
            // The item template: Word's repeating section item (w15:repeatingSectionItem) if present, else the whole content.
            var children = content.ChildElements.ToList();
            var itemSdt = children.Count == 1 && children[0] is SdtElement only && only.SdtProperties?.GetFirstChild<SdtRepeatedSectionItem>() is not null;
            var prototypes = children.Where(c => c is not BookmarkStart and not BookmarkEnd and not ProofError).ToList();
            foreach (var c in children) c.Remove();
            for (var i = 0; i < list.Items.Count; i++)
            {
                var itemScope = new Scope(list.Items[i], scope);
                var itemPath = (path.Length > 0 ? path + "." : "") + $"{tag}[{i + 1}]";
                foreach (var proto in prototypes)
                {
                    var copy = proto.CloneNode(true);
                    content.AppendChild(copy);
                    if (copy is SdtElement s) ProcessSdt(s, itemScope, partName, itemPath);
                    else ProcessChildren(copy, itemScope, partName, itemPath);
                }
                _ = itemSdt;
            }
            ClearPlaceholderFlag(sdt);
        }

        private static void ClearPlaceholderFlag(SdtElement sdt) =>
            sdt.SdtProperties?.GetFirstChild<ShowingPlaceholder>()?.Remove();

        private static RunProperties? PrototypeRunProperties(OpenXmlElement scope)
        {
            var first = scope.Descendants<Run>().FirstOrDefault();
            var props = first?.RunProperties?.CloneNode(true) as RunProperties;
            // Word shows placeholders with the "PlaceholderText" character style (grey): not part of the content's format.
            if (props?.RunStyle?.Val?.Value is "PlaceholderText") props.RunStyle.Remove();
            return props is { HasChildren: true } ? props : null;
        }

        private static IEnumerable<OpenXmlElement> TextRunChildren(string text)
        {
            var lines = text.Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) yield return new Break();
                yield return new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve };
            }
        }

        private static Run MakeRun(RunProperties? props, string text)
        {
            var run = new Run();
            if (props is not null) run.AppendChild(props.CloneNode(true));
            foreach (var c in TextRunChildren(text)) run.AppendChild(c);
            return run;
        }

        private void FillText(SdtElement sdt, OpenXmlCompositeElement content, string text)
        {
            ClearPlaceholderFlag(sdt);
            var props = PrototypeRunProperties(content);
            if (sdt is SdtRun)
            {
                content.RemoveAllChildren();
                content.AppendChild(MakeRun(props, text));
                return;
            }
            var host = sdt is SdtCell ? (OpenXmlCompositeElement?)content.GetFirstChild<TableCell>() ?? content : content;
            var paragraph = host.Descendants<Paragraph>().FirstOrDefault();
            var pPr = paragraph?.ParagraphProperties?.CloneNode(true);
            foreach (var block in host.ChildElements.Where(e => e is not TableCellProperties).ToList()) block.Remove();
            var p = new Paragraph();
            if (pPr is not null) p.AppendChild(pPr);
            p.AppendChild(MakeRun(props, text));
            host.AppendChild(p);
        }

        private void FillRich(SdtElement sdt, OpenXmlCompositeElement content, RichTextValue rich)
        {
            ClearPlaceholderFlag(sdt);
            var props = PrototypeRunProperties(content);
            if (sdt is SdtRun)
            {
                // Inline control: paragraphs become lines of the host paragraph.
                content.RemoveAllChildren();
                for (var i = 0; i < rich.Paragraphs.Count; i++)
                {
                    if (i > 0) content.AppendChild(new Run(new Break()));
                    foreach (var r in rich.Paragraphs[i].Runs) content.AppendChild(FormattedRun(props, r));
                }
                return;
            }
            var host = sdt is SdtCell ? (OpenXmlCompositeElement?)content.GetFirstChild<TableCell>() ?? content : content;
            var prototype = host.Descendants<Paragraph>().FirstOrDefault()?.ParagraphProperties;
            foreach (var block in host.ChildElements.Where(e => e is not TableCellProperties).ToList()) block.Remove();
            int? numberedList = null;
            foreach (var para in rich.Paragraphs)
            {
                var pPr = prototype?.CloneNode(true) as ParagraphProperties ?? new ParagraphProperties();
                pPr.RemoveAllChildren<ParagraphMarkRunProperties>();
                switch (para.Kind)
                {
                    case ParagraphKind.Heading:
                        numberedList = null;
                        SetIndentation(pPr, new Indentation { FirstLine = "0" });
                        break;
                    case ParagraphKind.Bullet:
                        numberedList = null;
                        SetNumbering(pPr, _numbering.BulletNumId());
                        break;
                    case ParagraphKind.Numbered:
                        numberedList ??= _numbering.NewNumberedListId();
                        SetNumbering(pPr, numberedList.Value);
                        break;
                    default:
                        numberedList = null;
                        break;
                }
                if (para.IndentMm is { } mm)
                    SetIndentation(pPr, new Indentation { Left = MmToTwips(mm).ToString(System.Globalization.CultureInfo.InvariantCulture), FirstLine = "0" });
                if (para.Alignment != ParagraphAlignment.Inherit)
                    SetJustification(pPr, para.Alignment switch
                    {
                        ParagraphAlignment.Left => JustificationValues.Left,
                        ParagraphAlignment.Center => JustificationValues.Center,
                        ParagraphAlignment.Right => JustificationValues.Right,
                        _ => JustificationValues.Both,
                    });
                var p = new Paragraph();
                if (pPr.HasChildren) p.AppendChild(pPr);
                foreach (var r in para.Runs)
                    p.AppendChild(FormattedRun(props, para.Kind == ParagraphKind.Heading ? r with { Bold = true } : r));
                host.AppendChild(p);
            }
            if (!host.Elements<Paragraph>().Any() && !host.Elements<Table>().Any() && sdt is SdtCell)
                host.AppendChild(new Paragraph());
        }

        private static Run FormattedRun(RunProperties? prototype, RichRun r)
        {
            var props = prototype?.CloneNode(true) as RunProperties ?? new RunProperties();
            if (r.Bold) props.Bold = new Bold();
            if (r.Italic) props.Italic = new Italic();
            if (r.Underline) props.Underline = new Underline { Val = UnderlineValues.Single };
            return MakeRun(props.HasChildren ? props : null, r.Text);
        }

        // pPr children must keep schema order; the SDK's typed setters place them correctly.
        private static void SetIndentation(ParagraphProperties pPr, Indentation indentation) => pPr.Indentation = indentation;

        private static void SetJustification(ParagraphProperties pPr, JustificationValues value) => pPr.Justification = new Justification { Val = value };

        private static void SetNumbering(ParagraphProperties pPr, int numId)
        {
            pPr.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId });
            // The list level carries the indentation; a template's first-line indent would double it.
            pPr.Indentation = null;
        }

        public void Finish(MainDocumentPart main)
        {
            var roots = new List<OpenXmlPartRootElement> { main.Document };
            roots.AddRange(main.HeaderParts.OrderBy(h => h.Uri.OriginalString, StringComparer.Ordinal).Select(h => (OpenXmlPartRootElement)h.Header));
            roots.AddRange(main.FooterParts.OrderBy(f => f.Uri.OriginalString, StringComparer.Ordinal).Select(f => (OpenXmlPartRootElement)f.Footer));
            var nextId = 1;
            foreach (var root in roots)
            {
                if (options.RemoveContentControls)
                {
                    foreach (var sdt in root.Descendants<SdtElement>().Reverse().ToList())
                    {
                        var content = Content(sdt);
                        if (content is not null)
                            foreach (var child in content.ChildElements.ToList())
                            {
                                child.Remove();
                                sdt.InsertBeforeSelf(child);
                            }
                        sdt.Remove();
                    }
                }
                else
                {
                    // Copies of repeating items carry their template's ids: renumber so ids are unique and deterministic.
                    foreach (var id in root.Descendants<SdtId>()) id.Val = nextId++;
                }
                // A table cell must end with a paragraph (removed blocks may have emptied it).
                foreach (var cell in root.Descendants<TableCell>())
                    if (!cell.Descendants<Paragraph>().Any()) cell.AppendChild(new Paragraph());
                // Sections of a body need at least one block before sectPr.
                if (root is Document { Body: { } body } && !body.ChildElements.Any(e => e is Paragraph or Table or SdtBlock))
                    body.InsertAt(new Paragraph(), 0);
            }
            _numbering.Save();
        }
    }
}
