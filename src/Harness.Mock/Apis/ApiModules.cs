using Harness.Mock.Apis.Iterable;
using Harness.Mock.Apis.Netmera;
using Harness.Mock.Server;

namespace Harness.Mock.Apis;

/// <summary>The vendor modules this mock knows; an OpenAPI file without one answers from its examples.</summary>
internal static class ApiModules
{
    public static IReadOnlyList<IApiModule> Create() => [new IterableModule(), new NetmeraModule()];
}
