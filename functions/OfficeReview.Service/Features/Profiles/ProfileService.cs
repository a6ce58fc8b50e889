using System.Text.Json;
using System.Text.RegularExpressions;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Profiles;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Profiles;

/// <summary>A figure a profile could not find in one file: which figure, and where the profile looked.</summary>
internal sealed record MissingFigureDto(string Figure, string Label, string? Sheet, string? Cell, string? RowLabel, string? ColumnLabel, string Message);

/// <summary>What the check of a profile found in one sample file.</summary>
internal sealed record ProfileFileCheck(string File, string Sha256, bool Readable, IReadOnlyList<string> NotFound, IReadOnlyList<MissingFigureDto> Missing,
    IReadOnlyList<TaggedFigureDto> Located, IReadOnlyList<FindingDto> Findings);

/// <summary>The check of a profile against its sample files: complete when every file is readable and every figure found.</summary>
internal sealed record ProfileCheckView(bool Complete, IReadOnlyList<ProfileFileCheck> Files);

/// <summary>A saved profile as the API shows it; <see cref="Profile"/> only when one profile is asked for.</summary>
internal sealed record ProfileView(string Id, string Name, int Version, int Entries, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset UpdatedAt,
    string? UpdatedBy, ProfileCheckView Check, MappingProfile? Profile = null);

/// <summary>What became of one file of an import: submitted (or the same bytes already there), or refused with the reason.</summary>
internal sealed record ImportedFile
{
    public required string File { get; init; }
    /// <summary>"submitted", "unchanged" (these bytes were already the unit's submission) or "refused".</summary>
    public required string Status { get; init; }
    public string? Unit { get; init; }
    public string? UnitName { get; init; }
    /// <summary>How the file was matched to its unit: "code" (the unit code read), "name" (the unit name read) or "file" (the file name starts with the code).</summary>
    public string? MatchedBy { get; init; }
    public long? Submission { get; init; }
    public int? Version { get; init; }
    public int? Errors { get; init; }
    public int? Warnings { get; init; }
    public string? Sha256 { get; init; }
    /// <summary>Why the file was refused (Vietnamese, naming the file and, where known, the sheet and cell).</summary>
    public string? Message { get; init; }
    public IReadOnlyList<MissingFigureDto> Missing { get; init; } = [];
    public IReadOnlyList<FindingDto> Findings { get; init; } = [];
}

/// <summary>The answer of an import: the campaign, the profile and one line per file.</summary>
internal sealed record ImportResult(string Campaign, string Profile, int Submitted, int Unchanged, int Refused, IReadOnlyList<ImportedFile> Files);

/// <summary>
/// Saved mapping profiles (docs/bieu-mau-excel.md, "Hồ sơ ánh xạ") and imports through them (docs/campaigns.md,
/// "Nhập số liệu năm trước"). A profile is checked against sample files each time it is saved; an import reads each
/// untagged workbook through the profile, matches it to its unit and submits the workbook carrying the profile's names
/// as that unit's submission, one file at a time (a file that cannot be read is refused, the others still land).
/// </summary>
internal sealed partial class ProfileService(CampaignService campaigns, IConfiguration configuration, ILogger<ProfileService> logger)
{
    public const string DefaultFileName = "ho-so.json";
    /// <summary>Profiles the service keeps (Limits:MaxProfiles).</summary>
    public int MaxProfiles => configuration.GetValue<int?>("Limits:MaxProfiles") ?? 200;
    /// <summary>Bytes of one profile's JSON (Limits:MaxProfileBytes).</summary>
    public long MaxProfileBytes => configuration.GetValue<long?>("Limits:MaxProfileBytes") ?? 512 * 1024;
    /// <summary>Findings kept per sample file in a stored check.</summary>
    private const int MaxCheckFindings = 100;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();

    private static readonly JsonSerializerOptions s_json = new(CampaignApi.Json) { WriteIndented = false };

