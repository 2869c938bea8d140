using Harness.Core.Scenarios;
using Harness.Runner.Checks.Matching;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;
using Harness.Runner.Templating;
using Harness.Runner.Results;

namespace Harness.Runner.Checks;

/// <summary><c>expect.json</c>: JSONPath → expected value (subset match) or predicates, each checked on its own.</summary>
internal sealed class ExpectJson : ICheck
{
    public string Name => nameof(ExpectJson);

    public IEnumerable<CheckFailure> Run(CheckContext context)
    {
        if (context.Expect is not { Json.Count: > 0 } expect)
        {
            yield break;
        }

        var response = context.Response;
        if (response.Json is not { } root)
        {
            yield return new CheckFailure(Name, response.IsEmpty ? "the body is empty, so no JSONPath can match" : "the body is not JSON", expect.Json[0].Target.Location)
            {
                Actual = response.IsEmpty ? "empty body" : Json.Cut(response.Body),
                Detail = response.JsonError,
            };
            yield break;
        }

        foreach (var item in expect.Json)
        {
            foreach (var failure in Check(item, root, context.Templates))
            {
                yield return failure;
            }
        }
    }

    private CheckFailure[] Check(PathExpectation item, JToken root, TemplateEngine templates)
    {
        var path = templates.Text(item.Target);
        var actual = JsonQuery.TrySelect(root, path, out var multiple, out var error);
        if (error is not null)
        {
            return [new CheckFailure(Name, error, item.Target.Location)];
        }

        if (item.Expected.IsLiteral)
        {
            var expected = templates.Evaluate(item.Expected.Node);
            if (actual is null)
            {
                return [new CheckFailure(Name, $"{path}: nothing is there", item.Target.Location) { Expected = Json.Show(expected), Actual = "(missing)" }];
            }

            return SubsetMatcher.Match(expected, actual, path)
                .Select(m => new CheckFailure(Name, $"{m.Path}: {m.Message}", m.Location ?? item.Expected.Location) { Expected = m.Expected, Actual = m.Actual })
                .ToArray();
        }

        return Predicates(item.Expected.Predicates, path, actual, multiple, templates);
    }

    private CheckFailure[] Predicates(IReadOnlyList<Predicate> predicates, string path, JToken? actual, bool multiple, TemplateEngine templates)
    {
        var failures = new List<CheckFailure>();
        foreach (var predicate in predicates)
        {
            var operand = templates.Evaluate(predicate.Operand);
            // For a path that can match many values, "exists" means "matched at least one".
            var subject = multiple && predicate.Kind is PredicateKind.Exists or PredicateKind.Absent && actual is JArray { Count: 0 } ? null : actual;
            if (PredicateEvaluator.Evaluate(predicate.Kind, operand, subject) is { } reason)
            {
                var name = PredicateNames.NameOf(predicate.Kind);
                failures.Add(new CheckFailure(Name, $"{path}: {name} {Json.Show(operand, 80)} does not hold: {reason}", predicate.Location)
                {
                    Expected = $"{name}: {Json.Show(operand)}",
                    Actual = subject is null ? "(missing)" : Json.Show(subject),
                });
            }
        }

        return [.. failures];
    }
}
