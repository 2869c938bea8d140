using Harness.Mock.Apis.Iterable;
using Harness.Mock.Apis.Netmera;
using Harness.Mock.Modules;

namespace Harness.Mock.Apis;

/// <summary>The vendor modules: the default of <see cref="HarnessMockOptions.Modules"/>.</summary>
internal static class ApiModules
{
    /// <summary>The vendor modules, new instances each time (the default of <see cref="HarnessMockOptions.Modules"/>).</summary>
    public static IReadOnlyList<IApiModule> Vendors() => [new IterableModule(), new NetmeraModule()];
}
