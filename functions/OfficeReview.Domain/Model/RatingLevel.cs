namespace OfficeReview.Domain.Model;

/// <summary>The four quality levels, identical in name under 132-QĐ/TW, 124-QĐ/TW and 366-QĐ/TW.</summary>
public enum RatingLevel
{
    /// <summary>Hoàn thành xuất sắc nhiệm vụ (HTXSNV).</summary>
    Excellent,
    /// <summary>Hoàn thành tốt nhiệm vụ (HTTNV).</summary>
    Good,
    /// <summary>Hoàn thành nhiệm vụ (HTNV).</summary>
    Complete,
    /// <summary>Không hoàn thành nhiệm vụ (KHTNV).</summary>
    NotComplete,
}

public static class RatingLevels
{
    public static readonly IReadOnlyList<RatingLevel> All =
        [RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Complete, RatingLevel.NotComplete];

    public static string VietnameseName(this RatingLevel level) => level switch
    {
        RatingLevel.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        RatingLevel.Good => "Hoàn thành tốt nhiệm vụ",
        RatingLevel.Complete => "Hoàn thành nhiệm vụ",
        RatingLevel.NotComplete => "Không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static string Abbreviation(this RatingLevel level) => level switch
    {
        RatingLevel.Excellent => "HTXSNV",
        RatingLevel.Good => "HTTNV",
        RatingLevel.Complete => "HTNV",
        RatingLevel.NotComplete => "KHTNV",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The key used in the JSON contract (excellent, good, complete, notComplete).</summary>
    public static string JsonKey(this RatingLevel level) => level switch
    {
        RatingLevel.Excellent => "excellent",
        RatingLevel.Good => "good",
        RatingLevel.Complete => "complete",
        RatingLevel.NotComplete => "notComplete",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>Higher is better: Excellent = 3 … NotComplete = 0.</summary>
    public static int Rank(this RatingLevel level) => 3 - (int)level;
}
