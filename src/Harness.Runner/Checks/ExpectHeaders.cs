using System.Globalization;
using Harness.Core.Scenarios;
using Harness.Runner.Checks.Matching;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;
using Harness.Runner.Templating;
using Harness.Runner.Results;

namespace Harness.Runner.Checks;

/// <summary><c>expect.headers</c>: header name (any case) → exact text or predicates.</summary>
internal sealed class ExpectHeaders : ICheck
{
    public string Name => nameof(ExpectHeaders);

    public IEnumerable<CheckFailure> Run(CheckContext context)
    {
        foreach (var item in context.Expect?.Headers ?? [])
        {
            var name = item.Target.Text;
            var value = context.Response.Header(name);
            if (item.Expected.IsLiteral)
            {
                var expected = TemplateEngine.TextOf(context.Templates.Evaluate(item.Expected.Node));
                if (!string.Equals(expected, value, StringComparison.Ordinal))
                {
                    yield return new CheckFailure(Name, value is null ? $"header {name} is missing" : $"header {name} differs", item.Expected.Location)
                    {
                        Expected = expected,
                        Actual = value ?? "(missing)",
                    };
                }

                continue;
            }

            foreach (var predicate in item.Expected.Predicates)
            {
                var operand = context.Templates.Evaluate(predicate.Operand);
                var actual = Typed(value, predicate.Kind);
                if (PredicateEvaluator.Evaluate(predicate.Kind, operand, actual) is { } reason)
                {
                    var predicateName = PredicateNames.NameOf(predicate.Kind);
                    yield return new CheckFailure(Name, $"header {name}: {predicateName} {Json.Show(operand, 80)} does not hold: {reason}", predicate.Location)
                    {
                        Expected = $"{predicateName}: {Json.Show(operand)}",
                        Actual = value ?? "(missing)",
                    };
                }
            }
        }
    }

    /// <summary>Header values are text; numeric predicates see them as numbers when they read as one.</summary>
    private static JValue? Typed(string? value, PredicateKind kind)
    {
        if (value is null)
        {
            return null;
        }

        if (kind is PredicateKind.Gt or PredicateKind.Gte or PredicateKind.Lt or PredicateKind.Lte
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new JValue(number);
        }

        return new JValue(value);
    }
}
