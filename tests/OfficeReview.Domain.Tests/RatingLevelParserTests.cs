using System.Text;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Tests;

public class RatingLevelParserTests
{
    [Theory]
    [InlineData("Hoàn thành xuất sắc nhiệm vụ", RatingLevel.Excellent)]
    [InlineData("HOÀN THÀNH XUẤT SẮC NHIỆM VỤ", RatingLevel.Excellent)]
    [InlineData("hoan thanh xuat sac nhiem vu", RatingLevel.Excellent)]
    [InlineData("  Hoàn  thành tốt   nhiệm vụ ", RatingLevel.Good)]
    [InlineData("Hoàn thành nhiệm vụ", RatingLevel.Complete)]
    [InlineData("Không hoàn thành nhiệm vụ", RatingLevel.NotComplete)]
    [InlineData("KHONG HOAN THANH NHIEM VU", RatingLevel.NotComplete)]
    [InlineData("HTXSNV", RatingLevel.Excellent)]
    [InlineData("httnv", RatingLevel.Good)]
    [InlineData("HTNV", RatingLevel.Complete)]
    [InlineData("KHTNV", RatingLevel.NotComplete)]
    [InlineData("H.T.X.S.N.V", RatingLevel.Excellent)]
    [InlineData("HTXS", RatingLevel.Excellent)]
    [InlineData("HTT", RatingLevel.Good)]
    [InlineData("excellent", RatingLevel.Excellent)]
    [InlineData("notComplete", RatingLevel.NotComplete)]
    public void ReadsNamesAndAbbreviations(string text, RatingLevel expected) =>
        Assert.Equal(expected, RatingLevelParser.TryParse(text));

    [Fact]
    public void ReadsDecomposedText()
    {
        var nfd = "Hoàn thành tốt nhiệm vụ".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Hoàn thành tốt nhiệm vụ", nfd);
        Assert.Equal(RatingLevel.Good, RatingLevelParser.TryParse(nfd));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("Tốt")]
    [InlineData("Xuất sắc")]
    [InlineData("Hoàn thành xuất sắc")]
    [InlineData("Trong sạch, vững mạnh")]
    [InlineData("HTXSNVV")]
    public void RefusesToGuess(string? text) => Assert.Null(RatingLevelParser.TryParse(text));

    [Fact]
    public void NamesAreTheExactVietnameseNames()
    {
        Assert.Equal(["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"],
            RatingLevels.All.Select(l => l.VietnameseName()));
        foreach (var level in RatingLevels.All)
        {
            Assert.True(level.VietnameseName().IsNormalized(NormalizationForm.FormC));
            Assert.Equal(level, RatingLevelParser.TryParse(level.VietnameseName()));
            Assert.Equal(level, RatingLevelParser.TryParse(level.Abbreviation()));
            Assert.Equal(level, RatingLevelParser.TryParse(level.JsonKey()));
        }
    }
}
