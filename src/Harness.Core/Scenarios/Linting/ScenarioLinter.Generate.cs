using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Templates;
using Harness.Core.Scenarios.Yaml;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Scenarios.Linting;

public static partial class ScenarioLinter
{
    private static void CheckGenerate(MappingEntry generate, LintScope scope, DiagnosticBag diagnostics)
    {
        const string shape = "$generate: { count: 1001, pattern: \"id-{{ i }}\", start: 0 }";
        if (generate.Value is not MappingNode map)
        {
            diagnostics.Error(generate.Value.Location, $"'$generate' takes a mapping, not {generate.Value.KindName}", shape);
            return;
        }

        foreach (var entry in map.Entries.Where(e => !ValueForms.GenerateKeys.Contains(e.Name)))
        {
            diagnostics.Error(entry.Key.Location, $"unknown key '{entry.Name}' in '$generate'",
                DidYouMean.Hint(entry.Name, ValueForms.GenerateKeys) ?? shape);
        }

        foreach (var key in new[] { "count", "start" })
        {
            switch (map[key])
            {
                case null when key == "count":
                    diagnostics.Error(map.Location, "'$generate' needs 'count'", shape);
                    break;
                case null:
                    break;
                case ScalarNode { Literal: { Type: JTokenType.Integer } n } when (long)n >= 0:
                    break;
                case ScalarNode text when Template.Parse(text.Text).IsSinglePlaceholder:
                    Walk(text, scope, diagnostics);
                    break;
                case { } bad:
                    diagnostics.Error(bad.Location, $"'{key}' of '$generate' must be a non-negative integer");
                    break;
            }
        }

        if (map["pattern"] is not ScalarNode { IsNull: false } pattern)
        {
            diagnostics.Error(map["pattern"]?.Location ?? map.Location, "'$generate' needs a 'pattern' string", shape);
            return;
        }

        Walk(pattern, scope.With(TemplateBuiltins.GenerateIndex), diagnostics);
    }
}
