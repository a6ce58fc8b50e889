using OfficeReview.Domain.Rules;

namespace OfficeReview.OpenXml.Workbooks.Templates;

/// <summary>The blank official workbooks, generated (deterministically) from <see cref="WorkbookSchema"/>.</summary>
public static class WorkbookTemplates
{
    public const string UnitFileName = "bieu-don-vi.xlsx";
    public const string ConsolidatedFileName = "bieu-tong-hop.xlsx";

    /// <summary>Template names accepted by the CLI (<c>template NAME</c>) with their file names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["bieu-don-vi"] = UnitFileName,
        ["bieu-tong-hop"] = ConsolidatedFileName,
    };

    public static byte[] Unit(RulesetParameters? parameters = null)
    {
        using var ms = new MemoryStream();
        XlsxPackageWriter.Write(WorkbookLayout.Unit(null, parameters ?? Rulesets.Parameters366), ms);
        return ms.ToArray();
    }

    public static byte[] Consolidated(RulesetParameters? parameters = null)
    {
        using var ms = new MemoryStream();
        XlsxPackageWriter.Write(WorkbookLayout.Consolidated(null, [], parameters ?? Rulesets.Parameters366), ms);
        return ms.ToArray();
    }

    /// <summary>The template by CLI name ("bieu-don-vi", "bieu-tong-hop"; the file name works too), or null.</summary>
    public static byte[]? ByName(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        if (key.EndsWith(".xlsx", StringComparison.Ordinal)) key = key[..^5];
        return key switch
        {
            "bieu-don-vi" or "don-vi" or "unit" => Unit(),
            "bieu-tong-hop" or "tong-hop" or "consolidated" => Consolidated(),
            _ => null,
        };
    }
}
