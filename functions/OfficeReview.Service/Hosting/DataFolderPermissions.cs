using System.Runtime.InteropServices;

namespace OfficeReview.Service.Hosting;

/// <summary>
/// On Unix the data folder holds members' personal data: the folder (and its sub-folders) is made 0700 and the files
/// in it 0600, and the process's umask becomes 077 so that every file created later (SQLite database and WAL, blobs,
/// temp files) is private to the service's user from the start. No-op on Windows (ACLs of the user profile apply).
/// </summary>
internal static class DataFolderPermissions
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [DllImport("libc", EntryPoint = "umask")]
#pragma warning disable SYSLIB1054 // one blittable call; LibraryImport would need unsafe code in the whole project
    private static extern uint SetUmask(uint mask);
#pragma warning restore SYSLIB1054

    private static int s_umaskSet;

    /// <summary>Creates the folder when missing and makes it, its direct files and first-level sub-folders private.</summary>
    public static void Secure(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        if (Interlocked.Exchange(ref s_umaskSet, 1) == 0)
        {
            try { _ = SetUmask(0b000_111_111); } // returns the previous mask, not an error code
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        Directory.CreateDirectory(folder);
        TrySet(folder, FolderMode);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
            TrySet(entry, Directory.Exists(entry) ? FolderMode : FileMode);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void TrySet(string path, UnixFileMode mode)
    {
        try { File.SetUnixFileMode(path, mode); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
