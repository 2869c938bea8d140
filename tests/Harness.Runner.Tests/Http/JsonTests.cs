using Harness.Runner.Http;

namespace Harness.Runner.Tests.Http;

internal sealed class JsonTests
{
    [Test]
    public void TryParse_StopsWhenTheDeadlinePasses()
    {
        var document = "[" + string.Join(",", Enumerable.Repeat("1", 10_000)) + "]";
        using var deadline = new CancellationTokenSource();
        deadline.Cancel();

        var parse = () => Json.TryParse(document, deadline.Token, out _, out _);

        parse.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void TryParse_AcceptsADocumentAtTheValueLimit()
    {
        // The array itself is one value.
        var document = "[" + string.Join(",", Enumerable.Repeat("1", Json.MaxValues - 1)) + "]";

        Json.TryParse(document, out var token, out var error).Should().BeTrue(error);
        token!.Count().Should().Be(Json.MaxValues - 1);
    }

    [Test]
    public void TryParse_RefusesOneValueMore()
    {
        var document = "[" + string.Join(",", Enumerable.Repeat("1", Json.MaxValues)) + "]";

        Json.TryParse(document, out var token, out var error).Should().BeFalse();
        token.Should().BeNull();
        error.Should().Contain("more than 500,000 values");
    }
}
