using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Aggregation;

/// <summary>
/// One count of a report. <see cref="Key"/> identifies the figure independently of row order (category rows by slug:
/// <c>organizations.baseOrganizations.byCategory[xa].good</c>); <see cref="Path"/> is the JSON path in this report
/// (category rows by index, as in findings: <c>organizations.baseOrganizations.byCategory[0].good</c>).
/// </summary>
public sealed record Figure(string Key, string Path, string Label, long Value);

/// <summary>Every count of a report as a flat list (stated percentages and flags are not counts and are left out).</summary>
internal static class ReportFigures
{
    public static readonly IReadOnlyList<string> CountFields = ["total", "notRated", "rated", "excellent", "good", "complete", "notComplete"];

    public static IEnumerable<Figure> Enumerate(UnitReport report)
    {
        if (report.Organizations is { } orgs)
        {
            foreach (var (kind, block) in orgs.Present())
            {
                var path = $"organizations.{kind.JsonKey()}";
                foreach (var f in Counts(block, path, path, kind.VietnameseName())) yield return f;
                if (block.ByCategory is null) continue;
                for (var i = 0; i < block.ByCategory.Count; i++)
                {
                    var row = block.ByCategory[i];
                    var name = UnitCategories.FromSlug(row.Category)?.Name ?? row.Category;
                    foreach (var f in Counts(row, $"{path}.byCategory[{row.Category}]", $"{path}.byCategory[{i}]", $"{kind.VietnameseName()} – loại hình {name}"))
                        yield return f;
                }
            }
        }
        if (report.Members is { } members)
        {
            foreach (var f in Counts(members, "members", "members", CountGroups.MembersLabel)) yield return f;
            if (members.Exempt is { } exempt)
                foreach (var reason in ExemptReasons.All)
                    if (exempt.Get(reason) is { } v)
                    {
                        var p = $"members.exempt.{reason.JsonKey()}";
                        yield return new Figure(p, p, $"{CountGroups.MembersLabel} – {reason.VietnameseName()}", v);
                    }
            if (members.DisciplinedInYear is { } d)
                yield return new Figure("members.disciplinedInYear", "members.disciplinedInYear", $"{CountGroups.MembersLabel} – bị kỷ luật trong năm", d);
        }
        if (report.LeadershipCollectives is { } lc)
            foreach (var f in Counts(lc, "leadershipCollectives", "leadershipCollectives", CountGroups.LeadershipCollectivesLabel)) yield return f;
        if (report.Leaders is { } leaders)
            foreach (var f in Counts(leaders, "leaders", "leaders", CountGroups.LeadersLabel)) yield return f;
    }

    /// <summary>The label of a figure from its key ("members.total" → "Đảng viên – Tổng số"); the key itself when unknown.</summary>
    public static string LabelOf(string key)
    {
        var dot = key.LastIndexOf('.');
        if (dot <= 0) return key;
        var (group, field) = (key[..dot], key[(dot + 1)..]);
        if (group == "members.exempt")
            return ExemptReasons.All.FirstOrDefault(r => r.JsonKey() == field) is var reason && reason.JsonKey() == field
                ? $"{CountGroups.MembersLabel} – {reason.VietnameseName()}" : key;
        if (key == "members.disciplinedInYear") return $"{CountGroups.MembersLabel} – bị kỷ luật trong năm";
        var label = group switch
        {
            "members" => CountGroups.MembersLabel,
            "leadershipCollectives" => CountGroups.LeadershipCollectivesLabel,
            "leaders" => CountGroups.LeadersLabel,
            _ => null,
        };
        if (label is null && group.StartsWith("organizations.", StringComparison.Ordinal))
        {
            var rest = group["organizations.".Length..];
            var bracket = rest.IndexOf(".byCategory[", StringComparison.Ordinal);
            var kindKey = bracket >= 0 ? rest[..bracket] : rest;
            if (OrganizationBlockKinds.All.FirstOrDefault(k => k.JsonKey() == kindKey) is var kind && kind.JsonKey() == kindKey)
            {
                label = kind.VietnameseName();
                if (bracket >= 0)
                {
                    var slug = rest[(bracket + ".byCategory[".Length)..].TrimEnd(']');
                    label += $" – loại hình {UnitCategories.FromSlug(slug)?.Name ?? slug}";
                }
            }
        }
        return label is null ? key : $"{label} – {FieldNames.Vietnamese(field)}";
    }

    /// <summary>Figures by <see cref="Figure.Key"/>.</summary>
    public static Dictionary<string, Figure> ByKey(UnitReport report)
    {
        var map = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var f in Enumerate(report)) map.TryAdd(f.Key, f);
        return map;
    }

    private static IEnumerable<Figure> Counts(CountBlock b, string keyPrefix, string pathPrefix, string label)
    {
        foreach (var field in CountFields)
        {
            var value = Get(b, field);
            if (value is { } v) yield return new Figure($"{keyPrefix}.{field}", $"{pathPrefix}.{field}", $"{label} – {FieldNames.Vietnamese(field)}", v);
        }
    }

    /// <summary>A count field by its JSON name ("rated" is the stated figure, else the sum of the levels).</summary>
    public static long? Get(CountBlock b, string field) => field switch
    {
        "total" => b.Total,
        "notRated" => b.NotRated,
        "rated" => b.EffectiveRated,
        "excellent" => b.Excellent,
        "good" => b.Good,
        "complete" => b.Complete,
        "notComplete" => b.NotComplete,
        _ => null,
    };
}
