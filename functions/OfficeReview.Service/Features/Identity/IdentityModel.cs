namespace OfficeReview.Service.Features.Identity;

/// <summary>The four roles (docs/security.md): admin of a campaign (or of every campaign), clerk, reviewer and approver of a unit.</summary>
internal static class Roles
{
    public const string Admin = "admin";
    public const string Clerk = "clerk";
    public const string Reviewer = "reviewer";
    public const string Approver = "approver";

    public static IReadOnlyList<string> All { get; } = [Admin, Clerk, Reviewer, Approver];

    public static bool IsKnown(string? role) => role is Admin or Clerk or Reviewer or Approver;
}

/// <summary>
/// One role of a user: <see cref="Campaign"/> null = every campaign; <see cref="Unit"/> null only for an admin
/// (the whole campaign). A reviewer or approver of a unit covers the unit's whole subtree.
/// </summary>
public sealed record RoleAssignment(string Role, string? Unit, string? Campaign);

/// <summary>A user of the service (local account, or an Entra ID user known by name for role assignments).</summary>
public sealed record UserAccount
{
    /// <summary>Lower case: the local account name, or the Entra ID preferred_username / upn.</summary>
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    /// <summary>PasswordHasher hash; null when no password is set (sign-in only through a one-time link or Entra ID).</summary>
    public string? PasswordHash { get; init; }
    /// <summary>Changes when the password changes: every session cookie issued before it stops working.</summary>
    public required string SecurityStamp { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>How the caller signed in: "entra" (Entra ID token), "token" (local bearer token, e.g. dev-token), "password" or "link" (session cookie).</summary>
internal static class SignInMethods
{
    public const string Entra = "entra";
    public const string Token = "token";
    public const string Password = "password";
    public const string Link = "link";
}

/// <summary>What the API says about the signed-in user (login, me).</summary>
internal sealed record UserView(string Name, string DisplayName, string Via);

internal sealed record SessionView(UserView User, IReadOnlyList<RoleAssignment> Roles, string? CsrfToken);
