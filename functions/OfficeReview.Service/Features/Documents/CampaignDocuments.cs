using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Documents;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Features.Documents;

/// <summary>POST /api/campaigns/{id}/documents: what to draft, for which unit, and (công văn đôn đốc) which units to remind.</summary>
public sealed record CampaignDocumentRequest(string? Kind, string? Unit, IReadOnlyList<string>? Units)
{
    /// <summary>Công văn đôn đốc: the new deadline ("2025-12-15"); default: five days after the draft's date.</summary>
    public string? NewDeadline { get; init; }
}

/// <summary>The answer of an approval: the number from the register, "Số 07-KH/ĐU", the final file's SHA-256, the record.</summary>
internal sealed record ApprovalView(long Id, string Kind, string Unit, int Number, string DocumentNumber, string Sha256, string ApprovedBy, DateTimeOffset ApprovedAt, JsonElement Record);

/// <summary>A stored document as the API shows it.</summary>
internal sealed record CampaignDocumentView(long Id, string Kind, string Unit, string State, string FileName, long Size, string Sha256, DateTimeOffset CreatedAt, string CreatedBy, JsonElement Source)
{
    public int? Number { get; init; }
    public string? DocumentNumber { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    /// <summary>SHA-256 of the approved (final) file; <see cref="Sha256"/> is the draft's.</summary>
    public string? ApprovedSha256 { get; init; }

    public static CampaignDocumentView From(StoredDocument d) => new(d.Id, d.Kind, d.UnitCode, d.State, d.FileName, d.Size, d.Sha256,
        d.CreatedAt.ToOffset(CampaignService.VietnamOffset), d.CreatedBy, JsonDocument.Parse(d.SourceJson).RootElement.Clone())
    {
        Number = d.Number, DocumentNumber = d.DocumentNumber, ApprovedBy = d.ApprovedBy, ApprovedAt = d.ApprovedAt?.ToOffset(CampaignService.VietnamOffset), ApprovedSha256 = d.ApprovedSha256,
    };
}

/// <summary>
/// Drafts every document of the campaign from what the campaign holds (docs/documents.md, "From a campaign"): the
/// issuer's details, deadlines and ruleset (Kế hoạch, Công văn), the status of the listed units (Công văn đôn đốc), the
/// merge at the unit with the decided levels and last year's result of the same unit code (Báo cáo, Thông báo kết quả,
/// Quyết định). The pure builders (<see cref="DocumentContent"/>) write the text; the .docx is stored as a blob.
/// </summary>
public sealed class CampaignDocuments(CampaignService campaigns, MergeService merges, DecisionService decisions)
{
    private static readonly JsonSerializerOptions s_webJson = new(JsonSerializerDefaults.Web);

    public const int MaxUnitsListed = 2000;
    private ICampaignStore Store => campaigns.Store;

    public async Task<StoredDocument> DraftAsync(string campaignId, CampaignDocumentRequest request, string? user, CancellationToken ct = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, ct);
        var today = Today();
        var prepared = await PrepareAsync(campaign, request, today, ct);
        var bytes = Render(prepared, today, null, final: false);
        prepared.Source["request"] = new { kind = prepared.Kind.Slug(), unit = prepared.Unit.Code, units = request.Units, newDeadline = request.NewDeadline };
        prepared.Source["date"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var document = new StoredDocument
        {
            Id = 0, CampaignId = campaignId, Kind = prepared.Kind.Slug(), UnitCode = prepared.Unit.Code, State = "draft", Sha256 = "", Size = 0,
            FileName = SafeText.FileName($"{prepared.Kind.Slug()}-{prepared.Unit.Code}-{today:yyyyMMdd}.docx", $"{prepared.Kind.Slug()}.docx"),
            CreatedAt = campaigns.Clock.GetUtcNow().ToOffset(CampaignService.VietnamOffset), CreatedBy = user ?? "-",
            SourceJson = JsonSerializer.Serialize(prepared.Source),
        };
        return await Store.AddDocumentAsync(document, bytes, ct);
    }

    private DateOnly Today() => DateOnly.FromDateTime(campaigns.Clock.GetUtcNow().ToOffset(CampaignService.VietnamOffset).DateTime);

