using OfficeReview.Domain.Formatting;

namespace OfficeReview.Domain.Tests;

public class VietnameseFormatTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(8, "8")]
    [InlineData(999, "999")]
    [InlineData(4336, "4.336")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(-1200, "-1.200")]
    public void Counts(long value, string expected) => Assert.Equal(expected, VietnameseFormat.Count(value));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "01")]
    [InlineData(8, "08")]
    [InlineData(10, "10")]
    [InlineData(4336, "4.336")]
    public void PaddedCounts(long value, string expected) => Assert.Equal(expected, VietnameseFormat.PaddedCount(value));

    [Theory]
    [InlineData("99.2", 1, "99,2%")]
    [InlineData("19", 1, "19,0%")]
    [InlineData("100", 2, "100,00%")]
    [InlineData("16.185", 2, "16,19%")]
    [InlineData("22.034", 1, "22,0%")]
    [InlineData("1234.5", 1, "1.234,5%")]
    public void Percents(string value, int decimals, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void RatiosRoundHalfAwayFromZero()
    {
        Assert.Equal(29.4m, VietnameseFormat.Ratio(5, 17, 1));
        Assert.Equal(22.0m, VietnameseFormat.Ratio(26, 118, 1));
        Assert.Equal(12.5m, VietnameseFormat.Ratio(1, 8, 1));
        Assert.Equal(0.13m, VietnameseFormat.Ratio(1, 800, 2)); // 0.125 → 0.13
        Assert.Null(VietnameseFormat.Ratio(1, 0, 1));
    }

    [Theory]
    [InlineData(2025, 12, 5, "ngày 05 tháng 12 năm 2025")]
    [InlineData(2018, 2, 20, "ngày 20 tháng 02 năm 2018")]
    [InlineData(2018, 4, 3, "ngày 03 tháng 4 năm 2018")]
    [InlineData(2026, 1, 9, "ngày 09 tháng 01 năm 2026")]
    [InlineData(2025, 10, 31, "ngày 31 tháng 10 năm 2025")]
    public void LongDates(int y, int m, int d, string expected) =>
        Assert.Equal(expected, VietnameseFormat.LongDate(new DateOnly(y, m, d)));

    [Theory]
    [InlineData(2025, 12, 5, "05/12/2025")]
    [InlineData(2025, 8, 30, "30/8/2025")]
    [InlineData(2025, 2, 27, "27/02/2025")]
    [InlineData(2023, 10, 4, "04/10/2023")]
    public void ShortDates(int y, int m, int d, string expected) =>
        Assert.Equal(expected, VietnameseFormat.ShortDate(new DateOnly(y, m, d)));

    [Fact]
    public void PlaceAndDate() =>
        Assert.Equal("Gia Lai, ngày 05 tháng 12 năm 2025", VietnameseFormat.PlaceAndDate("Gia Lai", new DateOnly(2025, 12, 5)));

    [Theory]
    [InlineData("4.336", "4336")]
    [InlineData("1.234.567", "1234567")]
    [InlineData(" 12 ", "12")]
    [InlineData("1 234", "1234")]
    [InlineData("19,0", "19.0")]
    [InlineData("19.0", "19.0")]
    [InlineData("1,5", "1.5")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("08", "8")]
    [InlineData("-3", "-3")]
    [InlineData("0,25", "0.25")]
    public void ParsesWhatUsersType(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseFormat.ParseNumber(text));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    [InlineData("12.34.5")]
    [InlineData("1.23,4")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("-")]
    [InlineData("12a")]
    public void RejectsWhatIsNotANumber(string text) => Assert.Null(VietnameseFormat.ParseNumber(text));

    [Theory]
    [InlineData("19,0%", "19.0")]
    [InlineData("19.0 %", "19.0")]
    [InlineData("99,2 %", "99.2")]
    [InlineData("100%", "100")]
    public void ParsesPercents(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseFormat.ParsePercent(text));

    [Fact]
    public void CountsRoundTrip()
    {
        foreach (var v in new long[] { 0, 1, 9, 10, 99, 100, 999, 1000, 4336, 65_536, 999_999, 1_000_000, 123_456_789 })
        {
            Assert.Equal(v, VietnameseFormat.ParseNumber(VietnameseFormat.Count(v)));
            Assert.Equal(v, VietnameseFormat.ParseNumber(VietnameseFormat.PaddedCount(v)));
        }
    }

    [Fact]
    public void PercentsRoundTrip()
    {
        for (var i = 0; i <= 10_000; i += 37)
        {
            var value = i / 100m;
            Assert.Equal(value, VietnameseFormat.ParsePercent(VietnameseFormat.Percent(value, 2)));
            var one = Math.Round(value, 1, MidpointRounding.AwayFromZero);
            Assert.Equal(one, VietnameseFormat.ParsePercent(VietnameseFormat.Percent(value, 1)));
        }
    }

    [Fact]
    public void DatesRoundTripThroughTheirParts()
    {
        for (var d = new DateOnly(2025, 1, 1); d.Year == 2025; d = d.AddDays(3))
        {
            var parts = VietnameseFormat.ShortDate(d).Split('/').Select(int.Parse).ToArray();
            Assert.Equal(d, new DateOnly(parts[2], parts[1], parts[0]));
            var words = VietnameseFormat.LongDate(d).Split(' ');
            Assert.Equal(d, new DateOnly(int.Parse(words[5]), int.Parse(words[3]), int.Parse(words[1])));
        }
    }
}
