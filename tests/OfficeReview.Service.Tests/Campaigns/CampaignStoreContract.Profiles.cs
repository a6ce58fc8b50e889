using OfficeReview.Service.Features.Profiles;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Issue #14: saved mapping profiles (migration 0003), on every store.</summary>
public abstract partial class CampaignStoreContract
{
    private static StoredProfile Profile(string id, string name, DateTimeOffset at, string check = "{\"complete\":true,\"files\":[]}") => new()
    {
        Id = id, Name = name, BodyJson = $"{{\"name\":\"{name}\",\"entries\":[]}}", CreatedAt = at, CreatedBy = "admin", UpdatedAt = at, UpdatedBy = "admin", CheckJson = check,
    };

    [Fact]
    public async Task A_profile_is_created_once_replaced_with_the_next_version_listed_by_id_and_deleted()
    {
        var t0 = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        Assert.Empty(await Store.ListProfilesAsync());
        var created = await Store.SaveProfileAsync(Profile("tinh-2024", "Biểu tỉnh năm 2024", t0), replace: false);
        Assert.NotNull(created);
        Assert.Equal((1, "Biểu tỉnh năm 2024", "admin"), (created!.Version, created.Name, created.CreatedBy));
        Assert.Equal(t0, created.CreatedAt);
        // The same id again is not a second profile; replacing one that does not exist changes nothing.
        Assert.Null(await Store.SaveProfileAsync(Profile("tinh-2024", "Khác", t0), replace: false));
        Assert.Null(await Store.SaveProfileAsync(Profile("khong-co", "Khác", t0), replace: true));
        Assert.Equal("Biểu tỉnh năm 2024", (await Store.GetProfileAsync("tinh-2024"))!.Name);

        var t1 = t0.AddDays(1);
        var replaced = await Store.SaveProfileAsync(Profile("tinh-2024", "Biểu tỉnh (sửa)", t1, "{\"complete\":false,\"files\":[]}") with { CreatedAt = t1, UpdatedBy = "admin2" }, replace: true);
        Assert.Equal((2, "Biểu tỉnh (sửa)", "admin2", "admin"), (replaced!.Version, replaced.Name, replaced.UpdatedBy, replaced.CreatedBy));
        Assert.Equal((t0, t1), (replaced.CreatedAt, replaced.UpdatedAt)); // created stays, updated moves
        Assert.Equal("{\"complete\":false,\"files\":[]}", replaced.CheckJson);

        Assert.NotNull(await Store.SaveProfileAsync(Profile("a-truoc", "A", t0), replace: false));
        Assert.Equal(["a-truoc", "tinh-2024"], (await Store.ListProfilesAsync()).Select(p => p.Id));
        Assert.True(await Store.DeleteProfileAsync("tinh-2024"));
        Assert.False(await Store.DeleteProfileAsync("tinh-2024"));
        Assert.Null(await Store.GetProfileAsync("tinh-2024"));
        Assert.Equal(["a-truoc"], (await Store.ListProfilesAsync()).Select(p => p.Id));
    }
}
