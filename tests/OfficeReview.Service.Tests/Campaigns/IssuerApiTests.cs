using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Issue #10 step 1 over HTTP (real SQLite store): the issuer typed once, deadlines with both dates.</summary>
public class IssuerApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static object Issuer(string issuer = "ĐẢNG ỦY XÃ IA GRAI", string authority = "T/M", string? body = "BAN THƯỜNG VỤ", string? level = "dang-uy-xa") => new
    {
        superior = "ĐẢNG BỘ TỈNH GIA LAI",
        issuer,
        issuerCode = "ĐU",
        place = "Ia Grai",
        level,
        signer = new { authority, body, title = "BÍ THƯ", name = "Nguyễn Văn An" },
        copyTo = new Dictionary<string, string[]>
        {
            ["default"] = ["Ban Tổ chức Tỉnh ủy (b/c)", "Lưu VP"],
            ["thong-bao-ket-qua"] = ["Các chi bộ trực thuộc", "Lưu VP"],
        },
    };

    [Fact]
    public async Task The_issuer_is_set_once_read_back_cleaned_and_audited()
    {
        using var app = new CampaignApp();
        var client = app.Client;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new { id = "c1", year = 2025 })).StatusCode);

        var none = await client.GetAsync("/api/campaigns/c1/issuer");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("cơ quan ban hành", await none.Content.ReadAsStringAsync());

        // Decomposed Vietnamese (NFD) in, NFC out.
        var put = await client.PutAsJsonAsync("/api/campaigns/c1/issuer", Issuer("ĐẢNG ỦY XÃ IA GRAI".Normalize(NormalizationForm.FormD)));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var got = await Json(await client.GetAsync("/api/campaigns/c1/issuer"));
        Assert.Equal("ĐẢNG ỦY XÃ IA GRAI", got.GetProperty("issuer").GetString());
        Assert.True(got.GetProperty("issuer").GetString()!.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("dang-uy-xa", got.GetProperty("level").GetString());
        Assert.Equal("Nguyễn Văn An", got.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal("T/M", got.GetProperty("signer").GetProperty("authority").GetString());
        Assert.Equal(["Các chi bộ trực thuộc", "Lưu VP"], got.GetProperty("copyTo").GetProperty("thong-bao-ket-qua").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("test-admin", got.GetProperty("updatedBy").GetString());
        // The campaign shows it too.
        Assert.Equal("ĐẢNG ỦY XÃ IA GRAI", (await Json(await client.GetAsync("/api/campaigns/c1"))).GetProperty("issuer").GetProperty("issuer").GetString());

        var audit = (await Json(await client.GetAsync("/api/audit?campaign=c1"))).EnumerateArray().ToList();
        var entry = Assert.Single(audit, e => e.GetProperty("action").GetString() == "campaign.issuer");
        Assert.Equal("ĐẢNG ỦY XÃ IA GRAI", entry.GetProperty("target").GetString());
    }

    [Fact]
    public async Task A_bad_issuer_is_refused_whole_naming_each_field()
    {
        using var app = new CampaignApp();
        var client = app.Client;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new { id = "c1", year = 2025 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/campaigns/c1/issuer", Issuer())).StatusCode);

        var badLevel = await client.PutAsJsonAsync("/api/campaigns/c1/issuer", Issuer("CHI BỘ THÔN 1", level: "tinh-thanh"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLevel.StatusCode);
        var levelDetail = (await Json(badLevel)).GetProperty("detail").GetString()!;
        Assert.Contains("\"level\"", levelDetail);
        Assert.Contains("tinh-thanh", levelDetail);

        // K/T BÍ THƯ is refused by the domain's own meta check (HD 36).
        var kt = await client.PutAsJsonAsync("/api/campaigns/c1/issuer", Issuer("CHI BỘ THÔN 1", authority: "K/T", body: "BÍ THƯ"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, kt.StatusCode);
        Assert.Contains("K/T BÍ THƯ", (await Json(kt)).GetProperty("detail").GetString());

        var missing = await client.PutAsJsonAsync("/api/campaigns/c1/issuer", new { issuer = "CHI BỘ THÔN 1", copyTo = new Dictionary<string, string[]> { ["bien-ban"] = ["x"] } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        var text = (await Json(missing)).GetProperty("detail").GetString()!;
        Assert.Contains("issuerCode", text);
        Assert.Contains("place", text);
        Assert.Contains("bien-ban", text);

        // Nothing of the refused requests was stored.
        Assert.Equal("ĐẢNG ỦY XÃ IA GRAI", (await Json(await client.GetAsync("/api/campaigns/c1/issuer"))).GetProperty("issuer").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/campaigns/nope/issuer", Issuer())).StatusCode);
    }

    [Fact]
    public async Task Deadlines_carry_the_review_date_and_late_follows_the_send_date()
    {
        using var app = new CampaignApp(); // the clock reads 05/12/2025 09:00 (+07)
        var client = app.Client;
        var p = CampaignTestData.Province(units: 8, members: 60);
        var create = await client.PostAsJsonAsync("/api/campaigns", new
        {
            id = "c1",
            year = 2025,
            units = CampaignTestData.UnitsOf(p),
            // Review already over on 01/12, report due 10/12: a file sent on 05/12 is on time.
            deadlines = new object[] { new { unitKind = (string?)null, reviewBy = "01/12/2025", due = "2025-12-10" } },
        });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var deadline = (await Json(await client.GetAsync("/api/campaigns/c1"))).GetProperty("deadlines")[0];
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 23, 59, 59, TimeSpan.FromHours(7)), deadline.GetProperty("reviewBy").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2025, 12, 10, 23, 59, 59, TimeSpan.FromHours(7)), deadline.GetProperty("due").GetDateTimeOffset());

        var leaf = p.Units.First(u => u.MemberList is not null);
        var sent = await client.PostAsync($"/api/campaigns/c1/units/{leaf.Unit.Code}/submissions", CampaignTestData.File(CampaignTestData.Json(leaf), "bc.json"));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.False((await Json(sent)).GetProperty("late").GetBoolean());

        // A review date after the send date is refused, naming both; a review date alone keeps the old deadlines.
        var wrong = await client.PatchAsJsonAsync("/api/campaigns/c1", new { deadlines = new object[] { new { reviewBy = "2025-12-15", due = "2025-12-10" } } });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongText = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("15/12/2025", wrongText);
        Assert.Contains("10/12/2025", wrongText);
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 23, 59, 59, TimeSpan.FromHours(7)),
            (await Json(await client.GetAsync("/api/campaigns/c1"))).GetProperty("deadlines")[0].GetProperty("reviewBy").GetDateTimeOffset());
        var unreadable = await client.PatchAsJsonAsync("/api/campaigns/c1", new { deadlines = new object[] { new { reviewBy = "sớm", due = "2025-12-10" } } });
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("sớm", await unreadable.Content.ReadAsStringAsync());
    }
}
