using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// An installation of the app as a mobile SDK (or REST registerUsers) registers it; in the mock, fixtures
/// and the admin API play that part. A device belongs to at most one user and stays listed by
/// getDeviceTokens after the app is uninstalled.
/// </summary>
internal sealed class NetmeraDevice(string installationId, string platform) : ILogged
{
    public static readonly IReadOnlyList<string> Platforms = ["IOS", "ANDROID", "HUAWEI", "WEB"];

    public string InstallationId { get; } = installationId;

    /// <summary>The user the device belongs to; null for a device registered without an external id.</summary>
    public NetmeraUser? Owner { get; set; }

    public string Platform { get; set; } = platform;

    /// <summary>The push token; a device without one (null) can only be reached through its user.</summary>
    public string? Token { get; set; }

    public string? DeviceModel { get; set; }

    public bool PushPermitted { get; set; } = true;

    /// <summary>False once the app is uninstalled: getDevices no longer shows the device.</summary>
    public bool Installed { get; set; } = true;

    /// <summary>Registration position in the tenant, kept by <see cref="OrderedLog{T}"/>.</summary>
    public int Slot { get; set; }

    /// <summary>A token worth indexing and listing: blank tokens count as none.</summary>
    public static bool Usable(string? token) => !string.IsNullOrWhiteSpace(token);

    /// <summary>The row of getDevices.</summary>
    public JObject ToDeviceJson() => new()
    {
        ["platform"] = Platform,
        ["token"] = Token,
        ["deviceModel"] = DeviceModel,
        ["pushPermitted"] = PushPermitted,
    };

    /// <summary>The row of getDeviceTokens: <c>extId</c> only with a user, <c>deviceToken</c> only when not blank.</summary>
    public void WriteTokenRow(JsonWriter json)
    {
        json.WriteStartObject();
        json.WritePropertyName("installationId");
        json.WriteValue(InstallationId);
        json.WritePropertyName("platform");
        json.WriteValue(Platform);
        if (Owner is not null)
        {
            json.WritePropertyName("extId");
            json.WriteValue(Owner.ExtId);
        }

        if (Usable(Token))
        {
            json.WritePropertyName("deviceToken");
            json.WriteValue(Token);
        }

        json.WriteEndObject();
    }

    /// <summary>Everything the device holds, for snapshots, the admin call and the dashboard.</summary>
    public JObject ToStateJson(bool withExtId = true)
    {
        var json = new JObject { ["installationId"] = InstallationId };
        if (withExtId && Owner is not null)
        {
            json["extId"] = Owner.ExtId;
        }

        json["platform"] = Platform;
        json["token"] = Token;
        json["deviceModel"] = DeviceModel;
        json["pushPermitted"] = PushPermitted;
        json["installed"] = Installed;
        return json;
    }
}