    /// <summary>Everything a document needs, gathered (IO) once; <see cref="Render"/> then makes the file for a date and number (pure).</summary>
    private sealed record Prepared(DocumentKind Kind, UnitInfo Unit, CampaignIssuer Issuer, string Excerpt, IReadOnlyList<string> Recipients,
        Func<DocumentMeta, FieldRecord> Fields, Dictionary<string, object?> Source);

    private static byte[] Render(Prepared p, DateOnly date, int? number, bool final)
    {
        var meta = p.Issuer.ToMeta(p.Kind, date, p.Excerpt, p.Recipients, number);
        var metaErrors = meta.Validate(p.Kind).Where(f => f.Severity == Severity.Error).ToList();
        if (metaErrors.Count > 0)
            throw new CampaignProblemException(422, "Không lập được văn bản", string.Join(" ", metaErrors.Select(f => f.Message)));
        var composed = PartyDocuments.Compose(p.Kind, meta, p.Fields(meta), null, removeContentControls: final);
        if (composed.HasErrors)
            throw new CampaignProblemException(422, "Không lập được văn bản",
                string.Join(" ", composed.Problems.Where(x => x.Severity == ProblemSeverity.Error).Select(x => x.Message).DefaultIfEmpty("Mẫu văn bản không dùng được.")));
        var warnings = composed.Problems.Where(x => x.Severity != ProblemSeverity.Error).Select(x => x.Message).Take(20).ToList();
        if (warnings.Count > 0) p.Source["warnings"] = warnings;
        return composed.Document!;
    }

