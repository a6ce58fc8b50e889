using OfficeReview.Domain.Formatting;

namespace OfficeReview.Service.Cli;

public static class CliFiles
{
    /// <summary>Reads an input file whole, or says (in Vietnamese, naming the file) why it cannot; null then.</summary>
    public static byte[]? ReadInput(FileInfo file, long maxBytes, CliOutput output)
    {
        try
        {
            if (!file.Exists)
            {
                output.Error.WriteLine($"Không tìm thấy tệp {file.FullName}.");
                return null;
            }
            if (file.Length > maxBytes)
            {
                output.Error.WriteLine($"Tệp {file.Name} có {VietnameseFormat.Count(file.Length)} byte, vượt giới hạn {VietnameseFormat.Count(maxBytes)} byte.");
                return null;
            }
            return File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine($"Không đọc được tệp {file.FullName}: {e.Message}");
            return null;
        }
    }

    /// <summary>Writes the whole output through a temporary file and a rename, so a failure never leaves half a file.</summary>
    public static bool WriteOutput(FileInfo file, byte[] content, CliOutput output)
    {
        var temp = file.FullName + ".tmp-" + Environment.ProcessId;
        try
        {
            file.Directory?.Create();
            File.WriteAllBytes(temp, content);
            File.Move(temp, file.FullName, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { }
            output.Error.WriteLine($"Không ghi được tệp {file.FullName}: {e.Message}");
            return false;
        }
    }
}
