using System.Text.Json;
using ClosedXML.Excel;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Profiles;

/// <summary>How last year's workbook was typed: Unicode, or with the .VnTime (TCVN3/ABC) or VNI-Times fonts.</summary>
public enum OldFont { Unicode, Tcvn3, Vni }

/// <summary>One unit's figures in last year's own layout (no defined names).</summary>
public sealed record OldUnit(string? Code, string Name, long Members, long Excellent, long Good, long Complete, long NotComplete, long Cells, long CellsExcellent)
{
    public long Rated => Excellent + Good + Complete + NotComplete;
}

/// <summary>
/// Last year's workbooks as a province kept them before the product: one sheet, a title, the unit's name (and maybe its
/// code) next to their labels, a table whose header row names the columns, rows labelled "Đảng viên" and "Chi bộ trực
/// thuộc", a note row between. Labels and names are typed in the chosen font's encoding, as such files hold them.
/// </summary>
public static class LastYearWorkbooks
{
    /// <summary>The texts of the layout in Unicode and as each old font stores them.</summary>
    private static readonly Dictionary<string, (string Tcvn3, string Vni)> s_texts = new()
    {
        ["Tên đơn vị:"] = ("Tªn ®¬n vÞ:", "Teân ñôn vò:"),
        ["Mã đơn vị:"] = ("M· ®¬n vÞ:", "Maõ ñôn vò:"),
        ["Nội dung"] = ("Néi dung", "Noäi dung"),
        ["Tổng số"] = ("Tæng sè", "Toång soá"),
        ["Không xếp loại"] = ("Kh«ng xÕp lo¹i", "Khoâng xeáp loaïi"),
        ["Được xếp loại"] = ("§­îc xÕp lo¹i", "Ñöôïc xeáp loaïi"),
        ["Đảng viên"] = ("§¶ng viªn", "Ñaûng vieân"),
        ["Chi bộ trực thuộc"] = ("Chi bé trùc thuéc", "Chi boä tröïc thuoäc"),
        ["Đảng bộ xã Tân Lạc"] = ("§¶ng bé x· T©n L¹c", "Ñaûng boä xaõ Taân Laïc"),
        ["Đảng bộ phường Kỳ Sơn"] = ("§¶ng bé ph­êng Kú S¬n", "Ñaûng boä phöôøng Kyø Sôn"),
        ["Đảng bộ xã Mường Chiềng"] = ("§¶ng bé x· M­êng ChiÒng", "Ñaûng boä xaõ Möôøng Chieàng"),
        ["Ghi chú: không tính đảng viên mới kết nạp"] = ("Ghi chó: kh«ng tÝnh ®¶ng viªn míi kÕt n¹p", "Ghi chuù: khoâng tính ñaûng vieân môùi keát naïp"),
    };

    public static string In(OldFont font, string unicode) => font switch
    {
        OldFont.Unicode => unicode,
        OldFont.Tcvn3 => s_texts[unicode].Tcvn3,
        _ => s_texts[unicode].Vni,
    };

    public static byte[] Build(OldUnit f, OldFont font)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("BC2024");
        ws.Cell("A1").Value = "ĐẢNG BỘ TỈNH HÒA BÌNH";
        ws.Range("A1:H1").Merge().Style.Font.Bold = true;
        ws.Cell("A5").Value = In(font, "Tên đơn vị:");
        ws.Cell("B5").Value = s_texts.ContainsKey(f.Name) ? In(font, f.Name) : f.Name;
        if (f.Code is not null) { ws.Cell("A6").Value = In(font, "Mã đơn vị:"); ws.Cell("B6").Value = f.Code; }
        string[] headers = [In(font, "Nội dung"), In(font, "Tổng số"), In(font, "Không xếp loại"), In(font, "Được xếp loại"), "HTXSNV", "HTTNV", "HTNV", "KHTNV"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(8, i + 1).Value = headers[i];
        ws.Range("A8:H8").Style.Fill.BackgroundColor = XLColor.LightBlue;
        ws.Cell("A9").Value = In(font, "Đảng viên");
        object[] members = [f.Members, f.Members - f.Rated, f.Rated, f.Excellent, f.Good, f.Complete, f.NotComplete];
        for (var i = 0; i < members.Length; i++) ws.Cell(9, i + 2).Value = members[i];
        ws.Cell("A10").Value = In(font, "Ghi chú: không tính đảng viên mới kết nạp");
        ws.Cell("A11").Value = In(font, "Chi bộ trực thuộc");
        object[] cells = [f.Cells, 0, f.Cells, f.CellsExcellent, f.Cells - f.CellsExcellent, 0, 0];
        for (var i = 0; i < cells.Length; i++) ws.Cell(11, i + 2).Value = cells[i];
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>The profile of that layout (labels in Unicode; no year and no kind: the campaign and the unit list say them).</summary>
    public static object Profile(string name = "Báo cáo năm 2024 của tỉnh (chưa gắn tên)", string? id = null, bool withUnfindable = false)
    {
        var entries = new List<object>
        {
            new { figure = "OR_Unit_Code", rowLabel = "Mã đơn vị:" },
            new { figure = "OR_Unit_Name", rowLabel = "Tên đơn vị:" },
        };
        (string Suffix, string Header)[] columns =
            [("Total", "Tổng số"), ("NotRated", "Không xếp loại"), ("Rated", "Được xếp loại"), ("Excellent", "HTXSNV"), ("Good", "HTTNV"), ("Complete", "HTNV"), ("NotComplete", "KHTNV")];
        foreach (var (suffix, header) in columns)
        {
            entries.Add(new { figure = "OR_Mem_" + suffix, rowLabel = "Đảng viên", columnLabel = header });
            entries.Add(new { figure = "OR_Org_Cells_" + suffix, rowLabel = "Chi bộ trực thuộc", columnLabel = header });
        }
        if (withUnfindable) entries.Add(new { figure = "OR_Ldr_Total", sheet = "Biểu cũ", cell = "C9" });
        return id is null ? new { name, entries } : new { id, name, entries };
    }

    private const string Octet = "application/octet-stream";

    /// <summary>The profile (JSON) and its sample files, as the profile routes take them.</summary>
    public static MultipartFormDataContent Request(object profile, params (byte[] Content, string Name)[] files) =>
        CampaignTestData.Parts([(JsonSerializer.SerializeToUtf8Bytes(profile), "ho-so.json", "application/json"), .. files.Select(f => (f.Content, f.Name, Octet))]);

    public static MultipartFormDataContent Files(params (byte[] Content, string Name)[] files) =>
        CampaignTestData.Parts(files.Select(f => (f.Content, f.Name, Octet)));
}
