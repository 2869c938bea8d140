using Harness.Core.OpenApi;
using Harness.Runner.Execution;
using Harness.Runner.Http;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Recording;

/// <summary>One API's calls of a session as a scenario file, and what could not be carried over.</summary>
internal sealed record WrittenScenario(string Api, string Yaml, int Steps, IReadOnlyList<string> Notes);

/// <summary>
/// Turns recorded calls into scenarios, one per API: a step per call with the operationId, the request as
/// sent (without the key: keys come from the environment at run time), the real status and the stable part
/// of the real body as expectations, and captures for values the service generated and later calls reuse.
/// </summary>
internal sealed partial class ScenarioWriter(ApiCatalog catalog)
{
    public IReadOnlyList<WrittenScenario> Write(IReadOnlyList<RecordedExchange> exchanges, string title, string description)
    {
        var detector = new DriftDetector(catalog);
        var skipped = new List<string>();
        var drafts = new List<DraftStep>();
        foreach (var (exchange, index) in exchanges.Select((e, i) => (e, i + 1)))
        {
            if (detector.Match(exchange) is not { } operation)
            {
                skipped.Add($"call {index} ({exchange.Method} {exchange.Path}) matches no operation and was left out");
                continue;
            }

            drafts.Add(Draft(exchange, operation, index, skipped));
        }

        return drafts.GroupBy(d => d.Operation.Api.Name, StringComparer.Ordinal)
            .Select(api =>
            {
                var steps = api.ToList();
                var generated = Capture(steps);
                var sent = new HashSet<string>(StringComparer.Ordinal);
                foreach (var step in steps)
                {
                    sent.UnionWith(step.RequestValues().Select(Key).OfType<string>());
                    step.ExpectBody = Stable(step, generated, sent);
                }

                var notes = skipped.Concat(steps.SelectMany(s => NotesOf(s))).ToArray();
                return new WrittenScenario(api.Key, Yaml(steps, api.Key, title, description, notes), steps.Count, notes);
            })
            .ToArray();
    }

    private static DraftStep Draft(RecordedExchange exchange, ApiOperation operation, int index, List<string> notes)
    {
        var step = new DraftStep(exchange, operation, index);
        operation.Path.TryMatch(exchange.Path, out var pathValues);
        foreach (var (name, value) in pathValues)
        {
            step.Path[name] = value;
        }


        var declared = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var group in exchange.QueryPairs().GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!declared.Contains(group.Key))
            {
                notes.Add($"call {index} ({operation.OperationId}): query parameter '{group.Key}' is not documented and was left out");
                continue;
            }

            var values = group.Select(p => p.Value).ToArray();
            step.Query[group.Key] = values.Length == 1 ? new JValue(values[0]) : new JArray(values);
        }

        foreach (var header in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
        {
            if (!string.Equals(header.Name, operation.SecurityHeader, StringComparison.OrdinalIgnoreCase) && exchange.RequestHeader(header.Name) is { } value)
            {
                step.Headers[header.Name] = value;
            }
        }

        if (operation.SecurityHeader is { } keyHeader && !exchange.KeyNotKept && !exchange.HasRequestHeader(keyHeader))
        {
            step.ApiKey = "none";
        }
        else if (operation.SecurityHeader is { } named && exchange.RequestHeader(named) is { Length: 0 })
        {
            step.ApiKey = "";
        }

        if (exchange.RequestBody is { Length: > 0 } body)
        {
            var type = exchange.RequestHeader("Content-Type");
            var isJson = HttpSender.MediaType(type) is null or RequestBuilder.JsonContentType;
            if (isJson && Json.TryParse(body, out var json, out _))
            {
                step.Body = json;
            }
            else
            {
                step.RawBody = body;
            }

            if (step.RawBody is not null)
            {
                step.ContentType = type;
            }
        }

        if (!exchange.ResponseBodyCut && exchange.ResponseBody.Length > 0 && Json.TryParse(exchange.ResponseBody, out var answer, out _))
        {
            step.Response = answer;
        }

        return step;
    }

    private static IEnumerable<string> NotesOf(DraftStep step)
    {
        if (step.Exchange.RequestBodyCut)
        {
            yield return $"call {step.Call} ({step.Operation.OperationId}): the source kept only the start of the request body; the step sends that part";
        }

        if (step.Exchange.ResponseBodyCut)
        {
            yield return $"call {step.Call} ({step.Operation.OperationId}): the source kept only the start of the response body; only the status is expected";
        }
    }
}
