namespace OfficeReview.OpenXml.Tests.Workbooks;

internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OfficeReview.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("OfficeReview.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Templates => Path.Combine(RepoRoot, "templates");

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "or-xlsx-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
