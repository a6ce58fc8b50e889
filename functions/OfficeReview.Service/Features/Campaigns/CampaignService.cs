using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>What a caller sends to create a campaign (JSON body of POST /api/campaigns).</summary>
public sealed record CampaignCreateRequest
{
    /// <summary>Optional id (a-z, 0-9, "-"; up to 64); generated when absent.</summary>
    public string? Id { get; init; }
    public string? Name { get; init; }
    public int Year { get; init; }
    public string? Ruleset { get; init; }
    public CampaignSettings? Settings { get; init; }
    public IReadOnlyList<DeadlineRequest>? Deadlines { get; init; }
    /// <summary>The unit tree may come with the campaign (same fields as a JSON unit list).</summary>
    public IReadOnlyList<UnitRequest>? Units { get; init; }
}

/// <summary>Name, ruleset, settings and deadlines can change; the year cannot.</summary>
public sealed record CampaignUpdateRequest
{
    public string? Name { get; init; }
    public string? Ruleset { get; init; }
    public CampaignSettings? Settings { get; init; }
    public IReadOnlyList<DeadlineRequest>? Deadlines { get; init; }
}

/// <summary>
/// A deadline as typed: "2025-12-10" or "10/12/2025" (end of that day, Vietnam time) or a full ISO time. <c>Due</c> is the
/// send date (the report reaches the level above); <c>ReviewBy</c>, optional, the date the units finish their review.
/// </summary>
public sealed record DeadlineRequest(string? UnitKind, string Due, string? Label, string? ReviewBy = null);

public sealed record UnitRequest(string Code, string? Name, string Kind, string? Category, string? Parent);

