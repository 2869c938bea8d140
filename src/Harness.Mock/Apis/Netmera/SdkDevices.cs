using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// <c>POST /__harness/netmera/devices?tenant=K</c> plays the mobile SDK:
/// <c>{"extId","platform","token","deviceModel","pushPermitted"}</c> registers a device and creates its user
/// (defaults: pushPermitted true, token and deviceModel null). A known token updates that device in place:
/// it keeps its registration position, moves to the given user, and keeps deviceModel and pushPermitted
/// when the call leaves them out.
/// </summary>
internal static class SdkDevices
{
    public static MockResponse Register(JToken? body, NetmeraState state, TimeProvider clock)
    {
        if (body is null)
        {
            throw new FormatException("send the device as JSON: {\"extId\":\"u1\",\"platform\":\"IOS\",\"token\":\"t1\",\"deviceModel\":null,\"pushPermitted\":true}");
        }

        var (device, created) = state.RegisterDevice(DeviceRegistration.Parse(body, "device"));
        return MockResponse.Ok(new JObject { ["created"] = created, ["device"] = device.ToJson(withExtId: true) });
    }
}
