using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OfficeReview.Service.Features.Identity;

namespace OfficeReview.Functions.Tests;

/// <summary>
/// The function classes with real requests (an ASP.NET Core HttpContext, as ConfigureFunctionsWebApplication hands
/// them) through the service's middleware and handlers, on a real SQLite data folder.
/// </summary>
public sealed class FunctionTests : IDisposable
{
    private readonly Worker _worker = new();

    public void Dispose() => _worker.Dispose();

    private Task Run(HttpContext context, string function, Func<HttpRequest, Task<IActionResult>> call) =>
        _worker.Middleware.RunAsync(context, ApiFunctions.Routes[function], () => call(context.Request));

    private static JsonElement Json(HttpContext context) => JsonDocument.Parse(Worker.Body(context)).RootElement.Clone();

    [Fact]
    public async Task Health_function_answers_through_the_handler()
    {
        var context = _worker.Request("GET", "/api/health");
        var result = await _worker.Functions.Health(context.Request);
        Assert.IsType<EmptyResult>(result); // the handler wrote the response; the result adds nothing
        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal("ok", Json(context).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_route_without_sign_in_is_refused_by_the_middleware_and_the_function_does_not_run()
    {
        var context = _worker.Request("GET", "/api/campaigns");
        var ran = false;
        await _worker.Middleware.RunAsync(context, ApiFunctions.R.Campaigns, () => { ran = true; return Task.CompletedTask; });
        Assert.False(ran);
        Assert.Equal(401, context.Response.StatusCode);
        Assert.Equal("Cần đăng nhập", Json(context).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Campaign_created_read_and_renamed_through_the_functions_with_route_values_and_audit()
    {
        var admin = _worker.Token("lan.admin", Roles.Admin);

        var create = _worker.Request("POST", "/api/campaigns", """{"id":"dh-2025","name":"Đánh giá 2025","year":2025}""", admin);
        await Run(create, "Campaigns", _worker.Functions.Campaigns);
        Assert.Equal(201, create.Response.StatusCode);
        Assert.Equal("dh-2025", Json(create).GetProperty("campaign").GetProperty("id").GetString());

        var read = _worker.Request("GET", "/api/campaigns/dh-2025", token: admin);
        await Run(read, "Campaign", _worker.Functions.Campaign);
        Assert.Equal(200, read.Response.StatusCode);
        Assert.Equal("Đánh giá 2025", Json(read).GetProperty("name").GetString());

        var rename = _worker.Request("PATCH", "/api/campaigns/dh-2025", """{"name":"Đánh giá, xếp loại 2025"}""", admin);
        await Run(rename, "Campaign", _worker.Functions.Campaign);
        Assert.Equal(200, rename.Response.StatusCode);
        Assert.Equal("Đánh giá, xếp loại 2025", Json(rename).GetProperty("name").GetString());

        var missing = _worker.Request("GET", "/api/campaigns/khong-co", token: admin);
        await Run(missing, "Campaign", _worker.Functions.Campaign);
        Assert.Equal(404, missing.Response.StatusCode);

        // The audit filter of the local host's endpoints ran too: the creation and the change are in the audit log,
        // filed under the campaign (the update's campaign comes from the route values the worker set).
        var audit = _worker.Request("GET", "/api/audit?campaign=dh-2025", token: admin);
        await Run(audit, "Audit", _worker.Functions.Audit);
        Assert.Equal(200, audit.Response.StatusCode);
        var actions = Json(audit).EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("user").GetString())).ToList();
        Assert.Contains(("campaign.create", "lan.admin"), actions);
        Assert.Contains(("campaign.update", "lan.admin"), actions);
    }

    [Fact]
    public async Task A_clerk_without_a_role_in_the_campaign_is_stopped_by_the_access_gate()
    {
        var admin = _worker.Token("lan.admin", Roles.Admin);
        var create = _worker.Request("POST", "/api/campaigns", """{"id":"dh-2026","year":2026}""", admin);
        await Run(create, "Campaigns", _worker.Functions.Campaigns);
        Assert.Equal(201, create.Response.StatusCode);

        var clerk = _worker.Token("hoa.clerk", Roles.Clerk);
        var close = _worker.Request("POST", "/api/campaigns/dh-2026/close", "{}", clerk);
        await Run(close, "CampaignClose", _worker.Functions.CampaignClose);
        Assert.Equal(403, close.Response.StatusCode);
    }

    [Fact]
    public async Task Hardening_refuses_a_foreign_host_and_text_plain_on_a_json_route()
    {
        var admin = _worker.Token("lan.admin", Roles.Admin);
        var foreign = _worker.Request("GET", "/api/campaigns", token: admin, host: "attacker.example");
        await Run(foreign, "Campaigns", _worker.Functions.Campaigns);
        Assert.Equal(400, foreign.Response.StatusCode);
        Assert.Contains("attacker.example", Worker.Body(foreign));

        var plain = _worker.Request("POST", "/api/campaigns", """{"id":"x","year":2025}""", admin, contentType: "text/plain");
        await Run(plain, "Campaigns", _worker.Functions.Campaigns);
        Assert.Equal(415, plain.Response.StatusCode);
    }

    [Fact]
    public async Task Bad_json_gets_the_services_problem_not_a_crash()
    {
        var admin = _worker.Token("lan.admin", Roles.Admin);
        var bad = _worker.Request("POST", "/api/campaigns", """{"id": "x", "year": """, admin);
        await Run(bad, "Campaigns", _worker.Functions.Campaigns);
        Assert.Equal(400, bad.Response.StatusCode);
        Assert.Equal("application/problem+json", bad.Response.ContentType);
    }

    [Fact]
    public async Task The_one_time_sign_in_link_works_on_both_of_its_functions()
    {
        var store = _worker.Services.GetRequiredService<ISecurityStore>();
        var options = _worker.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        await store.CreateUserAsync(new UserAccount { UserName = "admin", DisplayName = "Quản trị", SecurityStamp = FirstStartService.NewStamp(), CreatedAt = DateTimeOffset.UtcNow });
        foreach (var (function, path) in new[] { ("AuthSignIn", FirstStartService.SignInPath), ("AuthSignInApi", FirstStartService.ApiSignInPath) })
        {
            var url = new Uri(await FirstStartService.CreateLinkAsync(store, options, TimeProvider.System, "https://or.example", "admin", path));
            Assert.Equal(path, url.AbsolutePath);
            var context = _worker.Request("GET", url.PathAndQuery);
            await Run(context, function, function == "AuthSignIn" ? _worker.Functions.AuthSignIn : _worker.Functions.AuthSignInApi);
            Assert.Equal(302, context.Response.StatusCode);
            Assert.Contains("officereview.session", context.Response.Headers.SetCookie.ToString());

            // Single use.
            var again = _worker.Request("GET", url.PathAndQuery);
            await Run(again, function, function == "AuthSignIn" ? _worker.Functions.AuthSignIn : _worker.Functions.AuthSignInApi);
            Assert.NotEqual(302, again.Response.StatusCode);
        }
    }
}
