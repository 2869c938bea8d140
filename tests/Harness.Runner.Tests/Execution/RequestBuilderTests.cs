using Harness.Runner.Execution;
using Harness.Runner.Tests.Support;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;
using Harness.Runner.Templating;

namespace Harness.Runner.Tests.Execution;

internal sealed class RequestBuilderTests
{
    private static readonly RequestContext Context = new(new Uri("http://127.0.0.1:5000"), "tenant-key-123456");

    private static ExchangeRequest Build(string steps, string header = "", params (string, JToken)[] vars)
    {
        var step = ShopApi.Steps(steps, header).Steps[0];
        return RequestBuilder.Build(step, ShopApi.Operation(step.Call.Value), Context, Exchanges.Templates(vars));
    }

    [Test]
    public void PathParameters_AreExpandedAndEscaped_UnderTheBasePath()
    {
        var request = Build("  - call: getItem\n    path: { id: \"a b/c@d\" }\n");

        request.Method.Should().Be("GET");
        request.Url.AbsoluteUri.Should().Be("http://127.0.0.1:5000/v1/items/a%20b%2Fc%40d");
    }

    [Test]
    public void Query_IsEncoded_AndListsRepeatTheParameter()
    {
        var request = Build("  - call: listItems\n    query: { max: 10, tag: [a&b, c], offset: \"{{ o }}\" }\n", "vars: { o: 0 }\n", ("o", 0));

        request.Url.Query.Should().Be("?max=10&tag=a%26b&tag=c&offset=0");
    }

    [Test]
    public void QueryFromAnArrayVariable_RepeatsTheParameter() =>
        Build("  - call: listItems\n    query: { tag: \"{{ tags }}\" }\n", "vars: { tags: [x, y] }\n", ("tags", new JArray("x", "y")))
            .Url.Query.Should().Be("?tag=x&tag=y");

    [Test]
    public void Body_IsCompactJson_WithTheJsonContentType()
    {
        var request = Build("  - call: createItem\n    body: { id: a, name: \"Chair {{ n }}\", price: 1.5 }\n", "vars: { n: 2 }\n", ("n", 2));

        request.Body.Should().Be("""{"id":"a","name":"Chair 2","price":1.5}""");
        request.Header("Content-Type").Should().Be("application/json");
    }

    [Test]
    public void RawBody_IsSentVerbatim_WithItsContentType()
    {
        var request = Build("  - call: createItem\n    rawBody: \"{'id': 1,}\"\n    contentType: text/plain\n");

        request.Body.Should().Be("{'id': 1,}");
        request.Header("Content-Type").Should().Be("text/plain");
    }

    [Test]
    public void ApiKey_GoesInTheSpecsHeader_UnlessTheStepOverridesIt()
    {
        Build("  - call: listItems\n").Header("X-Shop-Key").Should().Be("tenant-key-123456");
        Build("  - call: listItems\n    apiKey: other\n").Header("X-Shop-Key").Should().Be("other");
        Build("  - call: listItems\n    apiKey: \"\"\n").Header("X-Shop-Key").Should().Be("");
        Build("  - call: listItems\n    apiKey: none\n").Headers.Should().NotContain(h => h.Key == "X-Shop-Key");
        Build("  - call: listItems\n    apiKey: null\n").Headers.Should().NotContain(h => h.Key == "X-Shop-Key");
    }

    [Test]
    public void StepHeaders_AreAdded_AndReplaceTheKeyHeaderWhenNamed()
    {
        var request = Build("  - call: listItems\n    headers: { X-Trace: \"t-{{ n }}\", x-shop-key: mine }\n", "vars: { n: 1 }\n", ("n", 1));

        request.Header("X-Trace").Should().Be("t-1");
        request.Headers.Where(h => h.Key.Equals("X-Shop-Key", StringComparison.OrdinalIgnoreCase)).Should().ContainSingle()
            .Which.Value.Should().Be("mine");
    }

    [Test]
    public void Url_ReplacesTheOperationsPath_AndQueryIsAppended()
    {
        var request = Build("  - call: listItems\n    url: \"{{ next }}\"\n    query: { tag: x }\n", "vars: { next: a }\n", ("next", "http://other:81/v1/items?offset=2&max=2"));

        request.Url.AbsoluteUri.Should().Be("http://other:81/v1/items?offset=2&max=2&tag=x");
    }

    [Test]
    public void HeaderWithALineBreak_IsAnErrorAtTheHeader_NeverSent() =>
        FluentActions.Invoking(() => Build("  - call: listItems\n    headers: { X-Note: \"two\\nlines\" }\n")).Should().Throw<TemplateException>()
            .Which.Message.Should().Be("header 'X-Note' contains a line break, which HTTP headers cannot carry");

    [Test]
    public void RelativeUrl_IsATemplateErrorAtTheUrl() =>
        FluentActions.Invoking(() => Build("  - call: listItems\n    url: /v1/items\n")).Should().Throw<TemplateException>()
            .Which.Message.Should().Be("'url' must be an absolute http(s) URL, got '/v1/items'");
}
