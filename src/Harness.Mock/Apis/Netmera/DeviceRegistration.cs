using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// A device as the mobile SDK reports it: from the admin call, a fixture or a snapshot.
/// <see cref="DeviceModel"/> and <see cref="PushPermitted"/> are null when not given, so that an update
/// keeps what the device had (a new device gets null and true).
/// </summary>
internal sealed record DeviceRegistration(string ExtId, string Platform, string? Token, string? DeviceModel, bool? PushPermitted)
{
    private static readonly string[] Keys = ["extId", "platform", "token", "deviceModel", "pushPermitted"];

    /// <summary>Reads <c>{"extId","platform","token","deviceModel","pushPermitted"}</c>; <paramref name="owner"/> stands in for a missing extId.</summary>
    public static DeviceRegistration Parse(JToken? token, string path, string? owner = null)
    {
        var json = JsonFields.Object(token, path);
        JsonFields.OnlyKnown(json, path, owner is null ? Keys : Keys[1..]);
        var extId = owner ?? JsonFields.RequiredString(json, "extId", path);
        var platform = JsonFields.RequiredString(json, "platform", path);
        if (!NetmeraDevice.Platforms.Contains(platform, StringComparer.Ordinal))
        {
            throw new FormatException($"{path}.platform: \"{platform}\" is not one of {string.Join(", ", NetmeraDevice.Platforms)}");
        }

        return new DeviceRegistration(
            extId,
            platform,
            JsonFields.String(json, "token", path),
            JsonFields.String(json, "deviceModel", path),
            JsonFields.Bool(json, "pushPermitted", path));
    }
}
