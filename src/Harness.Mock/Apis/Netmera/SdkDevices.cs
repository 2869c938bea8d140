using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// <c>POST /__harness/netmera/devices?tenant=K</c> plays the mobile SDK:
/// <c>{"extId","platform","token","deviceModel","pushPermitted","installationId","installed"}</c>, every
/// field but platform optional. A new device gets no user, no token and model, push permitted, installed,
/// and a random installation id; with extId its user is created if unknown and tracked again. A known
/// installation id (or, when none is sent, a known token) updates that device in place, keeping what the
/// call leaves out; <c>installed: false</c> marks the app uninstalled.
/// </summary>
internal static class SdkDevices
{
    public static MockResponse Register(JToken? body, NetmeraState state, TimeProvider clock)
    {
        if (body is null)
        {
            throw new FormatException("send the device as JSON: {\"extId\":\"u1\",\"platform\":\"IOS\",\"token\":\"t1\",\"installationId\":\"i-1\",\"installed\":true}");
        }

        var (device, created) = state.RegisterDevice(DeviceRegistration.Parse(body, "device"), track: true);
        return MockResponse.Ok(new JObject { ["created"] = created, ["device"] = device.ToStateJson() });
    }
}
