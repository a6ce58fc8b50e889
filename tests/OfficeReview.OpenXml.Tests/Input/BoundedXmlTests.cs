using System.Text;
using System.Xml;
using OfficeReview.OpenXml.Input;
using static OfficeReview.OpenXml.Tests.Input.HostileFiles;

namespace OfficeReview.OpenXml.Tests.Input;

public class BoundedXmlTests
{
    private static InputException Refused(byte[] xml, InputLimits? limits = null)
    {
        return Assert.Throws<InputException>(() =>
        {
            using var r = BoundedXml.Create(xml, "tep.xlsx", "xl/worksheets/sheet1.xml", limits);
            while (r.Read()) { }
        });
    }

    private static int Elements(byte[] xml, InputLimits? limits = null)
    {
        using var r = BoundedXml.Create(xml, "tep.xlsx", "xl/worksheets/sheet1.xml", limits);
        var n = 0;
        while (r.Read()) if (r.NodeType == XmlNodeType.Element) n++;
        return n;
    }

    [Fact]
    public void Nesting_140000_deep_is_refused_by_the_depth_bound_without_recursion()
    {
        var e = Refused(Utf8(Nested("<a>", "</a>", 140_000)));
        Assert.Equal(InputCodes.XmlTooDeep, e.Code);
        Assert.Contains("Limits:Input:MaxXmlDepth", e.Message);
        Assert.Contains("xl/worksheets/sheet1.xml", e.Message);
        Assert.Contains("tep.xlsx", e.Message);
        // Nesting within the bound reads.
        Assert.Equal(200, Elements(Utf8(Nested("<a>", "</a>", 200))));
    }

    [Fact]
    public void Element_count_attribute_and_text_lengths_are_bounded()
    {
        var many = Utf8("<r>" + string.Concat(Enumerable.Repeat("<c/>", 1000)) + "</r>");
        Assert.Equal(1001, Elements(many));
        Assert.Equal(InputCodes.XmlTooManyElements, Refused(many, InputLimits.Default with { MaxXmlElements = 500 }).Code);

        var attribute = Utf8($"<r a=\"{new string('x', 5000)}\"/>");
        var a = Refused(attribute, InputLimits.Default with { MaxAttributeLength = 4096 });
        Assert.Equal(InputCodes.XmlAttributeTooLong, a.Code);
        Assert.Contains("Limits:Input:MaxAttributeLength", a.Message);

        var text = Utf8($"<r><t>{new string('x', 5000)}</t></r>");
        var t = Refused(text, InputLimits.Default with { MaxTextLength = 4096 });
        Assert.Equal(InputCodes.XmlTextTooLong, t.Code);
        Assert.Contains("Limits:Input:MaxTextLength", t.Message);
    }

    [Fact]
    public void A_DTD_is_refused()
    {
        var e = Refused(Utf8("<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><r>&b;</r>"));
        Assert.Equal(InputCodes.XmlDtd, e.Code);
        Assert.Contains("DTD", e.Message);
    }

    [Fact]
    public void UTF16_is_recognised_with_or_without_its_byte_order_mark_never_read_as_empty()
    {
        var utf16 = Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><r><t>Đảng viên</t></r>");
        Assert.True(BoundedXml.Utf16(utf16));
        Assert.Equal(2, Elements(utf16));
        Assert.Equal(2, Elements([.. Encoding.Unicode.GetPreamble(), .. utf16]));
        var bigEndian = Encoding.BigEndianUnicode.GetBytes("<r><t>x</t></r>");
        Assert.False(BoundedXml.Utf16(bigEndian));
        Assert.Equal(2, Elements(bigEndian));
        Assert.Null(BoundedXml.Utf16(Utf8("<r/>")));
    }

    [Fact]
    public void Invalid_UTF8_another_declared_encoding_and_U_FFFE_are_errors_naming_the_part()
    {
        var invalid = Refused([.. Utf8("<r><t>"), 0xC3, 0x28, .. Utf8("</t></r>")]);
        Assert.Equal(InputCodes.XmlEncoding, invalid.Code);
        Assert.Contains("UTF-8", invalid.Message);
        Assert.Contains("xl/worksheets/sheet1.xml", invalid.Message);

        var latin = Refused(Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?><r>é</r>"));
        Assert.Contains("windows-1252", latin.Message);

        var nonCharacter = Refused(Utf8("<r><t>a\uFFFEb</t></r>"));
        Assert.Equal(InputCodes.XmlEncoding, nonCharacter.Code);
        Assert.Contains("U+FFFE", nonCharacter.Message);

        // Valid UTF-8 with a BOM reads.
        Assert.Equal(2, Elements([0xEF, 0xBB, 0xBF, .. Utf8("<r><t>Đảng</t></r>")]));
    }

    [Fact]
    public void Malformed_xml_is_an_input_error_naming_the_part()
    {
        var e = Refused(Utf8("<r><t>x</r>"));
        Assert.Equal(InputCodes.XmlBroken, e.Code);
        Assert.Contains("xl/worksheets/sheet1.xml", e.Message);
    }

    [Fact]
    public void The_byte_level_shape_check_bounds_depth_attributes_and_their_length()
    {
        InputException Shape(string xml, InputLimits? limits = null) => Assert.Throws<InputException>(() =>
            BoundedXml.CheckShape(Utf8(xml), "xl/workbook.xml", limits ?? InputLimits.Default, (c, d) => new InputException(c, "a.xlsx", d)));

        Assert.Equal(InputCodes.XmlTooDeep, Shape(Nested("<x>", "</x>", 140_000)).Code);
        Assert.Equal(InputCodes.XmlTooManyAttributes, Shape("<row " + string.Concat(Enumerable.Range(0, 2000).Select(i => $"a{i}=\"1\" ")) + "/>").Code);
        Assert.Equal(InputCodes.XmlAttributeTooLong, Shape($"<c r=\"{new string('A', 70_000)}\"/>").Code);
        Assert.Contains("Limits:Input:MaxAttributes", Shape("<row " + string.Concat(Enumerable.Range(0, 2000).Select(i => $"a{i}='1' ")) + "/>").Message);
        // Self-closing tags, comments, CDATA and '>' inside values do not count as depth.
        var flat = "<?xml version=\"1.0\"?><r><!-- <a><a><a> --><![CDATA[<b><b>]]>" + string.Concat(Enumerable.Repeat("<c v=\"a>b\"/>", 1000)) + "</r>";
        BoundedXml.CheckShape(Utf8(flat), "p", InputLimits.Default with { MaxXmlDepth = 3 }, (c, d) => new InputException(c, "a", d));
        Assert.Equal(InputCodes.XmlTooDeep, Shape(Nested("<x>", "</x>", 5), InputLimits.Default with { MaxXmlDepth = 4 }).Code);
    }
}
