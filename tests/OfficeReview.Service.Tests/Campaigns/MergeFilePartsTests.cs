using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Synthetic;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Cli;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// Issue #13 item 4, locally: the merge of loose files by parts (one folder per province, the CLI's merge --parts),
/// on one or two threads, gives what the one-pass merge of the same files gives.
/// </summary>
public class MergeFilePartsTests
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private static string Key(Finding f) => $"{f.Code}|{f.Severity}|{f.File}|{f.Sheet}|{f.Cell}|{f.Path}|{(f.Code == MemberRegistry.DuplicateAcrossUnits ? "" : f.Message)}";

    [Fact]
    public void Three_provinces_merged_by_parts_equal_the_one_pass_merge_of_their_files()
    {
        using var folder = new TempFolder();
        var country = new SyntheticCountryOptions { Provinces = 3, Units = 150, Members = 2_400, Seed = 4 };
        foreach (var p in SyntheticCountry.Provinces(country))
        {
            var province = SyntheticProvince.Generate(p with { PlantErrors = true });
            SampleWorkbooks.Write(province, Path.Combine(folder.Path, p.Code));
        }
        // One chi bộ's file is not there (loose files know only the units that sent one).
        var gone = Directory.EnumerateFiles(Path.Combine(folder.Path, "P02"), "*.xlsx").OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).First();
        File.Delete(gone);

        var output = new FileInfo(Path.Combine(folder.Path, "out.xlsx"));
        var parts = MergeVerb.PartsOf([folder.Path], output);
        Assert.Equal(3, parts.Count);
        MergeSource Source(string f) => new(Path.GetFileName(f), () => File.ReadAllBytes(f));
        var service = new MergeService(new ValidationService());
        var onePass = service.MergeFiles(parts.SelectMany(p => p).Select(Source).ToList());
        Assert.Equal(SyntheticCountry.TopCode, onePass.Result.Root.Unit.Code);
        Assert.True(onePass.Errors > 0);
        Assert.Contains(onePass.Findings, f => f.Code == HierarchyMerge.OwnFiguresDiffer);

        foreach (var threads in new[] { 1, 2 })
        {
            var timings = new List<MergeService.PartTiming>();
            var byParts = service.MergeFileParts(parts.Select(p => (IReadOnlyList<MergeSource>)p.Select(Source).ToList()).ToList(), threads: threads,
                partDone: t => { lock (timings) timings.Add(t); });
            Assert.Equal(["P01", "P02", "P03"], timings.Select(t => t.Unit).Order());
            Assert.Equal(JsonSerializer.Serialize(onePass.Result.Report, s_json), JsonSerializer.Serialize(byParts.Result.Report, s_json));
            Assert.Equal(JsonSerializer.Serialize(onePass.Result.Provenance.Entries, s_json), JsonSerializer.Serialize(byParts.Result.Provenance.Entries, s_json));
            Assert.Equal(onePass.Findings.Select(Key).Order(), byParts.Findings.Select(Key).Order());
            Assert.Equal(onePass.Sources.OrderBy(s => s.File), byParts.Sources.OrderBy(s => s.File));
            Assert.Equal(onePass.Result.Missing.Select(m => m.Code), byParts.Result.Missing.Select(m => m.Code));
            Assert.Equal(onePass.Result.Root.Descendants().Count(), byParts.Result.Root.Descendants().Count());
        }
    }
}
