using Harness.Mock.Modules;
using Harness.Mock.Server;
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
    /// page at a time (max 1..1000 by the schema). Rendered straight to text: a tree of a thousand rows cost
    /// more than the rest of the request.
    /// </summary>
    public static MockResponse Tokens(HandlerContext<NetmeraState> ctx)
    {
        var max = ctx.Request.Parameters.Get<int>("max");
        var offset = ctx.Request.Parameters.Get<long>("offset");
        var total = ctx.State.DeviceCount;
        // Written so that a huge offset cannot overflow into a bogus next page.
        var next = offset < total - max
            ? RequestValues.Link(ctx.Request, "getDeviceTokens", $"offset={offset + max}&max={max}")
            : null;
        var text = JsonText.Render((Total: total, Page: ctx.State.DevicePage(offset, max), Next: next), static (json, answer) =>
        {
            json.WriteStartObject();
            json.WritePropertyName("total");
            json.WriteValue(answer.Total);
            json.WritePropertyName("devices");
            json.WriteStartArray();
            foreach (var device in answer.Page)
            {
                device.WriteTokenRow(json);
            }

            json.WriteEndArray();
            if (answer.Next is not null)
            {
                json.WritePropertyName("nextPage");
                json.WriteValue(answer.Next);
            }

            json.WriteEndObject();
        }, static buffer => buffer.ToString());
        return MockResponse.Content(text, JsonText.ContentType);
    }
}
