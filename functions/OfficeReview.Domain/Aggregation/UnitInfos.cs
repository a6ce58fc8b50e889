using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Aggregation;

/// <summary>Small helpers over <see cref="UnitInfo"/> and <see cref="UnitTree"/> used by the merge.</summary>
public static class UnitInfos
{
    public static UnitInfo Create(string code, string name, UnitKind kind, string? category = null, string? parent = null) =>
        new() { Code = code, Name = name, Kind = kind, Category = category, Parent = parent };

    /// <summary>Every unit under <paramref name="code"/> (not the unit itself), parents before children.</summary>
    public static IEnumerable<UnitInfo> Descendants(this UnitTree tree, string code) => tree.Subtree(code).Skip(1);
}
