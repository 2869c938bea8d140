using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>A profile as the API shows it, built on read from the typed profile.</summary>
internal static class ProfileJson
{
    /// <summary><c>{"email"?, "userId"?, "dataFields":{…}}</c>, as inside the GET user answers.</summary>
    public static JObject User(Profile profile)
    {
        var user = new JObject();
        AddIdentifiers(user, profile);
        user["dataFields"] = DataFields(profile, withDevices: true);
        return user;
    }

    /// <summary>
    /// The identifiers and system fields (as the real service repeats them), then the custom fields,
    /// then <c>devices</c> when there are any.
    /// </summary>
    public static JObject DataFields(Profile profile, bool withDevices)
    {
        var fields = new JObject();
        AddIdentifiers(fields, profile);
        if (profile.SignupTicks is { } signup)
        {
            fields["signupDate"] = IterableDates.ToWire(signup);
        }

        fields["signupSource"] = "API";
        fields["profileUpdatedAt"] = IterableDates.ToWire(profile.UpdatedTicks);
        fields["itblInternal"] = Internal(profile);
        profile.Custom.CopyPropertiesTo(fields);

        if (withDevices && profile.Devices is { Count: > 0 } devices)
        {
            fields["devices"] = new JArray(devices.Select(Device));
        }

        return fields;
    }

    /// <summary>
    /// <c>{"documentCreatedAt", "documentUpdatedAt", "emailDomain"?}</c>, maintained by the service. The real one
    /// adds <c>regionCode</c> once a phone number is stored; the mock does not (Decision).
    /// </summary>
    private static JObject Internal(Profile profile)
    {
        var json = new JObject
        {
            ["documentCreatedAt"] = IterableDates.ToWire(profile.DocumentCreatedTicks),
            ["documentUpdatedAt"] = IterableDates.ToWire(profile.UpdatedTicks),
        };
        if (profile.Email is { } email)
        {
            json["emailDomain"] = email[(email.LastIndexOf('@') + 1)..];
        }

        return json;
    }

    /// <summary><c>{token, platform, applicationName, endpointEnabled, …device dataFields flat}</c>.</summary>
    public static JObject Device(StoredDevice device)
    {
        var json = new JObject
        {
            ["token"] = device.Token,
            ["platform"] = device.Platform.ToString(),
            ["applicationName"] = device.ApplicationName,
            ["endpointEnabled"] = device.EndpointEnabled,
        };
        device.Extra.CopyPropertiesTo(json);

        return json;
    }

    private static void AddIdentifiers(JObject into, Profile profile)
    {
        if (profile.Email is not null)
        {
            into["email"] = profile.Email;
        }

        if (profile.UserId is not null)
        {
            into["userId"] = profile.UserId;
        }
    }
}
