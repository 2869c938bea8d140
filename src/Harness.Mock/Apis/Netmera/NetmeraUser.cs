using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// A user keyed by external id. Collections stay null while empty: a benchmark tenant holds a million
/// users, most with nothing but a device.
/// </summary>
internal sealed class NetmeraUser(string extId) : ILogged
{
    private NetmeraDevice[] _devices = [];

    public string ExtId { get; } = extId;

    /// <summary>Creation position in the tenant; segments list their users in this order.</summary>
    public int Slot { get; set; }

    /// <summary>A user field, not a profile attribute.</summary>
    public string? Email { get; set; }

    /// <summary>A user field, not a profile attribute.</summary>
    public string? Msisdn { get; set; }

    /// <summary>Null until enableMail or disableMail (or a fixture) says.</summary>
    public bool? MailPermitted { get; set; }

    public bool? SmsPermitted { get; set; }

    /// <summary>
    /// Left by deleteUsersPermanently while the feature is off: the user keeps its data and is still read,
    /// but segments neither count nor list it until a later write tracks it again.
    /// </summary>
    public bool Untracked { get; set; }

    public HashSet<string>? Tags { get; private set; }

    /// <summary>Custom profile attributes; null when there are none.</summary>
    public JObject? Attributes { get; private set; }

    /// <summary>Opt-in (true) or out per category and channel; null when nothing was ever set.</summary>
    public Dictionary<string, Dictionary<string, bool>>? CategoryPreferences { get; private set; }

    /// <summary>The user's devices in registration order.</summary>
    public IReadOnlyList<NetmeraDevice> Devices => _devices;

    public bool HasTag(string tag) => Tags?.Contains(tag) == true;

    public void AddTag(string tag) => (Tags ??= new HashSet<string>(StringComparer.Ordinal)).Add(tag);

    public void RemoveTag(string tag)
    {
        if (Tags is not null && Tags.Remove(tag) && Tags.Count == 0)
        {
            Tags = null;
        }
    }

    public void SetCategory(string category, string channel, bool enabled)
    {
        CategoryPreferences ??= new Dictionary<string, Dictionary<string, bool>>(StringComparer.Ordinal);
        if (!CategoryPreferences.TryGetValue(category, out var channels))
        {
            channels = new Dictionary<string, bool>(StringComparer.Ordinal);
            CategoryPreferences[category] = channels;
        }

        channels[channel] = enabled;
    }

    public JToken? Attribute(string key) => Attributes?.TryGetValue(key, out var value) == true ? value : null;

    public void SetAttribute(string key, JToken value) => (Attributes ??= [])[key] = value;

    public void RemoveAttribute(string key)
    {
        if (Attributes is not null && Attributes.Remove(key) && Attributes.Count == 0)
        {
            Attributes = null;
        }
    }

    /// <summary>Adds a device, keeping registration order (a moved device keeps its old position).</summary>
    public void Attach(NetmeraDevice device)
    {
        var at = _devices.Length;
        while (at > 0 && _devices[at - 1].Slot > device.Slot)
        {
            at--;
        }

        _devices = [.. _devices[..at], device, .. _devices[at..]];
    }

    public void Detach(NetmeraDevice device) => _devices = _devices.Where(d => !ReferenceEquals(d, device)).ToArray();
}
