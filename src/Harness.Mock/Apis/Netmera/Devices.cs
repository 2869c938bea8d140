using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>getDevices and getDeviceTokens: reads of what the mobile SDKs registered.</summary>
internal static class Devices
{
    /// <summary>
    /// The user's installed devices; <c>pushPermitted=true</c> lists opted-in ones only, false or absent all.
    /// An unknown user has no devices.
    /// </summary>
    public static MockResponse OfUser(HandlerContext<NetmeraState> ctx)
    {
        var extId = ctx.Request.Parameters.Text("extId")!;
        var onlyPermitted = ctx.Request.Parameters.Get<bool>("pushPermitted");
        var devices = ctx.State.FindUser(extId)?.Devices.Where(d => d.Installed && (!onlyPermitted || d.PushPermitted)) ?? [];
        return MockResponse.Ok(new JObject { ["extId"] = extId, ["devices"] = new JArray(devices.Select(d => d.ToDeviceJson())) });
    }

    /// <summary>
    /// Every device of the tenant, uninstalled and push-disabled ones included, in registration order, one
    /// page at a time (max 1..1000 by the schema).
    /// </summary>
    public static MockResponse Tokens(HandlerContext<NetmeraState> ctx)
    {
        var max = ctx.Request.Parameters.Get<int>("max");
        var offset = ctx.Request.Parameters.Get<long>("offset");
        var total = ctx.State.DeviceCount;
        var page = ctx.State.DevicePage(offset, max);
        var answer = new JObject
        {
            ["total"] = total,
            ["devices"] = new JArray(page.Select(d => d.ToTokenRow())),
        };
        // Written so that a huge offset cannot overflow into a bogus next page.
        if (offset < total - max)
        {
            answer["nextPage"] = RequestValues.Link(ctx.Request, "getDeviceTokens", $"offset={offset + max}&max={max}");
        }

        return MockResponse.Ok(answer);
    }
}
