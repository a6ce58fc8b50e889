namespace OfficeReview.Domain.Aggregation;

/// <summary>What one child unit contributed to one figure of a consolidated report.</summary>
/// <param name="UnitCode">The contributing unit.</param>
/// <param name="Source">Where its figures came from: a file name, a submission, or "tổng hợp" for a merged child.</param>
public sealed record Contribution(string UnitCode, string UnitName, string Source, long Value);

/// <summary>One figure of a consolidated report, its value and every contribution to it (they add up to the value).</summary>
public sealed record ProvenanceEntry(string Path, string Label, long Value, IReadOnlyList<Contribution> Contributions);

/// <summary>For every figure of a consolidated report (by JSON path), which child unit contributed what.</summary>
public sealed class Provenance(IReadOnlyList<ProvenanceEntry> entries)
{
    private readonly Dictionary<string, ProvenanceEntry> _byPath = entries.ToDictionary(e => e.Path, StringComparer.Ordinal);

    public static Provenance Empty { get; } = new([]);

    /// <summary>In the order of the report's figures.</summary>
    public IReadOnlyList<ProvenanceEntry> Entries { get; } = entries;

    public ProvenanceEntry? For(string path) => _byPath.GetValueOrDefault(path);
}
