using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeReview.Domain.Model;
using OfficeReview.HostileCorpus;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Hostile;

/// <summary>
/// Every file of the hostile corpus against the real service, a separate process on loopback: each answer is a 4xx or
/// a success carrying error findings — never a 5xx, never a stack trace or a .NET type name —, the service answers
/// /api/health after each file, its peak memory (VmHWM) stays under 1,5 GB, and afterwards the store holds every
/// stored submission whole (rows and blobs agree, no temporary files). The process runs with a 2 GB GC heap limit so
/// a runaway allocation ends there rather than in the shared test machine; anything near it already fails the budget.
/// </summary>
[Collection(HostileCollection.Name)]
public class HostileHttpTests(HostileCorpusFixture corpus)
{
    private const string Campaign = "hostile";
    private const string ImportCampaign = "hostile-units";
    private const long MemoryBudget = 1536L * 1024 * 1024;
    private static readonly TimeSpan s_requestLimit = TimeSpan.FromSeconds(90);

    private sealed class Service : IDisposable
    {
        public required Process Process { get; set; }
        public required int Port { get; set; }
        public required HttpClient Client { get; set; }
        public string? Token { get; set; }

        public void Dispose()
        {
            Client.Dispose();
            try { if (!Process.HasExited) Process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            Process.WaitForExit(10_000);
            Process.Dispose();
        }
    }

    private static Dictionary<string, string> Environment(string data) => new()
    {
        ["Storage__DataFolder"] = data,
        ["Storage__Provider"] = "sqlite",
        ["Logging__LogLevel__Default"] = "Warning",
        ["DOTNET_GCHeapHardLimit"] = "0x80000000",
    };

    private static async Task<Service> Start(string data, string? token)
    {
        var port = HostingTests.FreePort();
        var process = HostingTests.Start(Environment(data), "--urls", $"http://127.0.0.1:{port}");
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = s_requestLimit };
        await HostingTests.WaitForHealth(client, $"http://127.0.0.1:{port}", process);
        return new Service { Process = process, Port = port, Client = client, Token = token };
    }