    // ---- reading a profile -----------------------------------------------------------------------------------------

    /// <summary>The profile of a request (the .json file) with its optional id, cleaned; 400/422 naming every problem.</summary>
    public (string? Id, MappingProfile Profile) Parse(UploadedFile file)
    {
        if (file.Content.Length > MaxProfileBytes)
            throw CampaignProblemException.BadRequest($"Hồ sơ {file.Name} có {Domain.Formatting.VietnameseFormat.Count(file.Content.Length)} byte, vượt giới hạn {Domain.Formatting.VietnameseFormat.Count(MaxProfileBytes)} byte (Limits:MaxProfileBytes).");
        if (OpenXml.Input.InputText.JsonProblem(file.Content, file.Name) is { } problem)
            throw CampaignProblemException.BadRequest($"Hồ sơ {file.Name}: {problem.Message}");
        MappingProfile? profile;
        string? id = null;
        try
        {
            using var doc = JsonDocument.Parse(file.Content, new JsonDocumentOptions { MaxDepth = 16 });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw CampaignProblemException.BadRequest($"Hồ sơ {file.Name} phải là một đối tượng JSON {{\"name\": …, \"entries\": [ … ]}}.");
            if (doc.RootElement.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String) id = idElement.GetString();
            profile = doc.RootElement.Deserialize<MappingProfile>(ValidationReport.JsonOptions);
        }
        catch (JsonException e) { throw CampaignProblemException.BadRequest($"Hồ sơ {file.Name} không phải JSON hợp lệ ({e.Message})."); }
        var (clean, problems) = MappingProfiles.Normalize(profile, campaigns.Quotas.MaxLabelLength);
        if (clean is null)
            throw new CampaignProblemException(422, "Hồ sơ ánh xạ không hợp lệ", $"Hồ sơ {file.Name}: {string.Join(" ", problems.Take(20))}");
        return (id, clean);
    }

    /// <summary>Splits a request's files into the profile (.json) and the workbooks; 400 when the profile is missing.</summary>
    public static (UploadedFile Profile, IReadOnlyList<UploadedFile> Samples) SplitProfileRequest(IReadOnlyList<UploadedFile> files)
    {
        var profile = files.FirstOrDefault(f => f.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            ?? throw CampaignProblemException.BadRequest("Gửi hồ sơ ánh xạ (tệp .json: name, entries[{figure, sheet, cell, rowLabel, columnLabel, value}]) cùng các bảng tính mẫu (.xlsx).");
        var samples = files.Where(f => f != profile).ToList();
        if (samples.Count == 0) throw CampaignProblemException.BadRequest("Gửi ít nhất một bảng tính mẫu (.xlsx) để kiểm tra hồ sơ.");
        return (profile, samples);
    }

    // ---- the check -------------------------------------------------------------------------------------------------

    /// <summary>Reads every sample through the profile: for each file, every figure not found, the findings, the cells used.</summary>
    public async Task<(ProfileCheckView View, IReadOnlyList<ProfileReadResult> Reads)> CheckAsync(MappingProfile profile, IReadOnlyList<UploadedFile> samples, CancellationToken ct)
    {
        var limits = campaigns.Validation.Limits.EffectiveWorkbook;
        var reads = await Task.Run(() => samples.Select(f => ProfileReader.Read(f.Content, SafeText.FileName(f.Name, "mau.xlsx"), profile, limits)).ToList(), ct);
        var files = samples.Zip(reads, (f, r) => new ProfileFileCheck(
            SafeText.FileName(f.Name, "mau.xlsx"), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(f.Content)), r.Report is not null,
            r.NotFound, Missing(profile, r), r.Located.Select(l => new TaggedFigureDto(l.Name, l.Group, l.Label, l.Sheet, l.Cell)).ToList(),
            r.Findings.Select(FindingDto.From).ToList())).ToList();
        return (new ProfileCheckView(files.All(f => f.Readable && f.NotFound.Count == 0), files), reads);
    }

