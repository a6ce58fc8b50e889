using System.Text.Json;

namespace OfficeReview.HostileCorpus;

/// <summary>Collects the hostile files of one run in a folder and writes manifest.json next to them.</summary>
public sealed class CorpusWriter(string folder)
{
    private readonly List<CorpusEntry> _entries = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;
    public IReadOnlyList<CorpusEntry> Entries => _entries;

    /// <summary>Writes <paramref name="bytes"/> as <c>item-NN/name</c> and records it.</summary>
    public void Add(string name, byte[] bytes, CorpusEntry entry)
    {
        var relative = Relative(entry.Item, name);
        var path = System.IO.Path.Combine(Folder, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        _entries.Add(entry with { File = relative });
    }

    /// <summary>A folder of several files (a merge of subordinates), recorded as one entry.</summary>
    public void AddFolder(string name, IEnumerable<(string Name, byte[] Bytes)> files, CorpusEntry entry)
    {
        var relative = Relative(entry.Item, name);
        var dir = Directory.CreateDirectory(System.IO.Path.Combine(Folder, relative)).FullName;
        foreach (var (n, b) in files) File.WriteAllBytes(System.IO.Path.Combine(dir, n), b);
        _entries.Add(entry with { File = relative });
    }

    /// <summary>A symbolic link (e.g. to /dev/zero: a "file" with no end).</summary>
    public void AddLink(string name, string target, CorpusEntry entry)
    {
        var relative = Relative(entry.Item, name);
        var path = System.IO.Path.Combine(Folder, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (File.Exists(path) || Directory.Exists(path)) File.Delete(path);
        File.CreateSymbolicLink(path, target);
        _entries.Add(entry with { File = relative });
    }

    private string Relative(int item, string name)
    {
        var relative = $"item-{item:00}/{name}";
        if (!_names.Add(relative)) throw new InvalidOperationException($"two corpus files named {relative}");
        return relative;
    }

    public CorpusManifest WriteManifest()
    {
        var manifest = new CorpusManifest(_entries.Count,
            _entries.GroupBy(e => e.Item).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()), _entries);
        File.WriteAllText(System.IO.Path.Combine(Folder, CorpusManifest.FileName), JsonSerializer.Serialize(manifest, CorpusManifest.JsonOptions));
        return manifest;
    }
}
