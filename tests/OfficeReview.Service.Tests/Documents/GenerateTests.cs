using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OfficeReview.Service.Cli;

namespace OfficeReview.Service.Tests.Documents;

/// <summary>The generate verb and POST /api/documents/{kind} on the example inputs of docs/examples/documents.</summary>
public sealed class GenerateTests(ServiceFactory factory) : IClassFixture<ServiceFactory>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("officereview-generate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Example(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OfficeReview.sln"))) return Path.Combine(dir.FullName, "docs", "examples", "documents", name);
        throw new InvalidOperationException("repository root not found");
    }

    private static Task<(int Code, string Out, string Err)> Cli(params string[] args) => CliRunner.Run(args);

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task Cli_generates_a_draft_then_approves_it_with_a_record_and_identical_bytes_on_regeneration()
    {
        var draft = Path.Combine(_dir, "bc.docx");
        var (code, output, error) = await Cli("generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", Example("meta-bao-cao.json"),
            "--previous", Example("bao-cao-2024.json"), "-o", draft);
        Assert.True(code == 0, error);
        Assert.Contains(Sha(File.ReadAllBytes(draft)), output);

        var final = Path.Combine(_dir, "bc-final.docx");
        string[] approve = ["generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", Example("meta-bao-cao.json"), "-o", final,
            "--approve", "--number", "15", "--approved-by", "Nguyễn Văn An"];
        (code, _, error) = await Cli([.. approve, "--approved-at", "2025-12-06T08:00:00+07:00"]);
        Assert.True(code == 0, error);
        var bytes = File.ReadAllBytes(final);
        var record = JsonNode.Parse(File.ReadAllText(final + ".approval.json"))!;
        Assert.Equal(Sha(bytes), (string)record["sha256"]!);
        Assert.Equal("Số 15-BC/ĐU", (string)record["documentNumber"]!);
        Assert.Equal("Nguyễn Văn An", (string)record["approvedBy"]!);
        Assert.Equal(DateTimeOffset.Parse("2025-12-06T08:00:00+07:00"), DateTimeOffset.Parse((string)record["approvedAt"]!));
        Assert.NotEqual(Sha(File.ReadAllBytes(draft)), Sha(bytes));

        (code, _, error) = await Cli(approve); // approved again later, by the clock: same document bytes
        Assert.True(code == 0, error);
        Assert.Equal(bytes, File.ReadAllBytes(final));
        Assert.Equal(Sha(bytes), (string)JsonNode.Parse(File.ReadAllText(final + ".approval.json"))!["sha256"]!);
    }

    [Fact]
    public async Task Cli_refuses_K_T_Bi_thu_and_writes_nothing()
    {
        var meta = JsonNode.Parse(File.ReadAllText(Example("meta-bao-cao.json")))!;
        meta["signer"] = new JsonObject { ["authority"] = "K/T", ["body"] = "Bí thư", ["title"] = "Phó Bí thư", ["name"] = "A" };
        var metaPath = Path.Combine(_dir, "meta.json");
        File.WriteAllText(metaPath, meta.ToJsonString());
        var output = Path.Combine(_dir, "x.docx");
        var (code, stdout, error) = await Cli("generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", metaPath, "-o", output);
        Assert.Equal(CliApp.ExitCodes.FindingsWithErrors, code);
        Assert.Contains("K/T BÍ THƯ", stdout);
        Assert.Contains("Chưa ghi tệp nào", error);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("ke-hoach", "tien-do-2025.json")]
    [InlineData("cong-van", "tien-do-2025.json")]
    [InlineData("cong-van-don-doc", "don-doc-2025.json")]
    [InlineData("thong-bao-ket-qua", "bao-cao-2025.json")]
    [InlineData("quyet-dinh", "quyet-dinh-2025.json")]
    public async Task Cli_generates_every_kind_from_the_examples(string kind, string data)
    {
        var output = Path.Combine(_dir, kind + ".docx");
        var (code, _, error) = await Cli("generate", kind, "--data", Example(data), "--meta", Example($"meta-{kind}.json"), "-o", output);
        Assert.True(code == 0, error);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(output, false);
        Assert.Contains("ĐẢNG ỦY XÃ IA GRAI", doc.MainDocumentPart!.Document.Body!.InnerText);
    }

    private static StringContent Envelope(Action<JsonObject>? edit = null)
    {
        var body = new JsonObject
        {
            ["data"] = JsonNode.Parse(File.ReadAllText(Example("bao-cao-2025.json"))),
            ["meta"] = JsonNode.Parse(File.ReadAllText(Example("meta-bao-cao.json"))),
            ["previous"] = JsonNode.Parse(File.ReadAllText(Example("bao-cao-2024.json"))),
        };
        edit?.Invoke(body);
        return new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
    }

    [Fact]
    public async Task Api_returns_the_docx_with_its_hash_and_approves()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/documents/bao-cao", Envelope());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Sha(bytes), response.Headers.GetValues("X-Document-Sha256").Single());

        // Approval names the campaign and unit (the caller must be their approver; this client is an admin).
        var approved = await client.PostAsync("/api/documents/bao-cao?approve=true&number=15&approvedBy=Nguyen%20Van%20An&campaign=c1&unit=DB01", Envelope());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var record = JsonNode.Parse(approved.Headers.GetValues("X-Approval-Record").Single())!;
        Assert.Equal(15, (int)record["number"]!);
        Assert.Equal(Sha(await approved.Content.ReadAsByteArrayAsync()), (string)record["sha256"]!);
    }

    [Fact]
    public async Task Api_reports_problems_as_422_in_Vietnamese_and_unknown_kinds_as_404()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/documents/bao-cao", Envelope(b => { b["meta"]!["place"] = null; b["data"]!["year"] = "năm nay"; }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Không tạo được văn bản", (string)problem["title"]!);
        var problems = problem["findings"]!.AsArray().Select(p => (string)p!["path"]!).ToList();
        Assert.Contains("meta.place", problems);

        var missingData = await client.PostAsync("/api/documents/bao-cao", Envelope(b => b["data"]!["year"] = "năm nay"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingData.StatusCode);
        Assert.Contains("data.year", await missingData.Content.ReadAsStringAsync());

        var unknown = await client.PostAsync("/api/documents/nghi-quyet", Envelope());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Api_generates_a_quyet_dinh_listing_each_unit_and_refuses_a_unit_without_a_decided_level()
    {
        var client = factory.CreateClient();
        StringContent Body(Action<JsonObject>? edit = null)
        {
            var body = new JsonObject
            {
                ["data"] = JsonNode.Parse(File.ReadAllText(Example("quyet-dinh-2025.json"))),
                ["meta"] = JsonNode.Parse(File.ReadAllText(Example("meta-quyet-dinh.json"))),
            };
            edit?.Invoke(body);
            return new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        var response = await client.PostAsync("/api/documents/quyet-dinh?approve=true&number=3&approvedBy=A&campaign=c1&unit=DB01", Body());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Số 03-QĐ/ĐU", (string)JsonNode.Parse(response.Headers.GetValues("X-Approval-Record").Single())!["documentNumber"]!);
        var text = OfficeReview.OpenXml.Documents.DocxText.Read(await response.Content.ReadAsByteArrayAsync(), "qd.docx").Paragraphs!;
        foreach (var unit in JsonNode.Parse(File.ReadAllText(Example("quyet-dinh-2025.json")))!["units"]!.AsArray())
            Assert.Contains((string)unit!["name"]!, text);
        Assert.Contains("Hoàn thành nhiệm vụ", text);

        var refused = await client.PostAsync("/api/documents/quyet-dinh", Body(b => b["data"]!["units"]![0]!.AsObject().Remove("level")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("data.units[0].level", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bao_cao_reads_the_optional_fields_beside_the_report()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/documents/bao-cao", Envelope());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = string.Join("\n", OfficeReview.OpenXml.Documents.DocxText.Read(await response.Content.ReadAsByteArrayAsync(), "bc.docx").Paragraphs!);
        Assert.Contains("Có 33/33 tổ chức đảng (100%) và 1.236/1.238 đảng viên (99,84%) đã tiến hành kiểm điểm.", text);
        Assert.Contains("Tổ chức đảng được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\": Chi bộ Thôn 1, Chi bộ Thôn 3, Đảng bộ Trường THCS Ia Grai và Chi bộ Trạm Y tế xã.", text);
        Assert.Contains("Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 72-KH/ĐU", text);
        Assert.Contains("Còn 02 đảng viên chưa tiến hành kiểm điểm", text);

        var bad = await client.PostAsync("/api/documents/bao-cao", Envelope(b => b["data"]!["reviewHeld"]!["members"]!["held"] = 2000));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("data.reviewHeld.members", await bad.Content.ReadAsStringAsync());
    }
}
