using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Issue #10: the issuer's details and the two dates of a deadline, on every store.</summary>
public abstract partial class CampaignStoreContract
{
    private static CampaignIssuer SampleIssuer(string name = "ĐẢNG ỦY XÃ IA GRAI") => new()
    {
        Superior = "ĐẢNG BỘ TỈNH GIA LAI",
        Issuer = name,
        IssuerCode = "ĐU",
        Place = "Ia Grai",
        Level = "dang-uy-xa",
        Signer = new IssuerSigner { Authority = "T/M", Body = "BAN THƯỜNG VỤ", Title = "BÍ THƯ", Name = "Nguyễn Văn An" },
        CopyTo = new Dictionary<string, IReadOnlyList<string>>
        {
            ["default"] = ["Ban Tổ chức Tỉnh ủy (b/c)", "Lưu VP"],
            ["bao-cao"] = ["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu VP"],
        },
        Recipients = ["Các chi bộ trực thuộc"],
        UpdatedAt = new DateTimeOffset(2025, 11, 20, 8, 0, 0, TimeSpan.FromHours(7)),
        UpdatedBy = "admin",
    };

    [Fact]
    public async Task Issuer_is_stored_alone_and_round_trips()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        Assert.Null((await Store.GetCampaignAsync("c1"))!.Issuer);

