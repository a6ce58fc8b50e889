using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace OfficeReview.Service.Features.Audit;

/// <summary>What happened, before it gets its place in the chain.</summary>
public sealed record NewAuditEntry
{
    public required DateTimeOffset At { get; init; }
    /// <summary>User name, or "-" for an anonymous attempt (a failed sign-in names the attempted user in Target).</summary>
    public required string User { get; init; }
    /// <summary>Dotted action name: submission.create, submission.replace, merge, document.generate, document.approve, signin, signin.failed, campaign.create, …</summary>
    public required string Action { get; init; }
    public string? Campaign { get; init; }
    public string? Unit { get; init; }
    /// <summary>What the action was on: a submission id, a result id, a user name, a document kind.</summary>
    public string? Target { get; init; }
    /// <summary>Short facts (file name, version, sha256, counts); never file contents or members' personal data.</summary>
    public string? Detail { get; init; }
    public string? RemoteIp { get; init; }
}

/// <summary>An entry of the append-only log: <see cref="Hash"/> = SHA-256 over its fields and <see cref="PreviousHash"/>.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string User, string Action, string? Campaign, string? Unit, string? Target,
    string? Detail, string? RemoteIp, string PreviousHash, string Hash);

/// <summary>Result of recomputing the chain: intact, or the first entry whose hash or link does not match.</summary>
public sealed record AuditVerification(bool Intact, long Entries, long? FirstBrokenId, string? Problem, string? LastHash);

internal static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Timestamps are stored as this text (UTC, 100 ns), so that the hash recomputes exactly.</summary>
    public static string FormatTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>SHA-256 (hex) of the canonical JSON array of the entry's fields, its id and the previous hash.</summary>
    public static string Hash(long id, string at, string user, string action, string? campaign, string? unit, string? target, string? detail, string? remoteIp, string previous)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new[] { id.ToString(CultureInfo.InvariantCulture), at, user, action, campaign, unit, target, detail, remoteIp, previous });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    /// <summary>Stored rows as read back (id order), time as stored text.</summary>
    public sealed record Row(long Id, string At, string User, string Action, string? Campaign, string? Unit, string? Target, string? Detail, string? RemoteIp, string Previous, string Hash);

    public static AuditVerification Verify(IEnumerable<Row> rows)
    {
        var expectedPrevious = Genesis;
        long count = 0;
        foreach (var r in rows)
        {
            count++;
            if (!string.Equals(r.Previous, expectedPrevious, StringComparison.Ordinal))
                return new AuditVerification(false, count, r.Id, $"Mục {r.Id}: mã băm của mục trước không khớp (mục trước bị sửa, xóa hoặc chèn thêm).", null);
            var hash = Hash(r.Id, r.At, r.User, r.Action, r.Campaign, r.Unit, r.Target, r.Detail, r.RemoteIp, r.Previous);
            if (!string.Equals(hash, r.Hash, StringComparison.Ordinal))
                return new AuditVerification(false, count, r.Id, $"Mục {r.Id}: nội dung không khớp mã băm của nó (mục bị sửa).", null);
            expectedPrevious = r.Hash;
        }
        return new AuditVerification(true, count, null, null, count == 0 ? null : expectedPrevious);
    }

    public static AuditEntry ToEntry(Row r) =>
        new(r.Id, ParseTime(r.At), r.User, r.Action, r.Campaign, r.Unit, r.Target, r.Detail, r.RemoteIp, r.Previous, r.Hash);
}
