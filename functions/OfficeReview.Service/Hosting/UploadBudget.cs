using System.Buffers;

namespace OfficeReview.Service.Hosting;

/// <summary>The process-wide upload memory budget is spent; the caller should retry later (503 with Retry-After).</summary>
public sealed class UploadBudgetExceededException(long budget) : Exception($"Upload memory budget of {budget} bytes is spent.")
{
    public long Budget { get; } = budget;
    public int RetryAfterSeconds => 5;
}

/// <summary>
/// One byte budget for the bodies of all requests in flight (Limits:UploadMemoryBytes, default 256 MB). Memory is
/// reserved as bytes actually arrive — never from an announced Content-Length — and given back when the request ends,
/// so a hundred slow or lying connections cannot reserve more than the budget.
/// </summary>
internal sealed class UploadBudget(long capacity)
{
    public const long DefaultBytes = 256L * 1024 * 1024;

    private long _used;

    public long Capacity { get; } = capacity <= 0 ? long.MaxValue : capacity;
    public long Used => Interlocked.Read(ref _used);

    /// <summary>Reserves <paramref name="bytes"/>, or returns false when that would exceed the budget.</summary>
    public bool TryReserve(long bytes)
    {
        while (true)
        {
            var used = Interlocked.Read(ref _used);
            if (used + bytes > Capacity) return false;
            if (Interlocked.CompareExchange(ref _used, used + bytes, used) == used) return true;
        }
    }

    public void Release(long bytes) => Interlocked.Add(ref _used, -bytes);

    /// <summary>A reservation owned by one request; disposed (everything given back) when the request ends.</summary>
    public Lease Open() => new(this);

    public sealed class Lease(UploadBudget budget) : IDisposable
    {
        private long _held;

        public long Held => Interlocked.Read(ref _held);

        public void Reserve(long bytes)
        {
            if (bytes <= 0) return;
            if (!budget.TryReserve(bytes)) throw new UploadBudgetExceededException(budget.Capacity);
            Interlocked.Add(ref _held, bytes);
        }

        public void Release(long bytes)
        {
            bytes = Math.Min(bytes, Held);
            if (bytes <= 0) return;
            Interlocked.Add(ref _held, -bytes);
            budget.Release(bytes);
        }

        public void Dispose() => Release(Held);
    }
}

/// <summary>
/// Reads a stream into one exact-size array while spending <see cref="UploadBudget"/> chunk by chunk as bytes arrive
/// (pooled 64 KB chunks; the final array is reserved too, then the chunks are given back).
/// </summary>
internal static class BudgetedReader
{
    private const int Chunk = 64 * 1024;

    /// <summary>The whole stream, or null when it is longer than <paramref name="maxBytes"/> (reading stops there).</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long maxBytes, UploadBudget.Lease lease, CancellationToken ct)
    {
        var chunks = new List<byte[]>();
        long total = 0;
        var lastFill = Chunk;
        try
        {
            while (true)
            {
                if (lastFill == Chunk)
                {
                    lease.Reserve(Chunk);
                    chunks.Add(ArrayPool<byte>.Shared.Rent(Chunk));
                    lastFill = 0;
                }
                var got = await body.ReadAsync(chunks[^1].AsMemory(lastFill, Chunk - lastFill), ct);
                if (got == 0) break;
                lastFill += got;
                total += got;
                if (total > maxBytes) return null;
            }
            lease.Reserve(total);
            var result = new byte[total];
            long offset = 0;
            foreach (var c in chunks)
            {
                var n = (int)Math.Min(Chunk, total - offset);
                Buffer.BlockCopy(c, 0, result, (int)offset, n);
                offset += n;
            }
            return result;
        }
        finally
        {
            foreach (var c in chunks) ArrayPool<byte>.Shared.Return(c);
            lease.Release((long)chunks.Count * Chunk);
        }
    }
}
