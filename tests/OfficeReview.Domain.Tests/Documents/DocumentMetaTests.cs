using System.Text;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Documents;

namespace OfficeReview.Domain.Tests.Documents;

public class DocumentMetaTests
{
    private static DocumentMeta Meta(Signer signer, bool allowKt = false) => new()
    {
        Issuer = "Đảng ủy xã Ia Grai", Place = "Ia Grai", Date = new DateOnly(2025, 12, 5), Excerpt = "x", CopyTo = ["Lưu VP"],
        Signer = signer, AllowDeputySecretaryKt = allowKt,
    };

    [Fact]
    public void K_T_Bi_thu_is_refused_for_a_party_committee_unless_the_template_allows_it()
    {
        var kt = new Signer { Authority = SignAuthority.Deputy, Body = "Bí thư", Title = "Phó Bí thư", Name = "A" };
        Assert.Contains(Meta(kt).Validate(DocumentKind.BaoCao), f => f.Code == "SIGN_KT_BI_THU" && f.Severity == Rules.Severity.Error);
        Assert.DoesNotContain(Meta(kt, allowKt: true).Validate(DocumentKind.BaoCao), f => f.Code == "SIGN_KT_BI_THU");
        var ktBan = new Signer { Authority = SignAuthority.Deputy, Body = "Trưởng ban", Title = "Phó Trưởng ban", Name = "B" };
        Assert.DoesNotContain(Meta(ktBan).Validate(DocumentKind.BaoCao), f => f.Severity == Rules.Severity.Error);
        Assert.Equal("T/M BAN THƯỜNG VỤ", new Signer { Body = "Ban Thường vụ" }.AuthorityLine);
        Assert.Equal("K/T TRƯỞNG BAN", ktBan.AuthorityLine);
    }

    [Fact]
    public void Number_is_blank_while_drafting_and_padded_below_ten()
    {
        var meta = Meta(new Signer { Name = "A" });
        Assert.True(meta.IsDraft);
        Assert.Equal("      -KH/ĐU", meta.NumberAndCode(DocumentKind.KeHoach));
        Assert.Equal("05-BC/ĐU", (meta with { Number = 5 }).NumberAndCode(DocumentKind.BaoCao));
        Assert.Equal("15-CV/ĐU", (meta with { Number = 15 }).NumberAndCode(DocumentKind.CongVanDonDoc));
    }

    [Fact]
    public void Citations_and_noi_nhan_follow_the_party_punctuation()
    {
        Assert.Equal("- Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị về việc kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị;",
            Citation.Regulation366.BasisLine());
        Assert.Equal("Hướng dẫn số 43-HD/BTCTW, ngày 31/10/2025 của Ban Tổ chức Trung ương", (Citation.Guidance43 with { About = null }).FullText());
        var meta = Meta(new Signer()) with { CopyTo = ["Ban Tổ chức Tỉnh ủy (b/c)", "- Thường trực Đảng ủy,", "Lưu VP."] };
        Assert.Equal(["- Ban Tổ chức Tỉnh ủy (b/c),", "- Thường trực Đảng ủy,", "- Lưu VP."], meta.CopyToLines());
    }

    [Fact]
    public void Recipients_one_on_the_same_line_several_each_on_its_own_line()
    {
        Assert.Equal("Kính gửi: Các chi bộ trực thuộc", Assert.Single(DocumentContent.RecipientsBlock(["Các chi bộ trực thuộc"]).Paragraphs).PlainText);
        Assert.Equal(["Kính gửi:", "- Chi bộ Thôn 1;", "- Chi bộ Thôn 2."],
            DocumentContent.RecipientsBlock(["Chi bộ Thôn 1", "Chi bộ Thôn 2"]).Paragraphs.Select(p => p.PlainText));
    }

    [Fact]
    public void Meta_json_is_read_with_paths_in_findings()
    {
        var ok = DocumentInputJson.ReadMeta(Encoding.UTF8.GetBytes("""
            {"issuer":"Đảng ủy xã Ia Grai","place":"Ia Grai","date":"05/12/2025","number":7,
             "bases":[{"type":"Quy định","number":"366-QĐ/TW","date":"2025-08-30","issuer":"Bộ Chính trị"}],
             "signer":{"authority":"T/L","body":"Ban Thường vụ","title":"Chánh Văn phòng","name":"B"},
             "margins":{"top":25,"bottom":25,"left":35,"right":15}}
            """));
        Assert.True(ok.IsReadable);
        Assert.Equal(new DateOnly(2025, 12, 5), ok.Value!.Date);
        Assert.Equal(SignAuthority.ByOrder, ok.Value.Signer.Authority);
        Assert.Equal("Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị", ok.Value.Bases[0].FullText());
        Assert.Equal(35m, ok.Value.Margins!.Left);

        var bad = DocumentInputJson.ReadMeta(Encoding.UTF8.GetBytes("""{"issuer":"X","date":"31/02/2025","signer":{"authority":"Q/X"}}"""));
        Assert.False(bad.IsReadable);
        Assert.Contains(bad.Findings, f => f.Path == "meta.place" && f.Message.Contains("Thiếu trường"));
        Assert.Contains(bad.Findings, f => f.Path == "meta.date" && f.Message.Contains("không phải ngày"));
        Assert.Contains(bad.Findings, f => f.Path == "meta.signer.authority");
        Assert.False(DocumentInputJson.ReadMeta("{ nope"u8.ToArray()).IsReadable);
    }
}
