using System.Xml.Linq;

namespace OfficeReview.OpenXml.Documents;

/// <summary>WordprocessingML names and schema-order helpers for the LINQ to XML composer.</summary>
internal static class WordXml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace PackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
    public static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    public static readonly XName Sdt = W + "sdt", SdtPr = W + "sdtPr", SdtContent = W + "sdtContent", Tag = W + "tag", Id = W + "id",
        ShowingPlcHdr = W + "showingPlcHdr", P = W + "p", PPr = W + "pPr", RElem = W + "r", RPr = W + "rPr", T = W + "t", Br = W + "br",
        Tbl = W + "tbl", Tr = W + "tr", Tc = W + "tc", TcPr = W + "tcPr", Body = W + "body", SectPr = W + "sectPr", PgMar = W + "pgMar",
        Val = W + "val", RStyle = W + "rStyle", B = W + "b", I = W + "i", U = W + "u", Ind = W + "ind", Jc = W + "jc", NumPr = W + "numPr",
        Ilvl = W + "ilvl", NumId = W + "numId", Hyperlink = W + "hyperlink", SmartTag = W + "smartTag", FldSimple = W + "fldSimple",
        RepeatingSection = W15 + "repeatingSection", RepeatingSectionItem = W15 + "repeatingSectionItem",
        AbstractNum = W + "abstractNum", AbstractNumId = W + "abstractNumId", Num = W + "num", Lvl = W + "lvl", NumFmt = W + "numFmt",
        LvlOverride = W + "lvlOverride", StartOverride = W + "startOverride", Numbering = W + "numbering",
        BookmarkStart = W + "bookmarkStart", BookmarkEnd = W + "bookmarkEnd", ProofErr = W + "proofErr";

    public static readonly XName Space = XName.Get("space", XmlNs);

    // CT_PPrBase / CT_RPr child order (ECMA-376 Part 1, 17.3.1.26 and 17.3.2.28).
    private static readonly string[] s_pPrOrder =
    [
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd",
        "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
        "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
        "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ];

    private static readonly string[] s_rPrOrder =
    [
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint",
        "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
        "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
    ];

    /// <summary>Replaces (or inserts) the child of the same name at its schema position.</summary>
    public static void SetPPr(XElement pPr, XElement child) => SetOrdered(pPr, child, s_pPrOrder);

    public static void SetRPr(XElement rPr, XElement child) => SetOrdered(rPr, child, s_rPrOrder);

    private static void SetOrdered(XElement parent, XElement child, string[] order)
    {
        parent.Element(child.Name)?.Remove();
        var rank = Array.IndexOf(order, child.Name.LocalName);
        var after = parent.Elements().FirstOrDefault(e => e.Name.Namespace == W && Array.IndexOf(order, e.Name.LocalName) > rank);
        if (after is not null) after.AddBeforeSelf(child);
        else parent.Add(child);
    }

    public static string? Attr(this XElement? e, XName name) => e?.Attribute(name)?.Value;
}
