using System.Collections.Concurrent;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>The Blob Storage half of the cloud store against Azurite: conditional create, whole-or-nothing, hashes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AzureBlobContentTests(AzuriteServer azurite)
{
    private readonly string _container = AzuriteServer.NewContainer();

    /// <summary>Sees every request of a client: method, query, If-None-Match / If-Match and the status; can fail commits.</summary>
    private sealed class Recorder : HttpPipelinePolicy
    {
        public ConcurrentQueue<(string Method, string Query, string? IfNoneMatch, string? IfMatch, int Status)> Seen { get; } = new();
        public bool FailCommits { get; set; }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var query = message.Request.Uri.Query;
            if (FailCommits && query.Contains("comp=blocklist", StringComparison.Ordinal) && message.Request.Method == RequestMethod.Put)
                throw new IOException("connection lost before the commit (simulated crash)");
            await ProcessNextAsync(message, pipeline);
            message.Request.Headers.TryGetValue("If-None-Match", out var none);
            message.Request.Headers.TryGetValue("If-Match", out var match);
            Seen.Enqueue((message.Request.Method.ToString(), query, none, match, message.Response.Status));
        }

        public int Commits => Seen.Count(s => s.Method == "PUT" && s.Query.Contains("comp=blocklist", StringComparison.Ordinal));
    }

    private AzureBlobContent Content(Recorder? recorder = null) =>
        new(recorder is null ? azurite.Container(_container) : azurite.Container(_container, recorder));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Storing_the_same_bytes_from_many_writers_at_once_leaves_one_whole_blob_and_every_writer_succeeds()
    {
        var bytes = Bytes(string.Concat(Enumerable.Repeat("Báo cáo kiểm điểm chi bộ thôn Đông; ", 2000)));
        var sha = BlobFiles.Hash(bytes);
        var writers = Enumerable.Range(0, 8).Select(_ => Content()).ToList();
        await Task.WhenAll(writers.Select(w => Task.Run(() => w.PutAsync(sha, bytes))));
        var names = new List<string>();
        await foreach (var name in writers[0].ListAsync()) names.Add(name);
        Assert.Equal([sha], names);
        Assert.Equal(bytes, await writers[3].GetAsync(sha));
    }

    [Fact]
    public async Task The_commit_is_conditional_and_a_conflict_on_the_same_content_is_success()
    {
        var bytes = Bytes("Biên bản họp chi bộ");
        var sha = BlobFiles.Hash(bytes);
        var recorder = new Recorder();
        await Content(recorder).PutAsync(sha, bytes);
        var commit = Assert.Single(recorder.Seen, s => s.Method == "PUT" && s.Query.Contains("comp=blocklist", StringComparison.Ordinal));
        Assert.Equal("*", commit.IfNoneMatch);
        Assert.Equal(201, commit.Status);

        // Stored again: found by its hash, nothing uploaded.
        var again = new Recorder();
        await Content(again).PutAsync(sha, bytes);
        Assert.Equal(0, again.Commits);
        Assert.DoesNotContain(again.Seen, s => s.Method == "PUT" && !s.Query.Contains("restype=container", StringComparison.Ordinal));
        Assert.Contains(again.Seen, s => s.Method == "HEAD" && s.Status == 200);
    }

    [Fact]
    public async Task A_damaged_blob_under_the_name_meets_the_conditional_commit_and_is_replaced_under_its_etag()
    {
        var bytes = Bytes("Nghị quyết đúng");
        var sha = BlobFiles.Hash(bytes);
        await azurite.Container(_container).CreateIfNotExistsAsync();
        await azurite.Container(_container).GetBlobClient(AzureBlobContent.NameOf(sha)).UploadAsync(BinaryData.FromBytes(Bytes("sai")));
        var recorder = new Recorder();
        await Content(recorder).PutAsync(sha, bytes);
        var commits = recorder.Seen.Where(s => s.Method == "PUT" && s.Query.Contains("comp=blocklist", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, commits.Count);
        Assert.Equal("*", commits[0].IfNoneMatch);
        Assert.Contains(commits[0].Status, new[] { 409, 412 });
        Assert.NotNull(commits[1].IfMatch);
        Assert.Equal(201, commits[1].Status);
        Assert.Equal(bytes, await Content().GetAsync(sha));
    }

    [Fact]
    public async Task A_write_cut_before_its_commit_leaves_no_visible_blob_and_can_be_retried()
    {
        var bytes = new byte[9 * 1024 * 1024 + 17]; // three blocks
        new Random(13).NextBytes(bytes);
        var sha = BlobFiles.Hash(bytes);
        var recorder = new Recorder { FailCommits = true };
        await Assert.ThrowsAnyAsync<Exception>(() => Content(recorder).PutAsync(sha, bytes));
        Assert.True(recorder.Seen.Count(s => s.Query.Contains("comp=block&", StringComparison.Ordinal) && s.Status == 201) >= 3, "blocks were staged");
        Assert.Null(await Content().GetAsync(sha));
        var names = new List<string>();
        await foreach (var name in Content().ListAsync()) names.Add(name);
        Assert.Empty(names);

        await Content().PutAsync(sha, bytes);
        Assert.Equal(sha, BlobFiles.Hash((await Content().GetAsync(sha))!));
    }

    [Fact]
    public async Task Bytes_that_do_not_match_their_name_are_refused_and_damaged_bytes_are_never_served()
    {
        var bytes = Bytes("Danh sách đảng viên");
        var wrong = BlobFiles.Hash(Bytes("khác"));
        await Assert.ThrowsAsync<ArgumentException>(() => Content().PutAsync(wrong, bytes));
        Assert.Null(await Content().GetAsync(wrong));

        var sha = BlobFiles.Hash(bytes);
        await Content().PutAsync(sha, bytes);
        await azurite.Container(_container).GetBlobClient(AzureBlobContent.NameOf(sha)).UploadAsync(BinaryData.FromBytes(Bytes("Danh sách đảng viêN")), overwrite: true);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Content().GetAsync(sha));
        Assert.Contains(sha, error.Message);
        await Content().DeleteAsync(sha);
        Assert.Null(await Content().GetAsync(sha));
    }
}
