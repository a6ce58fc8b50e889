using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OfficeReview.Service.Features.Identity;

/// <summary>
/// Failed password attempts per user name (in memory, per instance): after Auth:MaxFailedLogins failures in a row the
/// name is locked for Auth:LockoutMinutes; a success resets the count.
/// </summary>
internal sealed class LoginThrottle(IOptions<AuthOptions> options, TimeProvider clock)
{
    private sealed record State(int Failures, DateTimeOffset? LockedUntil);
    private readonly ConcurrentDictionary<string, State> _states = new(StringComparer.Ordinal);

    /// <summary>When the name is locked: until when.</summary>
    public DateTimeOffset? LockedUntil(string userName)
    {
        if (_states.TryGetValue(userName, out var s) && s.LockedUntil is { } until)
        {
            if (until > clock.GetUtcNow()) return until;
            _states.TryRemove(userName, out _);
        }
        return null;
    }

    public void Failed(string userName)
    {
        var max = Math.Max(1, options.Value.MaxFailedLogins);
        var lockFor = TimeSpan.FromMinutes(Math.Max(1, options.Value.LockoutMinutes));
        if (_states.Count > 100_000) _states.Clear(); // bounded memory under a flood of made-up names
        _states.AddOrUpdate(userName, _ => new State(1, max <= 1 ? clock.GetUtcNow() + lockFor : null),
            (_, s) => s.Failures + 1 >= max ? new State(0, clock.GetUtcNow() + lockFor) : s with { Failures = s.Failures + 1 });
    }

    public void Succeeded(string userName) => _states.TryRemove(userName, out _);
}
