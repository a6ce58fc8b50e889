namespace OfficeReview.Service.Features.Profiles;

/// <summary>
/// A saved mapping profile (docs/bieu-mau-excel.md, "Hồ sơ ánh xạ"): its id, name, the profile as JSON
/// (<see cref="OpenXml.Workbooks.Profiles.MappingProfile"/>), who saved it when, how many times, and what the check
/// against the sample files found at the last save (JSON).
/// </summary>
public sealed record StoredProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string BodyJson { get; init; }
    /// <summary>1 when created, +1 per replacement (set by the store).</summary>
    public int Version { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string? CreatedBy { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }
    public required string CheckJson { get; init; }
}
