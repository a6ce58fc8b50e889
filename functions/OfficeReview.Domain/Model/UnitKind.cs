namespace OfficeReview.Domain.Model;

/// <summary>The kind of a party organization in the review hierarchy (REVIEW-DOMAIN §3.2).</summary>
public enum UnitKind
{
    /// <summary>Đảng bộ tỉnh / thành phố trực thuộc Trung ương (dang-bo-tinh).</summary>
    ProvincialCommittee,
    /// <summary>Đảng bộ cấp trên trực tiếp cơ sở: a huyện ủy before 2025; a đảng ủy xã/phường/đặc khu or sector đảng ủy after (dang-bo-cap-tren-co-so).</summary>
    UpperCommittee,
    /// <summary>Đảng bộ cơ sở (dang-bo-co-so).</summary>
    BaseCommittee,
    /// <summary>Chi bộ cơ sở (chi-bo-co-so).</summary>
    BaseCell,
    /// <summary>Đảng bộ bộ phận (dang-bo-bo-phan).</summary>
    PartialCommittee,
    /// <summary>Chi bộ trực thuộc (chi-bo-truc-thuoc).</summary>
    SubordinateCell,
}

public static class UnitKinds
{
    public static readonly IReadOnlyList<UnitKind> All = Enum.GetValues<UnitKind>();

    public static string Slug(this UnitKind kind) => kind switch
    {
        UnitKind.ProvincialCommittee => "dang-bo-tinh",
        UnitKind.UpperCommittee => "dang-bo-cap-tren-co-so",
        UnitKind.BaseCommittee => "dang-bo-co-so",
        UnitKind.BaseCell => "chi-bo-co-so",
        UnitKind.PartialCommittee => "dang-bo-bo-phan",
        UnitKind.SubordinateCell => "chi-bo-truc-thuoc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string VietnameseName(this UnitKind kind) => kind switch
    {
        UnitKind.ProvincialCommittee => "Đảng bộ tỉnh",
        UnitKind.UpperCommittee => "Đảng bộ cấp trên trực tiếp cơ sở",
        UnitKind.BaseCommittee => "Đảng bộ cơ sở",
        UnitKind.BaseCell => "Chi bộ cơ sở",
        UnitKind.PartialCommittee => "Đảng bộ bộ phận",
        UnitKind.SubordinateCell => "Chi bộ trực thuộc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static UnitKind? FromSlug(string? slug) =>
        All.Cast<UnitKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);

    /// <summary>The kinds a unit of this kind may have as parent (any depth of tree, any year).</summary>
    public static IReadOnlyList<UnitKind> AllowedParents(this UnitKind kind) => kind switch
    {
        UnitKind.ProvincialCommittee => [],
        UnitKind.UpperCommittee => [UnitKind.ProvincialCommittee],
        UnitKind.BaseCommittee => [UnitKind.UpperCommittee, UnitKind.ProvincialCommittee],
        UnitKind.BaseCell => [UnitKind.UpperCommittee, UnitKind.ProvincialCommittee],
        UnitKind.PartialCommittee => [UnitKind.BaseCommittee],
        UnitKind.SubordinateCell => [UnitKind.BaseCommittee, UnitKind.PartialCommittee, UnitKind.UpperCommittee],
        _ => [],
    };
}
