using System.Text.Json;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Tests.Workbooks;

public class SampleTests
{
    [Fact]
    public void Sample_workbooks_yield_exactly_the_planted_findings_at_the_planted_cells()
    {
        var dir = TestPaths.TempDir();
        var province = SampleReports.Province(units: 60, members: 2000, seed: 11, plant: true);
        var manifest = SampleWorkbooks.Write(province, dir);
        Assert.NotEmpty(manifest.PlantedErrors);
        Assert.All(manifest.PlantedErrors, e => Assert.NotNull(e.Cell));

        var found = new List<(string File, string Code, string Path, string? Sheet, string? Cell)>();
        foreach (var file in manifest.Files)
        {
            var read = UnitWorkbookReader.Read(File.ReadAllBytes(Path.Combine(dir, file.File)), file.File);
            Assert.True(read.Report is not null, file.File);
            Assert.Empty(read.Findings);
            foreach (var f in read.Locate(Rulesets.ForYear(read.Report!.Year).Validate(read.Report), file.File))
                found.Add((file.File, f.Code, f.Path, f.Sheet, f.Cell));
        }
        var planted = manifest.PlantedErrors.Select(e => (e.File, e.Code, e.Path, e.Sheet, e.Cell)).OrderBy(x => x.ToString()).ToList();
        Assert.Equal(planted, found.OrderBy(x => x.ToString()).ToList());

        // The manifest on disk says the same.
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, SampleWorkbooks.ManifestFileName)));
        Assert.Equal(manifest.PlantedErrors.Count, doc.RootElement.GetProperty("plantedErrors").GetArrayLength());
    }

    [Fact]
    public void Samples_are_deterministic()
    {
        var a = SampleWorkbooks.Write(SampleReports.Province(units: 15, members: 300, seed: 4, plant: true), TestPaths.TempDir());
        var b = SampleWorkbooks.Write(SampleReports.Province(units: 15, members: 300, seed: 4, plant: true), TestPaths.TempDir());
        Assert.Equal(a.Files.Select(f => f.Sha256), b.Files.Select(f => f.Sha256));
    }
}
