using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>getDevices and getDeviceTokens: reads of what the mobile SDKs registered.</summary>
internal static class Devices
{
    /// <summary><c>pushPermitted=true</c> lists opted-in devices only; false or absent lists all.</summary>
    public static MockResponse OfUser(HandlerContext<NetmeraState> ctx)
    {
        var extId = ctx.Request.Parameters.Text("extId")!;
        if (ctx.State.FindUser(extId) is not { } user)
        {
            return NetmeraErrors.UnknownExtId();
        }

        var onlyPermitted = ctx.Request.Parameters.Get<bool>("pushPermitted");
        var devices = user.Devices.Where(d => !onlyPermitted || d.PushPermitted).Select(d => d.ToJson());
        return MockResponse.Ok(new JObject { ["extId"] = extId, ["devices"] = new JArray(devices) });
    }

    /// <summary>Every device of the tenant in registration order, one page at a time (max 1..1000 by the schema).</summary>
    public static MockResponse Tokens(HandlerContext<NetmeraState> ctx)
    {
        var max = ctx.Request.Parameters.Get<int>("max");
        var offset = ctx.Request.Parameters.Get<long>("offset");
        var total = ctx.State.DeviceCount;
        var page = ctx.State.DevicePage(offset, max);
        var answer = new JObject
        {
            ["total"] = total,
            ["devices"] = new JArray(page.Select(d => d.ToJson(withExtId: true))),
        };
        // Written so that a huge offset cannot overflow into a bogus next page.
        if (offset < total - max)
        {
            answer["nextPage"] = RequestValues.Link(ctx.Request, "getDeviceTokens", $"offset={offset + max}&max={max}");
        }

        return MockResponse.Ok(answer);
    }
}
