using System.Text.Json;
using System.Text.Json.Serialization;

namespace OfficeReview.HostileCorpus;

/// <summary>What the product must do with a hostile file.</summary>
public static class Expected
{
    /// <summary>The file cannot be read: CLI exit 2 with one Vietnamese line; HTTP 4xx.</summary>
    public const string Unreadable = "unreadable";
    /// <summary>The file is read but is wrong: CLI exit 1 (or 2); HTTP 4xx or 200 carrying error findings. Never clean.</summary>
    public const string FindingsWithErrors = "findings-with-errors";
    /// <summary>The request is refused: HTTP 4xx; CLI (where a verb applies) exit 1 or 2.</summary>
    public const string Refused = "refused-4xx";
}

/// <summary>Where a hostile file is sent.</summary>
public static class Targets
{
    public const string Validate = "validate";
    public const string CheckReport = "check-report";
    public const string UnitImport = "unit-import";
    public const string Merge = "merge";
    public const string GenerateTemplate = "generate-template";
    public const string Submit = "submit";
    public const string JsonApi = "json-api";
}

/// <summary>One line of manifest.json.</summary>
public sealed record CorpusEntry
{
    /// <summary>Path relative to the corpus folder (a folder for merges of several files).</summary>
    public required string File { get; init; }
    public required string Target { get; init; }
    /// <summary>The item of issue #9's problem list (1–12) the file reproduces.</summary>
    public required int Item { get; init; }
    public required string Expected { get; init; }
    public required string Note { get; init; }
    /// <summary>The file name sent over HTTP (X-File-Name / multipart) when it differs from the file's own.</summary>
    public string? UploadName { get; init; }
    /// <summary>json-api: the HTTP method and path ("{campaign}" is the test campaign's id).</summary>
    public string? Method { get; init; }
    public string? Path { get; init; }
    public string? ContentType { get; init; }
    /// <summary>Extra request headers (Origin, Host …).</summary>
    public Dictionary<string, string>? Headers { get; init; }
    /// <summary>Sent without any credentials (the request must be refused).</summary>
    public bool Anonymous { get; init; }
    /// <summary>submit: the unit code in the URL (default: the corpus's chi bộ).</summary>
    public string? Unit { get; init; }
    /// <summary>
    /// The file may kill or swamp a process on the current build (stack overflow, gigabytes): the CLI test probes it in
    /// a child process first, under a heap limit and a time limit, before running it in the test's own process.
    /// </summary>
    public bool Isolate { get; init; }
    /// <summary>
    /// "sanitized": a success is also acceptable when what came out is clean (the generated document carries none of the
    /// template's dangerous content; the stored unit list has no control, bidi, zero-width or non-characters).
    /// </summary>
    public string? Accept { get; init; }
    /// <summary>merge: the output path is the input file itself (the verb must refuse and leave the input intact).</summary>
    public bool OutIsInput { get; init; }
    /// <summary>Not sent over HTTP (no route takes it), with the reason.</summary>
    public string? HttpSkip { get; init; }
    /// <summary>Not run through the CLI (no verb reads it), with the reason.</summary>
    public string? CliSkip { get; init; }
}

public sealed record CorpusManifest(int Count, IReadOnlyDictionary<int, int> ByItem, IReadOnlyList<CorpusEntry> Files)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public const string FileName = "manifest.json";

    public static CorpusManifest Load(string folder) =>
        JsonSerializer.Deserialize<CorpusManifest>(System.IO.File.ReadAllText(System.IO.Path.Combine(folder, FileName)), JsonOptions)!;
}
