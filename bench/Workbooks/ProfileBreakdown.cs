using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using OfficeReview.OpenXml.Workbooks.Profiles;
using OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>
/// Where a profile import's time goes, per file, in one process (docs/benchmarks.md, "Profile import"): the streaming
/// reader on the same bytes (what a tagged submission costs), ClosedXML opening the workbook, ProfileReader.Locate
/// (safety read + ClosedXML + finding every figure's cell) and ProfileReader.Read of the located file (names added to a
/// copy, the copy read). The profile is every single-cell OR_* name of the first file as sheet + cell, the year a
/// constant: what an admin writes for last year's files of one layout. Six rounds, the first a warm-up; medians.
///   dotnet run -c Release --project bench/Workbooks -- --profile-breakdown DIR   (DIR: the files of `sample`, e.g. the
///   province bench/ProfileImport/profile_import.py made)
/// </summary>
internal static class ProfileBreakdown
{
    public static int Run(string dir)
    {
        var files = Directory.GetFiles(dir, "*.xlsx").Order(StringComparer.Ordinal)
            .Where(f => Path.GetFileName(f).Count(c => c == '.') >= 2) // below the root (T.X001.xlsx, …), as the import bench
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        if (files.Count == 0) { Console.Error.WriteLine($"no unit workbooks below the root in {dir}"); return 2; }
        var profile = new MappingProfile { Name = "breakdown", Entries = CellsOf(files[0].Bytes) };
        Console.WriteLine($"{files.Count} files ({files.Sum(f => f.Bytes.Length) / 1e6:F1} MB), profile of {profile.Entries.Count} entries");
        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Time(string step, Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            if (!times.TryGetValue(step, out var list)) times[step] = list = [];
            list.Add(watch.Elapsed.TotalMilliseconds);
        }
        for (var round = 0; round < 6; round++)
        {
            if (round == 1) times.Clear();
            foreach (var (name, bytes) in files)
            {
                Time("UnitWorkbookReader.Read (the tagged path)", () => UnitWorkbookReader.Read(bytes, name));
                Time("ClosedXML opens the workbook", () => { using var wb = new XLWorkbook(new MemoryStream(bytes, writable: false)); });
                ProfileLocation? location = null;
                Time("ProfileReader.Locate", () => location = ProfileReader.Locate(bytes, name, profile));
                Time("ProfileReader.Read (located)", () => ProfileReader.Read(location!));
            }
        }
        Console.WriteLine("| Step | Median per file | Per round of all files |");
        Console.WriteLine("|---|---|---|");
        foreach (var (step, list) in times)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {step} | {list[list.Count / 2]:F1} ms | {list.Sum() / 5 / 1000:F2} s |"));
        }
        return 0;
    }

    private static List<ProfileEntry> CellsOf(byte[] bytes)
    {
        using var wb = new XLWorkbook(new MemoryStream(bytes, writable: false));
        var entries = new List<ProfileEntry>();
        foreach (var named in wb.NamedRanges.Where(n => n.Name.StartsWith("OR_", StringComparison.Ordinal) && n.Name != "OR_Year" && n.Ranges.Count == 1))
        {
            var range = named.Ranges.First().RangeAddress;
            if (range.FirstAddress.Equals(range.LastAddress))
                entries.Add(new ProfileEntry { Figure = named.Name, Sheet = range.Worksheet.Name, Cell = range.FirstAddress.ToStringRelative() });
        }
        var year = UnitWorkbookReader.Read(bytes, "").Report?.Year ?? 0;
        entries.Add(new ProfileEntry { Figure = "OR_Year", Value = year.ToString(CultureInfo.InvariantCulture) });
        return entries;
    }
}
