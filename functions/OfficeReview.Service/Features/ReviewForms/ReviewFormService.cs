using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReviewForms;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Documents;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.Service.Features.ReviewForms;

/// <summary>What to generate: a form (or the scoring workbook), for whom, from which unit workbook.</summary>
public sealed record ReviewFormRequest
{
    /// <summary>The form; null asks for the scoring workbook (bang-diem).</summary>
    public ReviewFormKind? Kind { get; init; }
    /// <summary>The unit workbook (bieu-don-vi.xlsx) whose member list prefills the forms; null gives one blank form.</summary>
    public byte[]? UnitWorkbook { get; init; }
    public string UnitWorkbookName { get; init; } = "bieu-don-vi.xlsx";
    /// <summary>One member (2A/2B/2C/05) or one collective (01) by name; null with <see cref="All"/> = everyone.</summary>
    public string? Member { get; init; }
    public bool All { get; init; }
    /// <summary>The year when no workbook gives it.</summary>
    public int? Year { get; init; }
    /// <summary>The upper header line when the unit is a chi bộ (a đảng bộ's name comes from the workbook).</summary>
    public string? Superior { get; init; }
    public string? Place { get; init; }
}

public sealed record GeneratedFile(string FileName, byte[] Content);

public sealed record ReviewFormOutcome(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<Finding> Problems)
{
    public bool Succeeded => Files.Count > 0 && !Problems.Any(p => p.Severity == Severity.Error);
}

/// <summary>
/// Generates the HD 43 review forms and the scoring workbook from a unit workbook's member list. Only the forms of
/// HD 43 (review year 2025 on) are generated: an earlier year is refused with a message naming the guidance that
/// applied (HD 25 for 2023–2024, HD 21 for 2019–2022), whose forms this product does not produce.
/// </summary>
public sealed class ReviewFormService
{
    public const string LegacyYear = FindingCatalogue.FormsLegacyYear;
    public const string NoMember = FindingCatalogue.FormsNoMember;
    public const string Unreadable = FindingCatalogue.FormsUnitWorkbookUnreadable;
    public const string NoMemberList = FindingCatalogue.FormsNoMemberList;

