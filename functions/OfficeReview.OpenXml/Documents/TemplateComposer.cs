using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Formatting;
using static OfficeReview.OpenXml.Documents.WordXml;

namespace OfficeReview.OpenXml.Documents;

/// <summary>
/// Fills a .docx template whose fields are content controls (w:sdt) tagged with field names:
/// plain text, rich text, conditional blocks (bool), repeating sections (lists of records, nested, table rows),
/// in the body, headers and footers. The placeholder inside a control may be split into several runs or formatted
/// differently: its content is replaced, keeping the first run's formatting and the paragraph's properties.
/// Problems (unknown tags, unused fields, wrong types, bounds) are reported with the tag and location; the output is
/// always a well-formed document (or none when the template cannot be read).
/// Works on the package's XML directly (LINQ to XML): a 300-row table is filled in a few milliseconds; templates are
/// generated and documents validated with the Open XML SDK.
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
            var package = WordPackage.Open(template);
            var run = new CompositionRun(package, options, problems);
            var root = new Scope(data, null);
            var parts = new List<(XElement Root, string Name)>
            {
                (package.Load(package.MainPath, edit: true)!.Root!, "thân văn bản"),
            };
            foreach (var h in package.HeaderPaths)
                if (package.Load(h, edit: true)?.Root is { } header) parts.Add((header, $"đầu trang ({h})"));
            foreach (var f in package.FooterPaths)
                if (package.Load(f, edit: true)?.Root is { } footer) parts.Add((footer, $"chân trang ({f})"));

            // Margins are set on the template (small) before filling: filling never creates page margins, and copies of
            // a repeated item are made from the already-updated template, so the result is the same as setting them after.
            if (options.Margins is { } margins) ApplyMargins(parts[0].Root, margins);
            foreach (var (element, _) in parts) run.NoteEmptyCells(element);
            foreach (var (element, name) in parts) run.ProcessChildren(element, root, name, "");

            foreach (var name in data.Names.Where(n => !root.Used.Contains(n)).Order(StringComparer.Ordinal))
                problems.Add(new(CompositionProblemKind.MissingField, ProblemSeverity.Warning, name, "mẫu",
                    $"Trường \"{name}\" có dữ liệu nhưng mẫu không có ô nội dung (content control) nào gắn thẻ \"{name}\": nội dung này sẽ không xuất hiện."));

            run.Finish(parts.Select(p => p.Root));
            return new(package.Save(), problems);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            problems.Add(new(CompositionProblemKind.TemplateUnreadable, ProblemSeverity.Error, "", "mẫu",
                $"Không đọc được tệp mẫu Word: {e.Message}"));
            return new(null, problems);
        }
    }

    internal const double TwipsPerMm = 1440 / 25.4;

    internal static uint MmToTwips(decimal mm) => (uint)Math.Round((double)mm * TwipsPerMm);

    private static string Twips(decimal mm) => MmToTwips(mm).ToString(CultureInfo.InvariantCulture);

    private static void ApplyMargins(XElement document, MarginsMm margins)
    {
        var pageMargins = new List<XElement>();
        Walk(document, e => { if (e.Name == PgMar) pageMargins.Add(e); });
        foreach (var m in pageMargins)
        {
            m.SetAttributeValue(W + "top", Twips(margins.Top));
            m.SetAttributeValue(W + "bottom", Twips(margins.Bottom));
            m.SetAttributeValue(W + "left", Twips(margins.Left));
            m.SetAttributeValue(W + "right", Twips(margins.Right));
        }
    }

    /// <summary>Visits every element below <paramref name="element"/> in document order (as Descendants(), without its iterators).</summary>
    private static void Walk(XElement element, Action<XElement> visit)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
            if (node is XElement e)
            {
                visit(e);
                if (e.HasElements) Walk(e, visit);
            }
    }

    private static bool HasDescendant(XElement element, XName name)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
            if (node is XElement e && (e.Name == name || (e.HasElements && HasDescendant(e, name)))) return true;
        return false;
    }

    private sealed class Scope(FieldRecord record, Scope? parent)
    {
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

        private FieldRecord Record { get; } = record;
        private Scope? Parent { get; } = parent;
    }

    private enum Level { Block, Run, Row, Cell }

    private sealed class CompositionRun(WordPackage package, CompositionOptions options, List<CompositionProblem> problems)
    {
        private readonly XmlNumbering _numbering = new(package);
        private int _listItems;

        /// <summary>
        /// Set when a control may remain in the tree (left as it was after a problem, or outside what was filled):
        /// only then does <see cref="Finish"/> search the whole tree for controls to remove.
        /// </summary>
        private bool _mayLeaveControls;

        /// <summary>
        /// Set when the template has a table cell without a paragraph (its copies would have none either): then
        /// <see cref="Finish"/> searches the whole tree for such cells.
        /// </summary>
        private bool _sweepCells;

        /// <summary>The cells (and the cells around them) that lost content while filling: only these can have lost their last paragraph.</summary>
        private readonly List<XElement> _cellsToCheck = [];

        /// <summary>Before filling: does the template (small) already have a cell without a paragraph?</summary>
        public void NoteEmptyCells(XElement part)
        {
            if (!_sweepCells) Walk(part, e => { if (e.Name == Tc && !HasDescendant(e, P)) _sweepCells = true; });
        }

        /// <summary>Content is about to be removed from <paramref name="element"/>: its enclosing cells are checked at the end.</summary>
        private void NoteRemovalIn(XElement element)
        {
            foreach (var cell in element.AncestorsAndSelf(Tc)) _cellsToCheck.Add(cell);
        }

        public void ProcessChildren(XElement container, Scope scope, string partName, string path)
        {
            var child = container.FirstNode;
            while (child is not null)
            {
                var next = child.NextNode; // the current node may be replaced or removed
                if (child is XElement e)
                {
                    if (e.Name == Sdt) ProcessSdt(e, scope, partName, path);
                    else if (e.HasElements) ProcessChildren(e, scope, partName, path);
                }
                child = next;
            }
        }

        private static Level LevelOf(XElement sdt) => LevelUnder(sdt.Parent);

        /// <summary>The level of a control placed as a child of <paramref name="container"/>.</summary>
        private static Level LevelUnder(XElement? container)
        {
            for (var parent = container; parent is not null; parent = parent.Parent)
            {
                if (parent.Name == SdtContent) continue;
                if (parent.Name == Sdt) continue;
                if (parent.Name == Tbl) return Level.Row;
                if (parent.Name == Tr) return Level.Cell;
                if (parent.Name == P || parent.Name == Hyperlink || parent.Name == SmartTag || parent.Name == FldSimple) return Level.Run;
                return Level.Block;
            }
            return Level.Block;
        }

        private void ProcessSdt(XElement sdt, Scope scope, string partName, string path)
        {
            var props = sdt.Element(SdtPr);
            var content = sdt.Element(SdtContent);
            var tag = props?.Element(Tag).Attr(Val);
            if (string.IsNullOrWhiteSpace(tag))
            {
                // Untagged controls (a repeating section's items, decoration) are transparent.
                if (content is not null) ProcessChildren(content, scope, partName, path);
                Unwrap(sdt);
                return;
            }
            if (content is null)
            {
                _mayLeaveControls = true;
                Problem(CompositionProblemKind.WrongType, tag, Location(sdt, partName, path), $"Ô nội dung \"{tag}\" không có phần nội dung (w:sdtContent).");
                return;
            }
            var value = scope.Lookup(tag);
            var repeating = props!.Element(RepeatingSection) is not null;
            var level = LevelOf(sdt);
            switch (value)
            {
                case null:
                    _mayLeaveControls = true;
                    Problem(CompositionProblemKind.UnknownTag, tag, Location(sdt, partName, path),
                        $"Thẻ \"{tag}\" của mẫu không ứng với trường dữ liệu nào (thẻ lạ, gõ sai, hoặc dữ liệu thiếu trường này).");
                    return;
                case BoolValue b when !repeating:
                    if (!b.Value)
                    {
                        RemoveConditional(sdt, content, level);
                        if (level == Level.Cell) Unwrap(sdt);
                        return;
                    }
                    ProcessChildren(content, scope, partName, path);
                    Unwrap(sdt);
                    return;
                case ListValue list when level != Level.Cell:
                    if (FillList(sdt, content, list, tag, scope, partName, path)) Unwrap(sdt);
                    else _mayLeaveControls = true;
                    return;
                case TextValue text when !repeating && level != Level.Row:
                    ClearPlaceholderFlag(props);
                    FillText(content, level, text.Text);
                    Unwrap(sdt);
                    return;
                case RichTextValue rich when !repeating && level != Level.Row:
                    ClearPlaceholderFlag(props);
                    FillRich(content, level, rich);
                    Unwrap(sdt);
                    return;
                default:
                    _mayLeaveControls = true;
                    Problem(CompositionProblemKind.WrongType, tag, Location(sdt, partName, path),
                        $"Trường \"{tag}\" có kiểu {value.TypeName}, không đặt được vào ô nội dung kiểu {ControlKind(level, repeating)}.");
                    return;
            }
        }

        /// <summary>With <see cref="CompositionOptions.RemoveContentControls"/>, a filled control is replaced by its content at once.</summary>
        private void Unwrap(XElement sdt)
        {
            if (!options.RemoveContentControls || sdt.Parent is null) return;
            var content = sdt.Element(SdtContent);
            // Detach first: LINQ to XML would deep-copy nodes that still have a parent.
            var nodes = content?.Nodes().ToList() ?? [];
            content?.RemoveNodes();
            sdt.ReplaceWith(nodes);
        }

        private void Problem(CompositionProblemKind kind, string tag, string where, string message) =>
            problems.Add(new(kind, ProblemSeverity.Error, tag, where, message));

        private static string ControlKind(Level level, bool repeating) =>
            repeating ? "phần lặp (repeating section)"
            : level switch
            {
                Level.Row => "dòng bảng",
                Level.Cell => "ô bảng",
                Level.Run => "trong dòng chữ",
                _ => "khối văn bản",
            };

        private static string Location(XElement element, string partName, string path)
        {
            // Top-level block index in the part (1-based), as Word users count paragraphs and tables.
            var current = element;
            while (current.Parent is { } parent && parent.Name != Body && parent.Parent is not null)
                current = parent;
            var index = current.ElementsBeforeSelf().Count(e => e.Name == P || e.Name == Tbl || e.Name == Sdt) + 1;
            var inTable = element.Ancestors(Tbl).Any() ? ", trong bảng" : "";
            var p = path.Length > 0 ? $", mục {path}" : "";
            return $"{partName}, khối thứ {index}{inTable}{p}";
        }

        private void RemoveConditional(XElement sdt, XElement content, Level level)
        {
            NoteRemovalIn(sdt);
            if (level == Level.Cell)
                foreach (var tc in content.Elements(Tc)) NoteRemovalIn(tc);
            if (level == Level.Cell)
            {
                // A table cell cannot disappear: empty it instead.
                if (content.Elements().Any(e => e.Name != Tc)) _mayLeaveControls = true;
                foreach (var tc in content.Elements(Tc))
                    tc.Elements().Where(e => e.Name != TcPr).Remove();
                return;
            }
            sdt.Remove();
        }

        private bool FillList(XElement sdt, XElement content, ListValue list, string tag, Scope scope, string partName, string path)
        {
            if (scope.Depth + 1 > options.MaxDepth)
            {
                problems.Add(new(CompositionProblemKind.TooLarge, ProblemSeverity.Error, tag, Location(sdt, partName, path), $"Phần lặp lồng quá {options.MaxDepth} cấp."));
                return false;
            }
            _listItems += list.Items.Count;
            if (_listItems > options.MaxListItems)
            {
                problems.Add(new(CompositionProblemKind.TooLarge, ProblemSeverity.Error, tag, Location(sdt, partName, path),
                    $"Dữ liệu có quá {VietnameseFormat.Count(options.MaxListItems)} mục lặp; giới hạn là {VietnameseFormat.Count(options.MaxListItems)}."));
                return false;
            }
            // The item template: Word's repeating section item (w15:repeatingSectionItem) or the whole content.
            var prototypes = content.Elements().Where(e => e.Name != BookmarkStart && e.Name != BookmarkEnd && e.Name != ProofErr).ToList();
            if (options.RemoveContentControls && prototypes is [{ } item] && item.Name == Sdt && item.Element(SdtPr)?.Element(RepeatingSectionItem) is not null
                && string.IsNullOrWhiteSpace(item.Element(SdtPr)!.Element(Tag).Attr(Val)) && item.Element(SdtContent) is { } itemContent)
                prototypes = itemContent.Elements().ToList(); // the item wrapper would be removed anyway: do not copy it
            if (list.Items.Count == 0 || !prototypes.Any(e => e.Name == P || HasDescendant(e, P))) NoteRemovalIn(content);
            content.RemoveNodes();
            for (var i = 0; i < list.Items.Count; i++)
            {
                var itemScope = new Scope(list.Items[i], scope);
                var itemPath = (path.Length > 0 ? path + "." : "") + $"{tag}[{i + 1}]";
                foreach (var proto in prototypes) CopyAndProcess(proto, content, itemScope, partName, itemPath);
            }
            ClearPlaceholderFlag(sdt.Element(SdtPr));
            return true;
        }

        /// <summary>
        /// Appends to <paramref name="target"/> a copy of <paramref name="proto"/> processed in <paramref name="scope"/>: the
        /// same result as deep-copying it and then processing the copy, but built in one pass, so that a text control
        /// that will be replaced by its content (controls removed) is never copied (a 300-row table copies 3,300 of them).
        /// </summary>
        private void CopyAndProcess(XElement proto, XElement target, Scope scope, string partName, string path)
        {
            if (proto.Name == Sdt)
            {
                if (TryFillTextDirect(proto, target, scope)) return;
                var copy = new XElement(proto);
                target.Add(copy);
                ProcessSdt(copy, scope, partName, path);
                return;
            }
            var shallow = new XElement(proto.Name);
            for (var a = proto.FirstAttribute; a is not null; a = a.NextAttribute) shallow.Add(new XAttribute(a));
            target.Add(shallow);
            for (var node = proto.FirstNode; node is not null; node = node.NextNode)
            {
                switch (node)
                {
                    case XElement e when e.Name == Sdt || e.HasElements:
                        CopyAndProcess(e, shallow, scope, partName, path);
                        break;
                    case XElement e:
                        shallow.Add(new XElement(e));
                        break;
                    case XCData c:
                        shallow.Add(new XCData(c));
                        break;
                    case XText t:
                        shallow.Add(new XText(t));
                        break;
                    case XComment c:
                        shallow.Add(new XComment(c));
                        break;
                    case XProcessingInstruction pi:
                        shallow.Add(new XProcessingInstruction(pi));
                        break;
                }
            }
        }

        /// <summary>
        /// The common case of <see cref="CopyAndProcess"/>: a plain text control (in a cell, a paragraph or as a block)
        /// whose controls are removed. Appends exactly what <see cref="FillText"/> then <see cref="Unwrap"/> leave in
        /// place of the control; false (nothing appended) for anything else.
        /// </summary>
        private bool TryFillTextDirect(XElement sdt, XElement target, Scope scope)
        {
            if (!options.RemoveContentControls) return false;
            var props = sdt.Element(SdtPr);
            var content = sdt.Element(SdtContent);
            var tag = props?.Element(Tag).Attr(Val);
            if (content is null || string.IsNullOrWhiteSpace(tag) || props!.Element(RepeatingSection) is not null) return false;
            // The content must be elements only (FillText keeps stray text nodes in place; leave that to it).
            for (var node = content.FirstNode; node is not null; node = node.NextNode)
                if (node is not XElement) return false;
            var level = LevelUnder(target);
            if (level == Level.Row) return false;
            XElement? cell = null;
            if (level == Level.Block && content.Element(TcPr) is not null) return false;
            if (level == Level.Cell)
            {
                cell = content.FirstNode as XElement;
                if (cell is null || cell.Name != Tc || cell.NextNode is not null) return false;
                for (var node = cell.FirstNode; node is not null; node = node.NextNode)
                    if (node is not XElement) return false;
            }
            if (scope.Lookup(tag) is not TextValue text) return false; // looked up again (same result) by ProcessSdt

            var runProps = PrototypeRunProperties(content);
            if (level == Level.Run)
            {
                target.Add(MakeRun(runProps, text.Text));
                return true;
            }
            var host = cell ?? content;
            var pPr = host.Descendants(P).FirstOrDefault()?.Element(PPr);
            var p = new XElement(P);
            if (pPr is not null) p.Add(new XElement(pPr));
            p.Add(MakeRun(runProps, text.Text));
            if (cell is null)
            {
                target.Add(p);
                return true;
            }
            var newCell = new XElement(Tc);
            for (var a = cell.FirstAttribute; a is not null; a = a.NextAttribute) newCell.Add(new XAttribute(a));
            foreach (var tcPr in cell.Elements(TcPr)) newCell.Add(new XElement(tcPr));
            newCell.Add(p);
            target.Add(newCell);
            return true;
        }

        private static void ClearPlaceholderFlag(XElement? props) => props?.Element(ShowingPlcHdr)?.Remove();

        private static XElement? PrototypeRunProperties(XElement scope)
        {
            var rPr = scope.Descendants(RElem).FirstOrDefault()?.Element(RPr);
            if (rPr is null) return null;
            var copy = new XElement(rPr);
            // Word shows placeholders with the "PlaceholderText" character style (grey): not part of the content's format.
            if (copy.Element(RStyle).Attr(Val) == "PlaceholderText") copy.Element(RStyle)!.Remove();
            return copy.HasElements ? copy : null;
        }

        private static XElement MakeRun(XElement? props, string text)
        {
            var run = new XElement(RElem);
            if (props is not null) run.Add(props.Parent is null ? props : new XElement(props));
            if (!text.Contains('\n'))
            {
                run.Add(new XElement(T, new XAttribute(Space, "preserve"), text));
                return run;
            }
            var lines = text.Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) run.Add(new XElement(Br));
                run.Add(new XElement(T, new XAttribute(Space, "preserve"), lines[i]));
            }
            return run;
        }

        private XElement Host(XElement content, Level level)
        {
            if (level != Level.Cell) return content;
            var cell = content.Element(Tc);
            if (cell is null) return content;
            // Anything beside the filled cell (a second cell, a nested control) is left as it was.
            if (cell.PreviousNode is not null || cell.NextNode is not null) _mayLeaveControls = true;
            return cell;
        }

        private static void ClearBlocks(XElement host) => host.Elements().Where(e => e.Name != TcPr).Remove();

        private void FillText(XElement content, Level level, string text)
        {
            var props = PrototypeRunProperties(content);
            if (level == Level.Run)
            {
                content.RemoveNodes();
                content.Add(MakeRun(props, text));
                return;
            }
            var host = Host(content, level);
            var pPr = host.Descendants(P).FirstOrDefault()?.Element(PPr);
            var p = new XElement(P);
            if (pPr is not null) p.Add(new XElement(pPr));
            p.Add(MakeRun(props, text));
            ClearBlocks(host);
            host.Add(p);
        }

        private void FillRich(XElement content, Level level, RichTextValue rich)
        {
            var props = PrototypeRunProperties(content);
            if (level == Level.Run)
            {
                // Inline control: paragraphs become lines of the host paragraph.
                content.RemoveNodes();
                for (var i = 0; i < rich.Paragraphs.Count; i++)
                {
                    if (i > 0) content.Add(new XElement(RElem, new XElement(Br)));
                    foreach (var r in rich.Paragraphs[i].Runs) content.Add(FormattedRun(props, r));
                }
                return;
            }
            var host = Host(content, level);
            var prototype = host.Descendants(P).FirstOrDefault()?.Element(PPr);
            if (rich.Paragraphs.Count == 0) NoteRemovalIn(host);
            ClearBlocks(host);
            string? numberedList = null;
            foreach (var para in rich.Paragraphs)
            {
                var pPr = prototype is null ? new XElement(PPr) : new XElement(prototype);
                pPr.Element(RPr)?.Remove();
                switch (para.Kind)
                {
                    case ParagraphKind.Heading:
                        numberedList = null;
                        SetPPr(pPr, new XElement(Ind, new XAttribute(W + "firstLine", "0")));
                        break;
                    case ParagraphKind.Bullet:
                        numberedList = null;
                        SetNumbering(pPr, _numbering.BulletNumId());
                        break;
                    case ParagraphKind.Numbered:
                        numberedList ??= _numbering.NewNumberedListId();
                        SetNumbering(pPr, numberedList);
                        break;
                    default:
                        numberedList = null;
                        break;
                }
                if (para.IndentMm is { } mm)
                    SetPPr(pPr, new XElement(Ind, new XAttribute(W + "left", Twips(mm)), new XAttribute(W + "firstLine", "0")));
                if (para.Alignment != ParagraphAlignment.Inherit)
                    SetPPr(pPr, new XElement(Jc, new XAttribute(Val, para.Alignment switch
                    {
                        ParagraphAlignment.Left => "left",
                        ParagraphAlignment.Center => "center",
                        ParagraphAlignment.Right => "right",
                        _ => "both",
                    })));
                var p = new XElement(P);
                if (pPr.HasElements) p.Add(pPr);
                foreach (var r in para.Runs)
                    p.Add(FormattedRun(props, para.Kind == ParagraphKind.Heading ? r with { Bold = true } : r));
                host.Add(p);
            }
            if (level == Level.Cell && !host.Elements(P).Any() && !host.Elements(Tbl).Any())
                host.Add(new XElement(P));
        }

        private static XElement FormattedRun(XElement? prototype, RichRun r)
        {
            var props = prototype is null ? new XElement(RPr) : new XElement(prototype);
            if (r.Bold) SetRPr(props, new XElement(B));
            if (r.Italic) SetRPr(props, new XElement(I));
            if (r.Underline) SetRPr(props, new XElement(U, new XAttribute(Val, "single")));
            return MakeRun(props.HasElements ? props : null, r.Text);
        }

        private static void SetNumbering(XElement pPr, string numId)
        {
            SetPPr(pPr, new XElement(NumPr, new XElement(Ilvl, new XAttribute(Val, "0")), new XElement(NumId, new XAttribute(Val, numId))));
            // The list level carries the indentation; a template's first-line indent would double it.
            pPr.Element(Ind)?.Remove();
        }

        public void Finish(IEnumerable<XElement> roots)
        {
            var nextId = 1;
            foreach (var root in roots)
            {
                if (options.RemoveContentControls)
                {
                    // Innermost first; each control is replaced by its content in one step.
                    if (_mayLeaveControls)
                        foreach (var sdt in root.Descendants(Sdt).Reverse().ToList())
                        {
                            // Detach first: LINQ to XML would deep-copy nodes that still have a parent.
                            var content = sdt.Element(SdtContent);
                            var nodes = content?.Nodes().ToList() ?? [];
                            content?.RemoveNodes();
                            sdt.ReplaceWith(nodes);
                        }
                }
                else
                {
                    // Copies of repeating items carry their template's ids: renumber so ids are unique and deterministic.
                    foreach (var id in root.Descendants(SdtPr).Elements(Id))
                        id.SetAttributeValue(Val, (nextId++).ToString(CultureInfo.InvariantCulture));
                }
                // A table cell must hold a paragraph (removed blocks may have emptied it).
                if (_sweepCells)
                {
                    var emptyCells = new List<XElement>();
                    Walk(root, e => { if (e.Name == Tc && !HasDescendant(e, P)) emptyCells.Add(e); });
                    foreach (var cell in emptyCells) cell.Add(new XElement(P));
                }
                else if (_cellsToCheck.Count > 0)
                {
                    // The same cells the sweep would find: only a removal can have emptied a cell of a complete template.
                    var emptyCells = _cellsToCheck.Distinct().Where(c => !HasDescendant(c, P) && c.AncestorsAndSelf().Last() == root).ToList();
                    foreach (var cell in emptyCells) cell.Add(new XElement(P));
                }
                // A body needs at least one block before its sectPr.
                if (root.Element(Body) is { } body && !body.Elements().Any(e => e.Name == P || e.Name == Tbl || e.Name == Sdt))
                    body.AddFirst(new XElement(P));
            }
        }
    }

    /// <summary>
    /// Bullet and numbered list definitions for rich text: reuses the template's "-" bullet and "1." definitions
    /// (see <see cref="PartyTemplateGenerator"/>) or adds them; each numbered list gets its own w:num restarting at 1.
    /// </summary>
    private sealed class XmlNumbering(WordPackage package)
    {
        private XElement? _root;
        private string? _bulletNum;
        private string? _decimalAbstract;

        private XElement Root() => _root ??= package.Numbering().Root!;

        public string BulletNumId()
        {
            if (_bulletNum is not null) return _bulletNum;
            var root = Root();
            var abstractId = FindAbstract(root, "bullet") ?? AddAbstract(root, "bullet", "-");
            _bulletNum = root.Elements(Num).FirstOrDefault(n => n.Element(AbstractNumId).Attr(Val) == abstractId && n.Element(LvlOverride) is null)?.Attr(W + "numId")
                ?? AddInstance(root, abstractId, restart: false);
            return _bulletNum;
        }

        public string NewNumberedListId()
        {
            var root = Root();
            _decimalAbstract ??= FindAbstract(root, "decimal") ?? AddAbstract(root, "decimal", "%1.");
            return AddInstance(root, _decimalAbstract, restart: true);
        }

        private static string? FindAbstract(XElement root, string format) =>
            root.Elements(AbstractNum).FirstOrDefault(a => a.Elements(Lvl).FirstOrDefault(l => l.Attr(W + "ilvl") == "0")?.Element(NumFmt).Attr(Val) == format)
                ?.Attr(W + "abstractNumId");

        private static int MaxId(IEnumerable<XElement> elements, XName attribute) =>
            elements.Select(e => int.TryParse(e.Attr(attribute), CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max();

        private static string AddAbstract(XElement root, string format, string text)
        {
            var id = (root.Elements(AbstractNum).Any() ? MaxId(root.Elements(AbstractNum), W + "abstractNumId") + 1 : 0).ToString(CultureInfo.InvariantCulture);
            var abs = new XElement(AbstractNum, new XAttribute(W + "abstractNumId", id),
                new XElement(W + "multiLevelType", new XAttribute(Val, "singleLevel")),
                new XElement(Lvl, new XAttribute(W + "ilvl", "0"),
                    new XElement(W + "start", new XAttribute(Val, "1")),
                    new XElement(NumFmt, new XAttribute(Val, format)),
                    new XElement(W + "suff", new XAttribute(Val, "space")),
                    new XElement(W + "lvlText", new XAttribute(Val, text)),
                    new XElement(W + "lvlJc", new XAttribute(Val, "left")),
                    new XElement(PPr, new XElement(Ind, new XAttribute(W + "left", "0"), new XAttribute(W + "firstLine", "720")))));
            // Schema order: every w:abstractNum before the first w:num.
            if (root.Element(Num) is { } firstNum) firstNum.AddBeforeSelf(abs);
            else root.Add(abs);
            return id;
        }

        private static string AddInstance(XElement root, string abstractId, bool restart)
        {
            var id = (MaxId(root.Elements(Num), W + "numId") + 1).ToString(CultureInfo.InvariantCulture);
            var num = new XElement(Num, new XAttribute(W + "numId", id), new XElement(AbstractNumId, new XAttribute(Val, abstractId)));
            if (restart) num.Add(new XElement(LvlOverride, new XAttribute(W + "ilvl", "0"), new XElement(StartOverride, new XAttribute(Val, "1"))));
            // w:num elements come before w:numIdMacAtCleanup, the last allowed child.
            if (root.Element(W + "numIdMacAtCleanup") is { } cleanup) cleanup.AddBeforeSelf(num);
            else root.Add(num);
            return id;
        }
    }
}
