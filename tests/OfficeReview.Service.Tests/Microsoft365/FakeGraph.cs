using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OfficeReview.Service.Tests.Microsoft365;

/// <summary>
/// A local stand-in for the few Microsoft Graph routes the service uses, on real Kestrel (127.0.0.1), answering in the
/// shapes Graph documents: driveItem JSON (id, name, eTag, cTag, size, file/folder, parentReference), a children
/// listing in pages with an absolute @odata.nextLink, /content answered with 302 to a pre-authenticated download URL
/// (or the bytes), PUT …/{parent-id}:/{name}:/content, createUploadSession with Content-Range slices, Graph error
/// bodies ({"error":{"code","message"}}), 401 without a bearer token, and throttling (429 + Retry-After) or transient
/// 5xx injected per route. Every request is recorded.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    public const string Token = "fake-graph-token";

    public sealed class Item
    {
        public required string Id { get; init; }
        public required string Name { get; set; }
        public required string ParentId { get; init; }
        public bool IsFolder { get; init; }
        public byte[] Content { get; set; } = [];
        public int Version { get; set; } = 1;
        public string ETag => $"\"{{{Id}}},{Version}\"";
        public string CTag => $"\"c:{{{Id}}},{Version}\"";
    }

    public sealed record Seen(string Method, string Path, string Query, string? Authorization, int Status);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Item>> _drives = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Drive, string Parent, string Name, byte[] Buffer, int Received)> _sessions = new();
    private readonly object _lock = new();
    private int _next = 100;

    public ConcurrentQueue<Seen> Requests { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public string Origin { get; private set; } = "";
    /// <summary>The same server as http://localhost:port — the stand-in for the pre-authenticated download/upload hosts.</summary>
    public string OtherHost => Origin.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    /// <summary>Answer /content with 302 to a pre-authenticated URL (as Graph does) or with the bytes.</summary>
    public bool RedirectDownloads { get; set; } = true;

    /// <summary>Failures to inject: a predicate over (method, path) and the statuses to answer, one per matching request.</summary>
    private readonly List<(Func<string, string, bool> When, Queue<(int Status, int? RetryAfter)> Answers)> _faults = [];

    /// <summary>Called once while the bytes of an item are served, after they were taken (e.g. to change the file mid-pull).</summary>
    public Action<Item>? AfterDownload { get; set; }

    private FakeGraph(WebApplication app) => _app = app;

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGraph(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Origin = address.TrimEnd('/');
        fake.BaseUrl = fake.Origin + "/v1.0";
        return fake;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    // ---- the drive's content -----------------------------------------------------------------------------------------

    public string AddDrive(string driveId)
    {
        var items = _drives.GetOrAdd(driveId, _ => new ConcurrentDictionary<string, Item>(StringComparer.Ordinal));
        items.TryAdd("root", new Item { Id = "root", Name = "root", ParentId = "", IsFolder = true });
        return driveId;
    }

    public Item AddFolder(string driveId, string parentId, string name) => Add(driveId, new Item { Id = NewId(), Name = name, ParentId = parentId, IsFolder = true });

    public Item AddFile(string driveId, string parentId, string name, byte[] content) => Add(driveId, new Item { Id = NewId(), Name = name, ParentId = parentId, Content = content });

    public void Replace(Item item, byte[] content)
    {
        lock (_lock) { item.Content = content; item.Version++; }
    }

    public IReadOnlyList<Item> Children(string driveId, string parentId) =>
        _drives[driveId].Values.Where(i => i.ParentId == parentId).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();

    private Item Add(string driveId, Item item)
    {
        _drives[driveId][item.Id] = item;
        return item;
    }

    private string NewId() => $"01FAKE{Interlocked.Increment(ref _next):D6}";

    /// <summary>The next <paramref name="count"/> requests matching <paramref name="when"/> answer <paramref name="status"/>.</summary>
    public void Fail(Func<string, string, bool> when, int status, int count = 1, int? retryAfterSeconds = null)
    {
        lock (_lock) _faults.Add((when, new Queue<(int, int?)>(Enumerable.Repeat((status, retryAfterSeconds), count))));
    }

    // ---- the routes ------------------------------------------------------------------------------------------------------

    private async Task HandleAsync(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var pathPart = raw.Split('?')[0];
        // Graph reads the path percent-decoded (the SDK sends '!' as %21 and ':' '/' inside a path segment escaped).
        var path = Uri.UnescapeDataString(pathPart);
        var method = context.Request.Method;
        var auth = context.Request.Headers.Authorization.ToString();
        try
        {
            await RouteAsync(context, method, path);
        }
        finally
        {
            Requests.Enqueue(new Seen(method, path, context.Request.QueryString.Value ?? "", auth.Length == 0 ? null : auth, context.Response.StatusCode));
        }
    }

    private async Task RouteAsync(HttpContext context, string method, string path)
    {
        (int Status, int? RetryAfter)? fault = null;
        lock (_lock)
            foreach (var (when, answers) in _faults)
                if (answers.Count > 0 && when(method, path)) { fault = answers.Dequeue(); break; }
        if (fault is { } f)
        {
            if (f.RetryAfter is { } s) context.Response.Headers.RetryAfter = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Error(context, f.Status, f.Status == 429 ? "activityLimitReached" : "serviceNotAvailable",
                f.Status == 429 ? "The request has been throttled" : "The service is temporarily unavailable");
            return;
        }

        // Pre-authenticated download and upload-session URLs: no bearer token (as on Graph, where they are other hosts).
        if (path.StartsWith("/download/", StringComparison.Ordinal))
        {
            var parts = path["/download/".Length..].Split('/');
            if (!_drives.TryGetValue(parts[0], out var drive) || !drive.TryGetValue(parts[1], out var file)) { await Error(context, 404, "itemNotFound", "The resource could not be found."); return; }
            await ServeBytesAsync(context, file);
            return;
        }
        if (path.StartsWith("/upload/", StringComparison.Ordinal) && method == "PUT")
        {
            await UploadSliceAsync(context, path["/upload/".Length..]);
            return;
        }

        if (!path.StartsWith("/v1.0/drives/", StringComparison.Ordinal)) { await Error(context, 400, "invalidRequest", "Invalid request"); return; }
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            await Error(context, 401, "InvalidAuthenticationToken", "Access token is empty.");
            return;
        }
        var rest = path["/v1.0/drives/".Length..];
        var slash = rest.IndexOf('/');
        var driveId = rest[..slash];
        rest = rest[(slash + 1)..];
        if (!_drives.TryGetValue(driveId, out var items)) { await Error(context, 404, "itemNotFound", "The drive could not be found."); return; }

        // root:/a/b:  (item by path from the root)
        if (rest.StartsWith("root:/", StringComparison.Ordinal) && rest.EndsWith(':') && method == "GET")
        {
            var segments = rest["root:/".Length..^1].Split('/');
            var current = items["root"];
            foreach (var s in segments)
            {
                var next = items.Values.FirstOrDefault(i => i.ParentId == current.Id && string.Equals(i.Name, s, StringComparison.OrdinalIgnoreCase));
                if (next is null) { await Error(context, 404, "itemNotFound", "The resource could not be found."); return; }
                current = next;
            }
            await Json(context, 200, ItemJson(driveId, current));
            return;
        }
        if (!rest.StartsWith("items/", StringComparison.Ordinal)) { await Error(context, 400, "invalidRequest", "Invalid request"); return; }
        rest = rest["items/".Length..];

        // items/{parent-id}:/{name}:/content  and  items/{parent-id}:/{name}:/createUploadSession
        var colon = rest.IndexOf(":/", StringComparison.Ordinal);
        if (colon > 0)
        {
            var parentId = rest[..colon];
            var tail = rest[(colon + 2)..];
            var end = tail.LastIndexOf(':');
            var name = tail[..end];
            var action = tail[(end + 1)..];
            if (!items.ContainsKey(parentId)) { await Error(context, 404, "itemNotFound", "The parent folder could not be found."); return; }
            if (action == "/content" && method == "PUT")
            {
                using var buffer = new MemoryStream();
                await context.Request.Body.CopyToAsync(buffer);
                var (item, created) = Save(driveId, parentId, name, buffer.ToArray());
                await Json(context, created ? 201 : 200, ItemJson(driveId, item));
                return;
            }
            if (action == "/createUploadSession" && method == "POST")
            {
                var session = Guid.NewGuid().ToString("N");
                _sessions[session] = (driveId, parentId, name, [], 0);
                await Json(context, 200, new JsonObject
                {
                    ["uploadUrl"] = $"{OtherHost}/upload/{session}",
                    ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
                    ["nextExpectedRanges"] = new JsonArray("0-"),
                });
                return;
            }
            await Error(context, 400, "invalidRequest", "Invalid request");
            return;
        }

        var parts2 = rest.Split('/');
        if (!items.TryGetValue(parts2[0], out var target)) { await Error(context, 404, "itemNotFound", "The resource could not be found."); return; }
        if (parts2.Length == 1 && method == "GET") { await Json(context, 200, ItemJson(driveId, target)); return; }
        if (parts2.Length == 2 && parts2[1] == "children" && method == "GET")
        {
            var all = Children(driveId, target.Id);
            var top = int.TryParse(context.Request.Query["$top"], out var t) ? Math.Clamp(t, 1, 999) : 200;
            var skip = int.TryParse(context.Request.Query["$skiptoken"], out var k) ? k : 0;
            var page = all.Skip(skip).Take(top).ToList();
            var body = new JsonObject
            {
                ["@odata.context"] = $"{BaseUrl}/$metadata#drives('{driveId}')/items('{target.Id}')/children",
                ["value"] = new JsonArray(page.Select(i => (JsonNode)ItemJson(driveId, i)).ToArray()),
            };
            if (skip + top < all.Count)
                body["@odata.nextLink"] = $"{BaseUrl}/drives/{Uri.EscapeDataString(driveId)}/items/{target.Id}/children?$top={top}&$skiptoken={skip + top}";
            await Json(context, 200, body);
            return;
        }
        if (parts2.Length == 2 && parts2[1] == "content" && method == "GET")
        {
            if (target.IsFolder) { await Error(context, 400, "notSupported", "Cannot download a folder."); return; }
            if (RedirectDownloads)
            {
                context.Response.StatusCode = 302;
                // Another host name for the same server, as Graph sends a download to a SharePoint host: the token stays behind.
                context.Response.Headers.Location = $"{OtherHost}/download/{Uri.EscapeDataString(driveId)}/{target.Id}?tempauth=pre-authenticated";
                return;
            }
            await ServeBytesAsync(context, target);
            return;
        }
        await Error(context, 400, "invalidRequest", "Invalid request");
    }

    private async Task ServeBytesAsync(HttpContext context, Item file)
    {
        byte[] bytes;
        lock (_lock) bytes = file.Content;
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = bytes.Length;
        // The file changes while these (old) bytes are on their way: done before the body is written, because a client
        // that has read the whole body may ask for the item again at once, before code after the write would have run.
        var hook = AfterDownload;
        if (hook is not null) { AfterDownload = null; hook(file); }
        await context.Response.Body.WriteAsync(bytes);
    }

    private (Item Item, bool Created) Save(string driveId, string parentId, string name, byte[] content)
    {
        lock (_lock)
        {
            var existing = _drives[driveId].Values.FirstOrDefault(i => i.ParentId == parentId && string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
            if (existing is not null) { existing.Content = content; existing.Version++; return (existing, false); }
            return (Add(driveId, new Item { Id = NewId(), Name = name, ParentId = parentId, Content = content }), true);
        }
    }

    private async Task UploadSliceAsync(HttpContext context, string session)
    {
        if (!_sessions.TryGetValue(session, out var s)) { await Error(context, 404, "itemNotFound", "The upload session was not found."); return; }
        // Content-Range: bytes 0-327679/1000000
        var range = context.Request.Headers.ContentRange.ToString();
        var spec = range.Replace("bytes ", "", StringComparison.Ordinal).Split('/');
        var bounds = spec[0].Split('-');
        var (from, to, total) = (long.Parse(bounds[0]), long.Parse(bounds[1]), long.Parse(spec[1]));
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        if (from != s.Received || to - from + 1 != buffer.Length)
        {
            await Error(context, 416, "invalidRange", $"Expected the range starting at {s.Received}.");
            return;
        }
        var all = s.Buffer.Length == total ? s.Buffer : new byte[total];
        if (s.Buffer.Length != total) Array.Copy(s.Buffer, all, s.Received);
        buffer.ToArray().CopyTo(all, from);
        var received = (int)(to + 1);
        _sessions[session] = (s.Drive, s.Parent, s.Name, all, received);
        if (received < total)
        {
            await Json(context, 202, new JsonObject { ["nextExpectedRanges"] = new JsonArray($"{received}-"), ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O") });
            return;
        }
        _sessions.TryRemove(session, out _);
        var (item, created) = Save(s.Drive, s.Parent, s.Name, all);
        await Json(context, created ? 201 : 200, ItemJson(s.Drive, item));
    }

    private JsonObject ItemJson(string driveId, Item i)
    {
        var o = new JsonObject
        {
            ["id"] = i.Id,
            ["name"] = i.Name,
            ["eTag"] = i.ETag,
            ["cTag"] = i.CTag,
            ["size"] = i.IsFolder ? 0 : i.Content.Length,
            ["lastModifiedDateTime"] = "2025-12-05T02:00:00Z",
            ["parentReference"] = new JsonObject { ["driveId"] = driveId, ["driveType"] = "documentLibrary", ["id"] = i.ParentId },
        };
        if (i.IsFolder) o["folder"] = new JsonObject { ["childCount"] = _drives[driveId].Values.Count(c => c.ParentId == i.Id) };
        else o["file"] = new JsonObject { ["mimeType"] = i.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
        return o;
    }

    private static async Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private static Task Error(HttpContext context, int status, string code, string message) =>
        Json(context, status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject { ["date"] = "2025-12-05T02:00:00", ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() },
            },
        });
}

/// <summary>The token the fake expects, from a credential the test host registers (Entra ID cannot run here).</summary>
public sealed class FakeCredential : Azure.Core.TokenCredential
{
    public int Requests => _requests;
    private int _requests;

    public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return new Azure.Core.AccessToken(FakeGraph.Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
