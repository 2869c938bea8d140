using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>A device as a mobile SDK registers it; in the mock, fixtures and the admin API play the SDK.</summary>
internal sealed class NetmeraDevice(NetmeraUser owner, string platform, string? token) : ILogged
{
    public static readonly IReadOnlyList<string> Platforms = ["IOS", "ANDROID", "HUAWEI", "WEB"];

    public NetmeraUser Owner { get; set; } = owner;

    public string Platform { get; set; } = platform;

    /// <summary>The push token; a device without one (null) can only be reached through its user.</summary>
    public string? Token { get; } = token;

    public string? DeviceModel { get; set; }

    public bool PushPermitted { get; set; } = true;

    /// <summary>Registration position in the tenant, kept by <see cref="OrderedLog{T}"/>.</summary>
    public int Slot { get; set; }

    /// <summary>The device as getDevices shows it; getDeviceTokens and snapshots add the user's external id first.</summary>
    public JObject ToJson(bool withExtId = false)
    {
        var json = new JObject();
        if (withExtId)
        {
            json["extId"] = Owner.ExtId;
        }

        json["platform"] = Platform;
        json["token"] = Token;
        json["deviceModel"] = DeviceModel;
        json["pushPermitted"] = PushPermitted;
        return json;
    }
}
