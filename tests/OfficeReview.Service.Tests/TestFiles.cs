namespace OfficeReview.Service.Tests;

/// <summary>A temporary folder for one test, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("officereview-test-").FullName;

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

public static class Samples
{
    /// <summary>The invented example of the foundation issue.</summary>
    public const string ExampleJson = """
    {
      "schema": "officereview.unit-report/1",
      "year": 2025,
      "unit": { "code": "DB01", "name": "Đảng bộ xã Ví Dụ", "kind": "dang-bo-cap-tren-co-so", "category": "xa", "parent": "T" },
      "organizations": {
        "baseOrganizations": { "total": 25, "notRated": 0, "rated": 25, "excellent": 5, "good": 17, "complete": 3, "notComplete": 0,
          "statedPercents": { "excellent": 20.0, "good": 68.0, "complete": 12.0, "notComplete": 0 } },
        "subordinateCells": { "total": 120, "notRated": 2, "rated": 118, "excellent": 26, "good": 84, "complete": 8, "notComplete": 0,
          "statedPercents": { "excellent": 23.6 } }
      }
    }
    """;

    public const string CleanJson = """
    {
      "schema": "officereview.unit-report/1",
      "year": 2024,
      "unit": { "code": "CB01", "name": "Chi bộ thôn 1", "kind": "chi-bo-co-so", "category": "xa", "parent": "DB01" },
      "members": { "total": 30, "exempt": { "excused": 2 }, "notRated": 0, "rated": 28, "excellent": 4, "good": 20, "complete": 4, "notComplete": 0,
        "statedPercents": { "excellent": 14.3, "good": 71.4 } }
    }
    """;
}
