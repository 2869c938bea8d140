using Newtonsoft.Json.Linq;
using Harness.Runner.Http;

namespace Harness.Runner.Comparing;

/// <summary>
/// The differences between two JSON bodies, each named by its JSONPath. Ignored paths (and everything under
/// them) are skipped; two volatile values of the same kind, or two values captured under the same name,
/// count as equal.
/// </summary>
internal sealed class JsonDiff(IgnoreRules rules)
{
    /// <summary>Enough to see what went wrong; a completely different body would flood the report.</summary>
    public const int MaxDifferences = 20;

    public List<StepDifference> Compare(JToken a, JToken b)
    {
        var found = new List<StepDifference>();
        Walk(a, b, null, found);
        return found;
    }

    private void Walk(JToken a, JToken b, string? property, List<StepDifference> found)
    {
        if (found.Count >= MaxDifferences || rules.Ignores(a, b))
        {
            return;
        }

        switch (a, b)
        {
            case (JObject left, JObject right):
                foreach (var name in left.Properties().Select(p => p.Name).Union(right.Properties().Select(p => p.Name)))
                {
                    var (x, y) = (left.Property(name)?.Value, right.Property(name)?.Value);
                    if (x is not null && y is not null)
                    {
                        Walk(x, y, name, found);
                    }
                    else if (!rules.Ignores(x ?? y!, x ?? y!))
                    {
                        found.Add(new StepDifference(DifferenceKind.Body, PathOf(x ?? y!), x is null ? "(absent)" : Json.Show(x), y is null ? "(absent)" : Json.Show(y)));
                    }
                }

                break;
            case (JArray left, JArray right):
                for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
                {
                    Walk(left[i], right[i], property, found);
                }

                if (left.Count != right.Count)
                {
                    found.Add(new StepDifference(DifferenceKind.Body, PathOf(left), $"{left.Count} item(s)", $"{right.Count} item(s)"));
                }

                break;
            default:
                if (!JToken.DeepEquals(a, b) && !Numerically(a, b) && !VolatileValues.SameKind(property, a, b) && !rules.SameCapture(a, b) && !rules.SameText(a, b))
                {
                    found.Add(new StepDifference(DifferenceKind.Body, PathOf(a), Json.Show(a), Json.Show(b)));
                }

                break;
        }
    }

    /// <summary><c>1</c> and <c>1.0</c> are the same JSON number.</summary>
    private static bool Numerically(JToken a, JToken b) =>
        a.Type is JTokenType.Integer or JTokenType.Float && b.Type is JTokenType.Integer or JTokenType.Float
        && a.Value<decimal>() == b.Value<decimal>();

    public static string PathOf(JToken token) => token.Path.Length == 0 ? "$" : token.Path.StartsWith('[') ? "$" + token.Path : "$." + token.Path;
}
