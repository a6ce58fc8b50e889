using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Synthetic;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Workbooks;

/// <summary>One workbook of a sample province.</summary>
public sealed record SampleFile(string Unit, string Name, string File, string Form, string? Parent, string Sha256, int Members);

/// <summary>One planted error: where it is (file, sheet, cell, JSON path) and the finding code it must cause.</summary>
public sealed record SampleError(string Unit, string File, string Path, string? Sheet, string? Cell, string Code, string Description);

/// <summary>manifest.json of <c>sample</c>: the options, every file, every planted error.</summary>
public sealed record SampleManifest(int Year, int Units, int Members, ulong Seed, bool PlantErrors, IReadOnlyList<SampleFile> Files, IReadOnlyList<SampleError> PlantedErrors)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>
/// Writes a synthetic province as workbooks: a unit workbook for each unit without subordinates, a consolidated
/// workbook (with its "Nguồn" sheet listing the children's files and hashes) for each unit with subordinates, and
/// manifest.json locating each planted error at its cell (through the reader's cell map, i.e. as a user would see it).
/// </summary>
public static class SampleWorkbooks
{
    public const string ManifestFileName = "manifest.json";

    public static string FileName(UnitReport report) => report.Unit.Code + ".xlsx";

    public static SampleManifest Write(SyntheticProvince province, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new Dictionary<string, SampleFile>(StringComparer.Ordinal);
        var bytesOf = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var children = province.Units.Where(u => u.Unit.Parent is not null).GroupBy(u => u.Unit.Parent!).ToDictionary(g => g.Key, g => g.ToList());
        var start = new DateTimeOffset(province.Options.Year + 1, 1, 5, 8, 0, 0, TimeSpan.FromHours(7));
        // Children first (they come after their parents in the list), so parents can cite their hashes.
        for (var i = province.Units.Count - 1; i >= 0; i--)
        {
            var unit = province.Units[i];
            byte[] bytes;
            string form;
            if (children.TryGetValue(unit.Unit.Code, out var kids))
            {
                var sources = kids.Select((k, n) => new ConsolidatedSource(k, k.Unit.Code, FileName(k), files[k.Unit.Code].Sha256, start.AddMinutes(n))).ToList();
                using var ms = new MemoryStream();
                ConsolidatedWorkbookWriter.Write(unit, sources, ms);
                bytes = ms.ToArray();
                form = WorkbookSchema.ConsolidatedFormId;
            }
            else
            {
                bytes = UnitWorkbookWriter.Write(unit);
                form = WorkbookSchema.UnitFormId;
            }
            var path = Path.Combine(directory, FileName(unit));
            File.WriteAllBytes(path, bytes);
            bytesOf[unit.Unit.Code] = bytes;
            files[unit.Unit.Code] = new SampleFile(unit.Unit.Code, unit.Unit.Name, FileName(unit), form, unit.Unit.Parent,
                Convert.ToHexStringLower(SHA256.HashData(bytes)), unit.MemberList?.Count ?? 0);
        }

        var errors = new List<SampleError>();
        foreach (var group in province.PlantedErrors.GroupBy(e => e.UnitCode))
        {
            var read = UnitWorkbookReader.Read(bytesOf[group.Key], files[group.Key].File);
            foreach (var e in group)
            {
                var cell = read.Cells.Find(e.Path);
                errors.Add(new SampleError(e.UnitCode, files[group.Key].File, e.Path, cell?.Sheet, cell?.Cell, e.Code, e.Description));
            }
        }
        var o = province.Options;
        var manifest = new SampleManifest(o.Year, province.Units.Count, province.Units.Sum(u => u.MemberList?.Count ?? 0), o.Seed, o.PlantErrors,
            province.Units.Select(u => files[u.Unit.Code]).ToList(), errors);
        File.WriteAllText(Path.Combine(directory, ManifestFileName), JsonSerializer.Serialize(manifest, SampleManifest.JsonOptions));
        return manifest;
    }
}
