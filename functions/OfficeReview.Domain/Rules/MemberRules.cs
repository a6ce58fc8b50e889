using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>Small shared pieces of the member and organization rules.</summary>
internal static class MemberRules
{
    /// <summary>A member this list rates: not exempt, and not a member of another chi bộ temporarily active here (HD 43 mục 7.6).</summary>
    public static bool IsSubject(MemberEntry m) => m.ExemptReason is null && m.TemporaryActivity != TemporaryActivity.Hosted;

    /// <summary>The field holding the level that counts: "decidedLevel", "proposedLevel" or "selfLevel".</summary>
    public static string LevelField(MemberEntry m) =>
        m.DecidedLevel is not null ? "decidedLevel" : m.ProposedLevel is not null ? "proposedLevel" : "selfLevel";

    public static string LevelPath(MemberEntry m, int i) => $"memberList[{i}].{LevelField(m)}";

    public static string LevelPath(OrganizationEntry o, int i) =>
        $"organizationList[{i}].{(o.DecidedLevel is not null ? "decidedLevel" : "proposedLevel")}";

    public static bool IsCell(UnitKind kind) => kind is UnitKind.BaseCell or UnitKind.SubordinateCell;

    /// <summary>A collective known to the report by code: the reporting unit itself or an organizationList entry.</summary>
    public sealed record KnownUnit(string Code, string Name, RatingLevel? Level, string Path);

    /// <summary>The reporting unit and its listed organizations, by code (the first entry of a code wins).</summary>
    public static Dictionary<string, KnownUnit> KnownUnits(UnitReport report)
    {
        var units = new Dictionary<string, KnownUnit>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(report.Unit.Code))
            units[report.Unit.Code] = new KnownUnit(report.Unit.Code, report.Unit.Name, report.OwnRating?.Level, "ownRating.level");
        if (report.OrganizationList is { } list)
            for (var i = 0; i < list.Count; i++)
                units.TryAdd(list[i].Code, new KnownUnit(list[i].Code, list[i].Name ?? list[i].Code, list[i].FinalLevel, LevelPath(list[i], i)));
        return units;
    }

    public static string Name(RatingLevel level) => $"\"{level.VietnameseName()}\"";
    public static string N(long v) => VietnameseFormat.Count(v);
    public static string P(decimal v) => VietnameseFormat.Percent(v, v == Math.Round(v) ? 0 : 1);
    public static string Pct(long part, long whole) => whole == 0 ? "—" : VietnameseFormat.Percent(VietnameseFormat.ExactRatio(part, whole) ?? 0, 1);
}
