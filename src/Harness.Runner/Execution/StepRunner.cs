using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Runner.Checks;
using Harness.Runner.Results;
using Harness.Runner.Http;
using Harness.Runner.Templating;

namespace Harness.Runner.Execution;

/// <summary>Runs one step: build the request, send it, run the checks, keep the captures.</summary>
internal sealed class StepRunner(ApiCatalog catalog, HttpSender sender, CheckSuite checks, TimeProvider time)
{
    public async Task<StepResult> RunAsync(Step step, RequestContext context, TemplateEngine templates, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (catalog.Find(step.Call.Value) is not { } operation)
        {
            // The linter stops such files before a run; this keeps a direct caller from crashing.
            return Failed(step, null, null, new CheckFailure("Step", $"unknown operation '{step.Call.Value}'", step.Call.Location), started);
        }

        ExchangeRequest request;
        try
        {
            request = RequestBuilder.Build(step, operation, context, templates);
        }
        catch (TemplateException e)
        {
            return Failed(step, operation, null, new CheckFailure("Request", $"cannot build the request: {e.Message}", e.Location), started);
        }

        var exchange = await sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (exchange is { TransportError: { } refusal, RefusedStatus: { } status })
        {
            return Failed(step, operation, exchange, new CheckFailure("Transport", $"response {status} not read: {refusal}", step.Location)
            {
                Expected = "a response body within the limit",
                Actual = refusal,
            }, started);
        }

        if (exchange.TransportError is { } error)
        {
            return Failed(step, operation, exchange, new CheckFailure("Transport", $"no response: {error}", step.Location)
            {
                Expected = "an HTTP response",
                Actual = error,
            }, started);
        }

        var failures = checks.Run(new CheckContext(step, operation, exchange, templates)).ToList();
        if (failures.Count == 0)
        {
            failures.AddRange(Capture(step, exchange, templates));
        }

        var outcome = failures.Any(f => f.Severity == Core.Diagnostics.Severity.Error) ? Outcome.Failed : Outcome.Passed;
        return new StepResult(step, operation, outcome, exchange, failures, time.GetElapsedTime(started));
    }

    private static List<CheckFailure> Capture(Step step, Exchange exchange, TemplateEngine templates)
    {
        var failures = new List<CheckFailure>();
        foreach (var capture in step.Captures)
        {
            if (CaptureOne(capture, exchange, templates) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures;
    }

    private static CheckFailure? CaptureOne(Capture capture, Exchange exchange, TemplateEngine templates)
    {
        var name = capture.Name.Value;
        if (exchange.Response?.Json is not { } root)
        {
            return new CheckFailure("Capture", $"capture '{name}': the body is not JSON", capture.Path.Location)
            {
                Actual = Json.Cut(exchange.Response?.Body ?? ""),
            };
        }

        string path;
        try
        {
            path = templates.Text(capture.Path);
        }
        catch (TemplateException e)
        {
            return new CheckFailure("Capture", $"capture '{name}': {e.Message}", e.Location);
        }

        var value = JsonQuery.TrySelect(root, path, out _, out var error);
        if (error is not null || value is null)
        {
            return new CheckFailure("Capture", error ?? $"capture '{name}': {path} matched nothing in the response", capture.Path.Location)
            {
                Actual = Json.Show(root),
            };
        }

        templates.Scope.Set(name, value.DeepClone());
        return null;
    }

    private StepResult Failed(Step step, ApiOperation? operation, Exchange? exchange, CheckFailure failure, long started) =>
        new(step, operation, Outcome.Failed, exchange, [failure], time.GetElapsedTime(started));
}
