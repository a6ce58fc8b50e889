using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Aggregation;

/// <summary>
/// Finds the same member (name + birth year + chi bộ, compared without case or diacritics) listed by two different
/// units. Duplicates inside one unit's list are the validator's business (MEMBER_DUPLICATE) and are not repeated here.
/// </summary>
public sealed class MemberRegistry
{
    public const string DuplicateAcrossUnits = FindingCatalogue.MergeMemberDuplicate;

    private readonly Dictionary<string, (int Unit, int Row)> _seen = new(StringComparer.Ordinal);
    private readonly List<(string Code, string Name, string Source)> _units = [];

    public int MemberCount => _seen.Count;

    /// <summary>The registered members as fingerprints (<see cref="MemberPrints"/>), in the order they were first seen.</summary>
    public MemberPrints Prints()
    {
        var prints = new ulong[_seen.Count];
        var units = new int[_seen.Count];
        var rows = new int[_seen.Count];
        var i = 0;
        foreach (var (key, at) in _seen)
        {
            prints[i] = MemberPrints.Fingerprint(key);
            units[i] = at.Unit;
            rows[i] = at.Row;
            i++;
        }
        return new MemberPrints { Units = _units.Select(u => new MemberPrintUnit(u.Code, u.Name, u.Source)).ToList(), Prints = prints, Unit = units, Row = rows };
    }

    public static string Key(MemberEntry m) => $"{VietnameseText.FoldKey(m.Name)}|{m.BirthYear}|{VietnameseText.FoldKey(m.Cell)}";

    /// <summary>The comparison keys of a list (pure; may run in parallel ahead of <see cref="Register"/>).</summary>
    public static string[] KeysOf(IReadOnlyList<MemberEntry> list)
    {
        // A unit's members mostly share a few chi bộ names: fold each once.
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new string[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            var cell = m.Cell ?? "";
            if (!cells.TryGetValue(cell, out var cellKey)) cells[cell] = cellKey = VietnameseText.FoldKey(cell);
            keys[i] = $"{VietnameseText.FoldKey(m.Name)}|{m.BirthYear}|{cellKey}";
        }
        return keys;
    }

    /// <summary>Registers one unit's list; returns a finding for each member some other unit already listed.</summary>
    public IReadOnlyList<Finding> Register(string unitCode, string unitName, string source, IReadOnlyList<MemberEntry>? list, string[]? keys = null)
    {
        if (list is null || list.Count == 0) return [];
        keys ??= KeysOf(list);
        var unitIndex = _units.Count;
        _units.Add((unitCode, unitName, source));
        List<Finding>? findings = null;
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            var key = keys[i];
            if (_seen.TryGetValue(key, out var first))
            {
                var other = _units[first.Unit];
                if (StringComparer.Ordinal.Equals(other.Code, unitCode)) continue;
                var who = $"{m.Name}{(m.BirthYear is { } y ? $" (sinh năm {y})" : "")}{(string.IsNullOrEmpty(m.Cell) ? "" : $", {m.Cell}")}";
                // A warning, not an error: two people may share name, birth year and a chi bộ name in two units
                // ("Chi bộ thôn 1" exists in many xã); the user decides whether one member was listed twice.
                (findings ??= []).Add(Finding.Warning(DuplicateAcrossUnits, $"memberList[{i}].name",
                    $"Đảng viên {who} có trong danh sách của cả {other.Name} ({other.Code}, dòng {first.Row + 1} tệp {other.Source}) và {unitName} ({unitCode}, dòng {i + 1}): có thể một người được kê khai ở hai đơn vị.")
                    with
                { File = source });
                continue;
            }
            _seen[key] = (unitIndex, i);
        }
        return findings ?? (IReadOnlyList<Finding>)[];
    }
}
