using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;

namespace OfficeReview.OpenXml.Input;

/// <summary>
/// The named bounds on every file from outside (uploads and files the CLI reads). Bound from configuration section
/// <c>Limits:Input</c>; every message that reports a bound names its key (e.g. <c>Limits:Input:MaxXmlDepth</c>).
/// </summary>
public sealed record InputLimits
{
    public const string Section = "Limits:Input";

    /// <summary>Largest file accepted, in bytes (default 50 MB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;
    /// <summary>Largest total of all zip entries once decompressed, counted while inflating (default 256 MB).</summary>
    public long MaxExpandedBytes { get; init; } = 256L * 1024 * 1024;
    /// <summary>Largest single zip entry once decompressed (default 128 MB, about 150.000 member rows in one sheet).</summary>
    public long MaxPartBytes { get; init; } = 128L * 1024 * 1024;
    /// <summary>Largest decompressed ÷ compressed size of an entry, checked once it passes 1 MB (default 200).</summary>
    public long MaxCompressionRatio { get; init; } = 200;
    /// <summary>Most entries in a zip (default 2.000).</summary>
    public int MaxEntries { get; init; } = 2_000;
    /// <summary>Deepest element nesting in one XML part (default 256).</summary>
    public int MaxXmlDepth { get; init; } = 256;
    /// <summary>Most elements in one XML part (default 30.000.000).</summary>
    public long MaxXmlElements { get; init; } = 30_000_000;
    /// <summary>Most attributes on one element (default 1.024).</summary>
    public int MaxAttributes { get; init; } = 1024;
    /// <summary>Longest attribute value, in characters (default 65.536).</summary>
    public int MaxAttributeLength { get; init; } = 65_536;
    /// <summary>Longest text node, in characters (default 1.048.576).</summary>
    public int MaxTextLength { get; init; } = 1024 * 1024;
    /// <summary>Most rows read on one worksheet (default 200.000).</summary>
    public int MaxRows { get; init; } = 200_000;
    /// <summary>Most cells read (over the sheets of a workbook; default 5.000.000).</summary>
    public long MaxCells { get; init; } = 5_000_000;
    /// <summary>Most shared strings in a workbook (default 1.000.000).</summary>
    public int MaxSharedStrings { get; init; } = 1_000_000;
    /// <summary>Most defined names in workbook.xml (default 10.000; the form has about 150).</summary>
    public int MaxDefinedNames { get; init; } = 10_000;
    /// <summary>Most findings listed for one workbook; the rest are counted in one closing finding (default 10.000).</summary>
    public int MaxFindings { get; init; } = 10_000;
    /// <summary>Longest string in one cell, in characters (default 32.767, Excel's own limit).</summary>
    public int MaxStringLength { get; init; } = 32_767;
    /// <summary>Deepest nesting of a JSON input (default 32).</summary>
    public int MaxJsonDepth { get; init; } = 32;
    /// <summary>Largest JSON report file, in bytes (default 20 MB; a report of 150.000 members is about 15 MB).</summary>
    public long MaxJsonBytes { get; init; } = 20L * 1024 * 1024;

    public static InputLimits Default { get; } = new();

    /// <summary>The configuration key of a bound ("Limits:Input:MaxXmlDepth").</summary>
    public static string Key(string property) => $"{Section}:{property}";

