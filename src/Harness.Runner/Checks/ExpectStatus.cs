using Harness.Core.Scenarios.Yaml;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;
using Harness.Runner.Templating;
using Harness.Runner.Results;

namespace Harness.Runner.Checks;

/// <summary><c>expect.status</c>: one code, a list of codes, or (when absent) any 2xx.</summary>
internal sealed class ExpectStatus : ICheck
{
    public string Name => nameof(ExpectStatus);

    public IEnumerable<CheckFailure> Run(CheckContext context)
    {
        var status = context.Response.Status;
        var node = context.Expect?.Status;
        var allowed = node is null ? null : Codes(node, context.Templates);
        var ok = allowed?.Contains(status) ?? status is >= 200 and < 300;
        if (ok)
        {
            yield break;
        }

        var expected = allowed is null ? "2xx" : allowed.Count == 1 ? $"{allowed[0]}" : "one of " + string.Join(", ", allowed);
        yield return new CheckFailure(Name, $"status {status}, expected {expected}", node?.Location ?? context.Step.Location)
        {
            Expected = expected,
            Actual = $"{status} {Json.Cut(context.Response.Body, 300)}".TrimEnd(),
        };
    }

    private static List<int> Codes(ScenarioNode node, TemplateEngine templates)
    {
        var value = templates.Evaluate(node);
        var items = value is JArray array ? array.ToArray() : [value];
        var codes = new List<int>();
        foreach (var item in items)
        {
            if (item.Type == JTokenType.Integer || (item.Type == JTokenType.String && int.TryParse((string)item!, out _)))
            {
                codes.Add(item.Type == JTokenType.Integer ? (int)item : int.Parse((string)item!, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                throw new TemplateException(TemplateEngine.LocationOf(item) ?? node.Location, $"'status' must be an HTTP status, got {Json.Show(item)}");
            }
        }

        return codes;
    }
}
