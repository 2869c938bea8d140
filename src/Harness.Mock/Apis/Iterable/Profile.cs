using Harness.Mock.State;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// One user profile. Kept small because a tenant may hold a million of them: system fields are typed,
/// custom fields are packed text and devices null until there are some, and the API's <c>dataFields</c> JSON is
/// built only when the profile is read (<see cref="ProfileJson"/>). Identifiers change only through
/// <see cref="IterableState"/>, which keeps the indexes in step.
/// </summary>
internal sealed class Profile
{
    // A removed signupDate, so that the field costs a long rather than a long? (16 bytes with its flag).
    private const long NoSignup = long.MinValue;

    // Null, the one device most profiles hold, or from the second device on an exact-size array: every object a
    // profile keeps is promoted through each generation, so a first device costs no array (nor a list).
    private object? _devices;
    private long _signupTicks;

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
    public long? SignupTicks
    {
        get => _signupTicks == NoSignup ? null : _signupTicks;
        set => _signupTicks = value ?? NoSignup;
    }

    /// <summary>UTC ticks of <c>profileUpdatedAt</c>, also <c>itblInternal.documentUpdatedAt</c>.</summary>
    public long UpdatedTicks { get; set; }

    /// <summary>UTC ticks of <c>itblInternal.documentCreatedAt</c>: the creation, or the last change of the email.</summary>
    public long DocumentCreatedTicks { get; set; }

    /// <summary>Custom <c>dataFields</c> (no system keys), packed because they live as long as the tenant.</summary>
    public PackedJson Custom { get; set; }

    /// <summary>Devices in registration order, empty when there are none. Add them through the state.</summary>
    public IReadOnlyList<StoredDevice> Devices => _devices switch
    {
        null => [],
        StoredDevice one => [one],
        var many => (StoredDevice[])many,
    };

    public int DeviceCount => _devices switch
    {
        null => 0,
        StoredDevice => 1,
        var many => ((StoredDevice[])many).Length,
    };

    public StoredDevice? Device(string token)
    {
        if (_devices is StoredDevice one)
        {
            return string.Equals(one.Token, token, StringComparison.Ordinal) ? one : null;
        }

        foreach (var device in (StoredDevice[]?)_devices ?? [])
        {
            if (string.Equals(device.Token, token, StringComparison.Ordinal))
            {
                return device;
            }
        }

        return null;
    }

    internal void AddDevice(StoredDevice device) => _devices = _devices switch
    {
        null => device,
        StoredDevice one => new[] { one, device },
        var many => (StoredDevice[])[.. (StoredDevice[])many, device],
    };
}
