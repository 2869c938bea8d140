using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// One user profile. Kept small because a tenant may hold a million of them: system fields are typed,
/// custom fields and devices are null until there are some, and the API's <c>dataFields</c> JSON is
/// built only when the profile is read (<see cref="ProfileJson"/>). Identifiers change only through
/// <see cref="IterableState"/>, which keeps the indexes in step.
/// </summary>
internal sealed class Profile
{
    internal Profile(long sequence, string? email, string? userId, long signupTicks)
    {
        Sequence = sequence;
        Email = email;
        UserId = userId;
        SignupTicks = signupTicks;
        UpdatedTicks = signupTicks;
        DocumentCreatedTicks = signupTicks;
    }

    /// <summary>Creation order within the tenant: "the oldest profile with a userId" is the smallest.</summary>
    public long Sequence { get; }

    public string? Email { get; internal set; }

    public string? UserId { get; internal set; }

    /// <summary>UTC ticks of <c>signupDate</c>; null once a client removed it (<c>"signupDate": null</c>).</summary>
    public long? SignupTicks { get; set; }

    /// <summary>UTC ticks of <c>profileUpdatedAt</c>, also <c>itblInternal.documentUpdatedAt</c>.</summary>
    public long UpdatedTicks { get; set; }

    /// <summary>UTC ticks of <c>itblInternal.documentCreatedAt</c>: the creation, or the last change of the email.</summary>
    public long DocumentCreatedTicks { get; set; }

    /// <summary>Custom <c>dataFields</c> (no system keys), or null when there are none.</summary>
    public JObject? Custom { get; set; }

    /// <summary>Devices in registration order, or null when there are none. Add them through the state.</summary>
    public List<StoredDevice>? Devices { get; internal set; }

    public int DeviceCount => Devices?.Count ?? 0;

    public StoredDevice? Device(string token)
    {
        if (Devices is null)
        {
            return null;
        }

        foreach (var device in Devices)
        {
            if (string.Equals(device.Token, token, StringComparison.Ordinal))
            {
                return device;
            }
        }

        return null;
    }
}
