using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Identity.Storage;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Security;

/// <summary>The behaviour every <see cref="ISecurityStore"/> must have (users, roles, links, audit chain); run against SQLite and PostgreSQL.</summary>
public abstract class SecurityStoreContract : IAsyncLifetime
{
    protected ISecurityStore Store { get; private set; } = null!;
    protected abstract Task<ISecurityStore> CreateStoreAsync();
    /// <summary>Runs SQL directly on the store's database (to tamper with it as an attacker with database access would).</summary>
    protected abstract Task ExecuteAsync(string sql);
    public async Task InitializeAsync() => Store = await CreateStoreAsync();
    public virtual Task DisposeAsync()
    {
        (Store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    private static readonly DateTimeOffset s_t0 = new(2025, 12, 5, 9, 30, 0, TimeSpan.FromHours(7));

    private static UserAccount User(string name, string? hash = "h") => new()
    {
        UserName = name, DisplayName = $"Người dùng {name}", PasswordHash = hash, SecurityStamp = "s1", CreatedAt = s_t0.AddTicks(1234567),
    };

    private static NewAuditEntry Entry(int i, string? campaign = "c1") => new()
    {
        At = s_t0.AddSeconds(i).AddTicks(1), User = "lan", Action = "submission.create", Campaign = campaign, Unit = $"U{i}",
        Target = i.ToString(), Detail = $"lần 1; tệp bao-cao-{i}.xlsx", RemoteIp = "10.0.0.7",
    };

    [Fact]
    public async Task Users_and_roles_round_trip()
    {
        Assert.Equal(0, await Store.CountUsersAsync());
        Assert.True(await Store.CreateUserAsync(User("lan")));
        Assert.False(await Store.CreateUserAsync(User("lan", "other")));
        Assert.True(await Store.CreateUserAsync(User("an", null)));
        Assert.Equal(2, await Store.CountUsersAsync());
        var lan = await Store.GetUserAsync("lan");
        Assert.Equal(User("lan"), lan);
        Assert.Null((await Store.GetUserAsync("an"))!.PasswordHash);
        Assert.Null(await Store.GetUserAsync("nobody"));
        Assert.Equal(["an", "lan"], (await Store.ListUsersAsync()).Select(u => u.UserName));

        Assert.True(await Store.SetPasswordAsync("lan", "h2", "s2"));
        Assert.Equal(("h2", "s2"), ((await Store.GetUserAsync("lan"))!.PasswordHash, (await Store.GetUserAsync("lan"))!.SecurityStamp));
        Assert.False(await Store.SetPasswordAsync("nobody", "h", "s"));

        RoleAssignment[] roles = [new(Roles.Reviewer, "X1", "c1"), new(Roles.Admin, null, null), new(Roles.Clerk, "Đảng bộ A", null)];
        await Store.SetRolesAsync("lan", roles);
        Assert.Equal(roles, await Store.GetRolesAsync("lan"));
        await Store.SetRolesAsync("lan", roles[..1]);
        Assert.Equal(roles[..1], await Store.GetRolesAsync("lan"));
        Assert.Empty(await Store.GetRolesAsync("an"));
    }

    [Fact]
    public async Task A_sign_in_link_works_once_and_not_after_it_expires()
    {
        await Store.AddSignInLinkAsync("aa", "lan", s_t0.AddMinutes(30));
        await Store.AddSignInLinkAsync("bb", "lan", s_t0.AddMinutes(30));
        Assert.Equal("lan", await Store.RedeemSignInLinkAsync("aa", s_t0));
        Assert.Null(await Store.RedeemSignInLinkAsync("aa", s_t0)); // used
        Assert.Null(await Store.RedeemSignInLinkAsync("bb", s_t0.AddMinutes(31))); // expired
        Assert.Null(await Store.RedeemSignInLinkAsync("bb", s_t0)); // and gone
        Assert.Null(await Store.RedeemSignInLinkAsync("zz", s_t0));
    }

    [Fact]
    public async Task Audit_entries_are_chained_and_verify()
    {
        var empty = await Store.VerifyAuditAsync();
        Assert.True(empty.Intact);
        Assert.Equal(0, empty.Entries);
        var first = await Store.AppendAuditAsync(Entry(1));
        var second = await Store.AppendAuditAsync(Entry(2, campaign: null));
        var third = await Store.AppendAuditAsync(Entry(3, campaign: "c2"));
        Assert.Equal(AuditChain.Genesis, first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(second.Hash, third.PreviousHash);
        Assert.Equal(s_t0.AddSeconds(1).AddTicks(1), first.At);

        var all = await Store.ListAuditAsync(null, 0, 100);
        Assert.Equal([first, second, third], all);
        Assert.Equal([first], await Store.ListAuditAsync("c1", 0, 100));
        Assert.Equal([third], await Store.ListAuditAsync(null, second.Id, 100));
        Assert.Equal([first], await Store.ListAuditAsync(null, 0, 1));
        var verified = await Store.VerifyAuditAsync();
        Assert.True(verified.Intact);
        Assert.Equal(3, verified.Entries);
        Assert.Equal(third.Hash, verified.LastHash);
    }

    [Fact]
    public async Task Concurrent_appends_keep_one_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => Store.AppendAuditAsync(Entry(i)))));
        var verified = await Store.VerifyAuditAsync();
        Assert.True(verified.Intact, verified.Problem);
        Assert.Equal(40, verified.Entries);
    }

    [Fact]
    public async Task A_changed_row_is_found()
    {
        for (var i = 1; i <= 5; i++) await Store.AppendAuditAsync(Entry(i));
        await ExecuteAsync("UPDATE audit_log SET detail = 'lần 1; tệp khác.xlsx' WHERE id = 3");
        var verified = await Store.VerifyAuditAsync();
        Assert.False(verified.Intact);
        Assert.Equal(3, verified.FirstBrokenId);
        Assert.Contains("Mục 3", verified.Problem);
    }

    [Fact]
    public async Task A_deleted_row_is_found()
    {
        for (var i = 1; i <= 5; i++) await Store.AppendAuditAsync(Entry(i));
        await ExecuteAsync("DELETE FROM audit_log WHERE id = 2");
        var verified = await Store.VerifyAuditAsync();
        Assert.False(verified.Intact);
        Assert.Equal(3, verified.FirstBrokenId);
    }

    [Fact]
    public async Task A_row_rewritten_with_a_recomputed_own_hash_is_found_at_the_next_one()
    {
        for (var i = 1; i <= 4; i++) await Store.AppendAuditAsync(Entry(i));
        var row = (await Store.ListAuditAsync(null, 1, 1)).Single(); // id 2
        var forged = AuditChain.Hash(row.Id, AuditChain.FormatTime(row.At), "someone-else", row.Action, row.Campaign, row.Unit, row.Target, row.Detail, row.RemoteIp, row.PreviousHash);
        await ExecuteAsync($"UPDATE audit_log SET user_name = 'someone-else', hash = '{forged}' WHERE id = 2");
        var verified = await Store.VerifyAuditAsync();
        Assert.False(verified.Intact);
        Assert.Equal(3, verified.FirstBrokenId);
    }
}

public sealed class SqliteSecurityStoreTests : SecurityStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<ISecurityStore> CreateStoreAsync() => Task.FromResult<ISecurityStore>(new SqliteSecurityStore(_folder.Path));

    protected override Task ExecuteAsync(string sql)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder.Path, "security.db")}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    // xunit disposes after DisposeAsync: the folder goes once the pools have let go of its files.
    public void Dispose() => _folder.Dispose();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSecurityStoreTests(PostgresServer server) : SecurityStoreContract
{
    private string _connection = "";

    protected override async Task<ISecurityStore> CreateStoreAsync()
    {
        _connection = await server.CreateDatabaseAsync();
        return new PostgresSecurityStore(_connection);
    }

    protected override async Task ExecuteAsync(string sql)
    {
        await using var c = new Npgsql.NpgsqlConnection(_connection);
        await c.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }
}