    private static IReadOnlyList<MissingFigureDto> Missing(MappingProfile profile, ProfileReadResult r) =>
        r.Findings.Where(f => f.Code == ProfileReader.FigureNotFound).Select(f =>
        {
            var entry = profile.Entries.FirstOrDefault(e => string.Equals(e.Figure, f.Path, StringComparison.OrdinalIgnoreCase));
            var label = FormContract.ByName.TryGetValue(f.Path, out var figure) ? $"{figure.Group} › {figure.Label}" : f.Path;
            return new MissingFigureDto(f.Path, label, entry?.Sheet, entry?.Cell, entry?.RowLabel, entry?.ColumnLabel, f.Message);
        }).ToList();

    // ---- saved profiles --------------------------------------------------------------------------------------------

    public async Task<IReadOnlyList<ProfileView>> ListAsync(CancellationToken ct) =>
        (await campaigns.Store.ListProfilesAsync(ct)).Select(p => View(p, withProfile: false)).ToList();

    public async Task<ProfileView> GetAsync(string id, CancellationToken ct) => View(await StoredAsync(id, ct), withProfile: true);

    public async Task<StoredProfile> StoredAsync(string id, CancellationToken ct) =>
        await campaigns.Store.GetProfileAsync(id, ct) ?? throw NotFound(id);

    public static MappingProfile ProfileOf(StoredProfile p) => JsonSerializer.Deserialize<MappingProfile>(p.BodyJson, ValidationReport.JsonOptions)!;

    /// <summary>Checks the profile against the samples and stores it (create: a new id; replace: an existing one).</summary>
    public async Task<ProfileView> SaveAsync(string? id, MappingProfile profile, IReadOnlyList<UploadedFile> samples, string? user, bool replace, CancellationToken ct)
    {
        id = replace ? id : NewId(id, profile.Name);
        if (replace && await campaigns.Store.GetProfileAsync(id!, ct) is null) throw NotFound(id!);
        if (!replace)
        {
            if (await campaigns.Store.GetProfileAsync(id!, ct) is not null)
                throw new CampaignProblemException(409, "Hồ sơ ánh xạ đã tồn tại", $"Đã có hồ sơ ánh xạ mã \"{id}\"; dùng PUT /api/profiles/{id} để thay, hoặc đặt mã khác (trường \"id\").");
            if ((await campaigns.Store.ListProfilesAsync(ct)).Count >= MaxProfiles)
                throw new CampaignProblemException(409, "Đã đủ số hồ sơ ánh xạ", $"Dịch vụ đã có {MaxProfiles} hồ sơ ánh xạ, bằng giới hạn (Limits:MaxProfiles); xóa bớt hoặc tăng giới hạn.");
        }
        var (check, _) = await CheckAsync(profile, samples, ct);
        var stored = check with { Files = check.Files.Select(f => f with { Findings = f.Findings.OrderBy(x => x.Severity switch { "error" => 0, "warning" => 1, _ => 2 }).Take(MaxCheckFindings).ToList() }).ToList() };
        var now = campaigns.Clock.GetUtcNow().ToOffset(CampaignService.VietnamOffset);
        var row = new StoredProfile
        {
            Id = id!, Name = profile.Name, BodyJson = JsonSerializer.Serialize(profile, s_json), CreatedAt = now, CreatedBy = user, UpdatedAt = now, UpdatedBy = user,
            CheckJson = JsonSerializer.Serialize(stored, s_json),
        };
        var saved = await campaigns.Store.SaveProfileAsync(row, replace, ct)
            ?? throw (replace ? NotFound(id!) : new CampaignProblemException(409, "Hồ sơ ánh xạ đã tồn tại", $"Đã có hồ sơ ánh xạ mã \"{id}\"."));
        return View(saved, withProfile: true) with { Check = check };
    }

