using OfficeReview.Domain.Model;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// Where campaigns live: SQLite + content-addressed files (the embedded default) or PostgreSQL (metadata and blobs),
/// chosen by configuration (Storage:Provider). Both pass the same contract tests. A submission is stored whole or not
/// at all: its bytes are durable before its row is committed.
/// </summary>
public interface ICampaignStore
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Provider { get; }

    Task<Campaign> CreateCampaignAsync(Campaign campaign, CancellationToken ct = default);
    Task<Campaign?> GetCampaignAsync(string id, CancellationToken ct = default);
    Task<IReadOnlyList<Campaign>> ListCampaignsAsync(CancellationToken ct = default);
    /// <summary>Replaces name, settings and deadlines (year and id stay). False when there is no such campaign.</summary>
    Task<bool> UpdateCampaignAsync(Campaign campaign, CancellationToken ct = default);

    /// <summary>Replaces the campaign's issuer details (nothing else). False when there is no such campaign.</summary>
    Task<bool> SetIssuerAsync(string id, CampaignIssuer issuer, CancellationToken ct = default);

    /// <summary>
    /// Closes the campaign at <paramref name="at"/> (kept when already closed); from then on <see cref="AddSubmissionAsync"/>
    /// refuses new rows for it (a 409 CampaignProblemException), atomically with the close. Null when there is no such campaign.
    /// </summary>
    Task<Campaign?> CloseCampaignAsync(string id, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>How many versions the unit has and how many bytes of submitted files the campaign holds (for quotas).</summary>
    Task<(int UnitVersions, long CampaignBytes)> UsageAsync(string campaignId, string unitCode, CancellationToken ct = default);

    /// <summary>Replaces the campaign's unit tree (in list order).</summary>
    Task ReplaceUnitsAsync(string campaignId, IReadOnlyList<UnitInfo> units, CancellationToken ct = default);
    Task<IReadOnlyList<UnitInfo>> GetUnitsAsync(string campaignId, CancellationToken ct = default);
    /// <summary>One unit of the campaign's tree, or null.</summary>
    Task<UnitInfo?> GetUnitAsync(string campaignId, string code, CancellationToken ct = default);

    /// <summary>
    /// Stores the bytes (content-addressed by SHA-256) and the submission row. The same bytes already submitted for the
    /// same unit return the existing submission (Created = false); otherwise the new one gets the next version.
    /// </summary>
    Task<SubmissionSave> AddSubmissionAsync(NewSubmission submission, ReadOnlyMemory<byte> content, CancellationToken ct = default);
    /// <summary>Every version, oldest first; for one unit when <paramref name="unitCode"/> is given.</summary>
    Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string campaignId, string? unitCode = null, CancellationToken ct = default);
    /// <summary>The current (highest) version of each unit that submitted.</summary>
    Task<IReadOnlyList<Submission>> LatestSubmissionsAsync(string campaignId, CancellationToken ct = default);
    Task<Submission?> GetSubmissionAsync(string campaignId, long id, CancellationToken ct = default);

    /// <summary>
    /// Stores <paramref name="parsed"/> (content-addressed) as the submission's parsed form, replacing an earlier one (whose
    /// blob is removed when nothing else refers to it). False when there is no such submission. Returns its SHA-256 in
    /// <see cref="Submission.ParsedSha256"/> from then on.
    /// </summary>
    Task<bool> SetParsedAsync(string campaignId, long submissionId, ReadOnlyMemory<byte> parsed, CancellationToken ct = default);

    /// <summary>The stored bytes with this SHA-256 (hex, lower case), or null.</summary>
    Task<byte[]?> ReadBlobAsync(string sha256, CancellationToken ct = default);

    Task<StoredResult> AddResultAsync(NewResult result, ReadOnlyMemory<byte> json, ReadOnlyMemory<byte>? workbook, CancellationToken ct = default);
    Task<StoredResult?> GetResultAsync(string campaignId, long id, CancellationToken ct = default);
    Task<IReadOnlyList<StoredResult>> ListResultsAsync(string campaignId, CancellationToken ct = default);

    /// <summary>
    /// Stores the decisions (one per unit, replacing earlier ones) all or none; refused with a 409 CampaignProblemException
    /// once the campaign is closed (atomically with the close).
    /// </summary>
    Task SetDecisionsAsync(string campaignId, IReadOnlyList<Decision> decisions, CancellationToken ct = default);
    /// <summary>Every decision of the campaign, by unit code.</summary>
    Task<IReadOnlyList<Decision>> ListDecisionsAsync(string campaignId, CancellationToken ct = default);

    /// <summary>Stores a drafted document's bytes (content-addressed) and row; Id, Sha256 and Size are filled by the store.</summary>
    Task<StoredDocument> AddDocumentAsync(StoredDocument document, ReadOnlyMemory<byte> content, CancellationToken ct = default);
    Task<StoredDocument?> GetDocumentAsync(string campaignId, long id, CancellationToken ct = default);
    /// <summary>The campaign's documents, oldest first.</summary>
    Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(string campaignId, CancellationToken ct = default);

    /// <summary>
    /// Approves a draft: takes the next number of the register <paramref name="registerKey"/> (issuer, kind, term — shared
    /// by every campaign of the store), lets <paramref name="render"/> make the final file for it, and stores the file, the
    /// number and the record, all or none. A document already approved is returned as it is (same number, nothing
    /// rendered). Null when there is no such document.
    /// </summary>
    Task<StoredDocument?> ApproveDocumentAsync(string campaignId, long id, string registerKey, Func<int, DocumentApproval> render, CancellationToken ct = default);

    /// <summary>
    /// Stores the campaign's form (a tagged workbook, content-addressed) and its row, replacing an earlier one (whose blob
    /// is removed when nothing else names it), all or none. False when there is no such campaign.
    /// </summary>
    Task<bool> SetFormAsync(CampaignForm form, ReadOnlyMemory<byte> content, CancellationToken ct = default);
    /// <summary>The campaign's form, or null when it uses the product's own.</summary>
    Task<CampaignForm?> GetFormAsync(string campaignId, CancellationToken ct = default);

    /// <summary>Every saved mapping profile (shared by all campaigns), by id.</summary>
    Task<IReadOnlyList<Profiles.StoredProfile>> ListProfilesAsync(CancellationToken ct = default);
    Task<Profiles.StoredProfile?> GetProfileAsync(string id, CancellationToken ct = default);
    /// <summary>
    /// Creates the profile (version 1; null when the id is taken) or, with <paramref name="replace"/>, replaces name, body,
    /// check and the update fields of an existing one, keeping its creation and adding one to its version (null when
    /// there is no such profile). Returns the stored row.
    /// </summary>
    Task<Profiles.StoredProfile?> SaveProfileAsync(Profiles.StoredProfile profile, bool replace, CancellationToken ct = default);
    /// <summary>False when there is no such profile.</summary>
    Task<bool> DeleteProfileAsync(string id, CancellationToken ct = default);

    /// <summary>Rows ↔ blobs: every referenced blob present with the right hash, no unreferenced blob, no temp file.</summary>
    Task<StoreIntegrity> CheckIntegrityAsync(CancellationToken ct = default);
}
