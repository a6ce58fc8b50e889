using System.Text.Json;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>A campaign's own form: a tagged workbook (content-addressed) and what its check found.</summary>
public sealed record CampaignForm
{
    public required string CampaignId { get; init; }
    public string Sha256 { get; init; } = "";
    public required string FileName { get; init; }
    public long Size { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public string? UploadedBy { get; init; }
    /// <summary>The check's outcome as stored (<see cref="FormCheckView"/>).</summary>
    public required string CheckJson { get; init; }
}

internal sealed record TaggedFigureDto(string Name, string Group, string Label, string Sheet, string Cell);
internal sealed record FormFigureDto(string Name, string Group, string Label, string Kind, bool Required);

/// <summary>What the service says about a form: the figures tagged and where, those not tagged, the findings.</summary>
internal sealed record FormCheckView(IReadOnlyList<TaggedFigureDto> Tagged, IReadOnlyList<FormFigureDto> Missing, IReadOnlyList<FindingDto> Findings)
{
    public static FormCheckView From(FormCheckResult r) => new(
        r.Tagged.Select(t => new TaggedFigureDto(t.Name, t.Group, t.Label, t.Sheet, t.Cell)).ToList(),
        r.Missing.Select(FormFigureView).ToList(),
        r.Findings.Select(FindingDto.From).ToList());

    public static FormFigureDto FormFigureView(FormFigure f) => new(f.Name, f.Group, f.Label, JsonNamingPolicy.CamelCase.ConvertName(f.Kind.ToString()), f.Required);
}

/// <summary>The stored form as the API shows it.</summary>
internal sealed record CampaignFormView(string Campaign, string FileName, string Sha256, long Size, DateTimeOffset UploadedAt, string? UploadedBy, FormCheckView Check);

/// <summary>
/// Sets and reads a campaign's form (docs/bieu-mau-excel.md, "Biểu mẫu riêng của đợt"). The check refuses a workbook
/// without the names units are recognised by or with a broken name, and says every figure not tagged.
/// </summary>
internal sealed class CampaignForms(CampaignService campaigns)
{
    public async Task<(CampaignFormView View, bool Created)> SetAsync(string campaignId, string fileName, byte[] content, string? user, CancellationToken ct = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, ct);
        if (campaign.ClosedAt is not null)
            throw new CampaignProblemException(409, "Đợt đã kết thúc", $"Đợt \"{campaignId}\" đã kết thúc; không thay biểu mẫu được nữa.");
        var safeName = Domain.Text.SafeText.FileName(fileName, "bieu-mau.xlsx");
        var check = await Task.Run(() => CampaignFormCheck.Check(content, safeName, campaigns.Validation.Limits.EffectiveWorkbook), ct);
        var view = FormCheckView.From(check);
        if (!check.Accepted)
            throw new CampaignProblemException(422, "Biểu mẫu chưa dùng được",
                $"Tệp {safeName} chưa dùng được làm biểu mẫu của đợt \"{campaignId}\": {string.Join(" ", check.Findings.Where(f => f.Severity == Severity.Error).Take(3).Select(f => f.Message))}",
                view.Findings.ToList());
        var existed = await campaigns.Store.GetFormAsync(campaignId, ct) is not null;
        var form = new CampaignForm
        {
            CampaignId = campaignId, FileName = safeName, UploadedAt = campaigns.Clock.GetUtcNow().ToOffset(CampaignService.VietnamOffset),
            UploadedBy = user, CheckJson = JsonSerializer.Serialize(view, CampaignApi.Json),
        };
        if (!await campaigns.Store.SetFormAsync(form, check.Form, ct)) throw CampaignProblemException.CampaignNotFound(campaignId);
        var stored = await campaigns.Store.GetFormAsync(campaignId, ct) ?? throw CampaignProblemException.CampaignNotFound(campaignId);
        return (View(stored), !existed);
    }

    public async Task<CampaignForm?> GetAsync(string campaignId, CancellationToken ct = default)
    {
        await campaigns.GetAsync(campaignId, ct);
        return await campaigns.Store.GetFormAsync(campaignId, ct);
    }

    /// <summary>The form's bytes, or null when the campaign uses the product's own form.</summary>
    public async Task<(CampaignForm Form, byte[] Content)?> ContentAsync(string campaignId, CancellationToken ct = default)
    {
        if (await GetAsync(campaignId, ct) is not { } form) return null;
        return await campaigns.Store.ReadBlobAsync(form.Sha256, ct) is { } bytes ? (form, bytes) : null;
    }

    public static CampaignFormView View(CampaignForm f) => new(f.CampaignId, f.FileName, f.Sha256, f.Size, f.UploadedAt, f.UploadedBy,
        JsonSerializer.Deserialize<FormCheckView>(f.CheckJson, CampaignApi.Json)!);
}
