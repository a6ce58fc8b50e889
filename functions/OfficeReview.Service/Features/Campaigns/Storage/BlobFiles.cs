using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>
/// Content-addressed files: blobs/ab/abcdef… (SHA-256, lower-case hex). A blob is written to tmp/, flushed to disk
/// (fsync), renamed into place and its folder fsynced, so a blob is either absent or complete — never partial.
/// </summary>
internal sealed class BlobFiles
{
    private readonly string _blobs;
    private readonly string _tmp;

    public BlobFiles(string dataFolder)
    {
        _blobs = Path.Combine(dataFolder, "blobs");
        _tmp = Path.Combine(dataFolder, "tmp");
        Directory.CreateDirectory(_blobs);
        Directory.CreateDirectory(_tmp);
    }

    public string TempFolder => _tmp;

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public string PathOf(string sha256) => Path.Combine(_blobs, sha256[..2], sha256);

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>
    /// Makes the blob durable (no-op when it already exists). With <paramref name="syncFolder"/> false the content is
    /// fsynced and renamed into place but the rename is made durable only by a later <see cref="SyncFolders"/> (the
    /// group commit does it once per folder for a whole batch, before the rows naming those blobs are committed).
    /// </summary>
    public void Write(string sha256, ReadOnlySpan<byte> content, bool syncFolder = true)
    {
        var final = PathOf(sha256);
        if (File.Exists(final)) return;
        var folder = Path.GetDirectoryName(final)!;
        Directory.CreateDirectory(folder);
        var tmp = Path.Combine(_tmp, $"{sha256}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            try
            {
                File.Move(tmp, final, overwrite: false);
            }
            catch (IOException) when (File.Exists(final))
            {
                // Someone stored the same bytes meanwhile: identical content, keep theirs.
                File.Delete(tmp);
                return;
            }
            if (syncFolder) SyncFolder(folder);
        }
        catch
        {
            try { File.Delete(tmp); } catch (IOException) { }
            throw;
        }
    }

    public byte[]? Read(string sha256)
    {
        try { return File.ReadAllBytes(PathOf(sha256)); }
        catch (FileNotFoundException) { return null; }
        catch (DirectoryNotFoundException) { return null; }
    }

    public IEnumerable<string> AllBlobs() =>
        Directory.EnumerateFiles(_blobs, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>();

    public IEnumerable<string> TempFiles() => Directory.EnumerateFiles(_tmp);

    public void Delete(string sha256)
    {
        try { File.Delete(PathOf(sha256)); } catch (IOException) { }
    }

    /// <summary>fsync of the folders holding these blobs (each folder once), so their renames survive a crash.</summary>
    public void SyncFolders(IEnumerable<string> sha256s)
    {
        foreach (var folder in sha256s.Select(s => Path.GetDirectoryName(PathOf(s))!).Distinct(StringComparer.Ordinal))
            SyncFolder(folder);
    }

    /// <summary>fsync of a folder so a rename inside it survives a crash (Linux/macOS; no-op elsewhere).</summary>
    private static void SyncFolder(string folder)
    {
        if (OperatingSystem.IsWindows()) return;
        var fd = Open(folder, 0);
        if (fd < 0) return;
        try { _ = Fsync(fd); } finally { _ = Close(fd); }
    }

#pragma warning disable SYSLIB1054 // three plain int calls; no marshalling worth generating
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync")]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
#pragma warning restore SYSLIB1054
}
