using Harness.Core.Scenarios;
using Harness.Runner.Templating;
using Harness.Runner.Results;

namespace Harness.Runner.Execution;

internal sealed partial class ScenarioExecutor
{
    /// <summary>The outcome of preparing a case: ready to run, to be skipped, or failed before the first step.</summary>
    private sealed record Setup(string? Key, RequestContext? Context, TemplateEngine? Templates, string? SkipReason, CheckFailure? Failure);

    private async Task<Setup> PrepareAsync(ScenarioCase @case, CancellationToken cancellationToken)
    {
        var scenario = @case.Scenario;
        var api = catalog.FindApi(scenario.Api.Value);
        var root = api is null ? null : target.UrlFor(api.Name);
        if (api is null || root is null)
        {
            return Fail(null, api is null
                ? $"unknown api '{scenario.Api.Value}'"
                : $"no target URL for api '{api.Name}' (pass --target URL or --target {api.Name}=URL)", scenario.Api.Location);
        }

        var harness = new Lazy<Task<bool>>(() => probe.IsHarnessAsync(root, cancellationToken));
        if (scenario.Given is not null && !await harness.Value.ConfigureAwait(false))
        {
            return new Setup(null, null, null,
                $"needs a harness mock for 'given:', but {root.ToString().TrimEnd('/')} does not answer GET {TargetProbe.HealthPath} with 200", null);
        }

        // Row values first (they override vars of the same name), with built-ins only.
        var rowScope = new VariableScope("", root.AbsoluteUri.TrimEnd('/') + api.BasePath, options.Environment);
        var rowTemplates = new TemplateEngine(rowScope, generator);
        string? key;
        try
        {
            foreach (var value in @case.Row?.Values ?? [])
            {
                rowScope.Set(value.Key, rowTemplates.Evaluate(value.Value));
            }

            // A `given:` block writes the tenant's settings and state: on a configured key, shared by every case,
            // it would leak into the cases after it (and race with parallel ones). Such a case (which only runs
            // against a harness, see above) gets the tenant it names, or one of its own.
            key = (scenario.Given is null ? target.KeyFor(api.Name) : null)
                  ?? (scenario.Tenant is { } tenant ? rowTemplates.Text(tenant) : null);
        }
        catch (TemplateException e)
        {
            return Fail(null, e.Message, e.Location);
        }

        if (key is null)
        {
            if (!await harness.Value.ConfigureAwait(false))
            {
                return Fail(null, $"no API key for api '{api.Name}': pass --api-key {api.Name}=KEY or set HARNESS_API_KEY_{api.Name.ToUpperInvariant()}",
                    scenario.Api.Location);
            }

            key = generator.TenantKey();
        }

        var scope = new VariableScope(key, rowScope.BaseUrl, options.Environment);
        foreach (var (name, value) in rowScope.Values)
        {
            scope.Set(name, value);
        }

        var templates = new TemplateEngine(scope, generator);
        try
        {
            foreach (var variable in scenario.Vars.Where(v => @case.Row?.Defines(v.Key) != true))
            {
                scope.Set(variable.Key, templates.Evaluate(variable.Value));
            }
        }
        catch (TemplateException e)
        {
            return Fail(key, e.Message, e.Location);
        }

        return new Setup(key, new RequestContext(root, key), templates, null, null);
    }

    private static Setup Fail(string? key, string message, Core.Diagnostics.SourceLocation location) =>
        new(key, null, null, null, new CheckFailure("Setup", message, location));
}
