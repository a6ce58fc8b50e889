using System.Globalization;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Model;

/// <summary>Đảng viên chính thức / dự bị.</summary>
public enum MembershipStatus { Official, Probationary }

/// <summary>
/// The party discipline forms (QĐ 69-QĐ/TW Điều 7): official members khiển trách, cảnh cáo, cách chức, khai trừ;
/// probationary members khiển trách, cảnh cáo. "Từ khiển trách trở lên" (366 Điều 11 khoản 4) covers every form.
/// </summary>
public enum DisciplineForm { Reprimand, Warning, Dismissal, Expulsion }

/// <summary>HD 43 mục 7.5 (HD 21 tiểu mục 6): nghỉ ốm từ 03 tháng trở lên trong năm, or nghỉ thai sản.</summary>
public enum LeaveKind { SickLeave, Maternity }

/// <summary>
/// Sinh hoạt đảng tạm thời (HD 43 mục 7.6): <see cref="Away"/> — a member of this chi bộ who is temporarily active
/// elsewhere (reviewed and rated here, after the temporary chi bộ's written comments); <see cref="Hosted"/> — a member of
/// another chi bộ temporarily active here (rated at the official chi bộ, not here).
/// </summary>
public enum TemporaryActivity { Away, Hosted }

public static class MemberDetails
{
    public static readonly IReadOnlyList<MembershipStatus> MembershipStatuses = Enum.GetValues<MembershipStatus>();
    public static readonly IReadOnlyList<DisciplineForm> DisciplineForms = Enum.GetValues<DisciplineForm>();
    public static readonly IReadOnlyList<LeaveKind> LeaveKinds = Enum.GetValues<LeaveKind>();
    public static readonly IReadOnlyList<TemporaryActivity> TemporaryActivities = Enum.GetValues<TemporaryActivity>();

    public static string JsonKey(this MembershipStatus s) => s == MembershipStatus.Official ? "official" : "probationary";
    public static string VietnameseName(this MembershipStatus s) => s == MembershipStatus.Official ? "Chính thức" : "Dự bị";

    public static string JsonKey(this DisciplineForm f) => f switch
    {
        DisciplineForm.Reprimand => "reprimand",
        DisciplineForm.Warning => "warning",
        DisciplineForm.Dismissal => "dismissal",
        _ => "expulsion",
    };

    public static string VietnameseName(this DisciplineForm f) => f switch
    {
        DisciplineForm.Reprimand => "Khiển trách",
        DisciplineForm.Warning => "Cảnh cáo",
        DisciplineForm.Dismissal => "Cách chức",
        _ => "Khai trừ",
    };

    /// <summary>Higher is heavier: khiển trách 1 … khai trừ 4.</summary>
    public static int Severity(this DisciplineForm f) => (int)f + 1;

    public static string JsonKey(this LeaveKind k) => k == LeaveKind.SickLeave ? "sickLeave" : "maternity";
    public static string VietnameseName(this LeaveKind k) => k == LeaveKind.SickLeave ? "Nghỉ ốm từ 03 tháng trở lên" : "Nghỉ thai sản";

    public static string JsonKey(this TemporaryActivity t) => t == TemporaryActivity.Away ? "away" : "hosted";
    public static string VietnameseName(this TemporaryActivity t) => t == TemporaryActivity.Away
        ? "Đang sinh hoạt tạm thời nơi khác"
        : "Sinh hoạt tạm thời tại chi bộ";

    public static MembershipStatus? ParseMembership(string? text) => Parse(text, MembershipStatuses, s => s.JsonKey(), s => s.VietnameseName(),
        key => key.StartsWith("du bi", StringComparison.Ordinal) ? MembershipStatus.Probationary
            : key.StartsWith("chinh thuc", StringComparison.Ordinal) ? MembershipStatus.Official : null);

    public static DisciplineForm? ParseDisciplineForm(string? text) => Parse(text, DisciplineForms, f => f.JsonKey(), f => f.VietnameseName(),
        key => key.StartsWith("khien trach", StringComparison.Ordinal) ? DisciplineForm.Reprimand
            : key.StartsWith("canh cao", StringComparison.Ordinal) ? DisciplineForm.Warning
            : key.StartsWith("cach chuc", StringComparison.Ordinal) ? DisciplineForm.Dismissal
            : key.StartsWith("khai tru", StringComparison.Ordinal) ? DisciplineForm.Expulsion : null);

    public static LeaveKind? ParseLeave(string? text) => Parse(text, LeaveKinds, k => k.JsonKey(), k => k.VietnameseName(),
        key => key.Contains("thai san", StringComparison.Ordinal) ? LeaveKind.Maternity
            : key.Contains("om", StringComparison.Ordinal) ? LeaveKind.SickLeave : null);

    public static TemporaryActivity? ParseTemporaryActivity(string? text) => Parse(text, TemporaryActivities, t => t.JsonKey(), t => t.VietnameseName(),
        key => key.Contains("noi khac", StringComparison.Ordinal) || key.StartsWith("di ", StringComparison.Ordinal) ? TemporaryActivity.Away
            : key.Contains("tai chi bo", StringComparison.Ordinal) || key.StartsWith("den ", StringComparison.Ordinal) ? TemporaryActivity.Hosted : null);

    private static T? Parse<T>(string? text, IReadOnlyList<T> all, Func<T, string> json, Func<T, string> name, Func<string, T?> loose) where T : struct
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = VietnameseText.FoldKey(text);
        foreach (var v in all)
            if (key == VietnameseText.FoldKey(json(v)) || key == VietnameseText.FoldKey(name(v))) return v;
        return loose(key);
    }

    /// <summary>
    /// Reads a date as people write it: ISO "2025-06-15", Vietnamese "15/6/2025", "15-06-2025", "15.06.2025". Null when
    /// it is not a real date (the caller turns that into a finding).
    /// </summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        var parts = t.Split('/', '-', '.');
        if (parts.Length != 3) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }

    /// <summary>"15/06/2025" — the day and month padded, as the member list prints dates.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A list of unit codes as typed in one cell: separated by ";" or ",", trimmed, empty parts dropped.</summary>
    public static IReadOnlyList<string>? ParseCodes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var codes = text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return codes.Length == 0 ? null : codes.Distinct(StringComparer.Ordinal).ToList();
    }
}

/// <summary>
/// Task figures of one subject for the year (366 Điều 11): how many tasks were assigned, exceeded, behind schedule and
/// not completed. For a leader they are the figures of the units they directly lead (Điều 11 khoản 1.2, 2, 3).
/// </summary>
public sealed record TaskFigures
{
    /// <summary>Số nhiệm vụ được giao trong năm.</summary>
    public long? Assigned { get; init; }
    /// <summary>Số nhiệm vụ hoàn thành vượt mức yêu cầu.</summary>
    public long? Exceeded { get; init; }
    /// <summary>Số nhiệm vụ chưa bảo đảm tiến độ.</summary>
    public long? Late { get; init; }
    /// <summary>Số nhiệm vụ không hoàn thành.</summary>
    public long? Undone { get; init; }

    public bool IsEmpty => Assigned is null && Exceeded is null && Late is null && Undone is null;
}
