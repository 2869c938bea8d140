using Harness.Core.Diagnostics;
using Harness.Runner.Results;
using Harness.Runner.Http;

namespace Harness.Runner.Reporting;

/// <summary>
/// Turns check failures into diagnostics in the harness's one shape, with the step, the response and a
/// curl line to reproduce the request. Console, JUnit, HTML and the NUnit spec suite all print these.
/// </summary>
internal static class FailureDiagnostics
{
    public static IReadOnlyList<Diagnostic> For(ScenarioResult result, SecretMasker masker)
    {
        var diagnostics = result.SetupFailures.Select(f => Build(f, null, masker)).ToList();
        var key = CurlKey.For(result);
        foreach (var step in result.Steps)
        {
            diagnostics.AddRange(step.Failures.Select(f => Build(f, step, masker, key)));
        }

        return diagnostics;
    }

    /// <summary>Every failure of a case as text, the case named first: the message of a failed test.</summary>
    public static string Text(ScenarioResult result, SecretMasker masker) =>
        masker.Apply($"{result.Case.Name} ({result.Case.File})\n\n" + DiagnosticFormatter.Format(For(result, masker)));

    /// <summary>A diagnostic as text, masked again as a whole: the quoted scenario line may hold a key too.</summary>
    public static string Format(Diagnostic diagnostic, SecretMasker masker) => masker.Apply(DiagnosticFormatter.Format(diagnostic));

    public static Diagnostic Build(CheckFailure failure, StepResult? step, SecretMasker masker, CurlKey? key = null)
    {
        var notes = new List<DiagnosticNote>();
        if (failure.Detail is { } detail)
        {
            notes.Add(new("detail", masker.Apply(detail)));
        }

        if (step is not null)
        {
            var operation = step.Operation is { } op ? $" ({op.Method} {op.Path.Template})" : "";
            notes.Add(new("step", $"{step.Step.Index} {step.Step.DisplayName}{operation} [{failure.Check}]"));
            if (step.Exchange is { Response: { } response } && failure.Actual?.Contains(response.Body[..Math.Min(40, response.Body.Length)], StringComparison.Ordinal) != true)
            {
                notes.Add(new("response", masker.Apply($"{response.Status} {Json.Cut(response.Body, 500)}".TrimEnd())));
            }

            if (step.Exchange is { } exchange)
            {
                notes.Add(new("reproduce", CurlCommand.For(exchange.Request, masker, key)));
            }
        }

        return new Diagnostic(failure.Severity, masker.Apply(failure.Title), failure.Location)
        {
            Expected = masker.ApplyOrNull(failure.Expected),
            Actual = masker.ApplyOrNull(failure.Actual),
            Notes = notes,
        };
    }

    /// <summary>All keys the results ran with: the things reports must never print in full.</summary>
    public static SecretMasker MaskerFor(IEnumerable<ScenarioResult> results, IEnumerable<string>? more = null) =>
        new(results.Select(r => r.ApiKey).Concat(more ?? []));
}
