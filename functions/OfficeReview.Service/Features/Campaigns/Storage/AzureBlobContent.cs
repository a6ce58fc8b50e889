using System.Security.Cryptography;
using Azure;
using Azure.Core;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>Where a store keeps blob bytes when they do not sit beside its rows (the cloud configuration).</summary>
internal interface IBlobContent
{
    /// <summary>Makes the content durable under its SHA-256 (idempotent: storing the same bytes again is a no-op).</summary>
    Task PutAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken ct = default);

    /// <summary>The bytes, checked against their name; null when absent. Damaged bytes throw <see cref="InvalidDataException"/>.</summary>
    Task<byte[]?> GetAsync(string sha256, CancellationToken ct = default);

    /// <summary>Every stored content's SHA-256 (for the integrity check).</summary>
    IAsyncEnumerable<string> ListAsync(CancellationToken ct = default);

    /// <summary>Removes the content (no-op when absent); called only once no row names it.</summary>
    Task DeleteAsync(string sha256, CancellationToken ct = default);
}

/// <summary>
/// Blob bytes in Azure Blob Storage (Azure.Storage.Blobs), content-addressed: blob "ab/abcdef…" holds the bytes whose
/// SHA-256 is abcdef…. A write stages the bytes as blocks (each checked by the service with its MD5) and then commits
/// the block list with <c>If-None-Match: *</c>, so a blob becomes visible whole or not at all — a crash before the
/// commit leaves only uncommitted blocks, which the service discards. A 409/412 on commit means the name exists: it is
/// accepted when the existing blob is the same content (length and recorded SHA-256; when these are missing, its bytes
/// are hashed), and a damaged one is replaced under <c>If-Match</c> of its ETag.
/// </summary>
internal sealed class AzureBlobContent : IBlobContent, IDisposable
{
    /// <summary>The storage REST version this code is written and tested against (Azurite 3.37.0 serves it).</summary>
    public const BlobClientOptions.ServiceVersion ApiVersion = BlobClientOptions.ServiceVersion.V2026_06_06;
    private const int BlockSize = 4 * 1024 * 1024;
    private const string HashKey = "sha256";

    private readonly BlobContainerClient _container;
    private readonly SemaphoreSlim _created = new(1, 1);

    public void Dispose() => _created.Dispose();
    private volatile bool _ready;

    public AzureBlobContent(BlobContainerClient container) => _container = container;

    public string ContainerName => _container.Name;

    /// <summary>The container named by the options, from a connection string or a service URI with a credential.</summary>
    public static AzureBlobContent Create(BlobStorageOptions options, Func<TokenCredential>? credential = null)
    {
        var clientOptions = new BlobClientOptions(ApiVersion);
        clientOptions.Retry.MaxRetries = Math.Clamp(options.MaxRetries, 0, 10);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(Math.Clamp(options.NetworkTimeoutSeconds, 5, 600));
        var container = string.IsNullOrWhiteSpace(options.Container) ? BlobStorageOptions.DefaultContainer : options.Container.Trim();
        BlobServiceClient service;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            service = new BlobServiceClient(options.ConnectionString, clientOptions);
        else if (Uri.TryCreate(options.ServiceUri, UriKind.Absolute, out var uri))
            service = new BlobServiceClient(uri, (credential ?? (() => new Azure.Identity.DefaultAzureCredential()))(), clientOptions);
        else
            throw new InvalidOperationException("Storage:Blob cần ConnectionString hoặc ServiceUri (https://<tài khoản>.blob.core.windows.net) để lưu tệp trên Azure Blob Storage.");
        return new AzureBlobContent(service.GetBlobContainerClient(container));
    }

    public static string NameOf(string sha256) => $"{sha256[..2]}/{sha256}";