    public async Task DeleteAsync(string id, CancellationToken ct)
    {
        if (!await campaigns.Store.DeleteProfileAsync(id, ct)) throw NotFound(id);
    }

    private static string NewId(string? requested, string name)
    {
        if (requested is not null)
        {
            var id = requested.Trim().ToLowerInvariant();
            return IdPattern().IsMatch(id) ? id
                : throw CampaignProblemException.BadRequest($"Mã hồ sơ \"{SafeText.Clean(requested)}\" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang (tối đa 64 ký tự).");
        }
        var slug = Regex.Replace(VietnameseText.FoldKey(name), "[^a-z0-9]+", "-").Trim('-');
        if (slug.Length > 48) slug = slug[..48].TrimEnd('-');
        return slug.Length == 0 ? "ho-so" : slug;
    }

    private static CampaignProblemException NotFound(string id) =>
        new(404, "Không có hồ sơ ánh xạ", $"Không có hồ sơ ánh xạ mã \"{SafeText.Clean(id)}\" (GET /api/profiles liệt kê các hồ sơ đã lưu).");

    public static ProfileView View(StoredProfile p, bool withProfile)
    {
        var profile = ProfileOf(p);
        return new ProfileView(p.Id, p.Name, p.Version, profile.Entries.Count, p.CreatedAt, p.CreatedBy, p.UpdatedAt, p.UpdatedBy,
            JsonSerializer.Deserialize<ProfileCheckView>(p.CheckJson, CampaignApi.Json)!, withProfile ? profile : null);
    }

    // ---- importing through a profile -------------------------------------------------------------------------------

