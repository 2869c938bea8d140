using Harness.Core.OpenApi;
using Harness.Mock.Generic;
using Harness.Mock.Modules;

namespace Harness.Mock.Server;

/// <summary>
/// Binds every operation of every OpenAPI file to its module and handler, once, at start-up: a registered
/// module for its file (by <see cref="IApiModule.ApiName"/>), the generic module for every other file. A
/// module handler (or rate limit) that names an operationId its file does not define is a broken module:
/// start-up fails with every such problem in one message.
/// </summary>
internal static class ModuleBinder
{
    public static ModuleBindings Bind(ApiCatalog catalog, IReadOnlyList<IApiModule> registered)
    {
        var modules = new List<IApiModule>();
        var operations = new Dictionary<ApiOperation, BoundOperation>();
        var problems = new List<string>();
        foreach (var api in catalog.Apis)
        {
            var module = registered.FirstOrDefault(m => string.Equals(m.ApiName, api.Name, StringComparison.OrdinalIgnoreCase))
                ?? new GenericModule(api);
            modules.Add(module);
            var defined = api.Operations.Select(o => o.OperationId).ToHashSet(StringComparer.Ordinal);
            foreach (var unknown in module.Handlers.Keys.Where(id => !defined.Contains(id)).Order(StringComparer.Ordinal))
            {
                problems.Add($"module '{module.GetType().Name}' has a handler for '{unknown}', which {api.SourcePath} does not define"
                    + (Core.Diagnostics.DidYouMean.Suggest(unknown, defined) is { } near ? $" (did you mean '{near}'?)" : ""));
            }

            foreach (var operation in api.Operations)
            {
                var handler = module.Handlers.GetValueOrDefault(operation.OperationId) ?? DocumentedAnswer.Handler;
                operations[operation] = new BoundOperation(operation, module, handler, module.RateLimit(operation.OperationId));
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("the modules do not fit the OpenAPI files: " + string.Join("; ", problems));
        }

        return new ModuleBindings(modules, operations);
    }
}
