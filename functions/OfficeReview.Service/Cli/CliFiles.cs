using OfficeReview.Domain.Formatting;

namespace OfficeReview.Service.Cli;

/// <summary>
/// How the verbs read and write files: inputs are regular files read with a hard byte bound (a device, a FIFO or a
/// directory is refused, never read until memory runs out); outputs are written to a temporary file beside the target
/// and renamed over it, so a failure never leaves half a file; an output that is one of the inputs is refused.
/// </summary>
internal static class CliFiles
{
    /// <summary>Reads an input file whole; when it cannot, <paramref name="refused"/> is the outcome to return (one line naming the file).</summary>
    public static byte[]? ReadInput(FileInfo file, long maxBytes, out CliOutcome refused)
    {
        var bytes = TryReadInput(file.FullName, maxBytes, out var error);
        refused = bytes is null ? CliOutcome.Unreadable(error!) : CliOutcome.Clean;
        return bytes;
    }

    /// <summary>Reads a regular file of at most <paramref name="maxBytes"/> bytes; null with a one-line message otherwise.</summary>
    public static byte[]? TryReadInput(string path, long maxBytes, out string? error)
    {
        error = null;
        var name = Path.GetFileName(path);
        try
        {
            if (Directory.Exists(path))
            {
                error = $"{path} là một thư mục, không phải tệp; hãy chỉ ra tệp cần đọc.";
                return null;
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = $"Không tìm thấy tệp {path}.";
                return null;
            }
            // Devices (/dev/zero), FIFOs and /proc files report no length: they are not files to read whole. A real
            // empty file is refused as well, it holds nothing to check.
            if (info.Length == 0)
            {
                error = $"Tệp {name} rỗng (0 byte) hoặc không phải tệp thông thường (thiết bị, FIFO…); không đọc.";
                return null;
            }
            if (info.Length > maxBytes)
            {
                error = $"Tệp {name} có {VietnameseFormat.Count(info.Length)} byte, vượt giới hạn {VietnameseFormat.Count(maxBytes)} byte (Limits:MaxInputBytes).";
                return null;
            }
            // The length can change between the check and the read: the read itself stops at the bound.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[Math.Min(info.Length, maxBytes) + 1];
            var total = 0;
            int n;
            while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0) total += n;
            if (total > maxBytes)
            {
                error = $"Tệp {name} vượt giới hạn {VietnameseFormat.Count(maxBytes)} byte (Limits:MaxInputBytes) hoặc thay đổi trong khi đọc.";
                return null;
            }
            return buffer.AsSpan(0, total).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            error = $"Không đọc được tệp {path}: {OneLine(e.Message)}";
            return null;
        }
    }

    /// <summary>Writes the whole output through a temporary file and a rename, so a failure never leaves half a file.</summary>
    public static CliOutcome? WriteOutput(FileInfo file, byte[] content) =>
        WriteOutput(file, stream => stream.Write(content));

    /// <summary>
    /// Writes through <paramref name="write"/> into a temporary file in the target's folder, flushes it to disk and
    /// renames it over the target; on any failure the temporary file is removed and the target is left as it was.
    /// </summary>
    /// <returns>Null when written; otherwise the outcome to return (exit 2, one line naming the file).</returns>
    public static CliOutcome? WriteOutput(FileInfo file, Action<Stream> write)
    {
        var directory = file.DirectoryName ?? ".";
        var temp = Path.Combine(directory, $".{file.Name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, file.FullName, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            TryDelete(temp);
            return CliOutcome.Unreadable($"Không ghi được tệp {file.FullName}: {OneLine(e.Message)}");
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>
    /// The path with every symbolic link resolved (in any folder along the way), made absolute: two names of the same
    /// file compare equal.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hops = 0; hops < 40; hops++)
        {
            var root = Path.GetPathRoot(full) ?? "";
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            var resolved = true;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                string? target = null;
                try
                {
                    FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                    target = info.LinkTarget;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
                if (target is not null)
                {
                    full = Path.GetFullPath(Path.Combine([Path.GetFullPath(target, current), .. parts[(i + 1)..]]));
                    resolved = false;
                    break;
                }
                current = next;
            }
            if (resolved) return current;
        }
        return full;
    }

    /// <summary>True when the two paths name the same file once links are resolved.</summary>
    public static bool SameFile(string a, string b) =>
        string.Equals(RealPath(a), RealPath(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>
    /// Why a file could not be read, in one line: the first reason as it is when it names the file already, else after
    /// "Không đọc được tệp X:", and how many more reasons there are.
    /// </summary>
    public static CliOutcome Unreadable(string fileName, IEnumerable<string> messages)
    {
        var all = messages.Select(OneLine).ToList();
        if (all.Count == 0) return CliOutcome.Unreadable($"Không đọc được tệp {fileName}.");
        var first = all[0].Contains(fileName, StringComparison.Ordinal) ? all[0] : $"Không đọc được tệp {fileName}: {all[0]}";
        return CliOutcome.Unreadable(all.Count == 1 ? first : $"{first} (và {VietnameseFormat.Count(all.Count - 1)} lý do khác)");
    }

    public static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length > 600 ? line[..600] + "…" : line;
    }
}
