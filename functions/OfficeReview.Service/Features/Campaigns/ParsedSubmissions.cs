using System.Text;
using System.Text.Json;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// Parse once: a submission's bytes are read and validated the first time the merge (or the decisions, or a document
/// drafted from the campaign) needs them, and what came out — the UnitReport (UnitReportJson) and every finding, as
/// the merge reads them — is stored next to the bytes as a content-addressed blob (<see cref="Submission.ParsedSha256"/>).
/// Later reads take that form instead of re-reading the workbook.
/// <para>
/// The stored form carries the key it was made under: the label the merge gives the file (its findings name it),
/// the ruleset and its parameters, and the build of the readers. A form made under another key (the campaign's
/// parameters changed, a new version of the service) is not used: the bytes are read again and the form replaced,
/// so the result is always the one re-reading the bytes would give.
/// </para>
/// </summary>
internal static class ParsedSubmissions
{
    private const string Format = "officereview-parsed/1";

    /// <summary>The label a submission's findings carry in a merge (and in the stored form).</summary>
    public static string Label(Submission s) => $"{s.FileName} (lần {s.Version})";

    /// <summary>The readers' build: a form stored by another build of the domain, OpenXml or service code is read again.</summary>
    private static readonly string s_build = string.Join(",", new[]
    {
        typeof(ValidationService).Assembly, typeof(UnitReportJson).Assembly, typeof(OpenXml.Workbooks.ConsolidatedWorkbookWriter).Assembly,
    }.Select(a => a.ManifestModule.ModuleVersionId.ToString("N")));

    public static string Key(string label, string? rulesetId, RulesetOverrides? overrides) =>
        string.Join("\n", label, rulesetId ?? "", overrides is null ? "" : JsonSerializer.Serialize(overrides), s_build);

    /// <summary>
    /// The submission's validation outcome under <paramref name="rulesetId"/> and <paramref name="overrides"/>, labelled
    /// <see cref="Label"/>: from the stored form when it matches, else from the bytes (then stored). Null when the
    /// bytes cannot be read from the store.
    /// </summary>
    public static async Task<ValidationOutcome?> LoadAsync(ICampaignStore store, ValidationService validation, Submission s,
        string? rulesetId, RulesetOverrides? overrides, CancellationToken ct = default)
    {
        var label = Label(s);
        var key = Key(label, rulesetId, overrides);
        if (s.ParsedSha256 is { } parsedSha && await store.ReadBlobAsync(parsedSha, ct) is { } stored && Read(stored, key) is { } known)
            return known;
        var bytes = await store.ReadBlobAsync(s.Sha256, ct);
        if (bytes is null) return null;
        var outcome = validation.Validate(bytes, label, rulesetId, overrides);
        // The stored form is a cache of what the bytes give: failing to store it costs a later re-read, nothing else.
        try { await store.SetParsedAsync(s.CampaignId, s.Id, Write(key, outcome), ct); }
        catch (Exception e) when (e is not OperationCanceledException) { }
        return outcome;
    }

    public static byte[] Write(string key, ValidationOutcome outcome)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("key", key);
            w.WriteString("fileName", outcome.FileName);
            w.WriteBoolean("readable", outcome.Readable);
            if (outcome.RulesetId is { } id) w.WriteString("ruleset", id); else w.WriteNull("ruleset");
            w.WritePropertyName("report");
            if (outcome.Report is { } report) w.WriteRawValue(UnitReportJson.Write(report), skipInputValidation: true); else w.WriteNullValue();
            w.WriteStartArray("findings");
            foreach (var f in outcome.Findings)
            {
                w.WriteStartObject();
                w.WriteString("code", f.Code);
                w.WriteString("severity", f.Severity.JsonKey());
                w.WriteString("message", f.Message);
                w.WriteString("path", f.Path);
                if (f.File is { } file) w.WriteString("file", file);
                if (f.Sheet is { } sheet) w.WriteString("sheet", sheet);
                if (f.Cell is { } cell) w.WriteString("cell", cell);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    /// <summary>The outcome in a stored form made under <paramref name="key"/>; null when it was made under another key or cannot be read.</summary>
    public static ValidationOutcome? Read(byte[] stored, string key)
    {
        try
        {
            using var doc = JsonDocument.Parse(stored);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.GetString() != Format
                || !root.TryGetProperty("key", out var k) || k.GetString() != key)
                return null;
            var readable = root.GetProperty("readable").GetBoolean();
            var ruleset = root.GetProperty("ruleset").GetString();
            Domain.Model.UnitReport? report = null;
            var r = root.GetProperty("report");
            if (r.ValueKind != JsonValueKind.Null)
            {
                report = UnitReportJson.Read(Encoding.UTF8.GetBytes(r.GetRawText())).Report;
                if (report is null) return null;
            }
            var findings = new List<Finding>();
            foreach (var f in root.GetProperty("findings").EnumerateArray())
            {
                var severity = f.GetProperty("severity").GetString() switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info };
                findings.Add(new Finding(f.GetProperty("code").GetString()!, severity, f.GetProperty("message").GetString()!, f.GetProperty("path").GetString()!)
                {
                    File = f.TryGetProperty("file", out var file) ? file.GetString() : null,
                    Sheet = f.TryGetProperty("sheet", out var sheet) ? sheet.GetString() : null,
                    Cell = f.TryGetProperty("cell", out var cell) ? cell.GetString() : null,
                });
            }
            return new ValidationOutcome(root.GetProperty("fileName").GetString()!, readable, ruleset, report, findings);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }
}
