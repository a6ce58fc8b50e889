using System.Xml;
using System.Xml.Linq;

namespace OfficeReview.Service.Tests.Addin;

/// <summary>
/// manifest.xml follows the add-in manifest schema (OfficeApp 1.1 TaskPaneApp + VersionOverrides 1.0): element order,
/// required elements, resource references and string lengths, as the XSDs define them.
/// </summary>
public class ManifestTests
{
    internal static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    internal static readonly XNamespace Ov = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    internal static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    internal static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    internal static XDocument Load() => XDocument.Load(RepoPaths.Of("manifest.xml"), LoadOptions.SetLineInfo);

    // The sequence of OfficeApp (TaskPaneApp) children in the schema; optional ones may be absent, order may not change.
    private static readonly string[] s_officeAppSequence =
    [
        "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
        "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
        "Dictionary", "VersionOverrides",
    ];
    private static readonly string[] s_officeAppRequired = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];
    private static readonly string[] s_desktopFormFactorSequence = ["GetStarted", "FunctionFile", "ExtensionPoint"];

    [Fact]
    public void IsWellFormedAndATaskPaneApp()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        using (var reader = XmlReader.Create(RepoPaths.Of("manifest.xml"), settings))
            while (reader.Read()) { }
        var root = Load().Root!;
        Assert.Equal(App + "OfficeApp", root.Name);
        Assert.Equal("TaskPaneApp", root.Attribute(Xsi + "type")?.Value);
    }

    [Fact]
    public void OfficeAppChildren_FollowTheSchemaSequence_WithEveryRequiredElement()
    {
        var names = Load().Root!.Elements().Select(e => e.Name.LocalName).ToList();
        foreach (var required in s_officeAppRequired) Assert.Contains(required, names);
        AssertInSequence(names, s_officeAppSequence, "OfficeApp");
    }

    [Fact]
    public void DeclaresExcelAndWord_ReadWriteDocument_VietnameseNames()
    {
        var root = Load().Root!;
        Assert.Equal(["Workbook", "Document"], root.Element(App + "Hosts")!.Elements(App + "Host").Select(h => h.Attribute("Name")!.Value));
        Assert.Equal("ReadWriteDocument", root.Element(App + "Permissions")!.Value);
        Assert.Equal("vi-VN", root.Element(App + "DefaultLocale")!.Value);
        Assert.Equal("Kiểm điểm – Xếp loại", root.Element(App + "DisplayName")!.Attribute("DefaultValue")!.Value);
        Assert.True(Guid.TryParse(root.Element(App + "Id")!.Value, out _));
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", root.Element(App + "Version")!.Value);
        // Schema bounds: DisplayName ≤ 125, Description ≤ 250 characters.
        Assert.InRange(root.Element(App + "DisplayName")!.Attribute("DefaultValue")!.Value.Length, 1, 125);
        Assert.InRange(root.Element(App + "Description")!.Attribute("DefaultValue")!.Value.Length, 1, 250);
    }

    [Fact]
    public void EachHost_HasAHomeTabGroupWithAButtonThatShowsTheTaskPane()
    {
        var vo = Load().Root!.Element(Ov + "VersionOverrides")!;
        Assert.Equal("VersionOverridesV1_0", vo.Attribute(Xsi + "type")?.Value);
        Assert.Equal(["Hosts", "Resources", "WebApplicationInfo"], vo.Elements().Select(e => e.Name.LocalName));
        var hosts = vo.Element(Ov + "Hosts")!.Elements(Ov + "Host").ToList();
        Assert.Equal(["Workbook", "Document"], hosts.Select(h => h.Attribute(Xsi + "type")!.Value));
        foreach (var host in hosts)
        {
            var form = Assert.Single(host.Elements(Ov + "DesktopFormFactor"));
            AssertInSequence(form.Elements().Select(e => e.Name.LocalName).ToList(), s_desktopFormFactorSequence, "DesktopFormFactor");
            Assert.NotNull(form.Element(Ov + "FunctionFile"));
            var point = Assert.Single(form.Elements(Ov + "ExtensionPoint"));
            Assert.Equal("PrimaryCommandSurface", point.Attribute(Xsi + "type")!.Value);
            var tab = Assert.Single(point.Elements(Ov + "OfficeTab"));
            Assert.Equal("TabHome", tab.Attribute("id")!.Value);
            var group = Assert.Single(tab.Elements(Ov + "Group"));
            Assert.Equal(["Label", "Icon", "Control"], group.Elements().Select(e => e.Name.LocalName));
            var control = Assert.Single(group.Elements(Ov + "Control"));
            Assert.Equal("Button", control.Attribute(Xsi + "type")!.Value);
            Assert.Equal(["Label", "Supertip", "Icon", "Action"], control.Elements().Select(e => e.Name.LocalName));
            var action = control.Element(Ov + "Action")!;
            Assert.Equal("ShowTaskpane", action.Attribute(Xsi + "type")!.Value);
            Assert.Equal(["TaskpaneId", "SourceLocation"], action.Elements().Select(e => e.Name.LocalName));
            foreach (var icon in group.Descendants(Ov + "Icon"))
                Assert.Equal(["16", "32", "80"], icon.Elements(Bt + "Image").Select(i => i.Attribute("size")!.Value));
        }
        // The group label the users look for.
        Assert.Equal("Kiểm điểm – Xếp loại", Resource("ShortStrings", "Group.Label"));
    }

    [Fact]
    public void EveryResid_PointsAtAResourceOfTheRightKind_WithinTheLengthLimits()
    {
        var doc = Load();
        var resources = doc.Root!.Element(Ov + "VersionOverrides")!.Element(Ov + "Resources")!;
        Assert.Equal(["Images", "Urls", "ShortStrings", "LongStrings"], resources.Elements().Select(e => e.Name.LocalName));
        var kinds = new Dictionary<string, string>();
        foreach (var section in resources.Elements())
            foreach (var item in section.Elements())
                Assert.True(kinds.TryAdd(item.Attribute("id")!.Value, section.Name.LocalName), $"duplicate resource id {item.Attribute("id")!.Value}");

        var expected = new Dictionary<string, string>
        {
            ["Image"] = "Images", ["SourceLocation"] = "Urls", ["FunctionFile"] = "Urls", ["LearnMoreUrl"] = "Urls",
            ["Label"] = "ShortStrings", ["Title"] = "ShortStrings", ["Description"] = "LongStrings",
        };
        var used = new HashSet<string>();
        foreach (var e in doc.Descendants().Where(e => e.Attribute("resid") is not null))
        {
            var resid = e.Attribute("resid")!.Value;
            Assert.True(kinds.TryGetValue(resid, out var kind), $"resid {resid} (line {((IXmlLineInfo)e).LineNumber}) has no resource");
            Assert.Equal(expected[e.Name.LocalName], kind);
            used.Add(resid);
        }
        Assert.Empty(kinds.Keys.Except(used)); // no dangling resources
        foreach (var s in resources.Element(Bt + "ShortStrings")!.Elements()) Assert.InRange(s.Attribute("DefaultValue")!.Value.Length, 1, 125);
        foreach (var s in resources.Element(Bt + "LongStrings")!.Elements()) Assert.InRange(s.Attribute("DefaultValue")!.Value.Length, 1, 250);
        foreach (var s in resources.Element(Bt + "Urls")!.Elements().Concat(resources.Element(Bt + "Images")!.Elements()))
            Assert.InRange(s.Attribute("DefaultValue")!.Value.Length, 1, 2048);
    }

    [Fact]
    public void EveryUrl_IsOnHttpsLocalhost7071()
    {
        var urls = ManifestUrls();
        Assert.True(urls.Count >= 7, "the manifest names its pages (pane, commands, help) and icons (16, 32, 64, 80)");
        foreach (var url in urls) Assert.StartsWith("https://localhost:7071/", url);
    }

    [Fact]
    public void WebApplicationInfo_NamesTheEntraAppForOfficeSso_WithItsResourceOnTheServiceHost()
    {
        var info = Load().Root!.Element(Ov + "VersionOverrides")!.Element(Ov + "WebApplicationInfo")!;
        // Schema order: Id, Resource, Scopes.
        Assert.Equal(["Id", "Resource", "Scopes"], info.Elements().Select(e => e.Name.LocalName));
        var id = info.Element(Ov + "Id")!.Value;
        Assert.True(Guid.TryParse(id, out _), $"WebApplicationInfo Id {id} is not an app (client) id");
        // The resource is the app id URI api://<host of the pane>/<app id>, the form Office SSO requires.
        Assert.Equal($"api://localhost:7071/{id}", info.Element(Ov + "Resource")!.Value);
        Assert.Equal(["openid", "profile"], info.Element(Ov + "Scopes")!.Elements(Ov + "Scope").Select(s => s.Value));
    }

    internal static List<string> ManifestUrls() =>
        Load().Descendants().SelectMany(e => e.Attributes("DefaultValue").Select(a => a.Value))
            .Where(v => v.StartsWith("http", StringComparison.Ordinal)).Distinct().ToList();

    private static string Resource(string section, string id) =>
        Load().Descendants(Bt + section).Elements().Single(e => e.Attribute("id")!.Value == id).Attribute("DefaultValue")!.Value;

    private static void AssertInSequence(IReadOnlyList<string> actual, string[] sequence, string parent)
    {
        var last = -1;
        foreach (var name in actual)
        {
            var at = Array.IndexOf(sequence, name);
            Assert.True(at >= 0, $"{parent} may not contain <{name}>");
            Assert.True(at >= last, $"<{name}> is out of order in {parent} (schema order: {string.Join(", ", sequence)})");
            last = at;
        }
    }
}
