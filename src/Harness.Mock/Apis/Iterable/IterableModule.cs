using Harness.Mock.Server;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

internal sealed class IterableModule : ApiModule<IterableState>
{
    public override string ApiName => "iterable";

    public override IApiErrors Errors { get; } = GenericErrors.Instance;

    protected override void Seed(IterableState state, JObject fixture, TimeProvider clock) { }

    protected override void ApplySettings(IterableState state, JObject settings) { }
}

internal sealed class IterableState;
