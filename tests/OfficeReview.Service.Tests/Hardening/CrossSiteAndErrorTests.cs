using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Hardening;

/// <summary>Host check, cross-site writes, JSON content type, security headers and error bodies, over the real pipeline.</summary>
public class CrossSiteAndErrorTests
{
    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<int> CampaignCount(CampaignApp app) =>
        (await app.Client.GetFromJsonAsync<JsonElement>("/api/campaigns")).GetArrayLength();

    [Fact]
    public async Task Another_host_name_is_refused_and_local_names_are_answered()
    {
        using var app = new CampaignApp();
        foreach (var host in new[] { "localhost", "127.0.0.1", "[::1]" })
        {
            using var ok = new HttpRequestMessage(HttpMethod.Get, "/api/health") { Headers = { Host = host } };
            Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(ok)).StatusCode);
        }
        using var rebinding = new HttpRequestMessage(HttpMethod.Get, "/api/campaigns") { Headers = { Host = "attacker.example" } };
        var refused = await app.Client.SendAsync(rebinding);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("attacker.example", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_configured_host_name_is_answered()
    {
        using var app = new CampaignApp(new Dictionary<string, string> { ["Security:AllowedHosts:0"] = "review.tinhuy.vn" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health") { Headers = { Host = "review.tinhuy.vn" } };
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(request)).StatusCode);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/health") { Headers = { Host = "evil.tinhuy.vn" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Writes_from_another_origin_or_a_cross_site_fetch_are_refused_and_change_nothing()
    {
        using var app = new CampaignApp(new Dictionary<string, string> { ["Security:AllowedOrigins:0"] = "https://review.tinhuy.vn" });
        var body = "{\"id\":\"c1\",\"year\":2025}";

        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/campaigns") { Content = JsonBody(body) };
        foreign.Headers.Add("Origin", "https://evil.example");
        var r1 = await app.Client.SendAsync(foreign);
        Assert.Equal(HttpStatusCode.Forbidden, r1.StatusCode);
        Assert.Contains("Security:AllowedOrigins", await r1.Content.ReadAsStringAsync());

        // Same host name, another port: another origin.
        using var otherPort = new HttpRequestMessage(HttpMethod.Post, "/api/campaigns") { Content = JsonBody(body) };
        otherPort.Headers.Add("Origin", "http://localhost:8080");
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.SendAsync(otherPort)).StatusCode);

        using var sandboxed = new HttpRequestMessage(HttpMethod.Post, "/api/campaigns") { Content = JsonBody(body) };
        sandboxed.Headers.Add("Origin", "null");
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.SendAsync(sandboxed)).StatusCode);

        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/campaigns/c1/units/X/submissions") { Content = new ByteArrayContent([1, 2, 3]) };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.SendAsync(crossSite)).StatusCode);
        Assert.Equal(0, await CampaignCount(app));

        // The pane's own origin and a configured one are fine; a cross-site GET is only a read.
        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/campaigns") { Content = JsonBody(body) };
        own.Headers.Add("Origin", "http://localhost");
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await app.Client.SendAsync(own)).StatusCode);
        // Behind a TLS proxy (or the Azure Functions host) the page is https while the service sees http: same host, same origin.
        using var proxied = new HttpRequestMessage(HttpMethod.Post, "/api/campaigns") { Content = JsonBody("{\"id\":\"c3\",\"year\":2025}") };
        proxied.Headers.Add("Origin", "https://localhost");
        Assert.Equal(HttpStatusCode.Created, (await app.Client.SendAsync(proxied)).StatusCode);
        using var configured = new HttpRequestMessage(HttpMethod.Post, "/api/campaigns") { Content = JsonBody("{\"id\":\"c2\",\"year\":2025}") };
        configured.Headers.Add("Origin", "https://review.tinhuy.vn");
        Assert.Equal(HttpStatusCode.Created, (await app.Client.SendAsync(configured)).StatusCode);
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/campaigns");
        read.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(read)).StatusCode);
    }

    [Fact]
    public async Task A_text_plain_json_post_is_refused_with_415()
    {
        using var app = new CampaignApp();
        var response = await app.Client.PostAsync("/api/campaigns", new StringContent("{\"id\":\"c1\",\"year\":2025}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync());
        var form = await app.Client.PostAsync("/api/documents/ke-hoach", new FormUrlEncodedContent([new("data", "{}")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(0, await CampaignCount(app));
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_the_pane_may_load_office_js()
    {
        using var app = new CampaignApp();
        foreach (var path in new[] { "/api/health", "/api/campaigns/none", "/no-such-page" })
        {
            var response = await app.Client.GetAsync(path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com", csp);
            Assert.Contains("frame-ancestors 'self' https://*.officeapps.live.com", csp);
            Assert.DoesNotContain("frame-ancestors *", csp);
            Assert.Contains("object-src 'none'", csp);
            // Plain HTTP: no HSTS (it would be ignored, and would lock localhost out of http).
            Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        }
    }

    public static TheoryData<string, string> BadJson => new()
    {
        { "lone surrogate", "{\"id\":\"c1\",\"year\":2025,\"name\":\"a\\ud800b\"}" },
        { "noncharacter U+FFFE", "{\"id\":\"c1\",\"year\":2025,\"name\":\"a\uFFFEb\"}" },
        { "escaped U+FFFF", "{\"id\":\"c1\",\"year\":2025,\"name\":\"a\\uffffb\"}" },
        { "wrong type", "{\"id\":\"c1\",\"year\":\"hai nghìn\"}" },
        { "object for string", "{\"id\":{\"x\":1},\"year\":2025}" },
        { "too deep", "{\"id\":\"c1\",\"year\":2025,\"settings\":" + new string('[', 200) + new string(']', 200) + "}" },
        { "truncated", "{\"id\":\"c1\",\"year\":" },
        { "NUL in name", "{\"id\":\"c1\",\"year\":2025,\"name\":\"a\\u0000b\"}" },
    };

    [Theory]
    [MemberData(nameof(BadJson))]
    public async Task Bad_json_is_a_400_in_vietnamese_without_dotnet_type_names(string what, string json)
    {
        using var app = new CampaignApp();
        var response = await app.Client.PostAsync("/api/campaigns", JsonBody(json));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {text}");
        Assert.Contains("JSON", text);
        Assert.DoesNotContain("System.", text);
        Assert.DoesNotContain("OfficeReview.", text);
        Assert.DoesNotContain("   at ", text);
        Assert.Equal(0, await CampaignCount(app));
    }

    [Fact]
    public async Task Invalid_utf8_and_bad_document_json_are_400s_too()
    {
        using var app = new CampaignApp();
        var bytes = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.PostAsync("/api/campaigns", bytes)).StatusCode);
        var doc = await app.Client.PostAsync("/api/documents/ke-hoach", JsonBody("{\"meta\":{\"title\":\"x\\udc00\"}}"));
        var text = await doc.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, doc.StatusCode);
        Assert.DoesNotContain("System.", text);
    }

    [Fact]
    public async Task File_names_and_names_lose_control_and_bidi_characters()
    {
        using var app = new CampaignApp();
        var create = await app.Client.PostAsync("/api/campaigns", JsonBody("{\"id\":\"c1\",\"year\":2025,\"name\":\"Đợt\\u202e 2025\\u001b[31m\\u200d\"}"));
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var campaign = await app.Client.GetFromJsonAsync<JsonElement>("/api/campaigns/c1");
        Assert.Equal("Đợt 2025[31m", campaign.GetProperty("name").GetString());
        Assert.Equal("open", campaign.GetProperty("state").GetString());
    }

    [Fact]
    public void Plain_http_off_this_machine_is_recognized_for_the_warning()
    {
        Assert.True(OfficeReview.Service.Hosting.Hardening.IsExposedPlainHttp("http://0.0.0.0:7071"));
        Assert.True(OfficeReview.Service.Hosting.Hardening.IsExposedPlainHttp("http://[::]:7071"));
        Assert.True(OfficeReview.Service.Hosting.Hardening.IsExposedPlainHttp("http://192.168.1.5:80"));
        Assert.True(OfficeReview.Service.Hosting.Hardening.IsExposedPlainHttp("http://review.tinhuy.vn"));
        Assert.False(OfficeReview.Service.Hosting.Hardening.IsExposedPlainHttp("http://localhost:7071"));
        Assert.False(OfficeReview.Service.Hosting.Hardening.IsExposedPlainHttp("http://127.0.0.1:5000"));
        Assert.False(OfficeReview.Service.Hosting.Hardening.IsExposedPlainHttp("http://[::1]:5000"));
        Assert.False(OfficeReview.Service.Hosting.Hardening.IsExposedPlainHttp("https://0.0.0.0:7071"));
    }

    [Fact]
    public async Task Broken_file_names_are_cleaned_not_a_500()
    {
        using var app = new CampaignApp();
        foreach (var route in new[] { "/api/validate", "/api/check-report" })
        {
            var raw = new ByteArrayContent("{}"u8.ToArray());
            raw.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            raw.Headers.TryAddWithoutValidation("X-File-Name", "%EF%BF%BEbao%ED%A0%80cao%E2%80%AE%00.json%");
            var r1 = await app.Client.PostAsync(route, raw);
            Assert.True((int)r1.StatusCode is >= 200 and < 500, $"{route}: {(int)r1.StatusCode} {await r1.Content.ReadAsStringAsync()}");
            var t1 = await r1.Content.ReadAsStringAsync();
            Assert.False(t1.Contains('\uFFFE', StringComparison.Ordinal), t1);

            using var form = new MultipartFormDataContent();
            var part = new ByteArrayContent("{}"u8.ToArray());
            form.Add(part, "file", "a\uFFFEb\u202E.json");
            var r2 = await app.Client.PostAsync(route, form);
            var text = await r2.Content.ReadAsStringAsync();
            Assert.True((int)r2.StatusCode is >= 200 and < 500, $"{route}: {(int)r2.StatusCode} {text}");
            Assert.False(text.Contains('\u202E', StringComparison.Ordinal) || text.Contains('\uFFFE', StringComparison.Ordinal), text);
        }
    }
}