/// <summary>Campaigns, their unit trees, submissions and status. Shared by the HTTP API and the CLI verbs.</summary>
public sealed partial class CampaignService(ICampaignStore store, ValidationService validation, TimeProvider clock)
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>With the quotas of configuration section "Limits" (the constructor the service's DI uses).</summary>
    public CampaignService(ICampaignStore store, ValidationService validation, TimeProvider clock, Microsoft.Extensions.Options.IOptions<QuotaOptions> quotas)
        : this(store, validation, clock) => Quotas = quotas.Value;

    public QuotaOptions Quotas { get; init; } = new();

    public ICampaignStore Store => store;
    public ValidationService Validation => validation;
    public TimeProvider Clock => clock;

    private static readonly SemaphoreSlim s_cpu = new(Math.Max(1, Environment.ProcessorCount), Math.Max(1, Environment.ProcessorCount));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();

    // ---- campaigns -------------------------------------------------------------------------------------------------

    public async Task<(Campaign Campaign, UnitImportResult? Units)> CreateAsync(CampaignCreateRequest request, CancellationToken ct = default)
    {
        if (request.Year is < 2000 or > 2200)
            throw CampaignProblemException.BadRequest($"Năm đánh giá \"{request.Year}\" không hợp lệ (trường \"year\").");
        var id = request.Id?.Trim().ToLowerInvariant();
        if (id is not null && !IdPattern().IsMatch(id))
            throw CampaignProblemException.BadRequest($"Mã đợt \"{request.Id}\" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang (tối đa 64 ký tự).");
        id ??= Guid.NewGuid().ToString("N")[..12];
        QuotaProblems.Bounded(request.Name, "name", Quotas.MaxNameLength, "Limits:MaxNameLength");
        if (await store.GetCampaignAsync(id, ct) is not null)
            throw new CampaignProblemException(409, "Đợt kiểm điểm đã tồn tại", $"Đã có đợt kiểm điểm mã \"{id}\".");
        if ((await store.ListCampaignsAsync(ct)).Count >= Quotas.MaxCampaigns) throw QuotaProblems.TooManyCampaigns(Quotas.MaxCampaigns);
        var ruleset = ResolveRuleset(request.Ruleset, request.Year);
        var campaign = new Campaign
        {
            Id = id,
            Name = string.IsNullOrWhiteSpace(request.Name) ? $"Kiểm điểm, đánh giá, xếp loại năm {request.Year}" : Domain.Text.VietnameseText.Clean(request.Name),
            Year = request.Year,
            RulesetId = ruleset,
            Settings = CheckSettings(request.Settings ?? new CampaignSettings()),
            Deadlines = ParseDeadlines(BoundedDeadlines(request.Deadlines)),
            CreatedAt = Now(),
        };
        UnitListRead? units = null;
        if (request.Units is { Count: > 0 })
        {
            units = UnitListImport.Read(JsonSerializer.SerializeToUtf8Bytes(request.Units, Storage.StoreJson.Options), "units");
            ThrowIfInvalid(units, "units");
        }
        await store.CreateCampaignAsync(campaign, ct);
        UnitImportResult? imported = null;
        if (units is not null) imported = await SaveUnitsAsync(campaign.Id, units, ct);
        return (campaign, imported);
    }

    public async Task<Campaign> GetAsync(string id, CancellationToken ct = default) =>
        await store.GetCampaignAsync(id, ct) ?? throw CampaignProblemException.CampaignNotFound(id);

    public Task<IReadOnlyList<Campaign>> ListAsync(CancellationToken ct = default) => store.ListCampaignsAsync(ct);

    public async Task<Campaign> UpdateAsync(string id, CampaignUpdateRequest request, CancellationToken ct = default)
    {
        var campaign = await GetAsync(id, ct);
        QuotaProblems.Bounded(request.Name, "name", Quotas.MaxNameLength, "Limits:MaxNameLength");
        if (campaign.ClosedAt is not null && (request.Deadlines is not null || request.Ruleset is not null || request.Settings is not null))
            throw QuotaProblems.Closed(id, "đổi hạn nộp, bộ quy tắc hay tham số");
        var updated = campaign with
        {
            Name = string.IsNullOrWhiteSpace(request.Name) ? campaign.Name : Domain.Text.VietnameseText.Clean(request.Name),
            RulesetId = request.Ruleset is null ? campaign.RulesetId : ResolveRuleset(request.Ruleset, campaign.Year),
            Settings = request.Settings is null ? campaign.Settings : CheckSettings(request.Settings),
            Deadlines = request.Deadlines is null ? campaign.Deadlines : ParseDeadlines(BoundedDeadlines(request.Deadlines)),
        };
        await store.UpdateCampaignAsync(updated, ct);
        return updated;
    }

    /// <summary>Sets the issuer's details (replacing the previous ones); 422 listing every problem of the request.</summary>
    public async Task<CampaignIssuer> SetIssuerAsync(string id, IssuerRequest request, string? user, CancellationToken ct = default)
    {
        var campaign = await GetAsync(id, ct);
        var (issuer, problems) = IssuerCheck.Read(request, Quotas.MaxLabelLength, campaign.Year);
        if (issuer is null)
            throw new CampaignProblemException(422, "Thông tin cơ quan ban hành không hợp lệ", string.Join(" ", problems));
        issuer = issuer with { UpdatedAt = Now(), UpdatedBy = user };
        if (!await store.SetIssuerAsync(id, issuer, ct)) throw CampaignProblemException.CampaignNotFound(id);
        return issuer;
    }

    /// <summary>The issuer's details; 404 while not set.</summary>
    public async Task<CampaignIssuer> GetIssuerAsync(string id, CancellationToken ct = default) =>
        (await GetAsync(id, ct)).Issuer
        ?? throw new CampaignProblemException(404, "Chưa có thông tin cơ quan ban hành",
            $"Đợt kiểm điểm \"{id}\" chưa có thông tin cơ quan ban hành; quản trị đợt nhập một lần bằng PUT /api/campaigns/{id}/issuer.");

    /// <summary>Closes the campaign (idempotent): afterwards submissions, unit and deadline changes are refused and merges use the submissions as of closing.</summary>
    public async Task<Campaign> CloseAsync(string id, CancellationToken ct = default)
    {
        await GetAsync(id, ct);
        return await store.CloseCampaignAsync(id, Now(), ct) ?? throw CampaignProblemException.CampaignNotFound(id);
    }

    private IReadOnlyList<DeadlineRequest>? BoundedDeadlines(IReadOnlyList<DeadlineRequest>? deadlines)
    {
        if (deadlines is null) return null;
        if (deadlines.Count > Quotas.MaxDeadlines)
            throw CampaignProblemException.BadRequest($"Có {deadlines.Count} hạn nộp, vượt giới hạn {Quotas.MaxDeadlines} (Limits:MaxDeadlines).");
        foreach (var d in deadlines)
        {
            QuotaProblems.Bounded(d.Label, "deadlines[].label", Quotas.MaxLabelLength, "Limits:MaxLabelLength");
            QuotaProblems.Bounded(d.Due, "deadlines[].due", 64, "độ dài ngày giờ");
            QuotaProblems.Bounded(d.ReviewBy, "deadlines[].reviewBy", 64, "độ dài ngày giờ");
            QuotaProblems.Bounded(d.UnitKind, "deadlines[].unitKind", 64, "độ dài loại tổ chức");
        }
        return deadlines;
    }

    private static string ResolveRuleset(string? requested, int year)
    {
        if (string.IsNullOrWhiteSpace(requested)) return Rulesets.ForYear(year).Id;
        return Rulesets.ById(requested)?.Id
            ?? throw CampaignProblemException.BadRequest($"Không có bộ quy tắc \"{requested}\"; dùng một trong: {string.Join(", ", Rulesets.Ids)}.");
    }

    private static CampaignSettings CheckSettings(CampaignSettings s)
    {
        if (s.PercentPrecision is < 0 or > 4)
            throw CampaignProblemException.BadRequest($"Số chữ số thập phân của tỷ lệ phải từ 0 đến 4 (đang là {s.PercentPrecision}).");
        if (s.QuotaCapPercent is < 0 or > 100 || s.QuotaExceptionCapPercent is < 0 or > 100)
            throw CampaignProblemException.BadRequest("Tỷ lệ trần \"Hoàn thành xuất sắc nhiệm vụ\" phải từ 0 đến 100.");
        if (s.MemberQuotaGrouping is { } grouping && !Enum.IsDefined(grouping))
            throw CampaignProblemException.BadRequest("Nhóm tính tỷ lệ \"Hoàn thành xuất sắc nhiệm vụ\" của đảng viên phải là organization, cell hoặc form.");
        return s;
    }

    public static IReadOnlyList<Deadline> ParseDeadlines(IReadOnlyList<DeadlineRequest>? requests)
    {
        var list = new List<Deadline>();
        foreach (var d in requests ?? [])
        {
            string? kind = null;
            if (!string.IsNullOrWhiteSpace(d.UnitKind))
                kind = UnitListImport.ParseKind(d.UnitKind)?.Slug()
                    ?? throw CampaignProblemException.BadRequest($"Hạn nộp: loại tổ chức \"{d.UnitKind}\" không hợp lệ; dùng một trong: {string.Join(", ", UnitKinds.All.Select(k => k.Slug()))}.");
            var due = ParseDue(d.Due)
                ?? throw CampaignProblemException.BadRequest($"Hạn nộp \"{d.Due}\" không đọc được; viết 2025-12-10, 10/12/2025 hoặc 2025-12-10T17:00:00+07:00.");
            DateTimeOffset? reviewBy = null;
            if (!string.IsNullOrWhiteSpace(d.ReviewBy))
            {
                reviewBy = ParseDue(d.ReviewBy)
                    ?? throw CampaignProblemException.BadRequest($"Hạn hoàn thành kiểm điểm \"{d.ReviewBy}\" không đọc được; viết 2025-12-05, 05/12/2025 hoặc 2025-12-05T17:00:00+07:00.");
                if (reviewBy > due)
                    throw CampaignProblemException.BadRequest(
                        $"Hạn hoàn thành kiểm điểm ({reviewBy.Value.ToOffset(VietnamOffset):dd/MM/yyyy}) sau hạn gửi báo cáo ({due.ToOffset(VietnamOffset):dd/MM/yyyy}) của {(kind is null ? "các đơn vị còn lại" : kind)}.");
            }
            if (list.Any(x => x.UnitKind == kind))
                throw CampaignProblemException.BadRequest($"Hạn nộp của {(kind is null ? "các đơn vị còn lại" : kind)} được nêu hai lần.");
            list.Add(new Deadline { UnitKind = kind, Due = due, ReviewBy = reviewBy, Label = string.IsNullOrWhiteSpace(d.Label) ? null : Domain.Text.VietnameseText.Clean(d.Label) });
        }
        return list;
    }

    /// <summary>A date alone means the end of that day in Vietnam (23:59:59 +07:00).</summary>
    public static DateTimeOffset? ParseDue(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateTimeOffset(date.ToDateTime(new TimeOnly(23, 59, 59)), VietnamOffset);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
    }

    public static Deadline? DeadlineFor(Campaign campaign, UnitKind kind) =>
        campaign.Deadlines.FirstOrDefault(d => d.UnitKind == kind.Slug()) ?? campaign.Deadlines.FirstOrDefault(d => d.UnitKind is null);

    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero).ToOffset(VietnamOffset);
    }

    // ---- units -----------------------------------------------------------------------------------------------------

    /// <param name="dryRun">
    /// True: the list is checked as an import would check it and nothing is stored; the answer carries the tree read
    /// (<see cref="UnitImportResult.Tree"/>), every finding row by row (errors included, instead of a 422) and whether the
    /// import would be taken (<see cref="UnitImportResult.Valid"/>) — the preview before the user confirms.
    /// </param>
    public async Task<UnitImportResult> ImportUnitsAsync(string campaignId, ReadOnlyMemory<byte> bytes, string fileName, bool dryRun = false, CancellationToken ct = default)
    {
        await GetAsync(campaignId, ct);
        fileName = OpenXml.Input.InputText.CleanFileName(fileName);
        var span = bytes.Span;
        var read = span.Length >= 2 && span[0] == (byte)'P' && span[1] == (byte)'K'
            ? UnitListWorkbook.Read(bytes.ToArray(), fileName, validation.Limits.Input)
            : UnitListImport.Read(bytes, fileName);
        if (dryRun && read.HasErrors) return Preview(read, null, []);
        ThrowIfInvalid(read, fileName);
        return await SaveUnitsAsync(campaignId, read, ct, dryRun);
    }

    /// <summary>
    /// The unit tree taken from the units' own reports (workbooks or UnitReport JSON): each file's unit code, name, kind,
    /// loại hình and parent code. Handy when the forms already exist (e.g. the `sample` province).
    /// </summary>
    public async Task<UnitImportResult> ImportUnitsFromReportsAsync(string campaignId, IReadOnlyList<UploadedFile> files, bool dryRun = false, CancellationToken ct = default)
    {
        await GetAsync(campaignId, ct);
        var units = new List<UnitInfo>();
        var findings = new List<Finding>();
        foreach (var file in files)
        {
            var read = validation.Validate(file.Content, file.Name);
            if (read.Report is not { } report)
            {
                findings.AddRange(read.Findings.Where(f => f.Severity == Severity.Error));
                continue;
            }
            units.Add(report.Unit);
            // The unit's name as converted by the reader (old fonts, NFD): said here too, with its cell.
            findings.AddRange(read.Findings.Where(f => f.Path.StartsWith("unit.", StringComparison.Ordinal)
                && f.Code is OpenXml.Workbooks.Reading.UnitWorkbookReader.TextLegacy or OpenXml.Workbooks.Reading.UnitWorkbookReader.TextNfd or OpenXml.Workbooks.Reading.UnitWorkbookReader.TextAmbiguous));
        }
        var list = new UnitListRead(units, findings);
        if (dryRun && list.HasErrors) return Preview(list, null, []);
        ThrowIfInvalid(list, $"{files.Count} tệp báo cáo");
        return await SaveUnitsAsync(campaignId, list, ct, dryRun);
    }

    /// <summary>True when the upload looks like reports (unit workbooks, or UnitReport JSON) rather than a unit list (CSV, JSON, or a plain worksheet with a code/kind header).</summary>
    public static bool LooksLikeReports(IReadOnlyList<UploadedFile> files) =>
        files.Count > 1 || files.Any(f => f.Content.Length >= 2 && f.Content[0] == (byte)'P' && f.Content[1] == (byte)'K' && !UnitListWorkbook.IsUnitList(f.Content))
        || files.Any(f => System.Text.Encoding.UTF8.GetString(f.Content.AsSpan(0, Math.Min(f.Content.Length, 4096))).Contains("\"schema\": \"officereview.unit-report", StringComparison.Ordinal)
                          || System.Text.Encoding.UTF8.GetString(f.Content.AsSpan(0, Math.Min(f.Content.Length, 4096))).Contains("\"schema\":\"officereview.unit-report", StringComparison.Ordinal));

    private async Task<UnitImportResult> SaveUnitsAsync(string campaignId, UnitListRead read, CancellationToken ct, bool dryRun = false)
    {
        var campaign = await GetAsync(campaignId, ct);
        if (campaign.ClosedAt is not null) throw QuotaProblems.Closed(campaignId, "thay đổi cây đơn vị");
        // Names reach documents and file names: cleaned whatever file they came from (lists are cleaned when read; reports may not be).
        read = read with { Units = read.Units.Select(u => u with { Name = VietnameseText.Clean(u.Name) is { Length: > 0 } n ? n : u.Code }).ToList() };
        var identity = UnitIdentity.Check(read.Units, Quotas.MaxUnitNameLength);
        if (dryRun && identity.Count > 0) return Preview(read, null, identity);
        if (identity.Count > 0)
            throw new CampaignProblemException(422, "Danh sách đơn vị không hợp lệ", "Mã hoặc tên đơn vị không an toàn (mã chỉ khác chữ hoa/thường, ký tự lạ, tên quá dài); không nhập.",
                identity.Select(FindingDto.From).ToList());
        var (tree, findings) = UnitTree.Build(read.Units, campaign.Year);
        if (dryRun) return Preview(read, tree, findings);
        if (findings.Any(f => f.Severity == Severity.Error))
            throw new CampaignProblemException(422, "Danh sách đơn vị không hợp lệ", "Cây đơn vị có lỗi (mã trùng, cấp trên không có trong danh sách, vòng lặp…); không nhập.",
                findings.Select(FindingDto.From).ToList());
        await store.ReplaceUnitsAsync(campaignId, read.Units, ct);
        return new UnitImportResult(tree.Count, tree.Roots.Select(r => r.Code).ToList(),
            read.Findings.Concat(findings).Select(FindingDto.From).ToList());
    }

    /// <summary>The dry run's answer: the units as read (in file order), the roots of the tree, every finding; nothing stored.</summary>
    private static UnitImportResult Preview(UnitListRead read, UnitTree? tree, IEnumerable<Finding> more)
    {
        var findings = read.Findings.Concat(more).Select(FindingDto.From).ToList();
        var valid = tree is not null && !findings.Any(f => f.Severity == "error");
        var roots = tree?.Roots.Select(r => r.Code).ToList() ?? [];
        return new UnitImportResult(tree?.Count ?? read.Units.Count, roots, findings)
        {
            DryRun = true,
            Valid = valid,
            Tree = read.Units.Select(UnitDto.From).ToList(),
        };
    }

    private static void ThrowIfInvalid(UnitListRead read, string fileName)
    {
        if (read.HasErrors)
            throw new CampaignProblemException(422, "Danh sách đơn vị không hợp lệ", $"Không nhập được danh sách đơn vị từ {fileName}.",
                read.Findings.Select(FindingDto.From).ToList());
    }

    public async Task<UnitTree> TreeAsync(Campaign campaign, CancellationToken ct = default) =>
        UnitTree.Build(await store.GetUnitsAsync(campaign.Id, ct), campaign.Year).Tree;

    // ---- submissions -----------------------------------------------------------------------------------------------

    /// <summary>
    /// Validates the file with the campaign's ruleset (plus: is it this unit's, this year's?) and stores it. The same
    /// bytes again for the same unit return the earlier submission.
    /// </summary>
    /// <param name="imported">
    /// True for last year's files imported through a mapping profile (docs/campaigns.md): they arrive long after the
    /// deadline by nature and are never marked late.
    /// </param>
    public async Task<SubmissionView> SubmitAsync(string campaignId, string unitCode, string fileName, ReadOnlyMemory<byte> bytes, bool imported = false, CancellationToken ct = default)
    {
        var campaign = await GetAsync(campaignId, ct);
        var unit = await store.GetUnitAsync(campaignId, unitCode, ct) ?? throw CampaignProblemException.UnitNotFound(campaignId, unitCode);
        if (bytes.Length > validation.Limits.MaxInputBytes) throw CampaignProblemException.TooLarge(validation.Limits.MaxInputBytes);
        if (bytes.Length == 0) throw CampaignProblemException.BadRequest($"Tệp {fileName} rỗng.");
        fileName = Domain.Text.SafeText.FileName(fileName, "bao-cao", Quotas.MaxFileNameLength);
        if (campaign.ClosedAt is not null) throw QuotaProblems.Closed(campaignId, "nộp báo cáo");

        // Arrival order is the order of versions: the time of arrival is taken and the unit's queue joined in one step,
        // and the unit's submissions are validated and committed one at a time in that order (first come, first versioned),
        // so the highest version — the current one — is always the one that arrived last.
        Task entered;
        DateTimeOffset receivedAt;
        var gate = s_unitGates.GetOrAdd($"{campaignId}\n{unit.Code}", _ => new SemaphoreSlim(1, 1));
        lock (gate)
        {
            receivedAt = Now();
            entered = gate.WaitAsync(ct);
        }
        await entered;
        try { return await SubmitInOrderAsync(campaign, unit, fileName, bytes, receivedAt, imported, ct); }
        finally { gate.Release(); }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> s_unitGates = new(StringComparer.Ordinal);

    private async Task<SubmissionView> SubmitInOrderAsync(Campaign campaign, UnitInfo unit, string fileName, ReadOnlyMemory<byte> bytes, DateTimeOffset receivedAt, bool imported, CancellationToken ct)
    {
        var campaignId = campaign.Id;
        var (versions, stored) = await store.UsageAsync(campaignId, unit.Code, ct);
        if (versions >= Quotas.MaxVersionsPerUnit) throw QuotaProblems.TooManyVersions($"{unit.Name} ({unit.Code})", Quotas.MaxVersionsPerUnit);
        if (stored + bytes.Length > Quotas.MaxCampaignBytes) throw QuotaProblems.CampaignFull(campaignId, stored, Quotas.MaxCampaignBytes);

        // Validation is CPU-bound: a few at a time, first come first served, instead of hundreds sharing the cores
        // (with fair sharing every concurrent request would finish only when all of them do).
        ValidationOutcome outcome;
        await s_cpu.WaitAsync(ct);
        try { outcome = ValidateFor(campaign, unit, bytes, fileName); }
        finally { s_cpu.Release(); }
        var report = StoredReport(ValidationReport.From(outcome), Quotas.MaxStoredFindings);
        // A file that cannot be read is refused, not stored: stored, it would become the unit's current version and the
        // merge would drop the unit. Nothing is written (no row, no blob); the earlier current version stays current.
        if (!outcome.Readable) throw CampaignProblemException.Unreadable(fileName, unit, report.Findings);
        var deadline = DeadlineFor(campaign, unit.Kind);
        var saved = await store.AddSubmissionAsync(new NewSubmission
        {
            CampaignId = campaignId,
            UnitCode = unit.Code,
            FileName = fileName,
            ReceivedAt = receivedAt,
            Late = !imported && deadline is not null && receivedAt > deadline.Due,
            Readable = outcome.Readable,
            Errors = outcome.Errors,
            Warnings = outcome.Warnings,
            RulesetId = outcome.RulesetId,
            ClaimedUnit = outcome.Report?.Unit.Code,
            ClaimedYear = outcome.Report?.Year,
            ValidationJson = JsonSerializer.Serialize(report, s_storedJson),
        }, bytes, ct);
        return SubmissionView.From(saved.Submission, unit, campaign, saved.Created, includeFindings: true);
    }

    /// <summary>The ValidationService's verdict plus the campaign's own checks: the file is this unit's and this year's.</summary>
    public ValidationOutcome ValidateFor(Campaign campaign, UnitInfo unit, ReadOnlyMemory<byte> bytes, string fileName)
    {
        var outcome = validation.Validate(bytes, fileName, campaign.RulesetId, campaign.Settings.ToOverrides());
        if (outcome.Report is not { } r) return outcome;
        var extra = new List<Finding>();
        if (!StringComparer.Ordinal.Equals(r.Unit.Code.Trim(), unit.Code))
            extra.Add(Finding.Error(HierarchyMerge.UnitMismatch, "unit.code",
                $"Tệp {fileName} được nộp cho {unit.Name} ({unit.Code}) nhưng ghi là của đơn vị \"{r.Unit.Name}\" (mã {r.Unit.Code})."));
        if (r.Year != campaign.Year)
            extra.Add(Finding.Error(HierarchyMerge.YearMismatch, "year",
                $"Tệp {fileName} là số liệu năm {r.Year}; đợt kiểm điểm này là năm {campaign.Year}."));
        return extra.Count == 0 ? outcome : outcome with { Findings = [.. outcome.Findings, .. extra.Select(f => f with { File = fileName })] };
    }

    private static readonly JsonSerializerOptions s_storedJson = new(ValidationReport.JsonOptions) { WriteIndented = false };

    /// <summary>
    /// The report as stored with a submission: the counts stay exact, the findings are cut to <paramref name="max"/>
    /// (errors first) with one closing note saying how many more there were — a file with a million faulty cells must
    /// not put a million messages in the database and in every answer about it.
    /// </summary>
    public static ValidationReport StoredReport(ValidationReport report, int max)
    {
        if (report.Findings.Count <= max) return report;
        var kept = report.Findings.OrderBy(f => f.Severity switch { "error" => 0, "warning" => 1, _ => 2 }).Take(Math.Max(0, max)).ToList();
        kept.Add(new FindingDto(FindingCatalogue.FindingsTruncated, "info",
            $"Còn {Domain.Formatting.VietnameseFormat.Count(report.Findings.Count - kept.Count)} phát hiện khác không được lưu (Limits:MaxStoredFindings = {max}); kiểm tra lại tệp để xem đầy đủ.",
            "", report.File, null, null));
        return report with { Findings = kept };
    }

    public async Task<IReadOnlyList<SubmissionView>> ListSubmissionsAsync(string campaignId, string? unitCode, CancellationToken ct = default)
    {
        var campaign = await GetAsync(campaignId, ct);
        var tree = await TreeAsync(campaign, ct);
        string? code = null;
        if (unitCode is not null) code = (tree.Find(unitCode) ?? throw CampaignProblemException.UnitNotFound(campaignId, unitCode)).Code;
        var list = await store.ListSubmissionsAsync(campaignId, code, ct);
        return list.Select(s => SubmissionView.From(s, tree.Find(s.UnitCode), campaign, null, includeFindings: false)).ToList();
    }

    public async Task<SubmissionView> GetSubmissionAsync(string campaignId, long id, CancellationToken ct = default)
    {
        var campaign = await GetAsync(campaignId, ct);
        var s = await store.GetSubmissionAsync(campaignId, id, ct) ?? throw CampaignProblemException.SubmissionNotFound(campaignId, id);
        var tree = await TreeAsync(campaign, ct);
        return SubmissionView.From(s, tree.Find(s.UnitCode), campaign, null, includeFindings: true);
    }

    public async Task<(byte[] Content, string FileName)> GetSubmissionContentAsync(string campaignId, long id, CancellationToken ct = default)
    {
        var s = await store.GetSubmissionAsync(campaignId, id, ct) ?? throw CampaignProblemException.SubmissionNotFound(campaignId, id);
        var bytes = await store.ReadBlobAsync(s.Sha256, ct)
            ?? throw new CampaignProblemException(500, "Mất dữ liệu bản nộp", $"Không đọc được nội dung bản nộp số {id} (SHA-256 {s.Sha256}).");
        return (bytes, s.FileName);
    }

    // ---- status ----------------------------------------------------------------------------------------------------

    /// <summary>The status of every unit under <paramref name="unitCode"/> (the whole tree when null), with counts per subtree.</summary>
    public async Task<StatusReport> StatusAsync(string campaignId, string? unitCode, CancellationToken ct = default)
    {
        var campaign = await GetAsync(campaignId, ct);
        var tree = await TreeAsync(campaign, ct);
        var all = await store.ListSubmissionsAsync(campaignId, null, ct);
        var byUnit = all.GroupBy(s => s.UnitCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Version).ToList(), StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        IReadOnlyList<UnitInfo> roots;
        if (unitCode is null) roots = tree.Roots;
        else roots = [tree.Find(unitCode) ?? throw CampaignProblemException.UnitNotFound(campaignId, unitCode)];
        var nodes = roots.Select(r => StatusNode.Build(r, tree, campaign, byUnit, now)).ToList();
        // The top (the unit asked for, or the tree's root) reports to nobody here: count what is below it.
        var counts = SubtreeCounts.Sum(nodes.Select(n => n.Subtree));
        return new StatusReport(campaign.Id, campaign.Name, campaign.Year, now.ToOffset(VietnamOffset), counts, nodes);
    }
}

public sealed record UnitImportResult(int Units, IReadOnlyList<string> Roots, IReadOnlyList<FindingDto> Findings)
{
    /// <summary>True on a dry run (?dryRun=true): nothing was stored.</summary>
    public bool? DryRun { get; init; }
    /// <summary>Dry run: whether the import would be taken (no error finding).</summary>
    public bool? Valid { get; init; }
    /// <summary>Dry run: the units as read, in file order (code, name, kind, loại hình, parent).</summary>
    public IReadOnlyList<UnitDto>? Tree { get; init; }
}
