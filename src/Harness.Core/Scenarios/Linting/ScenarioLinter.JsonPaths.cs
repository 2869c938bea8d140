using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Templates;
using Harness.Core.Scenarios.Yaml;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Scenarios.Linting;

public static partial class ScenarioLinter
{
    private static readonly JObject Empty = [];

    /// <summary>JSONPaths are read by Newtonsoft's own parser, so lint and run agree on what is valid.</summary>
    private static void CheckJsonPath(ScalarNode path, LintScope scope, DiagnosticBag diagnostics)
    {
        if (Template.Parse(path.Text).HasPlaceholders)
        {
            // Only the filled-in path can be parsed; its placeholders are checked like any template.
            CheckTemplate(path, scope, diagnostics);
            return;
        }

        if (JsonPathError(path.Text) is { } error)
        {
            diagnostics.Error(path.Location, $"invalid JSONPath '{path.Text}': {error}", "JSONPaths look like $.user.devices[0].token");
        }
    }

    /// <summary>Newtonsoft's complaint about a JSONPath, or null when it parses.</summary>
    public static string? JsonPathError(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "the path is empty";
        }

        try
        {
            _ = Empty.SelectTokens(path).ToArray();
            return null;
        }
        catch (JsonException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            // Newtonsoft's parser trips over some truncated filters instead of reporting them.
            return "the path ends in the middle of an expression";
        }
    }
}