    /// <summary>"256 cấp lồng nhau (Limits:Input:MaxXmlDepth)": the value of a bound, its unit, and its key.</summary>
    public string Describe(string property) => property switch
    {
        nameof(MaxFileBytes) => $"{VietnameseFormat.Count(MaxFileBytes)} byte ({Key(property)})",
        nameof(MaxExpandedBytes) => $"{VietnameseFormat.Count(MaxExpandedBytes)} byte sau khi giải nén ({Key(property)})",
        nameof(MaxPartBytes) => $"{VietnameseFormat.Count(MaxPartBytes)} byte cho một thành phần sau khi giải nén ({Key(property)})",
        nameof(MaxCompressionRatio) => $"tỷ lệ nén {VietnameseFormat.Count(MaxCompressionRatio)} lần ({Key(property)})",
        nameof(MaxEntries) => $"{VietnameseFormat.Count(MaxEntries)} thành phần trong tệp nén ({Key(property)})",
        nameof(MaxXmlDepth) => $"{VietnameseFormat.Count(MaxXmlDepth)} cấp lồng nhau ({Key(property)})",
        nameof(MaxXmlElements) => $"{VietnameseFormat.Count(MaxXmlElements)} phần tử XML ({Key(property)})",
        nameof(MaxAttributes) => $"{VietnameseFormat.Count(MaxAttributes)} thuộc tính trên một phần tử ({Key(property)})",
        nameof(MaxAttributeLength) => $"{VietnameseFormat.Count(MaxAttributeLength)} ký tự cho một thuộc tính ({Key(property)})",
        nameof(MaxTextLength) => $"{VietnameseFormat.Count(MaxTextLength)} ký tự cho một đoạn văn bản XML ({Key(property)})",
        nameof(MaxRows) => $"{VietnameseFormat.Count(MaxRows)} dòng trên một trang tính ({Key(property)})",
        nameof(MaxCells) => $"{VietnameseFormat.Count(MaxCells)} ô ({Key(property)})",
        nameof(MaxSharedStrings) => $"{VietnameseFormat.Count(MaxSharedStrings)} chuỗi dùng chung ({Key(property)})",
        nameof(MaxDefinedNames) => $"{VietnameseFormat.Count(MaxDefinedNames)} tên vùng ({Key(property)})",
        nameof(MaxFindings) => $"{VietnameseFormat.Count(MaxFindings)} lỗi ({Key(property)})",
        nameof(MaxStringLength) => $"{VietnameseFormat.Count(MaxStringLength)} ký tự trong một ô ({Key(property)})",
        nameof(MaxJsonDepth) => $"{VietnameseFormat.Count(MaxJsonDepth)} cấp lồng nhau của JSON ({Key(property)})",
        nameof(MaxJsonBytes) => $"{VietnameseFormat.Count(MaxJsonBytes)} byte cho một tệp JSON ({Key(property)})",
        _ => Key(property),
    };
}

/// <summary>
/// A file (or one of its parts) is unreadable or exceeds a bound. <see cref="Detail"/> is the sentence after
/// "Tệp X" (so a reader can prefix the file name its own way); <see cref="Exception.Message"/> is the whole sentence.
/// </summary>
internal sealed class InputException(string code, string fileName, string detail)
    : Exception($"Tệp {fileName} {detail}.")
{
    public string Code { get; } = code;
    public string FileName { get; } = fileName;
    public string Detail { get; } = detail;
}

/// <summary>The codes of <see cref="InputException"/> and of the detector's refusals.</summary>
public static class InputCodes
{
    public const string Empty = FindingCatalogue.InputEmpty;
    public const string TooLarge = FindingCatalogue.InputTooLarge;
    public const string WrongType = FindingCatalogue.InputWrongType;
    public const string Legacy = FindingCatalogue.InputLegacyFormat;
    public const string Encrypted = FindingCatalogue.InputEncrypted;
    public const string Macros = FindingCatalogue.InputMacros;
    public const string ZipBroken = FindingCatalogue.InputZipBroken;
    public const string ZipTooManyEntries = FindingCatalogue.InputZipTooManyEntries;
    public const string ZipExpandedTooLarge = FindingCatalogue.InputZipExpandedTooLarge;
    public const string ZipPartTooLarge = FindingCatalogue.InputZipPartTooLarge;
    public const string ZipRatio = FindingCatalogue.InputZipRatio;
    public const string ZipDuplicate = FindingCatalogue.InputZipDuplicateEntry;
    public const string ZipUnsafeName = FindingCatalogue.InputZipUnsafeName;
    public const string ZipEncryptedEntry = FindingCatalogue.InputZipEncryptedEntry;
    public const string XmlBroken = FindingCatalogue.InputXmlBroken;
    public const string XmlDtd = FindingCatalogue.InputXmlDtd;
    public const string XmlEncoding = FindingCatalogue.InputXmlEncoding;
    public const string XmlTooDeep = FindingCatalogue.InputXmlTooDeep;
    public const string XmlTooManyElements = FindingCatalogue.InputXmlTooManyElements;
    public const string XmlAttributeTooLong = FindingCatalogue.InputXmlAttributeTooLong;
    public const string XmlTooManyAttributes = FindingCatalogue.InputXmlTooManyAttributes;
    public const string XmlTextTooLong = FindingCatalogue.InputXmlTextTooLong;
    public const string TooManyRows = FindingCatalogue.InputTooManyRows;
    public const string TooManyCells = FindingCatalogue.InputTooManyCells;
    public const string TooManyStrings = FindingCatalogue.InputTooManyStrings;
    public const string StringTooLong = FindingCatalogue.InputStringTooLong;
    public const string TextEncoding = FindingCatalogue.InputTextEncoding;
}
