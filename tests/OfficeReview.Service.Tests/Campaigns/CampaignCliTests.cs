using System.Text.Json;
using OfficeReview.Domain.Model;
using OfficeReview.Service.Cli;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Campaigns;

public class CampaignCliTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task Merge_verb_consolidates_a_folder_into_a_json_result()
    {
        using var folder = new TempFolder();
        var p = CampaignTestData.Province(units: 80, members: 1_500, seed: 4);
        var xa = p.Units.First(u => u.Unit.Kind == UnitKind.UpperCommittee);
        var below = p.Units.Where(u => u.Unit.Parent == xa.Unit.Code || p.Units.Any(m => m.Unit.Code == u.Unit.Parent && m.Unit.Parent == xa.Unit.Code)).ToList();
        Directory.CreateDirectory(Path.Combine(folder.Path, "in", "sub"));
        foreach (var (u, i) in below.Select((u, i) => (u, i)))
            folder.File(Path.Combine("in", i % 2 == 0 ? "sub" : "", $"{u.Unit.Code}.json"), CampaignTestData.Json(u));
        var output = Path.Combine(folder.Path, "ket-qua.json");

        var (code, stdout, _) = await Run("merge", "--out", output, Path.Combine(folder.Path, "in"));
        Assert.Equal(CliApp.ExitCodes.Ok, code);
        Assert.Contains($"Tổng hợp {below.Count} tệp → Tổng hợp {xa.Unit.Code}", stdout);
        Assert.Contains("Đã ghi", stdout);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        Assert.Equal(xa.Members!.Total, doc.RootElement.GetProperty("report").GetProperty("members").GetProperty("total").GetInt64());
        Assert.Equal(xa.Organizations!.BaseOrganizations!.Total, doc.RootElement.GetProperty("report").GetProperty("organizations").GetProperty("baseOrganizations").GetProperty("total").GetInt64());
        Assert.False(File.Exists(output + ".tmp"));
    }

    [Fact]
    public async Task Merge_verb_refuses_missing_inputs_and_xlsx_output_without_writing()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out.json");
        var (code, _, stderr) = await Run("merge", "--out", output, Path.Combine(folder.Path, "khong-co"));
        Assert.Equal(CliApp.ExitCodes.Unreadable, code);
        Assert.Contains("Không tìm thấy", stderr);
        Assert.False(File.Exists(output));
        var empty = Directory.CreateDirectory(Path.Combine(folder.Path, "rong")).FullName;
        (code, _, stderr) = await Run("merge", "--out", output, empty);
        Assert.Equal(CliApp.ExitCodes.Unreadable, code);
        Assert.Contains("Không có tệp báo cáo nào", stderr);
    }

    [Fact]
    public async Task Submit_verb_stores_into_the_local_data_folder()
    {
        using var folder = new TempFolder();
        var p = CampaignTestData.Province(units: 20, members: 200, seed: 2);
        var data = Path.Combine(folder.Path, "data");
        await CampaignTestData.CreateLocalCampaignAsync(data, p);
        var leaf = p.Units[^1];
        var file = folder.File("bao-cao.json", CampaignTestData.Json(leaf));

        var (code, stdout, stderr) = await Run("submit", "--data", data, "--campaign", "c", "--unit", leaf.Unit.Code, file);
        Assert.True(code == CliApp.ExitCodes.Ok, stderr + stdout);
        Assert.Contains($"Đã nộp bao-cao.json cho {leaf.Unit.Name}", stdout);
        (code, stdout, _) = await Run("submit", "--data", data, "--campaign", "c", "--unit", leaf.Unit.Code, file);
        Assert.Equal(CliApp.ExitCodes.Ok, code);
        Assert.Contains("đã được nộp trước đó", stdout);

        var wrong = folder.File("sai.json", CampaignTestData.Json(leaf with { Year = 2024 }));
        (code, stdout, _) = await Run("submit", "--data", data, "--campaign", "c", "--unit", leaf.Unit.Code, wrong);
        Assert.Equal(CliApp.ExitCodes.FindingsWithErrors, code);
        Assert.Contains("năm 2024", stdout);

        (code, _, stderr) = await Run("submit", "--data", data, "--campaign", "c", "--unit", "KHONG-CO", file);
        Assert.Equal(CliApp.ExitCodes.Unreadable, code);
        Assert.Contains("Không tìm thấy đơn vị", stderr);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var check = new SqliteCampaignStore(data);
        Assert.Equal([1, 2], (await check.ListSubmissionsAsync("c", leaf.Unit.Code)).Select(s => s.Version));
    }
}

public class ProgressBarTests
{
    [Fact]
    public void Draws_one_updating_line_when_enabled_and_nothing_when_not()
    {
        var err = new StringWriter();
        using (var bar = new ProgressBar(new CliOutput(new StringWriter(), err), total: 2500, enabled: true))
        {
            bar.Report(new MergeProgress(64, 2500));
            bar.Report(new MergeProgress(70, 2500)); // same percent: not redrawn
            bar.Report(new MergeProgress(2500, 2500));
        }
        var text = err.ToString();
        Assert.Equal(2, text.Split('\r', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("] 64/2.500 tệp (2%)", text);
        Assert.Contains("[##############################] 2.500/2.500 tệp (100%)", text);
        Assert.EndsWith(Environment.NewLine, text);

        var quiet = new StringWriter();
        using (var off = new ProgressBar(new CliOutput(new StringWriter(), quiet), total: 10, enabled: false)) off.Report(new MergeProgress(5, 10));
        Assert.Equal("", quiet.ToString());
    }
}
