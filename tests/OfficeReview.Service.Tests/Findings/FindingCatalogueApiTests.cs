using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeReview.Domain.Findings;

namespace OfficeReview.Service.Tests.Findings;

/// <summary>The catalogue over HTTP, and findings that carry the catalogue's title and source rather than a hand-made one.</summary>
public sealed class FindingCatalogueApiTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task The_catalogue_route_lists_every_code_with_its_title_and_source()
    {
        var body = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/findings-catalogue");
        var entries = body.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(FindingCatalogue.All.Count, entries.Count);
        var quota = Assert.Single(entries, e => e.GetProperty("code").GetString() == "QUOTA_EXCEEDED");
        Assert.Equal("error", quota.GetProperty("severity").GetString());
        Assert.Equal("rules", quota.GetProperty("area").GetString());
        Assert.Equal(FindingCatalogue.Find("QUOTA_EXCEEDED")!.Title, quota.GetProperty("title").GetString());
        Assert.Contains("366", quota.GetProperty("source").GetString());
        var depth = Assert.Single(entries, e => e.GetProperty("code").GetString() == "INPUT_XML_TOO_DEEP");
        Assert.Contains("Limits:Input:MaxXmlDepth", depth.GetProperty("source").GetString());
    }

    [Fact]
    public async Task The_catalogue_route_needs_a_signed_in_user()
    {
        using var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;
        var response = await anonymous.GetAsync("/api/findings-catalogue");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Validation_findings_carry_the_catalogue_title_and_source()
    {
        var response = await factory.CreateClient().PostAsync("/api/validate", new StringContent(Samples.ExampleJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var findings = body.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            var definition = FindingCatalogue.Find(f.GetProperty("code").GetString());
            Assert.NotNull(definition);
            Assert.Equal(definition.Title, f.GetProperty("title").GetString());
            Assert.Equal(definition.Source, f.GetProperty("source").GetString());
        });
    }
}
