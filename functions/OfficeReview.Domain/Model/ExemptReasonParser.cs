using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Model;

/// <summary>Reads an exempt group as typed: the JSON key or the Vietnamese wording, in any case and with or without diacritics.</summary>
public static class ExemptReasonParser
{
    public static ExemptReason? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = VietnameseText.FoldKey(text);
        foreach (var reason in ExemptReasons.All)
            if (key == VietnameseText.FoldKey(reason.JsonKey()) || key == VietnameseText.FoldKey(reason.VietnameseName()))
                return reason;
        // Short forms used in member lists ("Miễn", "Đình chỉ", "Mới kết nạp").
        if (key.StartsWith("mien", StringComparison.Ordinal)) return ExemptReason.Excused;
        if (key.StartsWith("dinh chi", StringComparison.Ordinal)) return ExemptReason.Suspended;
        if (key.StartsWith("moi ket nap", StringComparison.Ordinal)) return ExemptReason.NewlyAdmitted;
        return null;
    }
}
