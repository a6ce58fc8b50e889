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

    /// <summary>Issue #14 item 4: names and labels typed with old fonts, or decomposed, come in as Unicode NFC, each said with its cell.</summary>
    [Fact]
    public async Task Tcvn3_vni_and_nfd_names_in_a_unit_list_are_converted_each_with_its_cell_and_an_ambiguous_one_is_kept_and_warned()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "cu", year = 2025 })).StatusCode);
        var nfd = "Chi bộ Thôn Mường".Normalize(System.Text.NormalizationForm.FormD);
        var list = Sheet(
            ["ma", "ten", "loai", "ma_cap_tren"],
            ["HB", "§¶ng bé x· T©n L¹c", "§¶ng bé c¬ së", ""],
            ["HB.1", "Ñaûng boä phöôøng Kyø Sôn", "Chi bộ trực thuộc", "HB"],
            ["HB.2", nfd, "Chi bộ trực thuộc", "HB"],
            ["HB.3", "Tô Thò Hoa", "Chi bộ trực thuộc", "HB"]);
        var preview = await app.Client.PutAsync("/api/campaigns/cu/units?dryRun=true", CampaignTestData.File(list, "don-vi-cu.xlsx"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.GetProperty("valid").GetBoolean(), body.ToString());
        var names = body.GetProperty("tree").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("name").GetString()!);
        Assert.Equal("Đảng bộ xã Tân Lạc", names["HB"]);
        Assert.Equal("Đảng bộ phường Kỳ Sơn", names["HB.1"]);
        Assert.Equal("Chi bộ Thôn Mường", names["HB.2"]);
        Assert.Equal("Tô Thò Hoa", names["HB.3"]); // kept: it reads as Unicode and as VNI, and the file holds both encodings
        var findings = body.GetProperty("findings").EnumerateArray().ToList();
        string? Cell(JsonElement f) => f.GetProperty("cell").ValueKind == JsonValueKind.String ? f.GetProperty("cell").GetString() : null;
        var legacy = findings.Where(f => f.GetProperty("code").GetString() == "UNITS_TEXT_LEGACY_ENCODING").ToList();
        // The TCVN3 name and kind (row 3), the VNI name (row 4): information, at their cells.
        Assert.Equal(["B3", "C3", "B4"], legacy.Select(Cell));
        Assert.All(legacy, f => Assert.Equal("info", f.GetProperty("severity").GetString()));
        Assert.Contains("TCVN3 (ABC)", legacy[0].GetProperty("message").GetString());
        Assert.Contains("VNI", legacy[2].GetProperty("message").GetString());
        Assert.Contains("don-vi-cu.xlsx", legacy[2].GetProperty("message").GetString());
        var composed = Assert.Single(findings, f => f.GetProperty("code").GetString() == "UNITS_TEXT_NFD");
        Assert.Equal(("info", "B5"), (composed.GetProperty("severity").GetString(), Cell(composed)));
        var ambiguous = Assert.Single(findings, f => f.GetProperty("code").GetString() == "UNITS_TEXT_ENCODING_AMBIGUOUS");
        Assert.Equal(("warning", "B6"), (ambiguous.GetProperty("severity").GetString(), Cell(ambiguous)));
        Assert.Contains("Tơ Thị Hoa", ambiguous.GetProperty("message").GetString());

        // The import stores the converted names.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PutAsync("/api/campaigns/cu/units", CampaignTestData.File(list, "don-vi-cu.xlsx"))).StatusCode);
        var stored = JsonDocument.Parse(await app.Client.GetStringAsync("/api/campaigns/cu/units")).RootElement;
        Assert.Contains(stored.EnumerateArray(), u => u.GetProperty("name").GetString() == "Đảng bộ phường Kỳ Sơn");
    }

    [Fact]
    public async Task A_csv_or_json_unit_list_in_an_old_font_is_converted_and_the_row_is_named()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "cv", year = 2025 })).StatusCode);
        var csv = System.Text.Encoding.UTF8.GetBytes("code,name,kind,parent\nHB,Ñaûng boä xaõ Taân Laïc,dang-bo-co-so,\n");
        var body = JsonDocument.Parse(await (await app.Client.PutAsync("/api/campaigns/cv/units?dryRun=true", CampaignTestData.File(csv, "ds.csv"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Đảng bộ xã Tân Lạc", body.GetProperty("tree")[0].GetProperty("name").GetString());
        var note = Assert.Single(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "UNITS_TEXT_LEGACY_ENCODING");
        Assert.Contains("Dòng 2, cột \"name\"", note.GetProperty("message").GetString());

        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { new { code = "HB", name = "§¶ng bé x· T©n L¹c", kind = "dang-bo-co-so" } });
        body = JsonDocument.Parse(await (await app.Client.PutAsync("/api/campaigns/cv/units?dryRun=true", CampaignTestData.File(json, "ds.json"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Đảng bộ xã Tân Lạc", body.GetProperty("tree")[0].GetProperty("name").GetString());
        Assert.Contains("TCVN3", Assert.Single(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "UNITS_TEXT_LEGACY_ENCODING").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Units_taken_from_reports_say_a_converted_name_with_its_cell()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "bc", year = 2025 })).StatusCode);
        var p = CampaignTestData.Province(units: 3, members: 20);
        var root = p.Units[0] with { Unit = p.Units[0].Unit with { Name = "§¶ng bé x· T©n L¹c" } };
        var files = CampaignTestData.Form(p.Units.Select((u, i) => (OfficeReview.OpenXml.Workbooks.UnitWorkbookWriter.Write(i == 0 ? root : u), $"{u.Unit.Code}.xlsx")).ToArray());
        var body = JsonDocument.Parse(await (await app.Client.PutAsync("/api/campaigns/bc/units?dryRun=true", files)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Đảng bộ xã Tân Lạc", body.GetProperty("tree")[0].GetProperty("name").GetString());
        var note = Assert.Single(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "XLSX_TEXT_LEGACY_ENCODING");
        Assert.Equal(($"{p.Units[0].Unit.Code}.xlsx", "info"), (note.GetProperty("file").GetString(), note.GetProperty("severity").GetString()));
        Assert.False(string.IsNullOrEmpty(note.GetProperty("cell").GetString()));
    }
}
