using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// A device as the mobile SDK reports it: from the admin call, a fixture or a snapshot. Every field but
/// <see cref="Platform"/> may be left out (null): a new device then gets the defaults (no user, no token,
/// push permitted, installed, a random installation id) and an update keeps what the device had.
/// </summary>
internal sealed record DeviceRegistration(
    string? ExtId, string Platform, string? Token, string? DeviceModel, bool? PushPermitted, string? InstallationId, bool? Installed)
{
    private static readonly string[] Keys = ["extId", "platform", "token", "deviceModel", "pushPermitted", "installationId", "installed"];

    /// <summary>Reads the device; <paramref name="owner"/> (a user's nested device list) stands in for extId.</summary>
    public static DeviceRegistration Parse(JToken? token, string path, string? owner = null)
    {
        var json = JsonFields.Object(token, path);
        JsonFields.OnlyKnown(json, path, owner is null ? Keys : Keys[1..]);
        var extId = owner ?? JsonFields.String(json, "extId", path);
        if (extId is { Length: 0 })
        {
            throw new FormatException($"{JsonFields.At(path, "extId")} should be a non-empty text or left out (a device without a user)");
        }

        var platform = JsonFields.RequiredString(json, "platform", path);
        if (!NetmeraDevice.Platforms.Contains(platform, StringComparer.Ordinal))
        {
            throw new FormatException($"{path}.platform: \"{platform}\" is not one of {string.Join(", ", NetmeraDevice.Platforms)}");
        }

        var installationId = JsonFields.String(json, "installationId", path);
        if (installationId is not null && string.IsNullOrWhiteSpace(installationId))
        {
            throw new FormatException($"{JsonFields.At(path, "installationId")} should be a non-blank text or left out (one is generated)");
        }

        return new DeviceRegistration(
            extId,
            platform,
            JsonFields.String(json, "token", path),
            JsonFields.String(json, "deviceModel", path),
            JsonFields.Bool(json, "pushPermitted", path),
            installationId,
            JsonFields.Bool(json, "installed", path));
    }
}
