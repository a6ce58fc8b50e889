using System.Net;
using System.Text;

namespace OfficeReview.OpenXml.Documents;

/// <summary>
/// The text of an HTML page (a news page saved from a browser): scripts, styles, comments and the head are dropped,
/// block elements (p, div, li, tr, headings, br …) end a paragraph, table cells are separated by a space, character
/// references are decoded, whitespace is collapsed, NFC. One pass, linear in the input; never throws.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas" };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
        "footer", "blockquote", "pre", "hr", "dd", "dt", "dl", "main", "aside", "nav", "figure", "figcaption", "caption", "tbody", "thead", "body", "form",
    };

    public static List<string> Paragraphs(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<') { text.Append(c); i++; continue; }
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var close = html.IndexOf('>', i + 1);
            if (close < 0) { i = html.Length; break; }
            var tag = html.AsSpan(i + 1, close - i - 1).TrimStart('/').TrimStart();
            var nameLength = 0;
            while (nameLength < tag.Length && (char.IsAsciiLetterOrDigit(tag[nameLength]) || tag[nameLength] == '-')) nameLength++;
            var name = tag[..nameLength].ToString();
            var closing = html[i + 1] == '/';
            i = close + 1;
            if (!closing && s_skipped.Contains(name) && !html.AsSpan(i - 2, 1).SequenceEqual("/"))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) { i = html.Length; break; }
                var endClose = html.IndexOf('>', end);
                i = endClose < 0 ? html.Length : endClose + 1;
                continue;
            }
            if (s_blocks.Contains(name)) text.Append('\n');
            else if (name is "td" or "th" || name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase)) text.Append(' ');
        }
        var decoded = WebUtility.HtmlDecode(text.ToString());
        var paragraphs = new List<string>();
        foreach (var line in decoded.Split('\n'))
        {
            var collapsed = Collapse(line);
            if (collapsed.Length > 0) paragraphs.Add(collapsed.Normalize(NormalizationForm.FormC));
        }
        return paragraphs;
    }

    private static string Collapse(string line)
    {
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var ch in line)
        {
            // A non-breaking space groups thousands ("4 336"): kept as it is, the scanner reads it; other spaces collapse.
            if (char.IsWhiteSpace(ch) && ch != '\u00A0') { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>True when the text looks like an HTML page (a doctype, an html, head or body element near the start).</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> head)
    {
        var h = head.TrimStart();
        return h.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || h.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || h.IndexOf("<html", StringComparison.OrdinalIgnoreCase) >= 0 || h.IndexOf("<body", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