    public ReviewFormOutcome Generate(ReviewFormRequest request, int currentYear)
    {
        UnitReport? report = null;
        var problems = new List<Finding>();
        if (request.UnitWorkbook is { } bytes)
        {
            var read = UnitWorkbookReader.Read(bytes, request.UnitWorkbookName);
            if (read.Report is null)
                return new([], [Finding.Error(Unreadable, "", $"Không đọc được {request.UnitWorkbookName}: " +
                    string.Join(" ", read.Findings.Where(f => f.Severity == Severity.Error).Take(3).Select(f => f.Message)))]);
            report = read.Report;
        }
        var year = report?.Year ?? request.Year ?? currentYear;
        if (year < ReviewFormKinds.FirstYear)
        {
            var guidance = year >= 2023 ? "Hướng dẫn 25-HD/BTCTW (Quy định 124-QĐ/TW)" : year >= 2019 ? "Hướng dẫn 21-HD/BTCTW (Quy định 132-QĐ/TW)" : "Hướng dẫn 16-HD/BTCTW (Quy định 132-QĐ/TW)";
            return new([], [Finding.Error(LegacyYear, "year",
                $"Năm {year} áp dụng {guidance}; phần mềm chỉ lập các mẫu kiểm điểm của Hướng dẫn 43-HD/BTCTW (từ năm {ReviewFormKinds.FirstYear}). Hãy dùng mẫu của hướng dẫn năm đó.")]);
        }

        if (request.Kind is null)
            return new([new GeneratedFile(ScoreWorkbook.FileName, ScoreWorkbook.Write(report ?? Blank(year)))], problems);

        var kind = request.Kind.Value;
        var files = new List<GeneratedFile>();
        var inputs = kind == ReviewFormKind.Mau01 ? Collectives(report, request, year) : Individuals(report, request, kind, year, problems);
        if (inputs is null) return new([], problems);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var name = input.FileName();
            for (var n = 2; !names.Add(name); n++) name = input.FileName().Replace(".docx", $"-{n}.docx", StringComparison.Ordinal);
            files.Add(new GeneratedFile(name, ReviewFormWriter.Write(input)));
        }
        if (files.Count == 0 && problems.Count == 0)
            problems.Add(Finding.Error(NoMember, "member", request.Member is { } m
                ? $"Không có {(kind == ReviewFormKind.Mau01 ? "tập thể" : "đảng viên")} tên \"{m}\" {(kind == ReviewFormKind.Mau01 ? "" : $"làm Mẫu {kind.Number()} ")}trong {request.UnitWorkbookName}."
                : $"Danh sách đảng viên của {request.UnitWorkbookName} không có ai làm Mẫu {kind.Number()}."));
        return new(files, problems);
    }

    private static UnitReport Blank(int year) => new() { Year = year, Unit = new UnitInfo { Code = "", Name = "", Kind = UnitKind.BaseCell } };

    private static bool IsCell(UnitReport r) => r.Unit.Kind is UnitKind.BaseCell or UnitKind.SubordinateCell;

    private static List<ReviewFormInput>? Individuals(UnitReport? report, ReviewFormRequest request, ReviewFormKind kind, int year, List<Finding> problems)
    {
        if (report is null || (request.Member is null && !request.All))
            return [new ReviewFormInput { Kind = kind, Year = year, Superior = request.Superior, Organization = report?.Unit.Name is { Length: > 0 } n ? n : "Chi bộ ……", Place = request.Place }];
        if (report.MemberList is not { Count: > 0 } list)
        {
            problems.Add(Finding.Error(NoMemberList, "memberList", $"{request.UnitWorkbookName} chưa có danh sách đảng viên (bảng OR_MemberList) để điền sẵn."));
            return null;
        }
        var chosen = request.Member is { } who
            ? list.Where(m => MemberForms.SameName(m.Name, who)).Select(MemberForms.Prefill).Where(p => kind == ReviewFormKind.Mau05 || p.Form == kind)
            : MemberForms.Filling(list, kind);
        return chosen.Select(p => new ReviewFormInput
        {
            Kind = kind, Year = year, Place = request.Place, Member = p,
            Superior = IsCell(report) ? request.Superior : report.Unit.Name,
            Organization = IsCell(report) || p.Cell is null ? report.Unit.Name : ReviewFormInput.CellName(p.Cell),
        }).ToList();
    }

    private static List<ReviewFormInput> Collectives(UnitReport? report, ReviewFormRequest request, int year)
    {
        if (report is null)
            return [new ReviewFormInput { Kind = ReviewFormKind.Mau01, Year = year, Superior = request.Superior, Organization = "Chi bộ ……", Place = request.Place }];
        var list = report.MemberList ?? [];
        var collectives = new List<(string Name, string? Superior, RatingLevel? Previous)> { (report.Unit.Name, request.Superior, null) };
        if (!IsCell(report))
            foreach (var cell in list.Select(m => m.Cell).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => ReviewFormInput.CellName(c!)).Distinct(StringComparer.Ordinal))
                if (!MemberForms.SameName(cell, report.Unit.Name)) collectives.Add((cell, report.Unit.Name, null));
        var chosen = request.Member is { } who
            ? collectives.Where(c => MemberForms.SameName(c.Name, who) || MemberForms.SameName(c.Name, ReviewFormInput.CellName(who)))
            : request.All ? collectives : collectives.Take(1);
        return chosen.Select(c => new ReviewFormInput
        {
            Kind = ReviewFormKind.Mau01, Year = year, Place = request.Place, Superior = c.Superior, Organization = c.Name, CollectiveName = c.Name,
            CollectivePreviousLevel = c.Previous,
            SignerName = Secretary(list, c.Name == report.Unit.Name && !IsCell(report) ? null : c.Name, IsCell(report)),
        }).ToList();
    }

    /// <summary>The secretary (Bí thư, not Phó bí thư) of a chi bộ (or of the whole unit when <paramref name="cell"/> is null).</summary>
    private static string? Secretary(IReadOnlyList<MemberEntry> list, string? cell, bool unitIsCell) =>
        list.FirstOrDefault(m => VietnameseText.FoldKey(m.Position).StartsWith("bi thu", StringComparison.Ordinal)
            && (unitIsCell || (cell is null
                ? !VietnameseText.FoldKey(m.Position).Contains("chi bo", StringComparison.Ordinal)
                : m.Cell is not null && MemberForms.SameName(ReviewFormInput.CellName(m.Cell), cell))))?.Name is { } n
            ? VietnameseText.Clean(n)
            : null;
}
