using System.Net;

namespace OfficeReview.Service.Features.Microsoft365;

/// <summary>
/// Retries a Graph request on throttling (429) and transient failures (500, 502, 503, 504, network errors), waiting
/// what Retry-After says (seconds or a date) or an exponential back-off (1, 2, 4 … s, at most 32 s) — at most
/// <see cref="GraphOptions.MaxRetries"/> times, and never longer than <see cref="GraphOptions.MaxRetryAfterSeconds"/>
/// for one wait (then the 429/503 is returned as it is). Replaces the SDK's retry handler, which retries only 429/503/504.
/// </summary>
internal sealed class GraphRetryHandler(GraphOptions options, TimeProvider clock) : DelegatingHandler
{
    /// <summary>Requests retried since start (for the pull report and the tests).</summary>
    public int Retries => _retries;
    private int _retries;

    private static bool Transient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The body must be sent again on a retry: buffer it once.
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken);
        var max = Math.Clamp(options.MaxRetries, 0, 10);
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < max && !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(Backoff(attempt), clock, cancellationToken);
                continue;
            }
            if (!Transient(response.StatusCode) || attempt >= max) return response;
            var wait = RetryAfter(response) ?? Backoff(attempt);
            if (wait > TimeSpan.FromSeconds(Math.Max(0, options.MaxRetryAfterSeconds))) return response;
            response.Dispose();
            Interlocked.Increment(ref _retries);
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(32, 1 << Math.Min(attempt, 5)));

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
