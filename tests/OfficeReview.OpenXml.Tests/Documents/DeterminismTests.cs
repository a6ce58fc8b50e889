using OfficeReview.Domain.Documents;
using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

public class DeterminismTests
{
    [Fact]
    public void Same_inputs_give_the_same_bytes_even_seconds_apart()
    {
        var kind = DocumentKind.BaoCao;
        var first = PartyDocuments.Compose(kind, Samples.Meta(kind, 15), Samples.Fields(kind, 15), removeContentControls: true).Document!;
        Thread.Sleep(2100); // zip timestamps have a 2-second resolution: a clock leaking into the package would show
        var second = PartyDocuments.Compose(kind, Samples.Meta(kind, 15), Samples.Fields(kind, 15), removeContentControls: true).Document!;
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first)), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(second)));
        var other = PartyDocuments.Compose(kind, Samples.Meta(kind, 16), Samples.Fields(kind, 16), removeContentControls: true).Document!;
        Assert.False(first.AsSpan().SequenceEqual(other));
    }
}
