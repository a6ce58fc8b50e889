using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Model;

/// <summary>
/// Reads a rating level as people type it: the full Vietnamese name in any case, with or without diacritics,
/// NFC or NFD; the usual abbreviations (HTXSNV, HTTNV, HTNV, KHTNV and the short HTXS, HTT, HT); the JSON keys.
/// Anything else is not guessed: the caller turns the null into a finding.
/// </summary>
public static class RatingLevelParser
{
    private static readonly Dictionary<string, RatingLevel> s_byKey = BuildKeys();

    private static Dictionary<string, RatingLevel> BuildKeys()
    {
        var keys = new Dictionary<string, RatingLevel>(StringComparer.Ordinal);
        foreach (var level in RatingLevels.All)
        {
            keys[Squash(VietnameseText.FoldKey(level.VietnameseName()))] = level;
            keys[Squash(VietnameseText.FoldKey(level.Abbreviation()))] = level;
            keys[Squash(VietnameseText.FoldKey(level.JsonKey()))] = level;
        }
        keys["htxs"] = RatingLevel.Excellent;
        keys["htt"] = RatingLevel.Good;
        keys["ht"] = RatingLevel.Complete;
        keys["kht"] = RatingLevel.NotComplete;
        return keys;
    }

    // White space, dots and hyphens do not matter ("H.T.X.S.N.V", "Hoàn  thành tốt nhiệm vụ").
    private static string Squash(string folded) =>
        new(folded.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '_')).ToArray());

    public static RatingLevel? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return s_byKey.TryGetValue(Squash(VietnameseText.FoldKey(text)), out var level) ? level : null;
    }
}
