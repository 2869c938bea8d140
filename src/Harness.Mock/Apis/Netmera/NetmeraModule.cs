using Harness.Mock.Server;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

internal sealed class NetmeraModule : ApiModule<NetmeraState>
{
    public override string ApiName => "netmera";

    public override IApiErrors Errors { get; } = GenericErrors.Instance;

    protected override void Seed(NetmeraState state, JObject fixture, TimeProvider clock) { }

    protected override void ApplySettings(NetmeraState state, JObject settings) { }
}

internal sealed class NetmeraState;
