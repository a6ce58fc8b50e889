using System.Security.Cryptography;
using System.Text.Json;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Documents;

namespace OfficeReview.Service.Features.Documents;

internal sealed class DocumentLimits
{
    public long MaxInputBytes { get; set; } = 5 * 1024 * 1024;
}

/// <summary>Sign-off: the number assigned and who approves. The approval time comes from the service clock unless given.</summary>
internal sealed record ApprovalRequest(int Number, string ApprovedBy, DateTimeOffset? ApprovedAt = null);

/// <summary>What one generation asks for. <see cref="Data"/> is either the data itself or an envelope {data, meta, previous}.</summary>
internal sealed record DocumentRequest(DocumentKind Kind, byte[] Data)
{
    public byte[]? Meta { get; init; }
    public byte[]? Previous { get; init; }
    /// <summary>A template edited in Word (its tags kept); null uses the built-in template.</summary>
    public byte[]? Template { get; init; }
    public ApprovalRequest? Approval { get; init; }
    /// <summary>Unwrap the content controls (drafts keep them by default; approved documents never keep them).</summary>
    public bool RemoveContentControls { get; init; }
}

/// <summary>One problem of a generation, from the inputs (path) or from the template (tag, location).</summary>
internal sealed record DocumentProblem(string Code, string Severity, string Message, string? Path = null, string? Tag = null, string? Location = null)
{
    /// <summary>As a finding of the problem answer: the JSON path of the input, else the template's tag, else where in the template.</summary>
    public Validation.FindingDto ToFinding() => new(Code, Severity, Message, Path ?? Tag ?? Location ?? "", null, null, null);
    /// <summary>The catalogue's Vietnamese title of <see cref="Code"/> (docs/findings.md).</summary>
    public string? Title => FindingCatalogue.TitleOf(Code);
    /// <summary>The rule or bound the problem comes from, from the catalogue.</summary>
    public string? Source => FindingCatalogue.SourceOf(Code);
}

/// <summary>The sign-off record kept with an approved document (JSON; stored by the campaign later).</summary>
internal sealed record ApprovalRecord
{
    public string Schema { get; init; } = "officereview.approval/1";
    public required string Kind { get; init; }
    /// <summary>"Số 15-BC/ĐU".</summary>
    public required string DocumentNumber { get; init; }
    public required int Number { get; init; }
    public required string Issuer { get; init; }
    public required DateOnly DocumentDate { get; init; }
    public required string ApprovedBy { get; init; }
    public required DateTimeOffset ApprovedAt { get; init; }
    /// <summary>SHA-256 (hex, lower case) of the final .docx bytes.</summary>
    public required string Sha256 { get; init; }
    /// <summary>SHA-256 of the inputs (data, meta, previous, template) the document was generated from.</summary>
    public required string InputsSha256 { get; init; }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

internal sealed record DocumentOutcome(byte[]? Document, IReadOnlyList<DocumentProblem> Problems, ApprovalRecord? Approval)
{
    public bool Succeeded => Document is not null && Problems.All(p => p.Severity != "error");
    public string? Sha256 => Document is null ? null : DocumentService.Hash(Document);
}

/// <summary>Generates party-format documents (CLI verb <c>generate</c> and <c>POST /api/documents/{kind}</c>).</summary>
internal sealed class DocumentService(TimeProvider clock, Microsoft.Extensions.Options.IOptions<DocumentLimits>? limits = null)
{
    public DocumentService() : this(TimeProvider.System) { }

    public DocumentLimits Limits { get; } = limits?.Value ?? new DocumentLimits();

    /// <summary>The problem code of a template that cannot be read as a Word document.</summary>
    public const string TemplateUnreadableCode = FindingCatalogue.TemplateUnreadable;
    /// <summary>The problem code (a warning) of each thing removed from a user template (<see cref="TemplateSanitizer"/>).</summary>
    public const string TemplateRemovedCode = FindingCatalogue.TemplateRemoved;

