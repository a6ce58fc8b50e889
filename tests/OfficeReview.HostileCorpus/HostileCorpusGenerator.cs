using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OfficeReview.HostileCorpus;

/// <summary>
/// Writes the hostile corpus of issue #9 (at least 300 files, every item of its problem list) into a folder, with
/// manifest.json saying where each file goes and what the product must answer. Deterministic (fixed seeds).
/// </summary>
public sealed partial class HostileCorpusGenerator
{
    private readonly Seeds _seeds;
    private readonly CorpusWriter _out;
    private readonly Random _random = new(20261201);

    /// <summary>The members sheet of the unit workbook and the row of its figures (OR_Mem_* names).</summary>
    private const string MembersSheet = "xl/worksheets/sheet3.xml";
    private const string MemberListSheet = "xl/worksheets/sheet5.xml";
    private const string MemberTable = "xl/tables/table1.xml";

    private HostileCorpusGenerator(Seeds seeds, string folder)
    {
        _seeds = seeds;
        _out = new CorpusWriter(folder);
    }

    public static CorpusManifest Generate(string folder, Seeds? seeds = null, Action<string>? progress = null)
    {
        var g = new HostileCorpusGenerator(seeds ?? new Seeds(), folder);
        Action[] groups =
        [
            g.DeepNesting,      // 1
            g.Unauthenticated,  // 2
            g.Expansion,        // 3
            g.CrossSite,        // 4
            g.Templates,        // 5
            g.DamagedWorkbooks, // 6
            g.Formats,          // 6 (.xls, encrypted, .xlsm, CSV renamed, truncated and odd zips, empty files)
            g.Wrapping,         // 7
            g.BadCharacters,    // 8
            g.Quotas,           // 9
            g.UnitIdentity,     // 10
            g.CampaignState,    // 11
            g.Hygiene,          // 12
        ];
        foreach (var group in groups)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            group();
            progress?.Invoke($"{group.Method.Name}: {watch.Elapsed.TotalSeconds:0.0} s, {g._out.Entries.Count} files so far");
        }
        return g._out.WriteManifest();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static CorpusEntry E(string target, int item, string expected, string note) =>
        new() { File = "", Target = target, Item = item, Expected = expected, Note = note };

    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static string Nest(string open, string close, int depth) => Repeat(open, depth) + Repeat(close, depth);

    private Package Workbook() => Package.Read(_seeds.UnitWorkbook);

    private Package ReportDocx() => Package.Read(_seeds.ReportDocx);

    private Package Template() => Package.Read(_seeds.TemplateDocx);

    /// <summary>The unit workbook with the members-sheet cell <paramref name="cell"/> (e.g. "C10") rewritten whole.</summary>
    private byte[] WithCell(string cell, Func<string, string> rewrite) =>
        Workbook().Edit(MembersSheet, xml =>
        {
            var m = Regex.Match(xml, $"<c r=\"{cell}\"[^>]*?(/>|>.*?</c>)");
            if (!m.Success) throw new InvalidOperationException($"cell {cell} not found in the members sheet");
            return xml[..m.Index] + rewrite(m.Value) + xml[(m.Index + m.Length)..];
        }).ToZip();

    /// <summary>A numeric cell with the given raw content (value and type attribute).</summary>
    private static Func<string, string> Value(string cell, string inner, string type = "") =>
        old =>
        {
            var style = Regex.Match(old, "s=\"\\d+\"").Value;
            return $"<c r=\"{cell}\" {style}{(type.Length > 0 ? $" t=\"{type}\"" : "")}>{inner}</c>";
        };

    private static byte[] Utf16(string s, bool bigEndian = false) => (bigEndian ? new UnicodeEncoding(true, false) : new UnicodeEncoding(false, false)).GetBytes(s);

    private JsonNode ReportNode() => JsonNode.Parse(_seeds.ReportJson)!;

    private static byte[] Json(JsonNode node) => U(node.ToJsonString(s_compact));

    private static readonly System.Text.Json.JsonSerializerOptions s_compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private byte[] RandomBytes(int n)
    {
        var b = new byte[n];
        _random.NextBytes(b);
        return b;
    }
}
