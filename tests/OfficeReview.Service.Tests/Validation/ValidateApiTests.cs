using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OfficeReview.Service.Tests.Validation;

public class ValidateApiTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task HealthAnswers()
    {
        var health = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(["132", "124", "366"], health.GetProperty("rulesets").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ValidatesAJsonBody()
    {
        var response = await factory.CreateClient().PostAsync("/api/validate", new StringContent(Samples.ExampleJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("366", body.GetProperty("ruleset").GetString());
        Assert.Equal(3, body.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.Contains(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "PERCENT_WRONG_DENOMINATOR");
    }

    [Fact]
    public async Task ValidatesAMultipartFileWithAForcedRuleset()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.CleanJson));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "chi-bo.json");
        var response = await factory.CreateClient().PostAsync("/api/validate?ruleset=124", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("chi-bo.json", body.GetProperty("file").GetString());
        Assert.Equal(0, body.GetProperty("counts").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task UnreadableBodyIs422WithTheReason()
    {
        var response = await factory.CreateClient().PostAsync("/api/validate", new StringContent("{\"year\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("readable").GetBoolean());
        Assert.Contains("cú pháp", body.GetProperty("findings")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task MultipartWithoutAFileIsAProblem()
    {
        var response = await factory.CreateClient().PostAsync("/api/validate", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
