using System.Text;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Synthetic;
using OfficeReview.OpenXml.Input;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;
using OfficeReview.OpenXml.Workbooks.Templates;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Workbooks;

/// <summary>The result of a conversion: the output bytes (null when the input could not be read) and the findings met.</summary>
internal sealed record ConversionResult(byte[]? Output, string OutputKind, IReadOnlyList<Finding> Findings)
{
    public bool Succeeded => Output is not null;
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
}

/// <summary>Templates, JSON ⇄ xlsx conversion and sample provinces; shared by the CLI verbs and the HTTP routes.</summary>
internal sealed class WorkbookService(ValidationLimits limits)
{
    public WorkbookService() : this(new ValidationLimits()) { }

    public ValidationLimits Limits => limits;

    public static byte[]? Template(string name) => WorkbookTemplates.ByName(name);

    /// <summary>UnitReport JSON → unit workbook, or workbook → UnitReport JSON, chosen by what the input is.</summary>
    public ConversionResult Convert(ReadOnlyMemory<byte> input, string fileName)
    {
        var kind = FileTypeDetector.Detect(input, limits.Input);
        if (kind is not (InputFileKind.Xlsx or InputFileKind.Xlsm or InputFileKind.Json or InputFileKind.Text)
            && FileTypeDetector.Refusal(kind, fileName, ExpectedInput.ReportOrWorkbook) is { } refusal)
            return new ConversionResult(null, "json", [Finding.Error(refusal.Code, "", refusal.Message) with { File = fileName }]);
        if (kind is InputFileKind.Xlsx or InputFileKind.Xlsm || ValidationService.IsWorkbook(input.Span))
        {
            var read = UnitWorkbookReader.Read(input, fileName, limits.EffectiveWorkbook);
            if (read.Report is null) return new ConversionResult(null, "json", read.Findings);
            return new ConversionResult(Encoding.UTF8.GetBytes(UnitReportJson.Write(read.Report)), "json", read.Findings);
        }
        if (InputText.JsonProblem(input, fileName, limits.Input) is { } problem)
            return new ConversionResult(null, "xlsx", [Finding.Error(problem.Code, "", problem.Message) with { File = fileName }]);
        var json = UnitReportJson.Read(input);
        var findings = json.Findings.Select(f => f with { File = fileName }).ToList();
        if (json.Report is null) return new ConversionResult(null, "xlsx", findings);
        return new ConversionResult(UnitWorkbookWriter.Write(json.Report), "xlsx", findings);
    }

    public static SampleManifest Sample(SyntheticOptions options, string directory) =>
        SampleWorkbooks.Write(SyntheticProvince.Generate(options), directory);
}