    private async Task<Prepared> PrepareAsync(Campaign campaign, CampaignDocumentRequest request, DateOnly today, CancellationToken ct)
    {
        var campaignId = campaign.Id;
        var kind = DocumentKinds.FromSlug(request.Kind?.Trim())
            ?? throw CampaignProblemException.BadRequest($"Loại văn bản \"{request.Kind}\" không hợp lệ; dùng một trong: {string.Join(", ", DocumentKinds.All.Select(k => k.Slug()))}.");
        var issuer = campaign.Issuer
            ?? throw new CampaignProblemException(409, "Chưa có thông tin cơ quan ban hành",
                $"Đợt kiểm điểm \"{campaignId}\" chưa có thông tin cơ quan ban hành; quản trị đợt nhập một lần bằng PUT /api/campaigns/{campaignId}/issuer.");
        var tree = await campaigns.TreeAsync(campaign, ct);
        var unitCode = VietnameseText.Clean(request.Unit);
        var unit = (unitCode.Length == 0 ? (tree.Roots.Count > 0 ? tree.Roots[0] : null) : tree.Find(unitCode))
            ?? throw CampaignProblemException.UnitNotFound(campaignId, unitCode);
        var overrides = campaign.Settings.ToOverrides();
        var ruleset = Rulesets.ById(campaign.RulesetId, overrides) ?? Rulesets.ForYear(campaign.Year, overrides);
        var year = campaign.Year;
        var source = new Dictionary<string, object?> { ["ruleset"] = ruleset.Id };

        Func<DocumentMeta, FieldRecord> fields;
        string excerpt;
        IReadOnlyList<string> recipients;
        switch (kind)
        {
            case DocumentKind.KeHoach or DocumentKind.CongVan:
            {
                if (campaign.Deadlines.Count == 0)
                    throw new CampaignProblemException(409, "Chưa có hạn nộp", $"Đợt kiểm điểm \"{campaignId}\" chưa có hạn nộp của các cấp (PATCH /api/campaigns/{campaignId} với \"deadlines\").");
                var schedule = new CampaignSchedule { Year = year, Deadlines = Schedule(campaign) };
                excerpt = $"kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm {year}";
                recipients = Recipients(issuer, campaign, null);
                fields = kind == DocumentKind.KeHoach ? m => DocumentContent.KeHoach(m, schedule, ruleset.Parameters) : m => DocumentContent.CongVan(m, schedule, ruleset.Parameters);
                break;
            }
            case DocumentKind.CongVanDonDoc:
            {
                var codes = (request.Units ?? []).Select(VietnameseText.Clean).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                if (codes.Count == 0) throw CampaignProblemException.BadRequest("Công văn đôn đốc: chọn ít nhất một đơn vị (trường \"units\").");
                if (codes.Count > MaxUnitsListed) throw CampaignProblemException.BadRequest($"Công văn đôn đốc: {codes.Count} đơn vị, vượt giới hạn {MaxUnitsListed}.");
                var listed = codes.Select(c => tree.Find(c) ?? throw CampaignProblemException.UnitNotFound(campaignId, c)).ToList();
                var latest = (await Store.LatestSubmissionsAsync(campaignId, ct)).ToDictionary(s => s.UnitCode, StringComparer.Ordinal);
                var reminded = new List<UnitSubmission>();
                foreach (var u in listed)
                {
                    var s = latest.GetValueOrDefault(u.Code);
                    var status = s is null ? SubmissionStatus.Missing : s.Errors > 0 || !s.Readable ? SubmissionStatus.Invalid : SubmissionStatus.Late;
                    var problems = s is null ? [] : ErrorsOf(s);
                    reminded.Add(new UnitSubmission(u.Name, status, problems) { Code = u.Code });
                }
                var due = listed.Select(u => CampaignService.DeadlineFor(campaign, u.Kind)?.Due).OfType<DateTimeOffset>().DefaultIfEmpty(campaigns.Clock.GetUtcNow()).Min();
                var newDeadline = request.NewDeadline is { Length: > 0 } nd
                    ? CampaignService.ParseDue(nd) is { } parsed ? DateOnly.FromDateTime(parsed.ToOffset(CampaignService.VietnamOffset).DateTime)
                        : throw CampaignProblemException.BadRequest($"Hạn mới \"{nd}\" không đọc được; viết 2025-12-15 hoặc 15/12/2025.")
                    : today.AddDays(5);
                excerpt = $"đôn đốc gửi báo cáo kiểm điểm, đánh giá, xếp loại năm {year}";
                recipients = Recipients(issuer, campaign, listed);
                var reminder = new ReminderInput
                {
                    Year = year,
                    Deadline = DateOnly.FromDateTime(due.ToOffset(CampaignService.VietnamOffset).DateTime),
                    NewDeadline = newDeadline,
                    Units = reminded,
                };
                fields = m => DocumentContent.CongVanDonDoc(m, reminder);
                source["units"] = codes;
                break;
            }
            default:
            {
                // From the merge at the unit, with the decided levels (MergeService applies them).
                var (stored, run, _) = await merges.MergeCampaignAsync(campaignId, unit.Code, ct: ct);
                source["result"] = stored.Id;
                var report = run.Result.Report
                    ?? throw new CampaignProblemException(409, "Chưa có số liệu", $"Chưa đơn vị nào dưới \"{unit.Code}\" gửi báo cáo đọc được; chưa lập được {kind.VietnameseName()}.");
                var children = tree.ChildrenOf(unit.Code).Where(c => ReportAggregator.BlockFor(c.Kind) is not null).ToList();
                var proposals = await decisions.ProposalsAsync(campaign, children.Select(c => c.Code), ct);
                var decided = (await Store.ListDecisionsAsync(campaignId, ct)).ToDictionary(d => d.UnitCode, StringComparer.Ordinal);
                var levels = children.Select(c => new UnitLevel
                {
                    Code = c.Code,
                    Name = c.Name,
                    Kind = c.Kind,
                    Level = decided.TryGetValue(c.Code, out var d) ? DecisionService.ParseLevel(d.Level) : null,
                    ProposedLevel = proposals.GetValueOrDefault(c.Code),
                    Reason = decided.GetValueOrDefault(c.Code)?.Reason,
                }).ToList();
                var previous = await PreviousYearAsync(campaign, unit.Code, ct);
                source["previous"] = previous?.From;
                excerpt = kind switch
                {
                    DocumentKind.BaoCao => $"kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm {year}",
                    DocumentKind.ThongBaoKetQua => $"kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm {year}",
                    _ => $"công nhận kết quả xếp loại chất lượng tổ chức đảng năm {year}",
                };
                recipients = Recipients(issuer, campaign, children);
                // Review held, as far as the campaign knows it: an organization that sent its report has held its review.
                var organizations = tree.Descendants(unit.Code).Where(u => ReportAggregator.BlockFor(u.Kind) is not null).ToList();
                var sent = (await Store.LatestSubmissionsAsync(campaignId, ct)).Select(s => s.UnitCode).ToHashSet(StringComparer.Ordinal);
                var held = organizations.Count == 0 ? null : new ReviewHeld { Organizations = new ReviewCount(organizations.Count(o => sent.Contains(o.Code)), organizations.Count) };
                var details = new ReportDetails { Units = levels, Overrides = overrides, ReviewHeld = held };
                var last = previous?.Report;
                fields = kind switch
                {
                    DocumentKind.BaoCao => m => DocumentContent.BaoCao(m, report, last, details, ruleset.Parameters),
                    DocumentKind.ThongBaoKetQua => m => DocumentContent.ThongBaoKetQua(m, report, last, details, ruleset.Parameters),
                    _ => m => DocumentContent.QuyetDinh(m, new DecisionInput { Year = year, Units = levels.Where(l => l.Level is not null).ToList() }, ruleset.Parameters),
                };
                source["decided"] = levels.Count(l => l.Level is not null);
                source["proposals"] = levels.Count(l => l.Level is null && l.ProposedLevel is not null);
                break;
            }
        }

        return new Prepared(kind, unit, issuer, excerpt, recipients, fields, source);
    }