        Assert.True(await Store.SetIssuerAsync("c1", SampleIssuer()));
        var read = (await Store.GetCampaignAsync("c1"))!.Issuer;
        Assert.NotNull(read);
        Assert.Equal("ĐẢNG ỦY XÃ IA GRAI", read!.Issuer);
        Assert.Equal("ĐẢNG BỘ TỈNH GIA LAI", read.Superior);
        Assert.Equal("dang-uy-xa", read.Level);
        Assert.Equal("Nguyễn Văn An", read.Signer.Name);
        Assert.Equal(["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu VP"], read.CopyTo["bao-cao"]);
        Assert.Equal(["Ban Tổ chức Tỉnh ủy (b/c)", "Lưu VP"], read.CopyToFor(Domain.Documents.DocumentKind.KeHoach));
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 8, 0, 0, TimeSpan.FromHours(7)), read.UpdatedAt);

        // Updating the campaign keeps the issuer; setting the issuer keeps the rest; listing reads it too.
        var campaign = (await Store.GetCampaignAsync("c1"))!;
        Assert.True(await Store.UpdateCampaignAsync(campaign with { Name = "Đổi tên", Issuer = null }));
        Assert.Equal("ĐẢNG ỦY XÃ IA GRAI", (await Store.GetCampaignAsync("c1"))!.Issuer!.Issuer);
        Assert.True(await Store.SetIssuerAsync("c1", SampleIssuer("CHI BỘ THÔN 1")));
        var after = (await Store.ListCampaignsAsync()).Single();
        Assert.Equal("Đổi tên", after.Name);
        Assert.Equal("CHI BỘ THÔN 1", after.Issuer!.Issuer);
        Assert.False(await Store.SetIssuerAsync("nope", SampleIssuer()));
    }

    [Fact]
    public async Task A_deadline_keeps_both_dates()
    {
        var reviewBy = new DateTimeOffset(2025, 12, 5, 23, 59, 59, TimeSpan.FromHours(7));
        var campaign = NewCampaign() with
        {
            Deadlines =
            [
                new Deadline { UnitKind = "chi-bo-truc-thuoc", Due = new DateTimeOffset(2025, 12, 10, 23, 59, 59, TimeSpan.FromHours(7)), ReviewBy = reviewBy },
                new Deadline { Due = new DateTimeOffset(2025, 12, 20, 23, 59, 59, TimeSpan.FromHours(7)) },
            ],
        };
        await Store.CreateCampaignAsync(campaign);
        var read = (await Store.GetCampaignAsync("c1"))!.Deadlines;
        Assert.Equal(reviewBy, read[0].ReviewBy);
        Assert.Null(read[1].ReviewBy);
        Assert.Equal(new DateTimeOffset(2025, 12, 20, 23, 59, 59, TimeSpan.FromHours(7)), read[1].Due);
    }

    [Fact]
    public async Task Decisions_replace_per_unit_and_are_refused_whole_once_closed()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var at = new DateTimeOffset(2025, 12, 22, 10, 0, 0, TimeSpan.FromHours(7));
        await Store.SetDecisionsAsync("c1",
        [
            new Decision { UnitCode = "X2", Level = "good", Reason = "Hạ một bậc để giữ tỷ lệ", DecidedBy = "rv", DecidedAt = at },
            new Decision { UnitCode = "X1", Level = "excellent", DecidedBy = "rv", DecidedAt = at },
        ]);
        var read = await Store.ListDecisionsAsync("c1");
        Assert.Equal(["X1", "X2"], read.Select(d => d.UnitCode));
        Assert.Null(read[0].Reason);
        Assert.Equal("Hạ một bậc để giữ tỷ lệ", read[1].Reason);
        Assert.Equal(at, read[1].DecidedAt);

        await Store.SetDecisionsAsync("c1", [new Decision { UnitCode = "X2", Level = "complete", Reason = "Thẩm định lại", DecidedBy = "admin", DecidedAt = at.AddHours(1) }]);
        read = await Store.ListDecisionsAsync("c1");
        Assert.Equal(2, read.Count);
        Assert.Equal(("complete", "admin"), (read[1].Level, read[1].DecidedBy));
        Assert.Empty(await Store.ListDecisionsAsync("c2"));

        var missing = await Assert.ThrowsAsync<CampaignProblemException>(() => Store.SetDecisionsAsync("nope", [read[0]]));
        Assert.Equal(404, missing.Status);
        await Store.CloseCampaignAsync("c1", at.AddDays(1));
        var closed = await Assert.ThrowsAsync<CampaignProblemException>(() => Store.SetDecisionsAsync("c1",
            [new Decision { UnitCode = "X3", Level = "good", DecidedBy = "rv", DecidedAt = at }, new Decision { UnitCode = "X1", Level = "good", DecidedBy = "rv", DecidedAt = at }]));
        Assert.Equal(409, closed.Status);
        read = await Store.ListDecisionsAsync("c1");
        Assert.Equal(["X1", "X2"], read.Select(d => d.UnitCode));
        Assert.Equal("excellent", read[0].Level);
    }

    [Fact]
    public async Task Documents_are_stored_with_their_bytes_and_count_as_referenced_blobs()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        await Store.CreateCampaignAsync(NewCampaign("c2"));
        var at = new DateTimeOffset(2025, 12, 22, 10, 0, 0, TimeSpan.FromHours(7));
        StoredDocument Draft(string campaign, string kind) => new()
        {
            Id = 0, CampaignId = campaign, Kind = kind, UnitCode = "T", State = "draft", Sha256 = "", Size = 0, FileName = $"{kind}-T.docx",
            CreatedAt = at, CreatedBy = "rv", SourceJson = "{\"result\":3}",
        };
        var first = await Store.AddDocumentAsync(Draft("c1", "bao-cao"), Bytes("PK-bao-cao"));
        var second = await Store.AddDocumentAsync(Draft("c1", "ke-hoach"), Bytes("PK-ke-hoach"));
        await Store.AddDocumentAsync(Draft("c2", "bao-cao"), Bytes("PK-bao-cao"));
        Assert.Equal(BlobFiles.Hash(Bytes("PK-bao-cao")), first.Sha256);
        Assert.Equal(10, first.Size);
        Assert.NotEqual(first.Id, second.Id);

        var read = await Store.GetDocumentAsync("c1", second.Id);
        Assert.Equal(second, read);
        Assert.Null(await Store.GetDocumentAsync("c2", second.Id));
        Assert.Equal(["bao-cao", "ke-hoach"], (await Store.ListDocumentsAsync("c1")).Select(d => d.Kind));
        Assert.Equal(Bytes("PK-ke-hoach"), await Store.ReadBlobAsync(second.Sha256));
        Assert.True((await Store.CheckIntegrityAsync()).IsConsistent);
    }

    [Fact]
    public async Task Approval_takes_the_next_number_of_its_register_once()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        await Store.CreateCampaignAsync(NewCampaign("c2"));
        var at = new DateTimeOffset(2025, 12, 22, 10, 0, 0, TimeSpan.FromHours(7));
        StoredDocument Draft(string campaign) => new()
        {
            Id = 0, CampaignId = campaign, Kind = "ke-hoach", UnitCode = "T", State = "draft", Sha256 = "", Size = 0, FileName = "ke-hoach-T.docx",
            CreatedAt = at, CreatedBy = "rv",
        };
        var a = await Store.AddDocumentAsync(Draft("c1"), Bytes("draft-a"));
        var b = await Store.AddDocumentAsync(Draft("c2"), Bytes("draft-b"));
        var c = await Store.AddDocumentAsync(Draft("c1"), Bytes("draft-c"));
        var renders = 0;
        Func<int, DocumentApproval> Render(string text) => n =>
        {
            renders++;
            return new DocumentApproval(Bytes($"{text}-{n}"), $"Số {n:D2}-KH/ĐU", "ap", at, $"{{\"number\":{n}}}");
        };

        var first = await Store.ApproveDocumentAsync("c1", a.Id, "dang uy xa an binh|ĐU|KH|2025-2030", Render("final-a"));
        Assert.Equal((1, "approved", "Số 01-KH/ĐU"), (first!.Number, first.State, first.DocumentNumber));
        Assert.Equal(BlobFiles.Hash(Bytes("final-a-1")), first.ApprovedSha256);
        Assert.Equal(a.Sha256, first.Sha256); // the draft is kept
        // The register spans campaigns; another register starts at 1.
        Assert.Equal(2, (await Store.ApproveDocumentAsync("c2", b.Id, "dang uy xa an binh|ĐU|KH|2025-2030", Render("final-b")))!.Number);
        Assert.Equal(1, (await Store.ApproveDocumentAsync("c1", c.Id, "dang uy xa an binh|ĐU|BC|2025-2030", Render("final-c")))!.Number);
        Assert.Equal(3, renders);

        // Twice: the same, nothing rendered; unknown ids: null.
        var again = await Store.ApproveDocumentAsync("c1", a.Id, "dang uy xa an binh|ĐU|KH|2025-2030", Render("other"));
        Assert.Equal(first, again);
        Assert.Equal(3, renders);
        Assert.Null(await Store.ApproveDocumentAsync("c2", a.Id, "k", Render("x")));
        Assert.Equal(Bytes("final-a-1"), await Store.ReadBlobAsync(first.ApprovedSha256!));
        Assert.Equal("{\"number\":1}", (await Store.GetDocumentAsync("c1", a.Id))!.ApprovalJson);
        Assert.True((await Store.CheckIntegrityAsync()).IsConsistent);
    }
}