    /// <summary>
    /// Imports untagged workbooks into a campaign through a saved profile: each is read, matched to its unit (by the code
    /// read, else the name read, else the file name starting with the code) and submitted as the workbook carrying the
    /// profile's names. A file is stored whole or not at all; a file that fails is refused with the reason and the others
    /// still land. <paramref name="audit"/> is told each file's outcome.
    /// </summary>
    public async Task<ImportResult> ImportAsync(string campaignId, string profileId, IReadOnlyList<UploadedFile> files,
        Func<string, string?, string?, string, Task>? audit, CancellationToken ct)
    {
        var campaign = await campaigns.GetAsync(campaignId, ct);
        if (campaign.ClosedAt is not null) throw QuotaProblems.Closed(campaignId, "nhập số liệu");
        var stored = await StoredAsync(profileId, ct);
        var profile = ProfileOf(stored);
        if (files.Count == 0) throw CampaignProblemException.BadRequest("Gửi các bảng tính cần nhập (.xlsx, trường \"files\" của biểu mẫu multipart).");
        var units = await campaigns.Store.GetUnitsAsync(campaignId, ct);
        if (units.Count == 0) throw new CampaignProblemException(409, "Đợt chưa có danh sách đơn vị", $"Đợt \"{campaignId}\" chưa có danh sách đơn vị; nhập danh sách đơn vị trước để ghép từng tệp với đơn vị của nó.");
        var tree = UnitTree.Build(units, campaign.Year).Tree; // the units just read (CampaignService.TreeAsync would read them again)
        var limits = campaigns.Validation.Limits.EffectiveWorkbook;
        var results = new List<ImportedFile>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var name = SafeText.FileName(file.Name, "bao-cao.xlsx", campaigns.Quotas.MaxFileNameLength);
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Content));
            ImportedFile result;
            try
            {
                result = await ImportOneAsync(campaign, tree, units, profile, name, file.Content, limits, ct);
            }
            catch (CampaignProblemException p)
            {
                result = new ImportedFile { File = name, Status = "refused", Message = p.Detail, Findings = p.Findings ?? [] };
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
            {
                // One file must not cost the others their import: said, logged, nothing of it stored.
                logger.LogWarning(e, "Import of {File} through profile {Profile} failed", name, stored.Id);
                result = new ImportedFile { File = name, Status = "refused", Message = $"Tệp {name} không nhập được theo hồ sơ \"{stored.Name}\" (lỗi khi đọc: {e.GetType().Name}); không lưu gì của tệp này." };
            }
            if (result.Unit is { } code && result.Status != "refused")
            {
                if (seen.TryGetValue(code, out var earlier))
                    result = result with
                    {
                        Findings = [.. result.Findings, new FindingDto(FindingCatalogue.ProfileImportSameUnit, "warning",
                        $"Tệp {name} và tệp {earlier} cùng thuộc đơn vị {result.UnitName} ({code}); tệp nhập sau là lần nộp hiện hành.", "", name, null, null)]
                    };
                seen[code] = name;
            }
            results.Add(result);
            if (audit is not null)
                await audit(result.Status == "refused" ? "submission.refused" : result.Status == "unchanged" ? "submission.duplicate" : "submission.import", result.Unit,
                    result.Submission?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    result.Status == "refused"
                        ? $"hồ sơ {stored.Id}; tệp {name}; {file.Content.Length} byte; sha256 {sha}; {result.Message}"
                        : $"hồ sơ {stored.Id}; tệp {name}; lần {result.Version}; sha256 gốc {sha}; ghép theo {result.MatchedBy}; {result.Errors} lỗi, {result.Warnings} cảnh báo; {result.Missing.Count} chỉ tiêu không tìm thấy");
        }
        return new ImportResult(campaignId, stored.Id, results.Count(r => r.Status == "submitted"), results.Count(r => r.Status == "unchanged"),
            results.Count(r => r.Status == "refused"), results);
    }

    private async Task<ImportedFile> ImportOneAsync(Campaign campaign, UnitTree tree, IReadOnlyList<UnitInfo> units, MappingProfile profile,
        string name, byte[] content, OpenXml.Workbooks.Reading.WorkbookLimits limits, CancellationToken ct)
    {
        // The cells are found once (ClosedXML); each reading below only adds the names and constants and reads the copy.
        var location = await Task.Run(() => ProfileReader.Locate(content, name, profile, limits), ct);
        if (location.Refusal is { } refusal)
            return Refused(name, $"Tệp {name} không đọc được theo hồ sơ \"{profile.Name}\": {Describe(refusal)}", refusal);
        var located = location.Located;
        bool Found(string figure) => located.Any(l => string.Equals(l.Name, figure, StringComparison.OrdinalIgnoreCase))
            || profile.Entries.Any(e => e.Value is not null && string.Equals(e.Figure, figure, StringComparison.OrdinalIgnoreCase));
        var year = campaign.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The year and the kind are needed to read a file at all; where the file does not say them, the campaign's year
        // and (until the unit is known) any kind stand in, so that the code and name can be read to find the unit.
        var provisional = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!Found(WorkbookSchema.Year)) provisional[WorkbookSchema.Year] = year;
        if (!Found(WorkbookSchema.UnitKind)) provisional[WorkbookSchema.UnitKind] = UnitKind.BaseCell.VietnameseName();
        var identity = await Task.Run(() => ProfileReader.Read(location, provisional.Count == 0 ? null : provisional), ct);
        if (identity.Report is not { } read)
            return Refused(name, $"Tệp {name} không đọc được theo hồ sơ \"{profile.Name}\": {Describe(identity.Findings)}", identity.Findings);
        var (unit, matchedBy) = Match(read, name, tree, units);
        if (unit is null)
            return Refused(name,
                $"Tệp {name}: không xác định được đơn vị trong đợt \"{campaign.Id}\" (mã đọc được \"{read.Unit.Code}\"{At(located, WorkbookSchema.UnitCode)}, tên \"{read.Unit.Name}\"{At(located, WorkbookSchema.UnitName)}). " +
                "Thêm vào hồ sơ dòng ánh xạ mã đơn vị (OR_Unit_Code), hoặc đặt tên tệp bắt đầu bằng mã đơn vị (ví dụ HB.01-2024.xlsx).", identity.Findings.Where(f => f.Severity != Severity.Info || f.Cell is not null).ToList());

        // What the file does not say comes from the unit it was matched to and the campaign's year; the code is the unit's.
        var constants = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [WorkbookSchema.UnitCode] = unit.Code };
        if (!Found(WorkbookSchema.Year)) constants[WorkbookSchema.Year] = year;
        if (!Found(WorkbookSchema.UnitName)) constants[WorkbookSchema.UnitName] = unit.Name;
        if (!Found(WorkbookSchema.UnitKind)) constants[WorkbookSchema.UnitKind] = unit.Kind.VietnameseName();
        if (!Found(WorkbookSchema.UnitParent) && unit.Parent is not null) constants[WorkbookSchema.UnitParent] = unit.Parent;
        var final = await Task.Run(() => ProfileReader.Read(location, constants), ct);
        if (final.Report is null || final.Named is not { } named)
            return Refused(name, $"Tệp {name} không đọc được theo hồ sơ \"{profile.Name}\": {Describe(final.Findings)}", final.Findings);

        var view = await campaigns.SubmitAsync(campaign.Id, unit.Code, name, named, imported: true, ct: ct);
        var profileFindings = final.Findings.Where(f => f.Code is ProfileReader.FigureNotFound or ProfileReader.UnknownFigure).Select(FindingDto.From);
        return new ImportedFile
        {
            File = name, Status = view.Created == false ? "unchanged" : "submitted", Unit = unit.Code, UnitName = unit.Name, MatchedBy = matchedBy,
            Submission = view.Id, Version = view.Version, Errors = view.Errors, Warnings = view.Warnings, Sha256 = view.Sha256,
            Missing = Missing(profile, final), Findings = [.. profileFindings, .. view.Findings ?? []],
        };
    }

    private static ImportedFile Refused(string name, string message, IReadOnlyList<Finding> findings) =>
        new() { File = name, Status = "refused", Message = message, Findings = findings.Select(FindingDto.From).ToList() };

    /// <summary>The errors that made a file unreadable, each with its sheet and cell where known.</summary>
    private static string Describe(IReadOnlyList<Finding> findings)
    {
        var errors = findings.Where(f => f.Severity == Severity.Error).Take(3).Select(f =>
            f.Sheet is not null && f.Cell is not null && !f.Message.Contains(f.Cell, StringComparison.Ordinal) ? $"trang \"{f.Sheet}\", ô {f.Cell}: {f.Message}" : f.Message).ToList();
        return errors.Count == 0 ? "không có số liệu nào đọc được." : string.Join(" ", errors);
    }

    private static string At(IReadOnlyList<TaggedFigure> located, string figure) =>
        located.FirstOrDefault(l => l.Name == figure) is { } l ? $" ở trang \"{l.Sheet}\", ô {l.Cell}" : "";

    /// <summary>The unit of the campaign a file belongs to, and how it was found; null when nothing decides.</summary>
    public static (UnitInfo? Unit, string? By) Match(UnitReport read, string fileName, UnitTree tree, IReadOnlyList<UnitInfo> units)
    {
        var code = read.Unit.Code?.Trim();
        if (!string.IsNullOrEmpty(code) && tree.Find(code) is { } byCode) return (byCode, "code");
        var key = VietnameseText.FoldKey(read.Unit.Name);
        if (key.Length > 0)
        {
            var byName = units.Where(u => VietnameseText.FoldKey(u.Name) == key).ToList();
            if (byName.Count == 1) return (byName[0], "name");
        }
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var byFile = units.Where(u => stem.StartsWith(u.Code, StringComparison.OrdinalIgnoreCase)
                && (stem.Length == u.Code.Length || !char.IsLetterOrDigit(stem[u.Code.Length])))
            .OrderByDescending(u => u.Code.Length).FirstOrDefault();
        return byFile is null ? (null, null) : (byFile, "file");
    }
}
