using System.Text;
using OfficeReview.Domain.Model;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Features.Identity;

/// <summary>The signed-in user of a request: name, how they signed in, their roles, and (for a session cookie) the CSRF token.</summary>
public sealed record Caller(string Name, string DisplayName, string Via, IReadOnlyList<RoleAssignment> Roles, string? CsrfToken)
{
    public bool IsSession => CsrfToken is not null;
}

/// <summary>What a role lets its holder do on a unit.</summary>
public enum Permission { Read, Submit, Merge, Draft, Approve }

/// <summary>
/// Decides what the caller may do on the unit tree of a campaign (docs/security.md, "Roles"):
/// admin — everything in the campaign (campaign null = every campaign); clerk of X — read and submit X;
/// reviewer of X — read, merge and draft documents anywhere in X's subtree; approver of X — read, draft and approve
/// documents anywhere in X's subtree. Unit trees are read once per request.
/// </summary>
public sealed class CallerAccess(Caller caller, ICampaignStore store)
{
    private const string ItemKey = "OfficeReview.CallerAccess";
    private readonly Dictionary<string, IReadOnlyList<UnitInfo>> _units = new(StringComparer.Ordinal);

    public Caller Caller => caller;

    public static CallerAccess? Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var v) ? v as CallerAccess : null;

    internal static void Attach(HttpContext context, CallerAccess access) => context.Items[ItemKey] = access;

    public static bool SameCode(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Nfc(a), Nfc(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>NFC form; the text unchanged when it is not valid Unicode (it then matches no unit).</summary>
    public static string Nfc(string s)
    {
        try { return s.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return s; }
    }

    private static bool Applies(RoleAssignment r, string campaign) => r.Campaign is null || string.Equals(r.Campaign, campaign, StringComparison.OrdinalIgnoreCase);

    public bool IsGlobalAdmin => caller.Roles.Any(r => r.Role == Roles.Admin && r.Campaign is null);
    public bool IsAnyAdmin => caller.Roles.Any(r => r.Role == Roles.Admin);
    public bool IsAdmin(string campaign) => caller.Roles.Any(r => r.Role == Roles.Admin && Applies(r, campaign));
    public bool HasRole(params string[] roles) => caller.Roles.Any(r => roles.Contains(r.Role));

    private async Task<IReadOnlyList<UnitInfo>> UnitsAsync(string campaign, CancellationToken ct)
    {
        if (!_units.TryGetValue(campaign, out var units))
            _units[campaign] = units = await store.GetUnitsAsync(campaign, ct);
        return units;
    }

    /// <summary>The campaign's units the caller holds a unit role on (their roots in the tree).</summary>
    public async Task<IReadOnlyList<string>> RootsAsync(string campaign, CancellationToken ct = default)
    {
        var units = await UnitsAsync(campaign, ct);
        return caller.Roles.Where(r => r.Role != Roles.Admin && r.Unit is not null && Applies(r, campaign))
            .Select(r => units.FirstOrDefault(u => SameCode(u.Code, r.Unit))?.Code)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when the caller has any role in the campaign (admin, or a unit role on a unit of its tree).</summary>
    public async Task<bool> SeesCampaignAsync(string campaign, CancellationToken ct = default) =>
        IsAdmin(campaign) || (await RootsAsync(campaign, ct)).Count > 0;

    public async Task<bool> CanAsync(string campaign, string unit, Permission permission, CancellationToken ct = default)
    {
        if (IsAdmin(campaign)) return true;
        var assignments = caller.Roles.Where(r => r.Role != Roles.Admin && r.Unit is not null && Applies(r, campaign) && Grants(r.Role, permission)).ToList();
        if (assignments.Count == 0) return false;
        var units = await UnitsAsync(campaign, ct);
        var byCode = new Dictionary<string, UnitInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var u in units) byCode.TryAdd(Nfc(u.Code), u);
        if (!byCode.TryGetValue(Nfc(unit), out var target)) return false;
        foreach (var r in assignments)
        {
            if (SameCode(target.Code, r.Unit)) return true;
            if (r.Role == Roles.Clerk) continue; // a clerk has their own unit only
            // Walk up from the unit: the assignment covers it when one of its ancestors is the assigned unit.
            var current = target;
            for (var steps = 0; current.Parent is not null && steps <= units.Count; steps++)
            {
                if (!byCode.TryGetValue(Nfc(current.Parent), out var parent)) break;
                if (SameCode(parent.Code, r.Unit)) return true;
                current = parent;
            }
        }
        return false;
    }

    private static bool Grants(string role, Permission p) => role switch
    {
        Roles.Clerk => p is Permission.Read or Permission.Submit,
        Roles.Reviewer => p is Permission.Read or Permission.Merge or Permission.Draft,
        Roles.Approver => p is Permission.Read or Permission.Draft or Permission.Approve,
        _ => false,
    };

    /// <summary>The items whose unit the caller may read (lists are filtered, never refused).</summary>
    public async Task<List<T>> VisibleAsync<T>(string campaign, IEnumerable<T> items, Func<T, string> unitOf, CancellationToken ct = default)
    {
        var list = new List<T>();
        var admin = IsAdmin(campaign);
        foreach (var item in items)
            if (admin || await CanAsync(campaign, unitOf(item), Permission.Read, ct)) list.Add(item);
        return list;
    }
}

/// <summary>List filtering for the route handlers: what the request's caller may see (nothing without a caller).</summary>
public static class Visible
{
    public static async Task<List<T>> UnitsAsync<T>(HttpContext context, string campaign, IEnumerable<T> items, Func<T, string> unitOf) =>
        CallerAccess.Of(context) is { } access ? await access.VisibleAsync(campaign, items, unitOf, context.RequestAborted) : [];

    public static async Task<List<Campaign>> CampaignsAsync(HttpContext context, IEnumerable<Campaign> campaigns)
    {
        var list = new List<Campaign>();
        if (CallerAccess.Of(context) is not { } access) return list;
        foreach (var c in campaigns)
            if (await access.SeesCampaignAsync(c.Id, context.RequestAborted)) list.Add(c);
        return list;
    }
}
