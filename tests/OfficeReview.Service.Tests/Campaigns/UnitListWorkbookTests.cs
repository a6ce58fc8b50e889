using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>A unit list kept as a plain worksheet (.xlsx) imports like the CSV list.</summary>
public class UnitListWorkbookTests
{
    private static byte[] Sheet(params string[][] rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 2) }; // a blank first row, as people leave one
                for (var c = 0; c < rows[r].Length; c++)
                    row.Append(new Cell { CellReference = $"{(char)('A' + c)}{r + 2}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
                data.Append(row);
            }
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Đơn vị" }));
        }
        return ms.ToArray();
    }

    [Fact]
    public async Task A_worksheet_with_code_and_kind_columns_is_imported_as_the_unit_tree()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "ds", year = 2025 })).StatusCode);
        var good = Sheet(
            ["Mã", "Tên đơn vị", "Loại", "Loại hình", "Mã cấp trên"],
            ["T", "Đảng bộ tỉnh Mẫu", "Đảng bộ tỉnh", "", ""],
            ["X1", "Đảng bộ xã An Bình", "dang-bo-cap-tren-co-so", "Xã", "T"],
            ["C1", "Chi bộ thôn 1", "Chi bộ trực thuộc", "", "X1"]);
        var response = await app.Client.PutAsync("/api/campaigns/ds/units", CampaignTestData.File(good, "don-vi.xlsx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var units = (await app.Client.GetFromJsonAsync<JsonElement[]>("/api/campaigns/ds/units"))!;
        Assert.Equal(["T", "X1", "C1"], units.Select(u => u.GetProperty("code").GetString()));
        Assert.Equal("chi-bo-truc-thuoc", units[2].GetProperty("kind").GetString());
        Assert.Equal("xa", units[1].GetProperty("category").GetString());

        var bad = Sheet(["ma", "ten", "loai", "ma_cap_tren"], ["T", "Tỉnh", "dang-bo-tinh", ""], ["Z", "Z", "huyện", "T"]);
        var refused = await app.Client.PutAsync("/api/campaigns/ds/units", CampaignTestData.File(bad, "sai.xlsx"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var finding = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("findings")[0].GetProperty("message").GetString()!;
        Assert.Contains("Dòng 4", finding);
        Assert.Contains("huyện", finding);
        Assert.Equal(3, (await app.Client.GetFromJsonAsync<JsonElement[]>("/api/campaigns/ds/units"))!.Length);
    }
}