    private async Task EnsureContainerAsync(CancellationToken ct)
    {
        if (_ready) return;
        await _created.WaitAsync(ct);
        try
        {
            if (!_ready)
            {
                await _container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: ct);
                _ready = true;
            }
        }
        finally { _created.Release(); }
    }

    public async Task PutAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        if (BlobFiles.Hash(content.Span) != sha256)
            throw new ArgumentException($"Nội dung không khớp mã SHA-256 {sha256}.", nameof(content));
        await EnsureContainerAsync(ct);
        var blob = _container.GetBlockBlobClient(NameOf(sha256));
        // Already there (the common case for a resubmitted file): one HEAD instead of an upload.
        if (await SameContentAsync(blob, sha256, content.Length, ct) is { Same: true }) return;
        var blocks = await StageAsync(blob, content, ct);
        var commit = new CommitBlockListOptions
        {
            Metadata = new Dictionary<string, string> { [HashKey] = sha256 },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/octet-stream", ContentHash = MD5.HashData(content.Span) },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await blob.CommitBlockListAsync(blocks, commit, ct);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Someone committed this name meanwhile (another instance storing the same bytes): keep theirs if identical.
            var existing = await SameContentAsync(blob, sha256, content.Length, ct);
            if (existing.Same) return;
            if (existing.ETag is not { } etag) throw;
            blocks = await StageAsync(blob, content, ct);
            commit.Conditions = new BlobRequestConditions { IfMatch = etag };
            await blob.CommitBlockListAsync(blocks, commit, ct);
        }
    }

    private static async Task<List<string>> StageAsync(BlockBlobClient blob, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var blocks = new List<string>();
        var run = Guid.NewGuid().ToString("N")[..8];
        for (int offset = 0, n = 0; offset < content.Length || n == 0; offset += BlockSize, n++)
        {
            var part = content.Slice(offset, Math.Min(BlockSize, content.Length - offset));
            // Block ids are base64 of equal length within a blob; a per-attempt prefix keeps concurrent writers apart.
            var id = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{run}-{n:D6}"));
            using var stream = new ReadOnlyMemoryStream(part);
            await blob.StageBlockAsync(id, stream, new BlockBlobStageBlockOptions
            {
                TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
            }, ct);
            blocks.Add(id);
        }
        return blocks;
    }

    /// <summary>Whether the committed blob holds these bytes (Same) and its ETag when it exists.</summary>
    private static async Task<(bool Same, ETag? ETag)> SameContentAsync(BlockBlobClient blob, string sha256, long length, CancellationToken ct)
    {
        BlobProperties properties;
        try { properties = (await blob.GetPropertiesAsync(cancellationToken: ct)).Value; }
        catch (RequestFailedException e) when (e.Status == 404) { return (false, null); }
        if (properties.ContentLength != length) return (false, properties.ETag);
        if (properties.Metadata.TryGetValue(HashKey, out var recorded)) return (recorded == sha256, properties.ETag);
        var bytes = await DownloadAsync(blob, ct);
        return (bytes is not null && BlobFiles.Hash(bytes) == sha256, properties.ETag);
    }

    private static async Task<byte[]?> DownloadAsync(BlobBaseClient blob, CancellationToken ct)
    {
        try { return (await blob.DownloadContentAsync(ct)).Value.Content.ToArray(); }
        catch (RequestFailedException e) when (e.Status == 404) { return null; }
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken ct = default)
    {
        await EnsureContainerAsync(ct);
        var bytes = await DownloadAsync(_container.GetBlobClient(NameOf(sha256)), ct);
        if (bytes is not null && BlobFiles.Hash(bytes) != sha256)
            throw new InvalidDataException($"Tệp {NameOf(sha256)} trong vùng chứa {_container.Name} bị hỏng: mã SHA-256 không khớp tên.");
        return bytes;
    }

    /// <summary>The bytes as stored, unchecked (the integrity check hashes them itself).</summary>
    public async Task<byte[]?> GetUncheckedAsync(string sha256, CancellationToken ct = default)
    {
        await EnsureContainerAsync(ct);
        return await DownloadAsync(_container.GetBlobClient(NameOf(sha256)), ct);
    }

    public async Task DeleteAsync(string sha256, CancellationToken ct = default)
    {
        await EnsureContainerAsync(ct);
        await _container.DeleteBlobIfExistsAsync(NameOf(sha256), DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: ct);
    }

    public async IAsyncEnumerable<string> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await EnsureContainerAsync(ct);
        await foreach (var item in _container.GetBlobsAsync(cancellationToken: ct))
        {
            var slash = item.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0) yield return item.Name[(slash + 1)..];
        }
    }

    /// <summary>A read-only stream over memory (no copy).</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int _position;
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => memory.Length;
        public override long Position { get => _position; set => _position = (int)Math.Clamp(value, 0, memory.Length); }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, memory.Length - _position);
            memory.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));
        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => memory.Length + offset,
        };
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
