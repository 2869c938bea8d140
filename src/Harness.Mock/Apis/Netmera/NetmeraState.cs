namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// One tenant's Netmera data. Users by external id and in creation order; devices in registration order
/// with an index by token, so a getDeviceTokens page costs the same on a million devices as on a thousand.
/// Snapshots go through <see cref="NetmeraDocument"/>, which rebuilds every index on restore.
/// </summary>
internal sealed class NetmeraState
{
    private readonly Dictionary<string, NetmeraUser> _users = new(StringComparer.Ordinal);
    private readonly OrderedLog<NetmeraUser> _userOrder = new();
    private readonly OrderedLog<NetmeraDevice> _devices = new();
    private readonly Dictionary<string, NetmeraDevice> _byToken = new(StringComparer.Ordinal);

    /// <summary>Whether deleteUsersPermanently is enabled for the application (Decision: on by default).</summary>
    public bool DeleteUsersEnabled { get; set; } = true;

    public IReadOnlyList<NetmeraSegment> Segments { get; set; } = [];

    public PendingMessages Messages { get; set; } = new();

    public int UserCount => _users.Count;

    public int DeviceCount => _devices.Count;

    /// <summary>Users in creation order.</summary>
    public IEnumerable<NetmeraUser> Users => _userOrder.All();

    /// <summary>Devices in registration order.</summary>
    public IEnumerable<NetmeraDevice> Devices => _devices.All();

    public NetmeraUser? FindUser(string extId) => _users.GetValueOrDefault(extId);

    public NetmeraUser GetOrCreateUser(string extId)
    {
        if (!_users.TryGetValue(extId, out var user))
        {
            user = new NetmeraUser(extId);
            _users.Add(extId, user);
            _userOrder.Add(user);
        }

        return user;
    }

    /// <summary>Removes the user with everything attached: devices, tags, preferences and attributes.</summary>
    public void DeleteUser(NetmeraUser user)
    {
        foreach (var device in user.Devices)
        {
            _devices.Remove(device);
            if (device.Token is { } token)
            {
                _byToken.Remove(token);
            }
        }

        _users.Remove(user.ExtId);
        _userOrder.Remove(user);
    }

    public NetmeraDevice? FindDevice(string token) => _byToken.GetValueOrDefault(token);

    public IReadOnlyList<NetmeraDevice> DevicePage(long offset, int max) => _devices.Page(offset, max);

    public IReadOnlyList<NetmeraUser> UserPage(long offset, int max) => _userOrder.Page(offset, max);

    /// <summary>
    /// What a mobile SDK does on start: a known token updates that device in place (it may change hands,
    /// keeping its registration position); otherwise a new device is registered and its user created.
    /// </summary>
    public (NetmeraDevice Device, bool Created) RegisterDevice(DeviceRegistration registration)
    {
        var owner = GetOrCreateUser(registration.ExtId);
        if (registration.Token is { } token && _byToken.TryGetValue(token, out var known))
        {
            if (!ReferenceEquals(known.Owner, owner))
            {
                known.Owner.Detach(known);
                known.Owner = owner;
                owner.Attach(known);
            }

            known.Platform = registration.Platform;
            known.DeviceModel = registration.DeviceModel ?? known.DeviceModel;
            known.PushPermitted = registration.PushPermitted ?? known.PushPermitted;
            return (known, false);
        }

        var device = new NetmeraDevice(owner, registration.Platform, registration.Token)
        {
            DeviceModel = registration.DeviceModel,
            PushPermitted = registration.PushPermitted ?? true,
        };
        _devices.Add(device);
        if (device.Token is { } newToken)
        {
            _byToken.Add(newToken, device);
        }

        owner.Attach(device);
        return (device, true);
    }
}
