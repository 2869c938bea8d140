using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// The Netmera part of fixtures and snapshots, one format for both (a snapshot is a valid fixture):
/// <code>
/// {
///   "deleteUsersEnabled": true,
///   "users": [{ "extId": "u1", "email": "a@example.com", "msisdn": "905551112233",
///               "mailPermitted": true, "smsPermitted": false, "tags": ["Sport"],
///               "attributes": {"country": "TR"}, "categories": {"Campaigns": true},
///               "devices": [{ "platform": "IOS", "token": "t1", "deviceModel": "iPhone15,2", "pushPermitted": true }] }],
///   "devices": [{ "extId": "u1", "platform": "ANDROID", "token": "t2" }],
///   "segments": [{ "id": 5883, "name": "sport", "type": "STANDARD", "rule": {"tag": "Sport"} },
///                { "id": 7, "name": "tr", "type": "STANDARD", "rule": {"attribute": "country", "equals": "TR"} },
///                { "id": 9, "name": "vip", "type": "PRODUCT_SEGMENT", "extIds": ["u1"] }],
///   "pushApproval": { "enabled": true, "pendingMessageIds": [101], "approvedMessageIds": [] }
/// }
/// </code>
/// Every key is optional; only <c>extId</c> and a device's <c>platform</c> are required. Users keep file
/// order; devices are registered in file order, those under <c>users</c> first, then the top-level
/// <c>devices</c> (which name their user, so that snapshots keep registration order across users).
/// Seeding adds to what the tenant has: a known user gets the given fields on top, a known token updates
/// its device. Snapshots leave out empty and null fields.
/// </summary>
internal static class NetmeraDocument
{
    private static readonly string[] DocumentKeys = [.. NetmeraSettings.Keys, "users", "devices"];
    private static readonly string[] UserKeys =
        ["extId", "email", "msisdn", "mailPermitted", "smsPermitted", "tags", "attributes", "categories", "devices"];

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

        foreach (var category in JsonFields.OptionalObject(json, "categories", path)?.Properties() ?? [])
        {
            user.SetCategory(category.Name, category.Value.Type == JTokenType.Boolean
                ? category.Value.Value<bool>()
                : throw new FormatException($"{path}.categories.{category.Name} should be true or false"));
        }

        var devices = JsonFields.Array(json, "devices", path) ?? [];
        for (var i = 0; i < devices.Count; i++)
        {
            state.RegisterDevice(DeviceRegistration.Parse(devices[i], $"{path}.devices[{i}]", user.ExtId));
        }
    }

    public static JObject Write(NetmeraState state) => new()
    {
        ["deleteUsersEnabled"] = state.DeleteUsersEnabled,
        ["users"] = new JArray(state.Users.Select(WriteUser)),
        ["devices"] = new JArray(state.Devices.Select(d => d.ToJson(withExtId: true))),
        ["segments"] = new JArray(state.Segments.Select(s => s.ToJson())),
        ["pushApproval"] = state.Messages.ToJson(),
    };

    private static JObject WriteUser(NetmeraUser user)
    {
        var json = new JObject { ["extId"] = user.ExtId };
        Add(json, "email", user.Email);
        Add(json, "msisdn", user.Msisdn);
        Add(json, "mailPermitted", user.MailPermitted);
        Add(json, "smsPermitted", user.SmsPermitted);
        if (user.Tags is { } tags)
        {
            json["tags"] = new JArray(tags.Order(StringComparer.Ordinal));
        }

        if (user.Attributes is { } attributes)
        {
            json["attributes"] = attributes.DeepClone();
        }

        if (user.Categories is { } categories)
        {
            json["categories"] = new JObject(categories.Select(c => new JProperty(c.Key, c.Value)));
        }

        return json;
    }

    private static void Add(JObject json, string name, object? value)
    {
        if (value is not null)
        {
            json[name] = JToken.FromObject(value);
        }
    }
}