    /// <summary>A bearer token from the dev-token verb (the last line it prints), or null while the verb does not exist.</summary>
    private static async Task<string?> DevToken(string data)
    {
        var result = await Hostile.RunServiceChild(["dev-token", "--user", "fuzz", "--role", "admin"], TimeSpan.FromSeconds(60), Environment(data));
        if (result.Exit != 0) return null;
        return result.Out.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0);
    }

    private static long? PeakRss(Process process)
    {
        try
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is null) return null;
            return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { return null; }
    }

    [Fact]
    public async Task Every_hostile_file_gets_a_4xx_or_error_findings_and_the_service_stays_up_within_its_memory_with_nothing_half_stored()
    {
        using var data = new TempFolder();
        var token = await DevToken(data.Path);
        var service = await Start(data.Path, token);
        var failures = new List<(CorpusEntry, string)>();
        var cases = corpus.Manifest.Files.Where(e => e.HttpSkip is null && e.Target != Targets.GenerateTemplate).ToList(); // no route takes a template
        try
        {
            await Setup(service);
            var overBudget = false;
            var slowest = (Seconds: 0.0, File: "");
            foreach (var entry in cases)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var why = await Send(service, entry);
                if (clock.Elapsed.TotalSeconds > slowest.Seconds) slowest = (clock.Elapsed.TotalSeconds, entry.File);
                if (why is not null) failures.Add((entry, why));

                // The service must still answer; if it died, say so and start it again for the next files.
                if (!await Healthy(service))
                {
                    failures.Add((entry, $"the service stopped answering /api/health after this file (exit code {(service.Process.HasExited ? service.Process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none, hung")})"));
                    service.Dispose();
                    service = await Start(data.Path, token);
                    overBudget = false;
                    continue;
                }
                if (!overBudget && PeakRss(service.Process) is { } peak && peak > MemoryBudget)
                {
                    overBudget = true;
                    failures.Add((entry, $"peak memory of the service (VmHWM) reached {peak / 1024 / 1024} MB, over the 1.536 MB budget"));
                }
            }

            // Figures of the run (not asserted beyond the budget above): written for docs/security.md and the closing notes.
            Hostile.WriteFigures("http-figures.txt",
                $"files sent: {cases.Count}\npeak memory of the service (VmHWM): {(PeakRss(service.Process) ?? 0) / 1024 / 1024} MB (budget 1.536 MB)\n" +
                $"slowest answer: {slowest.Seconds:0.0} s ({slowest.File})\n");

            // Listing campaigns stays small (no 25 MB names kept).
            using var list = await Request(service, HttpMethod.Get, "api/campaigns", anonymous: false);
            var listed = await list.Content.ReadAsByteArrayAsync();
            Assert.True(list.StatusCode == HttpStatusCode.OK, $"GET api/campaigns after the corpus: {(int)list.StatusCode}");
            if (listed.Length > 1024 * 1024)
                failures.Add((new CorpusEntry { File = "(GET api/campaigns after the corpus)", Target = Targets.JsonApi, Item = 9, Expected = Expected.Refused, Note = "list size" },
                    $"returns {listed.Length / 1024} KB: an oversized campaign was kept"));

            // Nothing half-written: every stored submission has its blob, no blob without a row, no temporary file.
            using var submissions = await Request(service, HttpMethod.Get, $"api/campaigns/{Campaign}/submissions", anonymous: false);
            Assert.Equal(HttpStatusCode.OK, submissions.StatusCode);
            var rows = JsonDocument.Parse(await submissions.Content.ReadAsStringAsync()).RootElement.GetArrayLength();
            using (var store = new SqliteCampaignStore(data.Path))
            {
                var integrity = await store.CheckIntegrityAsync();
                Assert.True(integrity.IsConsistent,
                    $"store after the corpus: missing blobs [{string.Join(", ", integrity.MissingBlobs)}], corrupt [{string.Join(", ", integrity.CorruptBlobs)}], " +
                    $"orphans [{string.Join(", ", integrity.OrphanBlobs)}], temporary files [{string.Join(", ", integrity.TempFiles)}]");
                Assert.Equal(rows, integrity.Submissions);
            }
        }
        finally
        {
            service.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        Assert.True(cases.Count >= 250, $"only {cases.Count} corpus files reach the HTTP API");
        Assert.True(failures.Count == 0, Hostile.Report("HTTP", failures, cases.Count));
    }

    private async Task Setup(Service service)
    {
        var units = corpus.Seeds.Units.Select(u => new { code = u.Code, name = u.Name, kind = u.Kind.Slug(), category = u.Category, parent = u.Parent }).ToList();
        foreach (var id in new[] { Campaign, ImportCampaign })
        {
            using var body = JsonContent.Create(new { id, name = "Thử tệp độc hại", year = 2025, units });
            using var response = await Request(service, HttpMethod.Post, "api/campaigns", anonymous: false, body);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating campaign {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<bool> Healthy(Service service)
    {
        if (service.Process.HasExited) return false;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var response = await service.Client.GetAsync("api/health", cts.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
    }

    private static async Task<HttpResponseMessage> Request(Service service, HttpMethod method, string path, bool anonymous, HttpContent? content = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        // Large bodies ask first (Expect: 100-continue), so a service that refuses by Content-Length can answer 413
        // before the body is sent instead of resetting the connection under it.
        if (content?.Headers.ContentLength > 1024 * 1024) request.Headers.ExpectContinue = true;
        if (!anonymous && service.Token is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var (k, v) in headers ?? new Dictionary<string, string>())
        {
            if (k.Equals("Host", StringComparison.OrdinalIgnoreCase)) request.Headers.Host = v;
            else if (k.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) request.Headers.TryAddWithoutValidation("Authorization", v);
            else request.Headers.TryAddWithoutValidation(k, v);
        }
        return await service.Client.SendAsync(request);
    }

    private static HttpContent Body(CorpusEntry entry, string path)
    {
        if (entry.Target == Targets.Merge)
        {
            var form = new MultipartFormDataContent();
            var files = Directory.Exists(path) ? Directory.GetFiles(path).Order(StringComparer.Ordinal).ToArray() : [path];
            foreach (var f in files)
            {
                var part = new ByteArrayContent(File.ReadAllBytes(f));
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(part, "files", Path.GetFileName(f));
            }
            return form;
        }
        var content = new ByteArrayContent(File.ReadAllBytes(path));
        if (entry.Target == Targets.JsonApi)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", entry.ContentType ?? "application/json");
            return content;
        }
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.TryAddWithoutValidation("X-File-Name", entry.UploadName ?? Uri.EscapeDataString(Path.GetFileName(path)));
        return content;
    }

    private (HttpMethod, string) Route(CorpusEntry entry) => entry.Target switch
    {
        Targets.Validate => (HttpMethod.Post, "api/validate"),
        Targets.CheckReport => (HttpMethod.Post, "api/check-report"),
        Targets.Submit => (HttpMethod.Post, $"api/campaigns/{Campaign}/units/{entry.Unit ?? Uri.EscapeDataString(corpus.Seeds.Cell.Unit.Code)}/submissions"),
        Targets.UnitImport => (HttpMethod.Put, $"api/campaigns/{ImportCampaign}/units"),
        Targets.Merge => (HttpMethod.Post, "api/merge"),
        Targets.JsonApi => (new HttpMethod(entry.Method!), entry.Path!.Replace("{campaign}", Campaign, StringComparison.Ordinal)),
        _ => throw new InvalidOperationException("no route for " + entry.Target),
    };

    /// <summary>Null when the answer is acceptable, else why not.</summary>
    private async Task<string?> Send(Service service, CorpusEntry entry)
    {
        var (method, path) = Route(entry);
        HttpResponseMessage response;
        string body;
        try
        {
            response = await Request(service, method, path, entry.Anonymous, Body(entry, corpus.PathOf(entry)), entry.Headers);
            body = await response.Content.ReadAsStringAsync();
        }
        catch (TaskCanceledException) { return $"no answer within {s_requestLimit.TotalSeconds:0} s"; }
        catch (HttpRequestException e) { return $"no answer: {e.Message}"; }
        using (response)
        {
            var status = (int)response.StatusCode;
            var what = $"{method} {(path.Length > 80 ? path[..80] + "…" : path)} → {status}";
            if (Hostile.Leak(body) is { } leak) return $"{what}, the body shows .NET internals: {leak}";
            if (status >= 500) return $"{what}: {Short(body)}";
            if (status is >= 400 and < 500) return null;
            if (status is < 200 or >= 300) return $"{what}: unexpected status";
            // A success.
            if (entry.Expected == Expected.FindingsWithErrors && CarriesErrors(body)) return null;
            if (entry.Accept == "sanitized" && entry.Target == Targets.UnitImport)
                return await StoredUnitsClean(service) is { } dirty ? $"{what}, stored units keep {dirty}" : null;
            return entry.Expected switch
            {
                Expected.FindingsWithErrors => $"{what} without any error finding: {Short(body)}",
                _ => $"{what}, expected a 4xx: {Short(body)}",
            };
        }
    }

    /// <summary>True when a JSON answer reports an error: a finding of severity error, errors &gt; 0, or readable false.</summary>
    private static bool CarriesErrors(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return Walk(doc.RootElement);
        }
        catch (JsonException) { return false; }

        static bool Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        if (p.NameEquals("severity") && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "error") return true;
                        if (p.NameEquals("errors") && p.Value.ValueKind == JsonValueKind.Number && p.Value.GetInt64() > 0) return true;
                        if (p.NameEquals("readable") && p.Value.ValueKind == JsonValueKind.False) return true;
                        if (Walk(p.Value)) return true;
                    }
                    return false;
                case JsonValueKind.Array:
                    return e.EnumerateArray().Any(Walk);
                default:
                    return false;
            }
        }
    }

    /// <summary>What is wrong with the stored unit list (control, bidi, zero-width or non-characters; not NFC), or null.</summary>
    private static async Task<string?> StoredUnitsClean(Service service)
    {
        using var response = await Request(service, HttpMethod.Get, $"api/campaigns/{ImportCampaign}/units", anonymous: false);
        var units = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        foreach (var u in units.EnumerateArray())
            foreach (var field in new[] { "code", "name" })
            {
                var text = u.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
                if (!text.IsNormalized(NormalizationForm.FormC)) return $"a {field} not in NFC: {Escape(text)}";
                foreach (var r in text.EnumerateRunes())
                {
                    var c = r.Value;
                    if (c < 0x20 || c is >= 0x7F and < 0xA0 || c is >= 0x200B and <= 0x200F || c is >= 0x202A and <= 0x202E || c is >= 0x2066 and <= 0x2069 || c is 0x2060 or 0xFEFF || (c & 0xFFFE) == 0xFFFE || c == 0xFFFD)
                        return $"U+{c:X4} in {field} {Escape(text)}";
                }
            }
        return null;
    }

    private static string Escape(string s) => string.Concat(s.Take(60).Select(c => c < 0x20 || c > 0x7E && char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    private static string Short(string body)
    {
        var flat = body.Replace('\n', ' ').Replace('\r', ' ');
        return flat.Length > 300 ? flat[..300] + "…" : flat;
    }
}
