using Harness.Core.Scenarios;
using Harness.Runner.Checks;
using Harness.Runner.Http;
using Harness.Runner.Templating;

namespace Harness.Runner.Tests.Support;

/// <summary>Builds the inputs of checks without any network: a step, its operation and a made-up response.</summary>
internal static class Exchanges
{
    public static TemplateEngine Templates(params (string Name, Newtonsoft.Json.Linq.JToken Value)[] vars)
    {
        var scope = new VariableScope("test-key-0123456789", "http://127.0.0.1:1/v1", _ => null);
        foreach (var (name, value) in vars)
        {
            scope.Set(name, value);
        }

        return new TemplateEngine(scope, new ValueGenerator(new Random(1), TimeProvider.System));
    }

    public static ExchangeResponse Response(int status, string body, string? contentType = "application/json", params (string Name, string Value)[] headers)
    {
        var all = headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToList();
        if (contentType is not null)
        {
            all.Add(new("Content-Type", contentType));
        }

        return new ExchangeResponse(status, null, all, body);
    }

    /// <summary>The context of the first step of <paramref name="steps"/>, answered with <paramref name="response"/>.</summary>
    public static CheckContext Context(string steps, ExchangeResponse response, string header = "")
    {
        var scenario = ShopApi.Steps(steps, header);
        return Context(scenario.Steps[0], response);
    }

    public static CheckContext Context(Step step, ExchangeResponse response, TemplateEngine? templates = null)
    {
        var operation = ShopApi.Operation(step.Call.Value);
        var request = new ExchangeRequest(operation.Method, new Uri("http://127.0.0.1:1" + operation.Path.Template), [], null);
        return new CheckContext(step, operation, new Exchange(request, response, null, TimeSpan.FromMilliseconds(3)), templates ?? Templates());
    }
}
