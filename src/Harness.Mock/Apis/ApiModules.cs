using Harness.Core.OpenApi;
using Harness.Mock.Apis.Iterable;
using Harness.Mock.Apis.Netmera;
using Harness.Mock.Generic;
using Harness.Mock.Server;

namespace Harness.Mock.Apis;

/// <summary>The modules of a catalog: the vendor modules for their files, the generic module for every other file.</summary>
internal static class ApiModules
{
    public static IReadOnlyList<IApiModule> Create(ApiCatalog catalog)
    {
        IApiModule[] vendors = [new IterableModule(), new NetmeraModule()];
        return catalog.Apis
            .Select(api => vendors.FirstOrDefault(m => m.ApiName == api.Name) ?? new GenericModule(api))
            .ToArray();
    }
}
