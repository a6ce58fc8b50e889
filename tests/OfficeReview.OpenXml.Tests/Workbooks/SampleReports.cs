using OfficeReview.Domain.Model;
using OfficeReview.Domain.Synthetic;

namespace OfficeReview.OpenXml.Tests.Workbooks;

internal static class SampleReports
{
    /// <summary>A report that uses every field of the JSON contract, including odd ones (unknown loại hình, out-of-order rows, stated percentages).</summary>
    public static UnitReport Full() => new()
    {
        Year = 2025,
        Unit = new UnitInfo { Code = "T.X001", Name = "Đảng ủy xã An Bình", Kind = UnitKind.UpperCommittee, Category = "xa", Parent = "T" },
        OwnRating = new OwnRating
        {
            Level = RatingLevel.Good, Score = 86.5m, HasDisciplinedSubordinate = true,
            Tasks = new TaskFigures { Assigned = 20, Exceeded = 4, Late = 1, Undone = 0 }, ShortcomingsFixed = true, CompetentLevelException = true
        },
        Organizations = new OrganizationBlocks
        {
            BaseOrganizations = new OrganizationBlock
            {
                Total = 12, NotRated = 1, Rated = 11, Excellent = 2, Good = 7, Complete = 1, NotComplete = 1,
                StatedPercents = new LevelPercents { Excellent = 18.18m, Good = 63.6m },
                QuotaExceptionApproved = true,
                ByCategory =
                [
                    new CategoryRow { Category = "xa", Total = 8, NotRated = 0, Rated = 8, Excellent = 2, Good = 5, Complete = 1, NotComplete = 0 },
                    new CategoryRow { Category = "co-quan-nha-nuoc", Total = 4, NotRated = 1, Rated = 3, Excellent = 0, Good = 2, Complete = 0, NotComplete = 1,
                        StatedPercents = new LevelPercents { Good = 66.67m } },
                ],
            },
            SubordinateCells = new OrganizationBlock
            {
                Total = 30, Rated = 30, Excellent = 5, Good = 20, Complete = 4, NotComplete = 1,
                ByCategory =
                [
                    new CategoryRow { Category = "quan-doi", Total = 10, Rated = 10, Excellent = 1, Good = 8, Complete = 1, NotComplete = 0 },
                    new CategoryRow { Category = "loai-hinh-tu-dat", Total = 20, Rated = 20, Excellent = 4, Good = 12, Complete = 3, NotComplete = 1 },
                ],
            },
            UpperCommittees = new OrganizationBlock { Total = 0 },
        },
        Members = new MemberBlock
        {
            Total = 5, NotRated = 0, Rated = 3, Excellent = 1, Good = 1, Complete = 1, NotComplete = 0,
            Exempt = new ExemptCounts { Excused = 1, Suspended = 0, NewlyAdmitted = 1 },
            DisciplinedInYear = 0,
            StatedPercents = new LevelPercents { Excellent = 33.3m, Good = 33.3m, Complete = 33.4m, NotComplete = 0m },
        },
        LeadershipCollectives = new CountBlock { Total = 3, Rated = 3, Excellent = 0, Good = 3, Complete = 0, NotComplete = 0 },
        Leaders = new CountBlock { Total = 9, NotRated = 1, Rated = 8, Excellent = 1, Good = 6, Complete = 1, NotComplete = 0, QuotaExceptionApproved = true },
        MemberList =
        [
            new MemberEntry { Name = "Nguyễn Văn An", BirthYear = 1975, Position = "Bí thư", Cell = "Chi bộ 1", Form = "2A", GeneralScore = 28.5m, TaskScore = 64m,
                SelfLevel = RatingLevel.Excellent, ProposedLevel = RatingLevel.Excellent, DecidedLevel = RatingLevel.Excellent,
                AdmissionDate = new DateOnly(1998, 5, 19), Membership = MembershipStatus.Official, StaffRating = RatingLevel.Excellent, VotePercent = 92.5m,
                Heads = ["CB01"], Leads = ["CB01", "DB01"], LowConfidencePercent = 4m, ShortcomingsFixed = true,
                Tasks = new TaskFigures { Assigned = 12, Exceeded = 5, Late = 0, Undone = 0 } },
            new MemberEntry { Name = "Trần Thị Bình", BirthYear = 1982, Cell = "Chi bộ 1", Form = "2B", GeneralScore = 25m, TaskScore = 55m,
                SelfLevel = RatingLevel.Good, DecidedLevel = RatingLevel.Good, Note = "Nghỉ thai sản 4 tháng",
                Leave = LeaveKind.Maternity, TemporaryActivity = TemporaryActivity.Away, Membership = MembershipStatus.Probationary, AdmissionDate = new DateOnly(2025, 3, 2) },
            new MemberEntry { Name = "Lê Văn Cường", BirthYear = 1990, Cell = "Chi bộ 2", DecidedLevel = RatingLevel.Complete, DisciplinedInYear = true,
                Disqualified = true, CompetentLevelException = true, DisciplineForm = DisciplineForm.Reprimand, DisciplineDutyRelated = false,
                DisciplineBasis = "Quyết định số 12-QĐ/ĐU, ngày 03/9/2025", DisciplineSelfDetected = true, DisciplinePreviousUnit = true, DisciplineCountedBefore = true,
                Tasks = new TaskFigures { Assigned = 10, Late = 2, Undone = 0 }, ShortcomingsFixed = false },
            new MemberEntry { Name = "Phạm Thị Dung", BirthYear = 1948, Cell = "Chi bộ 2", ExemptReason = ExemptReason.Excused },
            new MemberEntry { Name = "Hoàng Văn Em", BirthYear = 2001, Cell = "Chi bộ 2", ExemptReason = ExemptReason.NewlyAdmitted },
        ],
    };

    public static SyntheticProvince Province(int units = 12, int members = 600, ulong seed = 7, bool plant = false) =>
        SyntheticProvince.Generate(new SyntheticOptions { Units = units, Members = members, Seed = seed, PlantErrors = plant });
}
