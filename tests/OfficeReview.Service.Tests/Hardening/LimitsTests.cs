using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.Service.Hosting;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Hardening;

/// <summary>Rate and concurrency limits (429), the upload memory budget (503), over the real pipeline.</summary>
public class LimitsTests
{
    /// <summary>A body that sends a few bytes, then waits until the test lets it finish.</summary>
    private sealed class HeldContent(TaskCompletionSource release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("{\"schema\":"));
            await stream.FlushAsync();
            await release.Task;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task Too_many_writes_from_one_caller_get_429_with_retry_after()
    {
        using var app = new CampaignApp(new Dictionary<string, string>
        {
            ["Limits:Requests:WritesPerMinute"] = "6",
            ["Limits:Requests:WriteBurst"] = "3",
        });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 1; i <= 6; i++)
        {
            var response = await app.Client.PostAsJsonAsync("/api/campaigns", new { id = $"c{i}", year = 2025 });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused ??= response;
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created], statuses.Take(3));
        Assert.NotNull(refused);
        Assert.True(int.Parse(refused!.Headers.GetValues("Retry-After").Single()) >= 1);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Quá nhiều yêu cầu", text);
        Assert.Contains("Limits:Requests:WritesPerMinute", text);
        // Reads are not limited, and what was refused was not done.
        var list = await app.Client.GetFromJsonAsync<JsonElement>("/api/campaigns");
        Assert.Equal(statuses.Count(s => s == HttpStatusCode.Created), list.GetArrayLength());
    }

    [Fact]
    public async Task A_heavy_request_beyond_the_concurrency_and_queue_gets_429_and_the_budget_is_spent_only_as_bytes_arrive()
    {
        using var app = new CampaignApp(new Dictionary<string, string>
        {
            ["Limits:Requests:HeavyConcurrency"] = "1",
            ["Limits:Requests:HeavyQueue"] = "0",
        });
        var budget = app.Factory.Services.GetRequiredService<UploadBudget>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var content = new HeldContent(release);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        // The kit's client buffers request bodies (to follow redirects); this one streams, signed in like the kit's.
        using var streaming = new HttpClient(app.Factory.Server.CreateHandler()) { BaseAddress = app.Client.BaseAddress };
        foreach (var header in app.Client.DefaultRequestHeaders) streaming.DefaultRequestHeaders.TryAddWithoutValidation(header.Key, header.Value);
        var held = streaming.PostAsync("/api/validate", content);

        // The held request is inside (it is reading its body): one 64 KB chunk reserved, whatever it may announce.
        for (var i = 0; i < 400 && budget.Used == 0 && !held.IsCompleted; i++) await Task.Delay(25);
        if (held.IsCompleted) { var r = await held; Assert.Fail($"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}"); }
        Assert.Equal(64 * 1024, budget.Used);

        var second = await app.Client.PostAsync("/api/validate", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.Contains("Retry-After"));
        Assert.Contains("HeavyConcurrency", await second.Content.ReadAsStringAsync());
        // Light routes still answer.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/health")).StatusCode);

        release.SetResult();
        var first = await held;
        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
    }

    [Fact]
    public async Task Uploads_beyond_the_memory_budget_get_503_and_the_budget_is_given_back()
    {
        using var app = new CampaignApp(new Dictionary<string, string> { ["Limits:UploadMemoryBytes"] = "262144" });
        var budget = app.Factory.Services.GetRequiredService<UploadBudget>();
        var big = new ByteArrayContent(new byte[600 * 1024]);
        big.Headers.Add("X-File-Name", "lon.xlsx");
        var response = await app.Client.PostAsync("/api/validate", big);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Máy chủ đang bận", text);
        Assert.Equal(0, budget.Used);

        // Within the budget the same route reads the file (and says what is wrong with it).
        var small = new ByteArrayContent(new byte[100 * 1024]);
        small.Headers.Add("X-File-Name", "nho.xlsx");
        var ok = await app.Client.PostAsync("/api/validate", small);
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, ok.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, ok.StatusCode);
    }

    /// <summary>A stream that gives a few bytes, then waits.</summary>
    private sealed class TrickleStream(TaskCompletionSource secondRead, TaskCompletionSource finish) : Stream
    {
        private int _reads;
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            if (++_reads == 1)
            {
                buffer.Span[..10].Fill(7);
                return 10;
            }
            secondRead.TrySetResult();
            await finish.Task;
            return 0;
        }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task The_budget_grows_with_the_bytes_received_not_with_what_is_announced()
    {
        var budget = new UploadBudget(1024 * 1024);
        var lease = budget.Open();
        var second = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var reading = BudgetedReader.ReadAsync(new TrickleStream(second, finish), maxBytes: 50L * 1024 * 1024, lease, CancellationToken.None);
        await second.Task;
        Assert.Equal(64 * 1024, budget.Used);
        finish.SetResult();
        var bytes = await reading;
        Assert.Equal(10, bytes!.Length);
        Assert.Equal(10, budget.Used);
        lease.Dispose();
        Assert.Equal(0, budget.Used);

        // Over the budget: refused, and nothing stays reserved.
        var tight = new UploadBudget(100 * 1024);
        var lease2 = tight.Open();
        await Assert.ThrowsAsync<UploadBudgetExceededException>(() => BudgetedReader.ReadAsync(new MemoryStream(new byte[300 * 1024]), 1L << 30, lease2, CancellationToken.None));
        Assert.Equal(0, tight.Used);
        // Over the size limit: null, nothing reserved.
        var lease3 = budget.Open();
        Assert.Null(await BudgetedReader.ReadAsync(new MemoryStream(new byte[200 * 1024]), 150 * 1024, lease3, CancellationToken.None));
        Assert.Equal(0, budget.Used);
    }
}
