using OfficeReview.Domain.Model;

namespace OfficeReview.OpenXml.Workbooks;

/// <summary>One subordinate in a consolidated workbook: its report and where it came from (file, SHA-256, when submitted).</summary>
public sealed record ConsolidatedSource(UnitReport Report, string UnitCode, string FileName, string Sha256, DateTimeOffset SubmittedAt);
