namespace Harness.Mock.Apis.Netmera;

/// <summary>Device registration, as a mobile SDK does it on start.</summary>
internal sealed partial class NetmeraState
{
    /// <summary>
    /// A known installation id (or, when none is given, a known token) updates that device in place, keeping
    /// its registration position; otherwise a new device is registered. With an external id the user is
    /// created if unknown (and, when <paramref name="track"/>, tracked again: a fixture or snapshot keeps the
    /// untracked flag it states); an update without one keeps the device's user. A token another device held
    /// moves to this one: one token, one installation.
    /// </summary>
    public (NetmeraDevice Device, bool Created) RegisterDevice(DeviceRegistration registration, bool track = false)
    {
        var owner = registration.ExtId is { } extId ? GetOrCreateUser(extId) : null;
        if (owner is not null && track)
        {
            owner.Untracked = false;
        }

        var known = registration.InstallationId is { } id
            ? FindInstallation(id)
            : NetmeraDevice.Usable(registration.Token) ? FindDevice(registration.Token!) : null;
        var created = known is null;
        var device = known ?? Add(registration);
        if (owner is not null && !ReferenceEquals(device.Owner, owner))
        {
            device.Owner?.Detach(device);
            device.Owner = owner;
            owner.Attach(device);
        }

        device.Platform = registration.Platform;
        if (created || registration.Token is not null)
        {
            MoveToken(device, registration.Token);
        }

        device.DeviceModel = registration.DeviceModel ?? device.DeviceModel;
        device.PushPermitted = registration.PushPermitted ?? device.PushPermitted;
        device.Installed = registration.Installed ?? device.Installed;
        return (device, created);
    }

    private NetmeraDevice Add(DeviceRegistration registration)
    {
        var device = new NetmeraDevice(registration.InstallationId ?? Guid.NewGuid().ToString(), registration.Platform);
        _devices.Add(device);
        _byInstallation.Add(device.InstallationId, device);
        return device;
    }

    private void MoveToken(NetmeraDevice device, string? token)
    {
        if (NetmeraDevice.Usable(device.Token) && ReferenceEquals(FindDevice(device.Token!), device))
        {
            _byToken.Remove(device.Token!);
        }

        device.Token = token;
        if (NetmeraDevice.Usable(token))
        {
            if (_byToken.TryGetValue(token!, out var previous) && !ReferenceEquals(previous, device))
            {
                previous.Token = null;
            }

            _byToken[token!] = device;
        }
    }
}
