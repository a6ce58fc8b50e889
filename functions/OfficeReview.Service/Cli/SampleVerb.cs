using System.CommandLine;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Synthetic;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Features.Workbooks;

namespace OfficeReview.Service.Cli;

/// <summary>sample --units N --members M --seed S -o DIR [--plant-errors]: a deterministic synthetic province as workbooks + manifest.json.</summary>
internal static class SampleVerb
{
    public static Command Create()
    {
        var units = new Option<int>("--units") { Description = "Số đơn vị (tỉnh, đảng ủy xã, tổ chức cơ sở, chi bộ).", DefaultValueFactory = _ => 50 };
        var members = new Option<int>("--members") { Description = "Tổng số đảng viên trong danh sách.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Hạt giống: cùng hạt giống cho cùng bộ tệp.", DefaultValueFactory = _ => 1UL };
        var year = new Option<int>("--year") { Description = "Năm đánh giá.", DefaultValueFactory = _ => 2025 };
        var plant = new Option<bool>("--plant-errors") { Description = "Cài sẵn một số lỗi (ghi trong manifest.json: tệp, ô, mã lỗi)." };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Thư mục ghi các tệp.", Required = true };
        var command = new Command("sample", "Sinh bộ biểu mẫu mẫu của một tỉnh giả định (dùng để thử, trình diễn, đo hiệu năng).")
            { units, members, seed, year, plant, output };
        command.SetOutcome(parse => Run(new SyntheticOptions
        {
            Units = parse.GetValue(units),
            Members = parse.GetValue(members),
            Seed = parse.GetValue(seed),
            Year = parse.GetValue(year),
            PlantErrors = parse.GetValue(plant),
        }, parse.GetValue(output)!, CliOutput.Resolve()));
        return command;
    }

    public static CliOutcome Run(SyntheticOptions options, DirectoryInfo output, CliOutput console)
    {
        if (options.Units < 1 || options.Members < 0 || options.Units > 100_000 || options.Members > 10_000_000)
            return CliOutcome.Usage("--units phải từ 1 đến 100.000 và --members từ 0 đến 10.000.000.");
        try
        {
            var manifest = WorkbookService.Sample(options, output.FullName);
            console.Out.WriteLine($"Đã ghi {VietnameseFormat.Count(manifest.Files.Count)} tệp ({VietnameseFormat.Count(manifest.Members)} đảng viên) vào {output.FullName}; " +
                                  $"{VietnameseFormat.Count(manifest.PlantedErrors.Count)} lỗi cài sẵn, xem {SampleWorkbooks.ManifestFileName}.");
            return CliOutcome.Clean;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliOutcome.Unreadable($"Không ghi được vào thư mục {output.FullName}: {e.Message}");
        }
    }
}
