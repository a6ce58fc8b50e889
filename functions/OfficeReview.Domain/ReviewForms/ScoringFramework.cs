using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.ReviewForms;

/// <summary>The two criteria groups of every annex of 366-QĐ/TW: general (30 points) and task results (70 points).</summary>
public enum CriteriaGroup { General, Tasks }

/// <summary>One scored criterion: its code (G1…, T1…), our short wording of what it covers, and its maximum points.</summary>
public sealed record Criterion(string Code, CriteriaGroup Group, string Text, decimal MaxPoints);

/// <summary>The criteria of one annex with their points.</summary>
public sealed record AnnexCriteria(CriteriaAnnex Annex, IReadOnlyList<Criterion> Criteria)
{
    public IEnumerable<Criterion> In(CriteriaGroup group) => Criteria.Where(c => c.Group == group);
    public decimal Max(CriteriaGroup group) => In(group).Sum(c => c.MaxPoints);
}

/// <summary>
/// The scoring frames of 366-QĐ/TW (HD43-RULES-AND-SCORING §2). The published annexes fix only the two group totals
/// (30 and 70); the points of each criterion are set by the upper-level committee (HD 43 mục 7.12). The points below are
/// this product's default proposal, and a campaign replaces them with <see cref="WithPoints"/>; <see cref="Check"/> says
/// when a frame does not add up to 30 + 70. The criteria texts are our own summaries, not the annexes' wording.
/// </summary>
public sealed record ScoringFramework
{
    public const string BadGroupTotal = FindingCatalogue.ScoringFrameGroupTotal;
    public const string BadPoints = FindingCatalogue.ScoringFramePoints;

    public decimal GeneralMax { get; init; } = 30m;
    public decimal TasksMax { get; init; } = 70m;
    /// <summary>Bands, highest first (90 / 70 / 50).</summary>
    public IReadOnlyList<ScoreBand> Bands { get; init; } = Rulesets.Parameters366.ScoreBands;
    public required IReadOnlyList<AnnexCriteria> Annexes { get; init; }

    public AnnexCriteria For(CriteriaAnnex annex) => Annexes.First(a => a.Annex == annex);

