using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Synthetic;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _lock = new();
    private DateTimeOffset _now = start;

    public DateTimeOffset Now { get { lock (_lock) return _now; } set { lock (_lock) _now = value; } }

    /// <summary>When set, every reading moves the clock on by this much (each caller sees a distinct, later time).</summary>
    public TimeSpan Step { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            var now = _now;
            _now += Step;
            return now.ToUniversalTime();
        }
    }
}

/// <summary>
/// The service in memory (WebApplicationFactory) over a temporary SQLite data folder, with a manual clock. <see cref="Client"/>
/// is signed in as an admin of every campaign; <see cref="ClientAs"/> gives a client with another role.
/// </summary>
public sealed class CampaignApp : IDisposable
{
    private readonly ServiceFactory _base = new();

    public TempFolder Data { get; } = new();
    public ManualClock Clock { get; } = new(new DateTimeOffset(2025, 12, 5, 9, 0, 0, TimeSpan.FromHours(7)));
    public WebApplicationFactory<Program> Factory { get; }
    public HttpClient Client { get; }

    public CampaignApp(Action<IWebHostBuilder> configure) : this(null, configure) { }

    /// <param name="settings">Extra configuration (e.g. limits) for this app.</param>
    /// <param name="configure">Further changes to the host (services, settings).</param>
    public CampaignApp(IReadOnlyDictionary<string, string>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        Factory = _base.WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:Provider", "sqlite");
            b.UseSetting("Storage:DataFolder", Data.Path);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) b.UseSetting(key, value);
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
            configure?.Invoke(b);
        });
        Client = Factory.CreateClient();
    }

    /// <summary>A client signed in (bearer token) as <paramref name="user"/> with one role; no token when <paramref name="role"/> is null.</summary>
    public HttpClient ClientAs(string user, string? role, string? unit = null, string? campaign = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = role is null ? null : TestAuth.Bearer(TestAuth.Token(user, role, unit, campaign));
        return client;
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        _base.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Data.Dispose();
    }
}

public static class CampaignTestData
{
    public static SyntheticProvince Province(int units = 40, int members = 600, bool plantErrors = false, ulong seed = 5) =>
        SyntheticProvince.Generate(new SyntheticOptions { Units = units, Members = members, Seed = seed, PlantErrors = plantErrors });

    /// <summary>
    /// Creates campaign "c" (2025, every unit of <paramref name="p"/>) in a local SQLite data folder, as the CLI tests
    /// start, and releases the database before the CLI opens it.
    /// </summary>
    public static async Task CreateLocalCampaignAsync(string data, SyntheticProvince p)
    {
        using (var store = new SqliteCampaignStore(data))
        {
            var service = new CampaignService(store, new ValidationService(), TimeProvider.System);
            await service.CreateAsync(new CampaignCreateRequest
            {
                Id = "c", Year = 2025,
                Units = p.Units.Select(u => new UnitRequest(u.Unit.Code, u.Unit.Name, u.Unit.Kind.Slug(), u.Unit.Category, u.Unit.Parent)).ToList(),
            });
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public static byte[] Json(UnitReport report) => System.Text.Encoding.UTF8.GetBytes(UnitReportJson.Write(report));

    public static object UnitsOf(SyntheticProvince p) => p.Units.Select(u => new
    {
        code = u.Unit.Code,
        name = u.Unit.Name,
        kind = u.Unit.Kind.Slug(),
        category = u.Unit.Category,
        parent = u.Unit.Parent,
    }).ToList();

    public static HttpContent File(byte[] content, string name)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Headers.Add("X-File-Name", Uri.EscapeDataString(name));
        return body;
    }

    public static MultipartFormDataContent Form(params (byte[] Content, string Name)[] files) =>
        Parts(files.Select(f => (f.Content, f.Name, "application/json")));

    /// <summary>A multipart form of "files" parts, in order, each with its file name and media type.</summary>
    public static MultipartFormDataContent Parts(IEnumerable<(byte[] Content, string Name, string MediaType)> files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (content, name, mediaType) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            form.Add(part, "files", name);
        }
        return form;
    }
}
