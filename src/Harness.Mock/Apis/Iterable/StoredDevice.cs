using Harness.Mock.State;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

internal enum DevicePlatform : byte
{
    APNS,
    APNS_SANDBOX,
    GCM,
}

/// <summary>A device on a profile: typed core fields and the device's own <c>dataFields</c> (null when none).</summary>
internal sealed class StoredDevice(string token, DevicePlatform platform, string applicationName, bool endpointEnabled)
{
    /// <summary>Keys of the stored form; device dataFields with these names would shadow them, so they are dropped.</summary>
    public static readonly IReadOnlySet<string> CoreKeys =
        new HashSet<string>(["token", "platform", "applicationName", "endpointEnabled"], StringComparer.Ordinal);

    public string Token { get; } = token;

    public DevicePlatform Platform { get; set; } = platform;

    public string ApplicationName { get; set; } = applicationName;

    public bool EndpointEnabled { get; set; } = endpointEnabled;

    /// <summary>The device's own fields, shown flat next to the core ones when read; packed as a profile's custom fields are.</summary>
    public PackedJson Extra { get; private set; }

    public static DevicePlatform ParsePlatform(string? text, string where = "platform") => text switch
    {
        "APNS" => DevicePlatform.APNS,
        "APNS_SANDBOX" => DevicePlatform.APNS_SANDBOX,
        "GCM" => DevicePlatform.GCM,
        _ => throw new FormatException($"{where}: \"{text}\" is not one of APNS, APNS_SANDBOX, GCM"),
    };

    /// <summary>The device dataFields a client may write (a copy without the core keys), or null when none were sent.</summary>
    public static JObject? OwnFields(JObject? fields)
    {
        if (fields is null)
        {
            return null;
        }

        var own = new JObject();
        foreach (var property in fields.Properties())
        {
            if (!CoreKeys.Contains(property.Name))
            {
                own[property.Name] = property.Value.DeepClone();
            }
        }

        return own;
    }

    /// <summary>
    /// Merges device dataFields key by key (re-registration merges, it does not replace); <c>null</c> removes
    /// that device key (Decision).
    /// </summary>
    public void MergeExtra(JObject? fields)
    {
        if (fields is null)
        {
            return;
        }

        var extra = Extra.Unpack();
        foreach (var property in fields.Properties())
        {
            if (CoreKeys.Contains(property.Name))
            {
                continue;
            }

            if (property.Value.Type == JTokenType.Null)
            {
                extra.Remove(property.Name);
                continue;
            }

            extra[property.Name] = property.Value.DeepClone();
        }

        Extra = PackedJson.Pack(extra);
    }
}
