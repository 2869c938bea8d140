namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// One tenant's Netmera data and settings. Users by external id and in creation order; devices in
/// registration order with indexes by installation id and token, so a getDeviceTokens page costs the same
/// on a million devices as on a thousand. Snapshots go through <see cref="NetmeraDocument"/>, which
/// rebuilds every index on restore.
/// </summary>
internal sealed partial class NetmeraState
{
    private readonly Dictionary<string, NetmeraUser> _users = new(StringComparer.Ordinal);
    private readonly OrderedLog<NetmeraUser> _userOrder = new();
    private readonly OrderedLog<NetmeraDevice> _devices = new();
    private readonly Dictionary<string, NetmeraDevice> _byInstallation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NetmeraDevice> _byToken = new(StringComparer.Ordinal);

    /// <summary>Whether deleteUsersPermanently deletes (Decision: on by default); off, it only untracks.</summary>
    public bool DeleteUsersEnabled { get; set; } = true;

    /// <summary>The application option "reject invalid entries": one invalid batch entry fails the request.</summary>
    public bool RejectInvalidEntries { get; set; }

    /// <summary>Whether several users may hold one email address (updateEmail then takes it from nobody).</summary>
    public bool SharedEmails { get; set; }

    public bool SharedMsisdns { get; set; }

    public AttributeDefinitions ProfileAttributes { get; set; } = AttributeDefinitions.None;

    /// <summary>The message categories the application defines; empty: any category is accepted.</summary>
    public IReadOnlyList<string> Categories { get; set; } = [];

    /// <summary>Segments in definition order; the last defined is the newest.</summary>
    public IReadOnlyList<NetmeraSegment> Segments { get; set; } = [];

    public PendingMessages Messages { get; set; } = new();

    public int UserCount => _users.Count;

    public int DeviceCount => _devices.Count;

    /// <summary>Users in creation order.</summary>
    public IEnumerable<NetmeraUser> Users => _userOrder.All();

    /// <summary>Devices in registration order.</summary>
    public IEnumerable<NetmeraDevice> Devices => _devices.All();

    public bool IsCategoryDefined(string category) => Categories.Count == 0 || Categories.Contains(category, StringComparer.Ordinal);

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
            _byInstallation.Remove(device.InstallationId);
            if (NetmeraDevice.Usable(device.Token))
            {
                _byToken.Remove(device.Token!);
            }
        }

        _users.Remove(user.ExtId);
        _userOrder.Remove(user);
    }

    public NetmeraDevice? FindDevice(string token) => _byToken.GetValueOrDefault(token);

    public NetmeraDevice? FindInstallation(string installationId) => _byInstallation.GetValueOrDefault(installationId);

    public IReadOnlyList<NetmeraDevice> DevicePage(long offset, int max) => _devices.Page(offset, max);

    public IReadOnlyList<NetmeraUser> UserPage(long offset, int max) => _userOrder.Page(offset, max);
}
