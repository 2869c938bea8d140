using Harness.Runner.Checks;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Checks;

internal sealed class ContentTypeTests
{
    private const string GetItem = "  - call: getItem\n    path: { id: a }\n";

    [TestCase("application/json")]
    [TestCase("application/json; charset=utf-8")]
    [TestCase("Application/JSON")]
    public void DocumentedMediaType_Passes(string contentType) =>
        new ContentType().Run(Exchanges.Context(GetItem, Exchanges.Response(200, "{}", contentType))).Should().BeEmpty();

    [Test]
    public void OtherMediaType_Fails()
    {
        var failure = new ContentType().Run(Exchanges.Context(GetItem, Exchanges.Response(200, "{}", "text/plain"))).Should().ContainSingle().Subject;

        failure.Expected.Should().Be("application/json");
        failure.Actual.Should().Be("text/plain");
    }

    [Test]
    public void MissingHeader_Fails() =>
        new ContentType().Run(Exchanges.Context(GetItem, Exchanges.Response(200, "{}", null)))
            .Should().ContainSingle().Which.Actual.Should().Be("no Content-Type header");

    [Test]
    public void EmptyBody_HasNoMediaTypeToCheck() =>
        new ContentType().Run(Exchanges.Context(GetItem, Exchanges.Response(200, "", null))).Should().BeEmpty();
}
