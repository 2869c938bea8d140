using Harness.Runner.Events;
using Harness.Runner.Results;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;

namespace Harness.Runner.Reporting;

/// <summary>The whole run as JSON, for tools: every case, step, exchange, failure and the coverage.</summary>
internal sealed class JsonReporter(string path) : IRunListener
{
    public void Handle(RunEvent runEvent)
    {
        if (runEvent is RunFinished finished)
        {
            ReportFile.Write(path, Render(finished.Result));
        }
    }

    public static string Render(RunResult result)
    {
        var masker = FailureDiagnostics.MaskerFor(result.Scenarios);
        var report = new JObject
        {
            ["summary"] = new JObject
            {
                ["passed"] = result.Passed,
                ["failed"] = result.Failed,
                ["skipped"] = result.Skipped,
                ["durationMs"] = Ms(result.Duration),
                ["exitCode"] = result.ExitCode,
            },
            ["scenarios"] = new JArray(result.Scenarios.Select(s => Scenario(s, masker))),
            ["coverage"] = JArray.FromObject(result.Coverage.Apis.Select(api => new
            {
                api = api.Api,
                operationsExercised = api.OperationsExercised,
                operations = api.Operations.Count,
                statusesExercised = api.StatusesExercised,
                statusesDocumented = api.StatusesDocumented,
                detail = api.Operations.Select(o => new
                {
                    operationId = o.OperationId,
                    method = o.Method,
                    path = o.Path,
                    calls = o.Calls,
                    documented = o.Documented,
                    exercised = o.SeenDocumented,
                    notExercised = o.NotSeen,
                    undocumented = o.SeenUndocumented,
                }),
            })),
        };
        return report.ToString(Formatting.Indented);
    }

    private static JObject Scenario(ScenarioResult result, SecretMasker masker) => new()
    {
        ["name"] = result.Case.Name,
        ["file"] = result.Case.File,
        ["row"] = result.Case.Row?.Index,
        ["outcome"] = result.Outcome.ToString().ToLowerInvariant(),
        ["skipReason"] = masker.ApplyOrNull(result.SkipReason),
        ["apiKey"] = SecretMasker.Mask(result.ApiKey),
        ["startedAt"] = result.StartedAt.ToString("O"),
        ["durationMs"] = Ms(result.Duration),
        ["setupFailures"] = new JArray(result.SetupFailures.Select(f => Failure(f, masker))),
        ["steps"] = new JArray(result.Steps.Select(step => new JObject
        {
            ["index"] = step.Step.Index,
            ["name"] = step.Step.DisplayName,
            ["operationId"] = step.Step.Call.Value,
            ["outcome"] = step.Outcome.ToString().ToLowerInvariant(),
            ["skipReason"] = step.SkipReason,
            ["durationMs"] = Ms(step.Duration),
            ["request"] = step.Exchange is { } exchange ? Request(exchange.Request, masker, CurlKey.For(result), KeepsBodies(step)) : null,
            ["response"] = step.Exchange?.Response is { } response ? Response(response, masker, KeepsBodies(step)) : null,
            ["transportError"] = masker.ApplyOrNull(step.Exchange?.TransportError),
            ["failures"] = new JArray(step.Failures.Select(f => Failure(f, masker))),
        })),
    };

    /// <summary>
    /// Only a step that did not pass keeps its bodies and curl line (each cut to <see cref="ReportBody.MaxChars"/>):
    /// a passing step's bodies say nothing a reader needs, and they made an all-green report of the suite 11 MB.
    /// </summary>
    private static bool KeepsBodies(StepResult step) => step.Outcome != Outcome.Passed;

    private static JObject Request(ExchangeRequest request, SecretMasker masker, CurlKey? key, bool bodies)
    {
        var json = new JObject
        {
            ["method"] = request.Method,
            ["url"] = masker.Apply(request.Url.AbsoluteUri),
            ["headers"] = new JObject(request.Headers.GroupBy(h => h.Key).Select(g => new JProperty(g.Key, masker.Apply(string.Join(", ", g.Select(h => h.Value)))))),
        };
        if (bodies)
        {
            json["body"] = masker.ApplyOrNull(ReportBody.ExcerptOrNull(request.Body));
            json["curl"] = CurlCommand.For(request, masker, key);
        }

        return json;
    }

    private static JObject Response(ExchangeResponse response, SecretMasker masker, bool bodies)
    {
        var json = new JObject
        {
            ["status"] = response.Status,
            ["headers"] = new JObject(response.Headers.GroupBy(h => h.Key).Select(g => new JProperty(g.Key, masker.Apply(string.Join(", ", g.Select(h => h.Value)))))),
        };
        if (bodies)
        {
            json["body"] = masker.Apply(ReportBody.Excerpt(response.Body));
        }

        return json;
    }

    private static JObject Failure(CheckFailure failure, SecretMasker masker) => new()
    {
        ["check"] = failure.Check,
        ["severity"] = failure.Severity.ToString().ToLowerInvariant(),
        ["title"] = masker.Apply(failure.Title),
        ["detail"] = masker.ApplyOrNull(failure.Detail),
        ["expected"] = masker.ApplyOrNull(failure.Expected),
        ["actual"] = masker.ApplyOrNull(failure.Actual),
        ["location"] = failure.Location is { } at ? new JObject { ["file"] = at.File, ["line"] = at.Line, ["column"] = at.Column } : null,
    };

    private static long Ms(TimeSpan span) => (long)span.TotalMilliseconds;
}
