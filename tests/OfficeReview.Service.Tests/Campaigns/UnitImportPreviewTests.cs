using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// PUT /api/campaigns/{id}/units?dryRun=true: the unit list is checked as the import checks it and nothing is stored;
/// the answer is the preview (the units read, the roots, every finding row by row, valid or not) the user confirms.
/// </summary>
public class UnitImportPreviewTests
{
    private const string Good = """
        ma,ten,loai,loai_hinh,ma_cap_tren
        T,Đảng bộ tỉnh Mẫu,dang-bo-tinh,,
        X1,Đảng bộ xã An Bình,dang-bo-cap-tren-co-so,xa,T
        C1,Chi bộ thôn 1,chi-bo-truc-thuoc,,X1
        C2,Chi bộ thôn 2,chi-bo-truc-thuoc,,X1
        """;

    private static HttpContent Csv(string text, string name = "don-vi.csv") => CampaignTestData.File(Encoding.UTF8.GetBytes(text + "\n"), name);

    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task A_dry_run_answers_the_tree_and_findings_and_stores_nothing()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "xt", year = 2025 })).StatusCode);

        var preview = await app.Client.PutAsync("/api/campaigns/xt/units?dryRun=true", Csv(Good));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = await Json(preview);
        Assert.True(body.GetProperty("dryRun").GetBoolean());
        Assert.True(body.GetProperty("valid").GetBoolean());
        Assert.Equal(4, body.GetProperty("units").GetInt32());
        Assert.Equal(["T"], body.GetProperty("roots").EnumerateArray().Select(r => r.GetString()));
        var tree = body.GetProperty("tree").EnumerateArray().ToList();
        Assert.Equal(["T", "X1", "C1", "C2"], tree.Select(u => u.GetProperty("code").GetString()));
        Assert.Equal("X1", tree[3].GetProperty("parent").GetString());
        Assert.Equal("chi-bo-truc-thuoc", tree[3].GetProperty("kind").GetString());
        // Nothing was stored: no units, and the audit log has no import.
        Assert.Empty((await app.Client.GetFromJsonAsync<JsonElement[]>("/api/campaigns/xt/units"))!);
        var audit = await app.Client.GetStringAsync("/api/audit?campaign=xt");
        Assert.DoesNotContain("campaign.units", audit);

        // The same file confirmed: stored, as the preview said.
        var taken = await app.Client.PutAsync("/api/campaigns/xt/units", Csv(Good));
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.False((await Json(taken)).TryGetProperty("dryRun", out _));
        Assert.Equal(4, (await app.Client.GetFromJsonAsync<JsonElement[]>("/api/campaigns/xt/units"))!.Length);
        Assert.Contains("campaign.units", await app.Client.GetStringAsync("/api/audit?campaign=xt"));
    }

    [Fact]
    public async Task A_dry_run_of_a_faulty_list_answers_its_findings_row_by_row_instead_of_refusing_and_keeps_the_old_tree()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "xt", year = 2025 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PutAsync("/api/campaigns/xt/units", Csv(Good))).StatusCode);

        // A parent that is not in the list: the tree check's error, named with the code.
        var orphan = Good + "\nC9,Chi bộ lạc,chi-bo-truc-thuoc,,KHONG.CO";
        var preview = await app.Client.PutAsync("/api/campaigns/xt/units?dryRun=true", Csv(orphan, "moi.csv"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = await Json(preview);
        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.Equal(5, body.GetProperty("tree").GetArrayLength());
        var errors = body.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        Assert.Contains(errors, f => f.GetProperty("message").GetString()!.Contains("KHONG.CO"));

        // A row the list reader refuses (unknown kind): the finding names its row; the answer is still a preview.
        var badRow = Good + "\nC9,Chi bộ lạ,huyện,,X1";
        var rows = await Json(await app.Client.PutAsync("/api/campaigns/xt/units?dryRun=true", Csv(badRow, "sai.csv")));
        Assert.False(rows.GetProperty("valid").GetBoolean());
        Assert.Contains(rows.GetProperty("findings").EnumerateArray(), f => f.GetProperty("message").GetString()!.Contains("huyện"));

        // The old tree is untouched by either preview; the real import of the faulty list is still refused with 422.
        var units = (await app.Client.GetFromJsonAsync<JsonElement[]>("/api/campaigns/xt/units"))!;
        Assert.Equal(["T", "X1", "C1", "C2"], units.Select(u => u.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await app.Client.PutAsync("/api/campaigns/xt/units", Csv(orphan, "moi.csv"))).StatusCode);
    }
}
