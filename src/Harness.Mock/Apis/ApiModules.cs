using Harness.Core.OpenApi;
using Harness.Mock.Apis.Iterable;
using Harness.Mock.Apis.Netmera;
using Harness.Mock.Generic;
using Harness.Mock.Server;

namespace Harness.Mock.Apis;

/// <summary>The modules of a catalog: a registered module for its file, the generic module for every other file.</summary>
internal static class ApiModules
{
    /// <summary>The vendor modules, new instances each time (the default of <see cref="HarnessMockOptions.Modules"/>).</summary>
    public static IReadOnlyList<IApiModule> Vendors() => [new IterableModule(), new NetmeraModule()];

    public static IReadOnlyList<IApiModule> Create(ApiCatalog catalog, IReadOnlyList<IApiModule> registered) =>
        catalog.Apis
            .Select(api => registered.FirstOrDefault(m => string.Equals(m.ApiName, api.Name, StringComparison.OrdinalIgnoreCase)) ?? new GenericModule(api))
            .ToArray();
}
