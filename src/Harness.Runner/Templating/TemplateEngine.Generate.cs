using Harness.Core.Scenarios.Templates;
using Harness.Core.Scenarios.Yaml;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Templating;

internal sealed partial class TemplateEngine
{
    /// <summary>Hard ceiling so a typo in a count cannot exhaust memory.</summary>
    private const int MaxGenerated = 100_000;

    /// <summary><c>$generate: { count, pattern, start }</c> → <c>["id-0", "id-1", …]</c>.</summary>
    private JArray Generate(MappingEntry generate)
    {
        if (generate.Value is not MappingNode map || map["pattern"] is not ScalarNode pattern)
        {
            throw new TemplateException(generate.Value.Location, "'$generate' needs 'count' and 'pattern'");
        }

        var count = Integer(map["count"], "count", generate);
        var start = map["start"] is null ? 0 : Integer(map["start"], "start", generate);
        if (count is < 0 or > MaxGenerated)
        {
            throw new TemplateException(map["count"]!.Location, $"'$generate' count {count} is not between 0 and {MaxGenerated}");
        }

        var items = new JArray();
        for (var i = start; i < start + count; i++)
        {
            var inner = new TemplateEngine(scope.With(TemplateBuiltins.GenerateIndex, i), generator);
            items.Add(new JValue(inner.Text(pattern)));
        }

        return items;
    }

    private long Integer(ScenarioNode? node, string key, MappingEntry generate)
    {
        var value = node is ScalarNode scalar ? Value(scalar) : null;
        return value is { Type: JTokenType.Integer }
            ? (long)value
            : throw new TemplateException(node?.Location ?? generate.Value.Location, $"'{key}' of '$generate' must be an integer");
    }
}
