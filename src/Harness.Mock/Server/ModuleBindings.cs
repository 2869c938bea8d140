using Harness.Core.OpenApi;
using Harness.Mock.Modules;

namespace Harness.Mock.Server;

/// <summary>The modules of a running mock (one per OpenAPI file) and every operation bound to one of them.</summary>
internal sealed class ModuleBindings(IReadOnlyList<IApiModule> modules, IReadOnlyDictionary<ApiOperation, BoundOperation> operations)
{
    public IReadOnlyList<IApiModule> Modules => modules;

    public BoundOperation this[ApiOperation operation] => operations[operation];
}