    public DocumentOutcome Generate(DocumentRequest request)
    {
        var problems = new List<DocumentProblem>();
        var (data, meta, previous) = Unwrap(request, problems);
        // JSON from outside: within the depth bound, valid UTF-8, no lone surrogates or U+FFFE (which would break
        // normalization further on) — a problem naming the part, never an exception.
        foreach (var (name, part) in new[] { ("data", data), ("meta", meta), ("previous", previous) })
            if (part is { } json && OpenXml.Input.InputText.JsonProblem(json, name) is { } bad)
                problems.Add(new(bad.Code, "error", bad.Message, name));
        if (problems.Any(IsError)) return new(null, problems, null);
        if (meta is null || data is null)
        {
            if (meta is null)
                problems.Add(new(FindingCatalogue.MetaMissing, "error", "Thiếu thông tin văn bản (meta): cơ quan ban hành, địa danh, ngày, người ký… Gửi tệp --meta hoặc trường \"meta\".", "meta"));
            return new(null, problems, null);
        }

        var metaRead = DocumentInputJson.ReadMeta(meta.Value, "meta");
        problems.AddRange(metaRead.Findings.Select(FromFinding));
        var documentMeta = metaRead.Value;
        if (documentMeta is null) return new(null, problems, null);
        if (request.Approval is { } approval)
        {
            if (approval.Number <= 0)
                problems.Add(new(FindingCatalogue.ApprovalNumber, "error", $"Số văn bản khi duyệt phải là số nguyên dương; nhận được {approval.Number}.", "approval.number"));
            if (string.IsNullOrWhiteSpace(approval.ApprovedBy))
                problems.Add(new(FindingCatalogue.ApprovalBy, "error", "Thiếu người duyệt (approvedBy).", "approval.approvedBy"));
            documentMeta = documentMeta with { Number = approval.Number };
        }
        problems.AddRange(documentMeta.Validate(request.Kind).Select(FromFinding));

        var fields = BuildFields(request.Kind, data.Value, previous, documentMeta, problems);
        if (fields is null || problems.Any(IsError)) return new(null, problems, null);

        var removeControls = request.RemoveContentControls || request.Approval is not null;
        var composed = PartyDocuments.Compose(request.Kind, documentMeta, fields, request.Template, removeControls);
        problems.AddRange(composed.Problems.Select(p => new DocumentProblem(
            CodeOf(p.Kind), p.Severity == ProblemSeverity.Error ? "error" : "warning", p.Message, Tag: p.Tag is { Length: > 0 } tag ? tag : null, Location: p.Location)));
        if (composed.HasErrors) return new(null, problems, null);

        ApprovalRecord? record = null;
        if (request.Approval is { } a)
        {
            record = new ApprovalRecord
            {
                Kind = request.Kind.Slug(),
                DocumentNumber = "Số " + documentMeta.NumberAndCode(request.Kind),
                Number = a.Number,
                Issuer = documentMeta.Issuer,
                DocumentDate = documentMeta.Date,
                ApprovedBy = Domain.Text.VietnameseText.Clean(a.ApprovedBy),
                ApprovedAt = a.ApprovedAt ?? clock.GetUtcNow(),
                Sha256 = Hash(composed.Document!),
                InputsSha256 = HashInputs(request),
            };
        }
        return new(composed.Document, problems, record);
    }

    private static bool IsError(DocumentProblem p) => p.Severity == "error";

    /// <summary>The catalogue code of a template problem (the values stored before the catalogue are kept).</summary>
    public static string CodeOf(CompositionProblemKind kind) => kind switch
    {
        CompositionProblemKind.UnknownTag => FindingCatalogue.TemplateUnknownTag,
        CompositionProblemKind.MissingField => FindingCatalogue.TemplateMissingField,
        CompositionProblemKind.WrongType => FindingCatalogue.TemplateWrongType,
        CompositionProblemKind.TemplateUnreadable => FindingCatalogue.TemplateUnreadable,
        CompositionProblemKind.TooLarge => FindingCatalogue.TemplateTooLarge,
        _ => FindingCatalogue.TemplateRemoved,
    };

    private static DocumentProblem FromFinding(Finding f) => new(f.Code, f.Severity.JsonKey(), f.Message, Path: f.Path);