    /// <summary>
    /// Approves a draft (idempotent): the draft is rebuilt from what it was drafted from and must be the same file (else 409:
    /// the data changed since; draft again), then the final file — numbered from the issuer's register, dated today, without
    /// DỰ THẢO and content controls — and its approval record are stored in the campaign.
    /// </summary>
    public async Task<StoredDocument> ApproveAsync(string campaignId, long docId, string? user, CancellationToken ct = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, ct);
        var doc = await Store.GetDocumentAsync(campaignId, docId, ct) ?? throw CampaignProblemException.DocumentNotFound(campaignId, docId);
        if (doc.State == "approved") return doc;
        var issuer = campaign.Issuer ?? throw new CampaignProblemException(409, "Chưa có thông tin cơ quan ban hành", $"Đợt kiểm điểm \"{campaignId}\" chưa có thông tin cơ quan ban hành.");
        CampaignDocumentRequest request;
        DateOnly drafted;
        using (var source = JsonDocument.Parse(doc.SourceJson))
        {
            request = source.RootElement.GetProperty("request").Deserialize<CampaignDocumentRequest>(s_webJson)!;
            drafted = DateOnly.ParseExact(source.RootElement.GetProperty("date").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        var prepared = await PrepareAsync(campaign, request, drafted, ct);
        if (DocumentService.Hash(Render(prepared, drafted, null, final: false)) != doc.Sha256)
            throw new CampaignProblemException(409, "Dự thảo đã cũ",
                $"Số liệu, quyết định hoặc thông tin cơ quan ban hành đã thay đổi từ khi lập dự thảo số {docId} ({doc.FileName}); lập lại dự thảo rồi duyệt bản mới.");

        var today = Today();
        var at = campaigns.Clock.GetUtcNow().ToOffset(CampaignService.VietnamOffset);
        var by = user ?? "-";
        var term = issuer.Term ?? CampaignIssuer.DefaultTerm(today);
        var kind = prepared.Kind;
        // HD 36-HD/VPTW mục II.1.3.1 a: numbered from 01 per tên loại văn bản within the committee's term, not reset yearly.
        var register = $"{VietnameseText.FoldKey(issuer.Issuer)}|{VietnameseText.Clean(issuer.IssuerCode)}|{kind.TypeCode()}|{term}";
        var approved = await Store.ApproveDocumentAsync(campaignId, docId, register, number =>
        {
            var bytes = Render(prepared, today, number, final: true);
            var meta = issuer.ToMeta(kind, today, prepared.Excerpt, prepared.Recipients, number);
            var record = new ApprovalRecord
            {
                Kind = kind.Slug(),
                DocumentNumber = "Số " + meta.NumberAndCode(kind),
                Number = number,
                Issuer = meta.Issuer,
                DocumentDate = today,
                ApprovedBy = by,
                ApprovedAt = at,
                Sha256 = DocumentService.Hash(bytes),
                InputsSha256 = doc.Sha256,
            };
            return new DocumentApproval(bytes, record.DocumentNumber, by, at, JsonSerializer.Serialize(record, ApprovalRecord.JsonOptions));
        }, ct);
        return approved ?? throw CampaignProblemException.DocumentNotFound(campaignId, docId);
    }

    /// <summary>Kế hoạch / Công văn milestones: per deadline, finishing the review (when given) and sending the report.</summary>
    private static List<CampaignDeadline> Schedule(Campaign campaign)
    {
        var list = new List<CampaignDeadline>();
        foreach (var d in campaign.Deadlines.OrderBy(d => d.Due))
        {
            var level = d.Label ?? (UnitKinds.FromSlug(d.UnitKind) is { } k ? $"Các {k.VietnameseName().ToLowerInvariant()}" : "Các tổ chức đảng trực thuộc");
            if (d.ReviewBy is { } review)
                list.Add(new CampaignDeadline(level, "Hoàn thành kiểm điểm, đánh giá, xếp loại", DateOnly.FromDateTime(review.ToOffset(CampaignService.VietnamOffset).DateTime)));
            list.Add(new CampaignDeadline(level, "Gửi báo cáo kết quả kiểm điểm, đánh giá, xếp loại về cấp trên", DateOnly.FromDateTime(d.Due.ToOffset(CampaignService.VietnamOffset).DateTime)));
        }
        return list;
    }

    private static IReadOnlyList<string> Recipients(CampaignIssuer issuer, Campaign campaign, IReadOnlyList<UnitInfo>? units)
    {
        if (units is { Count: > 0 and <= 10 }) return units.Select(u => u.Name).ToList();
        if (issuer.Recipients.Count > 0) return issuer.Recipients;
        var subordinates = issuer.ToMeta(DocumentKind.CongVan, new DateOnly(campaign.Year, 12, 31), "").Profile(campaign.Year).Subordinates;
        return [char.ToUpperInvariant(subordinates[0]) + subordinates[1..]];
    }

    private static IReadOnlyList<string> ErrorsOf(Submission s)
    {
        try
        {
            using var doc = JsonDocument.Parse(s.ValidationJson);
            if (!doc.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array) return [];
            return findings.EnumerateArray()
                .Where(f => f.TryGetProperty("severity", out var sev) && sev.GetString() == "error" && f.TryGetProperty("message", out _))
                .Select(f => f.GetProperty("message").GetString() ?? "").Where(m => m.Length > 0).Take(5).ToList();
        }
        catch (JsonException) { return []; }
    }

    /// <summary>
    /// The latest result at the same unit code in last year's campaign (the newest one of that year that has it). When
    /// that campaign has no result at the unit yet, or received files after its newest one (last year's files imported
    /// through a mapping profile), it is merged at the unit first, so the comparison uses what it holds now.
    /// </summary>
    public async Task<(UnitReport Report, string From)?> PreviousYearAsync(Campaign campaign, string unitCode, CancellationToken ct)
    {
        foreach (var last in (await Store.ListCampaignsAsync(ct)).Where(c => c.Year == campaign.Year - 1).OrderByDescending(c => c.CreatedAt))
        {
            var result = (await Store.ListResultsAsync(last.Id, ct)).Where(r => r.UnitCode == unitCode).OrderByDescending(r => r.Id).FirstOrDefault();
            var received = (await Store.ListSubmissionsAsync(last.Id, null, ct)).Select(s => (DateTimeOffset?)s.ReceivedAt).Max();
            if (received is { } newest && (result is null || result.CreatedAt < newest) && await Store.GetUnitAsync(last.Id, unitCode, ct) is not null)
            {
                try
                {
                    await merges.MergeCampaignAsync(last.Id, unitCode, ct: ct);
                    result = (await Store.ListResultsAsync(last.Id, ct)).Where(r => r.UnitCode == unitCode).OrderByDescending(r => r.Id).FirstOrDefault();
                }
                catch (CampaignProblemException) { /* nothing readable under the unit: no comparison from this campaign */ }
            }
            if (result is null || await Store.ReadBlobAsync(result.JsonSha256, ct) is not { } json) continue;
            using var doc = JsonDocument.Parse(json);
            if (!doc.RootElement.TryGetProperty("report", out var report) || report.ValueKind != JsonValueKind.Object) continue;
            var read = UnitReportJson.Read(JsonSerializer.SerializeToUtf8Bytes(report));
            if (read.Report is { } r) return (r, $"{last.Id}/results/{result.Id}");
        }
        return null;
    }
}
