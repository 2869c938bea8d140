using Harness.Runner.Reporting;
using Harness.Runner.Results;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;

namespace Harness.Runner.Comparing;

/// <summary>A comparison as JSON, for tools: per case each side's outcome and failures, and every difference per step.</summary>
internal sealed class CompareJsonReporter(string path) : ICompareListener
{
    public void CaseCompared(CaseComparison comparison)
    {
    }

    public void Finished(CompareResult result) => ReportFile.Write(path, Render(result));

    public static string Render(CompareResult result)
    {
        var masker = CompareMasking.For(result);
        var report = new JObject
        {
            ["summary"] = new JObject
            {
                ["targetA"] = result.TargetA,
                ["targetB"] = result.TargetB,
                ["same"] = result.Same,
                ["different"] = result.Different,
                ["failedAlike"] = result.FailedOnly,
                ["skipped"] = result.Skipped,
                ["differences"] = result.Differences,
                ["durationMs"] = (long)result.Duration.TotalMilliseconds,
                ["exitCode"] = result.ExitCode,
            },
            ["cases"] = new JArray(result.Cases.Select(c => new JObject
            {
                ["name"] = c.Case.Name,
                ["file"] = c.Case.File,
                ["outcome"] = c.Differs ? "different" : c.Outcome.ToString().ToLowerInvariant(),
                ["stoppedReason"] = c.StoppedReason,
                ["a"] = Side(c.A, masker),
                ["b"] = Side(c.B, masker),
                ["steps"] = new JArray(c.Steps.Select(s => new JObject
                {
                    ["index"] = s.Step.Index,
                    ["name"] = s.Step.DisplayName,
                    ["operationId"] = s.Operation,
                    ["line"] = s.Step.Location.Line,
                    ["statusA"] = s.A?.Exchange?.Response?.Status,
                    ["statusB"] = s.B?.Exchange?.Response?.Status,
                    ["differences"] = new JArray(s.Differences.Select(d => new JObject
                    {
                        ["kind"] = d.Kind.ToString(),
                        ["path"] = d.Path,
                        ["a"] = masker.Apply(d.A),
                        ["b"] = masker.Apply(d.B),
                    })),
                })),
            })),
        };
        return report.ToString(Formatting.Indented);
    }

    private static JObject Side(ScenarioResult result, SecretMasker masker) => new()
    {
        ["outcome"] = result.Outcome.ToString().ToLowerInvariant(),
        ["skipReason"] = result.SkipReason,
        ["apiKey"] = SecretMasker.Mask(result.ApiKey),
        ["failures"] = new JArray(FailureDiagnostics.For(result, masker).Select(d => new JObject
        {
            ["message"] = d.Message,
            ["location"] = d.Location?.ToString(),
            ["expected"] = d.Expected,
            ["actual"] = d.Actual,
        })),
    };
}