    /// <summary>The data file may be the data itself, or an envelope {"data": …, "meta": …, "previous": …} (the API body).</summary>
    private static (ReadOnlyMemory<byte>? Data, ReadOnlyMemory<byte>? Meta, ReadOnlyMemory<byte>? Previous) Unwrap(DocumentRequest request, List<DocumentProblem> problems)
    {
        try
        {
            using var doc = JsonDocument.Parse(request.Data, new JsonDocumentOptions { MaxDepth = 32 });
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var inner) && inner.ValueKind == JsonValueKind.Object)
            {
                ReadOnlyMemory<byte>? Part(string name) =>
                    root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Object ? Bytes(JsonSerializer.SerializeToUtf8Bytes(e)) : default(ReadOnlyMemory<byte>?);
                return (Part("data"), Bytes(request.Meta) ?? Part("meta"), Bytes(request.Previous) ?? Part("previous"));
            }
        }
        catch (JsonException e)
        {
            problems.Add(new(FindingCatalogue.JsonUnreadable, "error", $"Tệp dữ liệu JSON sai cú pháp (dòng {(e.LineNumber ?? 0) + 1}): {e.Message}", "data"));
            return (null, null, null);
        }
        return (request.Data, Bytes(request.Meta), Bytes(request.Previous));
    }

    // A null array must stay "absent" (byte[] → ReadOnlyMemory<byte>? would otherwise give an empty value).
    // (Beware: "cond ? null : memory" converts the null through byte[] into an empty, non-null memory.)
    private static ReadOnlyMemory<byte>? Bytes(byte[]? bytes) => bytes is null ? default(ReadOnlyMemory<byte>?) : new ReadOnlyMemory<byte>(bytes);

    private static FieldRecord? BuildFields(DocumentKind kind, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte>? previous, DocumentMeta meta, List<DocumentProblem> problems)
    {
        switch (kind)
        {
            case DocumentKind.KeHoach or DocumentKind.CongVan:
            {
                var read = DocumentInputJson.ReadSchedule(data, "data");
                problems.AddRange(read.Findings.Select(FromFinding));
                if (read.Value is null) return null;
                return kind == DocumentKind.KeHoach ? DocumentContent.KeHoach(meta, read.Value) : DocumentContent.CongVan(meta, read.Value);
            }
            case DocumentKind.CongVanDonDoc:
            {
                var read = DocumentInputJson.ReadReminder(data, "data");
                problems.AddRange(read.Findings.Select(FromFinding));
                return read.Value is null ? null : DocumentContent.CongVanDonDoc(meta, read.Value);
            }
            case DocumentKind.QuyetDinh:
            {
                var read = DocumentInputJson.ReadDecision(data, "data");
                problems.AddRange(read.Findings.Select(FromFinding));
                return read.Value is null ? null : DocumentContent.QuyetDinh(meta, read.Value);
            }
            default:
            {
                var report = ReadReport(data, "data", problems);
                if (report is null) return null;
                UnitReport? last = null;
                if (previous is { } p)
                {
                    last = ReadReport(p, "previous", problems);
                    if (last is null) return null;
                }
                // Optional fields beside the report: named units, review counts, free text (docs/documents.md).
                var details = DocumentInputJson.ReadReportDetails(data, "data");
                problems.AddRange(details.Findings.Select(FromFinding));
                if (details.Value is null) return null;
                return kind == DocumentKind.BaoCao
                    ? DocumentContent.BaoCao(meta, report, last, details.Value)
                    : DocumentContent.ThongBaoKetQua(meta, report, last, details.Value);
            }
        }
    }

    private static UnitReport? ReadReport(ReadOnlyMemory<byte> json, string name, List<DocumentProblem> problems)
    {
        var read = UnitReportJson.Read(json);
        problems.AddRange(read.Findings.Where(f => f.Severity == Severity.Error).Select(f => FromFinding(f) with { Path = string.IsNullOrEmpty(f.Path) ? name : $"{name}.{f.Path}" }));
        return read.Report;
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string HashInputs(DocumentRequest request)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { request.Data, request.Meta, request.Previous, request.Template })
        {
            var bytes = part ?? [];
            sha.AppendData(BitConverter.GetBytes((long)bytes.Length));
            sha.AppendData(bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
