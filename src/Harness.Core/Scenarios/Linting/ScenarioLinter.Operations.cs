using Harness.Core.Diagnostics;
using Harness.Core.OpenApi;
using Harness.Core.Scenarios.Templates;
using Harness.Core.Scenarios.Yaml;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Scenarios.Linting;

public static partial class ScenarioLinter
{
    private static void CheckStep(Step step, Scenario scenario, ApiDescription? api, ApiCatalog catalog, DiagnosticBag diagnostics)
    {
        var call = step.Call;
        var at = call.Location with { Length = call.Value.Length };
        if (catalog.Find(call.Value) is not { } operation)
        {
            var ids = (api?.Operations ?? catalog.Operations).Select(o => o.OperationId);
            diagnostics.Error(at, $"unknown operation '{call.Value}'",
                DidYouMean.Hint(call.Value, ids) ?? DidYouMean.Hint(call.Value, catalog.Operations.Select(o => o.OperationId)));
            return;
        }

        if (api is not null && !ReferenceEquals(operation.Api, api))
        {
            diagnostics.Error(at, $"operation '{call.Value}' belongs to api '{operation.Api.Name}', but this scenario's api is '{api.Name}'",
                "a scenario calls one API: move this step to a scenario with 'api: " + operation.Api.Name + "'");
        }

        CheckParameters(step, operation, diagnostics);
        if ((step.Body is not null || step.RawBody is not null) && !operation.TakesBody && step.ContentType is null)
        {
            diagnostics.Warning((step.Body ?? step.RawBody)!.Location, $"{Describe(operation)} takes no request body");
        }

        CheckStatuses(step, operation, diagnostics);
    }

    private static void CheckParameters(Step step, ApiOperation operation, DiagnosticBag diagnostics)
    {
        CheckNames(step.Path, operation, ParameterLocation.Path, diagnostics);
        CheckNames(step.Query, operation, ParameterLocation.Query, diagnostics);
        if (step.Url is not null)
        {
            return;
        }

        foreach (var name in operation.Path.ParameterNames.Where(n => step.Path.All(p => p.Key != n)))
        {
            diagnostics.Error(step.Call.Location with { Length = step.Call.Value.Length },
                $"missing path parameter '{name}' for {Describe(operation)}",
                $"add 'path: {{ {name}: … }}' to the step");
        }
    }

    private static void CheckNames(IReadOnlyList<NamedNode> given, ApiOperation operation, ParameterLocation location, DiagnosticBag diagnostics)
    {
        var kind = location == ParameterLocation.Path ? "path" : "query";
        var known = operation.Parameters.Where(p => p.Location == location).Select(p => p.Name).ToArray();
        foreach (var parameter in given.Where(p => !known.Contains(p.Key, StringComparer.Ordinal)))
        {
            var elsewhere = operation.Parameters.FirstOrDefault(p => p.Name == parameter.Key);
            var hint = elsewhere is not null
                ? $"'{parameter.Key}' is a {elsewhere.Location.ToString().ToLowerInvariant()} parameter: put it under '{Section(elsewhere.Location)}'"
                : DidYouMean.Hint(parameter.Key, known)
                  ?? (known.Length == 0 ? $"it takes no {kind} parameters" : $"it takes: {string.Join(", ", known)}");
            diagnostics.Error(parameter.Name.Location with { Length = parameter.Key.Length },
                $"unknown {kind} parameter '{parameter.Key}' for {Describe(operation)}", hint);
        }
    }

    private static void CheckStatuses(Step step, ApiOperation operation, DiagnosticBag diagnostics)
    {
        var nodes = step.Expect?.Status switch
        {
            SequenceNode list => list.Items,
            { } single => [single],
            null => [],
        };

        foreach (var node in nodes.OfType<ScalarNode>())
        {
            if (node.Literal is { Type: JTokenType.Integer } code && !operation.Responses.ContainsKey((int)code)
                && !Template.Parse(node.Text).HasPlaceholders)
            {
                diagnostics.Warning(node.Location, $"status {code} is not documented for {Describe(operation)}",
                    $"documented: {string.Join(", ", operation.Responses.Keys.Order())}");
            }
        }
    }

    private static string Section(ParameterLocation location) => location switch
    {
        ParameterLocation.Path => "path",
        ParameterLocation.Query => "query",
        _ => "headers",
    };

    private static string Describe(ApiOperation operation) =>
        $"{operation.OperationId} ({operation.Method} {operation.Path.Template})";
}
