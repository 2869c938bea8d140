using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// The Netmera part of fixtures and snapshots, one format for both (a snapshot is a valid fixture):
/// <code>
/// {
///   "deleteUsersEnabled": true, "rejectInvalidEntries": false, "sharedEmails": false, "sharedMsisdns": false,
///   "profileAttributes": {"country": "string", "interests": "string[]"}, "categories": ["Campaigns"],
///   "users": [{ "extId": "u1", "email": "a@example.com", "msisdn": "905551112233",
///               "mailPermitted": true, "smsPermitted": false, "untracked": false, "tags": ["Sport"],
///               "attributes": {"country": "TR"}, "categoryPreferences": {"Campaigns": {"MOBILE": true}},
///               "devices": [{ "installationId": "i-1", "platform": "IOS", "token": "t1",
///                             "deviceModel": "iPhone15,2", "pushPermitted": true, "installed": true }] }],
///   "devices": [{ "extId": "u1", "platform": "ANDROID", "token": "t2" }, { "platform": "WEB" }],
///   "segments": [{ "id": 5883, "name": "sport", "type": "STANDARD", "rule": {"tag": "Sport"} }],
///   "pushApproval": { "enabled": true, "pendingMessageIds": [101], "approvedMessageIds": [] }
/// }
/// </code>
/// Every key is optional; only <c>extId</c> and a device's <c>platform</c> are required. A preference may
/// be given as one boolean for every channel of the category. Users keep file order; devices are
/// registered in file order, those under <c>users</c> first, then the top-level <c>devices</c> (which name
/// their user, or none, so that snapshots keep registration order across users). Seeding adds to what the
/// tenant has: a known user gets the given fields on top, a known installation id updates its device.
/// Snapshots leave out empty and null user fields.
/// </summary>
internal static class NetmeraDocument
{
    private static readonly string[] DocumentKeys = [.. NetmeraSettings.Keys, "users", "devices"];
    private static readonly string[] UserKeys =
        ["extId", "email", "msisdn", "mailPermitted", "smsPermitted", "untracked", "tags", "attributes", "categoryPreferences", "devices"];

    public static void Load(NetmeraState state, JObject document)
    {
        JsonFields.OnlyKnown(document, "", DocumentKeys);
        NetmeraSettings.Apply(state, document);
        var users = JsonFields.Array(document, "users", "") ?? [];
        for (var i = 0; i < users.Count; i++)
        {
            LoadUser(state, users[i], $"users[{i}]");
        }

        var devices = JsonFields.Array(document, "devices", "") ?? [];
        for (var i = 0; i < devices.Count; i++)
        {
            state.RegisterDevice(DeviceRegistration.Parse(devices[i], $"devices[{i}]"));
        }
    }

    private static void LoadUser(NetmeraState state, JToken token, string path)
    {
        var json = JsonFields.Object(token, path);
        JsonFields.OnlyKnown(json, path, UserKeys);
        var user = state.GetOrCreateUser(JsonFields.RequiredString(json, "extId", path));
        user.Email = json.ContainsKey("email") ? JsonFields.String(json, "email", path) : user.Email;
        user.Msisdn = json.ContainsKey("msisdn") ? JsonFields.String(json, "msisdn", path) : user.Msisdn;
        user.MailPermitted = json.ContainsKey("mailPermitted") ? JsonFields.Bool(json, "mailPermitted", path) : user.MailPermitted;
        user.SmsPermitted = json.ContainsKey("smsPermitted") ? JsonFields.Bool(json, "smsPermitted", path) : user.SmsPermitted;
        user.Untracked = JsonFields.Bool(json, "untracked", path) ?? user.Untracked;
        foreach (var tag in JsonFields.Strings(json, "tags", path))
        {
            user.AddTag(tag);
        }

        foreach (var attribute in JsonFields.OptionalObject(json, "attributes", path)?.Properties() ?? [])
        {
            // null counts as absent here as in the API, so no attribute ever holds null.
            if (attribute.Value.Type != JTokenType.Null)
            {
                user.SetAttribute(attribute.Name, attribute.Value.DeepClone());
            }
        }

        foreach (var category in JsonFields.OptionalObject(json, "categoryPreferences", path)?.Properties() ?? [])
        {
            LoadPreference(user, category, $"{path}.categoryPreferences.{category.Name}");
        }

        var devices = JsonFields.Array(json, "devices", path) ?? [];
        for (var i = 0; i < devices.Count; i++)
        {
            state.RegisterDevice(DeviceRegistration.Parse(devices[i], $"{path}.devices[{i}]", user.ExtId));
        }
    }

    private static void LoadPreference(NetmeraUser user, JProperty category, string path)
    {
        if (category.Value.Type == JTokenType.Boolean)
        {
            foreach (var channel in CategoryPreferences.Channels)
            {
                user.SetCategory(category.Name, channel, category.Value.Value<bool>());
            }

            return;
        }

        foreach (var channel in JsonFields.Object(category.Value, path).Properties())
        {
            if (!CategoryPreferences.Channels.Contains(channel.Name, StringComparer.Ordinal) || channel.Value.Type != JTokenType.Boolean)
            {
                throw new FormatException(
                    $"{path}.{channel.Name}: a preference is a channel ({string.Join(", ", CategoryPreferences.Channels)}) set to true or false");
            }

            user.SetCategory(category.Name, channel.Name, channel.Value.Value<bool>());
        }
    }

    public static JObject Write(NetmeraState state)
    {
        var json = new JObject();
        NetmeraSettings.Write(state, json);
        json["users"] = new JArray(state.Users.Select(WriteUser));
        json["devices"] = new JArray(state.Devices.Select(d => d.ToStateJson()));
        return json;
    }

    private static JObject WriteUser(NetmeraUser user)
    {
        var json = new JObject { ["extId"] = user.ExtId };
        Add(json, "email", user.Email);
        Add(json, "msisdn", user.Msisdn);
        Add(json, "mailPermitted", user.MailPermitted);
        Add(json, "smsPermitted", user.SmsPermitted);
        if (user.Untracked)
        {
            json["untracked"] = true;
        }

        if (user.Tags is { } tags)
        {
            json["tags"] = new JArray(tags.Order(StringComparer.Ordinal));
        }

        if (user.Attributes is { } attributes)
        {
            json["attributes"] = attributes.DeepClone();
        }

        if (user.CategoryPreferences is { } preferences)
        {
            json["categoryPreferences"] = PreferencesJson(preferences);
        }

        return json;
    }

    public static JObject PreferencesJson(Dictionary<string, Dictionary<string, bool>> preferences) =>
        new(preferences.Select(c => new JProperty(c.Key, new JObject(c.Value.Select(ch => new JProperty(ch.Key, ch.Value))))));

    private static void Add(JObject json, string name, object? value)
    {
        if (value is not null)
        {
            json[name] = JToken.FromObject(value);
        }
    }
}
