using Harness.Runner.Checks.Matching;
using Harness.Runner.Http;
using Harness.Runner.Results;

namespace Harness.Runner.Checks;

/// <summary><c>expect.body</c>: the response body contains the expected JSON (see <see cref="SubsetMatcher"/>).</summary>
internal sealed class ExpectBody : ICheck
{
    public string Name => nameof(ExpectBody);

    public IEnumerable<CheckFailure> Run(CheckContext context)
    {
        if (context.Expect?.Body is not { } node)
        {
            return [];
        }

        var response = context.Response;
        if (response.Json is not { } actual)
        {
            return [new CheckFailure(Name, response.IsEmpty ? "the body is empty" : "the body is not JSON", node.Location)
            {
                Expected = Json.Show(context.Templates.Evaluate(node)),
                Actual = response.IsEmpty ? "empty body" : Json.Cut(response.Body),
                Detail = response.JsonError,
            }];
        }

        return SubsetMatcher.Match(context.Templates.Evaluate(node), actual)
            .Select(m => new CheckFailure(Name, $"body at {m.Path}: {m.Message}", m.Location ?? node.Location)
            {
                Expected = m.Expected,
                Actual = m.Actual,
            })
            .ToArray();
    }
}
