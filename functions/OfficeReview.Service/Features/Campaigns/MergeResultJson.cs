using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// The JSON of a merge ("officereview.merge-result/1", docs/api.md): the consolidated UnitReport, counts, missing units,
/// inputs, findings, the provenance of every figure of the top (which unit contributed what), and the same for every
/// consolidated unit below it.
/// </summary>
public static class MergeResultJson
{
    public const string SchemaId = "officereview.merge-result/1";

    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(MergeRun run)
    {
        using var ms = new MemoryStream();
        Write(run, ms);
        return ms.ToArray();
    }

    public static void Write(MergeRun run, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, s_options);
        var result = run.Result;
        w.WriteStartObject();
        w.WriteString("schema", SchemaId);
        w.WriteNumber("year", run.Year);
        w.WriteString("ruleset", run.RulesetId);
        w.WriteNumber("percentPrecision", run.PercentPrecision);
        WriteUnit(w, "unit", result.Root.Unit);
        w.WriteString("state", State(result.Root.State));

        var nodes = result.Root.Descendants().ToList();
        w.WriteStartObject("counts");
        w.WriteNumber("units", nodes.Count + 1);
        w.WriteNumber("files", run.Sources.Count);
        // Units whose own figures went into the sum, and units consolidated from the units below them.
        w.WriteNumber("submitted", nodes.Count(n => n.State == MergeNodeState.Submitted));
        w.WriteNumber("merged", nodes.Count(n => n.State == MergeNodeState.Merged) + (result.Root.State == MergeNodeState.Merged ? 1 : 0));
        w.WriteNumber("missing", result.Missing.Count);
        w.WriteNumber("errors", run.Errors);
        w.WriteNumber("warnings", run.Warnings);
        w.WriteEndObject();

        if (run.Decisions is { } decisions)
        {
            // Which organizations' levels are decided by the level above, and which are still the units' own proposals.
            w.WriteStartObject("decisions");
            w.WriteNumber("decided", decisions.Decided.Count);
            w.WriteNumber("proposals", decisions.Proposals.Count);
            w.WriteString("summary", decisions.Summary);
            w.WriteStartArray("decidedUnits");
            foreach (var u in decisions.Decided) w.WriteStringValue(u);
            w.WriteEndArray();
            w.WriteStartArray("proposalUnits");
            foreach (var u in decisions.Proposals) w.WriteStringValue(u);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WritePropertyName("report");
        if (result.Report is { } report) w.WriteRawValue(UnitReportJson.Write(report), skipInputValidation: true);
        else w.WriteNullValue();

        w.WriteStartArray("missing");
        foreach (var m in result.Missing) WriteUnit(w, null, m);
        w.WriteEndArray();

        w.WriteStartArray("sources");
        foreach (var s in run.Sources)
        {
            w.WriteStartObject();
            w.WriteString("file", s.File);
            if (s.Unit is not null) w.WriteString("unit", s.Unit);
            if (s.UnitName is not null) w.WriteString("unitName", s.UnitName);
            if (s.Year is { } y) w.WriteNumber("year", y);
            w.WriteBoolean("readable", s.Readable);
            w.WriteNumber("errors", s.Errors);
            w.WriteNumber("warnings", s.Warnings);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("findings");
        foreach (var f in run.Findings)
        {
            w.WriteStartObject();
            w.WriteString("code", f.Code);
            w.WriteString("severity", f.Severity.JsonKey());
            if (FindingCatalogue.TitleOf(f.Code) is { } title) w.WriteString("title", title);
            w.WriteString("message", f.Message);
            w.WriteString("path", f.Path);
            if (f.File is not null) w.WriteString("file", f.File);
            if (f.Sheet is not null) w.WriteString("sheet", f.Sheet);
            if (f.Cell is not null) w.WriteString("cell", f.Cell);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteProvenance(w, result.Root.Provenance);

        w.WriteStartArray("nodes");
        foreach (var n in nodes)
        {
            w.WriteStartObject();
            w.WriteString("code", n.Unit.Code);
            w.WriteString("name", n.Unit.Name);
            w.WriteString("kind", n.Unit.Kind.Slug());
            if (n.Unit.Parent is not null) w.WriteString("parent", n.Unit.Parent);
            w.WriteString("state", State(n.State));
            if (n.OwnSource is not null) w.WriteString("source", n.OwnSource);
            if (n.State == MergeNodeState.Merged) WriteProvenance(w, n.Provenance);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string State(MergeNodeState s) => s switch
    {
        MergeNodeState.Submitted => "submitted",
        MergeNodeState.Merged => "merged",
        _ => "missing",
    };

    private static void WriteUnit(Utf8JsonWriter w, string? name, UnitInfo u)
    {
        if (name is null) w.WriteStartObject(); else w.WriteStartObject(name);
        w.WriteString("code", u.Code);
        w.WriteString("name", u.Name);
        w.WriteString("kind", u.Kind.Slug());
        if (u.Category is not null) w.WriteString("category", u.Category);
        if (u.Parent is not null) w.WriteString("parent", u.Parent);
        w.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter w, Provenance provenance)
    {
        w.WriteStartArray("provenance");
        foreach (var e in provenance.Entries)
        {
            w.WriteStartObject();
            w.WriteString("path", e.Path);
            w.WriteString("label", e.Label);
            w.WriteNumber("value", e.Value);
            w.WriteStartArray("contributions");
            foreach (var c in e.Contributions)
            {
                w.WriteStartObject();
                w.WriteString("unit", c.UnitCode);
                w.WriteString("name", c.UnitName);
                w.WriteString("source", c.Source);
                w.WriteNumber("value", c.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
