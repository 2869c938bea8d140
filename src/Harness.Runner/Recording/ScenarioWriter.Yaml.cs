using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Recording;

internal sealed partial class ScenarioWriter
{
    /// <summary>
    /// The scenario as YAML. Every value is written as JSON (a flow node YAML reads as is), so no string
    /// needs YAML's quoting rules and every type survives: <c>"1"</c> stays a string, <c>1</c> a number.
    /// </summary>
    private static string Yaml(IReadOnlyList<DraftStep> steps, string api, string title, string description, IReadOnlyList<string> notes)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Written by harness from a recorded session. Keys are not in this file: a run takes them from\n")
            .Append("# --api-key or HARNESS_API_KEY_").Append(api.ToUpperInvariant()).Append(" (a harness mock gives each run a fresh tenant).\n");
        foreach (var note in notes)
        {
            yaml.Append("# note: ").Append(note.Replace('\n', ' ')).Append('\n');
        }

        yaml.Append("scenario: ").Append(J($"{title} ({api})")).Append('\n')
            .Append("description: ").Append(J(description)).Append('\n')
            .Append("api: ").Append(api).Append('\n')
            .Append("tags: [recorded]\n")
            .Append("steps:\n");
        foreach (var step in steps)
        {
            Step(yaml, step);
        }

        return yaml.ToString();
    }

    private static void Step(StringBuilder yaml, DraftStep step)
    {
        var exchange = step.Exchange;
        yaml.Append("  - name: ").Append(J($"call {step.Call}: {exchange.Method} {exchange.Path}")).Append('\n')
            .Append("    call: ").Append(step.Operation.OperationId).Append('\n');
        Map(yaml, "    path", step.Path);
        Map(yaml, "    query", step.Query);
        Map(yaml, "    headers", step.Headers);
        if (step.Body is { } body)
        {
            yaml.Append("    body: ").Append(J(body)).Append('\n');
        }
        else if (step.RawBody is { } raw)
        {
            yaml.Append("    rawBody: ").Append(J(raw)).Append('\n');
        }

        if (step.ContentType is { } type)
        {
            yaml.Append("    contentType: ").Append(J(type)).Append('\n');
        }

        if (step.ApiKey is { } key)
        {
            yaml.Append("    apiKey: ").Append(key == "none" ? "null" : J(key)).Append('\n');
        }

        yaml.Append("    expect:\n      status: ").Append(exchange.Status.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (step.ExpectBody is { } expected)
        {
            yaml.Append("      body: ").Append(J(expected)).Append('\n');
        }
        else if (exchange.ResponseBody.Length == 0)
        {
            yaml.Append("      emptyBody: true\n");
        }

        if (step.Captures.Count > 0)
        {
            yaml.Append("    capture:\n");
            foreach (var (name, path) in step.Captures)
            {
                yaml.Append("      ").Append(name).Append(": ").Append(J(path)).Append('\n');
            }
        }
    }

    private static void Map(StringBuilder yaml, string key, JObject values)
    {
        if (values.Count > 0)
        {
            yaml.Append(key).Append(": ").Append(J(values)).Append('\n');
        }
    }

    private static string J(string text) => JsonConvert.ToString(text);

    private static string J(JToken token) => token.ToString(Formatting.None);
}
