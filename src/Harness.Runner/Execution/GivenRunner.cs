using Harness.Core.Diagnostics;
using Harness.Core.Scenarios;
using Harness.Core.Scenarios.Yaml;
using Harness.Runner.Http;
using Harness.Runner.Templating;
using Harness.Runner.Results;

namespace Harness.Runner.Execution;

/// <summary>
/// Carries out a scenario's <c>given:</c> block through a harness mock's admin calls: reset, tenant
/// settings, seed, faults for this tenant, then the admin actions of the scenario's API's module.
/// </summary>
internal sealed class GivenRunner(HttpSender sender)
{
    public async Task<IReadOnlyList<CheckFailure>> RunAsync(GivenBlock given, string api, RequestContext context, TemplateEngine templates, CancellationToken cancellationToken)
    {
        var tenant = Uri.EscapeDataString(context.ApiKey ?? "");
        var calls = new List<(string Method, string Path, ScenarioNode? Body, SourceLocation Location, string What)>();
        if (given.Reset)
        {
            calls.Add(("POST", $"/__harness/reset?tenant={tenant}", null, given.Location, "reset"));
        }

        if (given.Tenant is { } settings)
        {
            calls.Add(("PUT", $"/__harness/tenants/{tenant}", settings, settings.Location, "tenant settings"));
        }

        if (given.Seed is { } seed)
        {
            calls.Add(("POST", $"/__harness/seed?tenant={tenant}", seed, seed.Location, "seed"));
        }

        if (given.Faults is { } faults)
        {
            calls.Add(("POST", $"/__harness/faults?tenant={tenant}", faults, faults.Location, "faults"));
        }

        // Whatever admin calls the API's module offers (a mobile SDK's device registration, say): the runner knows none by name.
        calls.AddRange(given.Actions.Select(action =>
            ("POST", $"/__harness/{Uri.EscapeDataString(api)}/{Uri.EscapeDataString(action.Name)}?tenant={tenant}", (ScenarioNode?)action.Body, action.Location, $"action '{action.Name}'")));

        foreach (var call in calls)
        {
            var failure = await SendAsync(call.Method, context.Resolve(call.Path), call.Body, call.Location, call.What, templates, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return [failure];
            }
        }

        return [];
    }

    private async Task<CheckFailure?> SendAsync(string method, Uri url, ScenarioNode? body, SourceLocation location, string what, TemplateEngine templates, CancellationToken cancellationToken)
    {
        string? json;
        try
        {
            json = body is null ? null : Json.Compact(templates.Evaluate(body));
        }
        catch (TemplateException e)
        {
            return new CheckFailure("Given", $"given {what}: {e.Message}", e.Location);
        }

        var headers = json is null ? [] : new[] { new KeyValuePair<string, string>("Content-Type", RequestBuilder.JsonContentType) };
        var exchange = await sender.SendAsync(new ExchangeRequest(method, url, headers, json), cancellationToken).ConfigureAwait(false);
        if (exchange.Response is { Status: >= 200 and < 300 })
        {
            return null;
        }

        return new CheckFailure("Given", $"given {what}: the harness refused {method} {url.AbsolutePath}", location)
        {
            Expected = "2xx",
            Actual = exchange.Response is { } response ? $"{response.Status} {Json.Cut(response.Body)}".TrimEnd() : exchange.TransportError,
        };
    }
}