    /// <summary>The default frame of the product (366-QĐ/TW, points proposed by us — to be concretized by the committee).</summary>
    public static ScoringFramework Default366 { get; } = new()
    {
        Annexes =
        [
            new(CriteriaAnnex.Collective,
            [
                new("G1", CriteriaGroup.General, "Xây dựng, chỉnh đốn Đảng và hệ thống chính trị; chất lượng đội ngũ cán bộ, đảng viên so với nghị quyết, kế hoạch, chỉ tiêu đề ra", 5),
                new("G2", CriteriaGroup.General, "Năng lực lãnh đạo của cấp ủy; lãnh đạo chính quyền, Mặt trận Tổ quốc và các đoàn thể; phối hợp công tác; đoàn kết nội bộ", 5),
                new("G3", CriteriaGroup.General, "Kiểm tra, giám sát, thi hành kỷ luật, kiểm soát quyền lực; không để xảy ra tham nhũng, lãng phí, tiêu cực, suy thoái trong tổ chức", 5),
                new("G4", CriteriaGroup.General, "Giữ nguyên tắc tập trung dân chủ, tự phê bình và phê bình; thực hiện quy chế làm việc, phân công và thực hiện nhiệm vụ", 5),
                new("G5", CriteriaGroup.General, "Lãnh đạo nhiệm vụ chính trị; bộ máy tinh gọn, tinh giản biên chế; cải cách hành chính, chuyển đổi số, văn hóa công vụ", 5),
                new("G6", CriteriaGroup.General, "Tinh thần tự phê bình; kết quả khắc phục hạn chế, khuyết điểm đã chỉ ra ở các kỳ kiểm điểm, kiểm tra trước", 5),
                new("T1", CriteriaGroup.Tasks, "Cụ thể hóa nghị quyết, kế hoạch và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao, tính bằng sản phẩm, tiến độ, chất lượng", 50),
                new("T2", CriteriaGroup.Tasks, "Kết quả đánh giá lĩnh vực, địa bàn, đơn vị phụ trách; kết quả xếp loại tổ chức đảng trực thuộc và cá nhân liên quan trực tiếp", 20),
            ]),
            new(CriteriaAnnex.Leader,
            [
                new("G1", CriteriaGroup.General, "Bản lĩnh chính trị, tư tưởng; chấp hành đường lối, nghị quyết của Đảng", 6),
                new("G2", CriteriaGroup.General, "Phẩm chất đạo đức, lối sống, ý thức tổ chức kỷ luật; kê khai tài sản, báo cáo trung thực", 6),
                new("G3", CriteriaGroup.General, "Năng lực lãnh đạo, quản lý và chuyên môn; đáp ứng nhiệm vụ thường xuyên, đột xuất; đổi mới, dám nghĩ, dám làm, dám chịu trách nhiệm", 8),
                new("G4", CriteriaGroup.General, "Mức độ tín nhiệm, uy tín, khả năng quy tụ, đoàn kết", 5),
                new("G5", CriteriaGroup.General, "Tự phê bình; khắc phục hạn chế, khuyết điểm của bản thân và ở nơi mình phụ trách", 5),
                new("T1", CriteriaGroup.Tasks, "Thực hiện chức trách, nhiệm vụ của bản thân", 30),
                new("T2", CriteriaGroup.Tasks, "Kết quả lãnh đạo, chỉ đạo lĩnh vực, địa bàn, đơn vị được phân công phụ trách", 25),
                new("T3", CriteriaGroup.Tasks, "Kết quả xếp loại của tổ chức, đơn vị và cán bộ, đảng viên thuộc quyền quản lý trực tiếp", 15),
            ]),
            new(CriteriaAnnex.NonLeader,
            [
                new("G1", CriteriaGroup.General, "Chính trị, phẩm chất đạo đức, lối sống, ý thức tổ chức kỷ luật; đoàn kết; giữ mối liên hệ với cấp ủy và nhân dân nơi cư trú", 15),
                new("G2", CriteriaGroup.General, "Năng lực chuyên môn theo vị trí việc làm, kỹ năng công nghệ thông tin; thái độ làm việc, tinh thần đổi mới", 10),
                new("G3", CriteriaGroup.General, "Tự phê bình; khắc phục hạn chế, khuyết điểm đã được chỉ ra", 5),
                new("T1", CriteriaGroup.Tasks, "Khối lượng, số lượng sản phẩm công việc được giao đã hoàn thành", 30),
                new("T2", CriteriaGroup.Tasks, "Tiến độ hoàn thành công việc", 20),
                new("T3", CriteriaGroup.Tasks, "Chất lượng, hiệu quả công việc", 20),
            ]),
            new(CriteriaAnnex.OutsideSystem,
            [
                new("G1", CriteriaGroup.General, "Chính trị, phẩm chất đạo đức, lối sống, kỷ luật; văn hóa ứng xử nơi cư trú; đoàn kết trong chi bộ, gắn bó với nhân dân", 24),
                new("G2", CriteriaGroup.General, "Tự phê bình; khắc phục hạn chế, khuyết điểm đã được chỉ ra", 6),
                new("T1", CriteriaGroup.Tasks, "Thực hiện quyền, nhiệm vụ của đảng viên và nhiệm vụ chính trị do cấp ủy, chi bộ phân công", 35),
                new("T2", CriteriaGroup.Tasks, "Học tập nghị quyết, chỉ thị; dự sinh hoạt và đóng góp ý kiến trong chi bộ", 20),
                new("T3", CriteriaGroup.Tasks, "Nhiệm vụ đột xuất và hoạt động ở địa phương, phù hợp sức khỏe, độ tuổi", 15),
            ]),
        ],
    };

    /// <summary>The most criteria any annex has in a group (the columns of the scoring workbook).</summary>
    public int MaxCriteria(CriteriaGroup group) => Annexes.Max(a => a.In(group).Count());

    /// <summary>A copy with other points: (annex, code) → points. Unknown codes are ignored (reported by <see cref="Check"/> of the caller).</summary>
    public ScoringFramework WithPoints(IReadOnlyDictionary<(CriteriaAnnex Annex, string Code), decimal> points) => this with
    {
        Annexes = [.. Annexes.Select(a => a with
        {
            Criteria = [.. a.Criteria.Select(c => points.TryGetValue((a.Annex, c.Code), out var p) ? c with { MaxPoints = p } : c)],
        })],
    };

    /// <summary>Problems of the frame: a negative criterion, or a group whose points do not add up to 30 / 70.</summary>
    public IEnumerable<Finding> Check()
    {
        foreach (var a in Annexes)
        {
            foreach (var c in a.Criteria.Where(c => c.MaxPoints < 0))
                yield return Finding.Error(BadPoints, $"framework.{a.Annex}.{c.Code}", $"{a.Annex.AnnexName()}, tiêu chí {c.Code}: điểm tối đa {D(c.MaxPoints)} âm.");
            foreach (var (group, max) in new[] { (CriteriaGroup.General, GeneralMax), (CriteriaGroup.Tasks, TasksMax) })
                if (a.Max(group) != max)
                    yield return Finding.Error(BadGroupTotal, $"framework.{a.Annex}.{group}",
                        $"{a.Annex.AnnexName()}: các tiêu chí của {GroupName(group).ToLowerInvariant()} cộng được {D(a.Max(group))} điểm, phải bằng {D(max)} điểm.");
        }
    }

    public static string GroupName(CriteriaGroup group) =>
        group == CriteriaGroup.General ? "Nhóm tiêu chí chung" : "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ";

    public static string D(decimal v) => VietnameseFormat.Decimal(v, v == Math.Round(v) ? 0 : 1);
}
