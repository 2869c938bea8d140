using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// The one JSON form of a project, used by fixtures (the <c>"iterable"</c> part), snapshots and restores:
/// <code>
/// {"projectType": "email" | "userId" | "hybrid",                    (optional; default email)
///  "projectId": 10216,                                              (optional; default derived from the key)
///  "dropUnrecognizedFields": false,                                 (optional; default false)
///  "fieldTypes": {"plan": "string", "address.zip": "long", …},      (optional; the users' data adds the rest)
///  "users": [{"email": "…", "userId": "…",                          (the project type's identifier is required)
///             "signupDate": "2021-06-30 20:04:57 +00:00",            (optional; default: now; null: none)
///             "profileUpdatedAt": "…",                               (optional; default: signupDate)
///             "documentCreatedAt": "…",                              (optional; default: signupDate)
///             "dataFields": {…custom fields, no system keys…},
///             "devices": [{"token", "platform": "APNS" | "APNS_SANDBOX" | "GCM", "applicationName",
///                          "endpointEnabled": true (default), "dataFields": {…}}]}]}
/// </code>
/// Users' data counts as accepted: it fixes the types of new fields and must fit the known ones. Snapshots
/// write dates as the API shows them (<see cref="IterableDates.ToWire"/>, whole seconds): what a client can
/// see survives a round trip exactly, and a snapshot's text reads like the API's answers. Restoring rebuilds the indexes.
/// </summary>
internal static partial class IterableDocument
{
    private static readonly IReadOnlySet<string> TopKeys = new HashSet<string>(
        ["projectType", "projectId", "dropUnrecognizedFields", "fieldTypes", "users"], StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> UserKeys = new HashSet<string>(
        ["email", "userId", "signupDate", "profileUpdatedAt", "documentCreatedAt", "dataFields", "devices"], StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> DeviceKeys = new HashSet<string>(
        ["token", "platform", "applicationName", "endpointEnabled", "dataFields"], StringComparer.Ordinal);

    public static JObject Write(IterableState state)
    {
        var users = new JArray();
        foreach (var profile in state.Profiles)
        {
            users.Add(WriteUser(profile));
        }

        var document = new JObject { ["projectType"] = state.ProjectType.ToWire() };
        if (state.ProjectId is { } projectId)
        {
            document["projectId"] = projectId;
        }

        document["dropUnrecognizedFields"] = state.DropUnrecognizedFields;
        document["fieldTypes"] = FieldTypesJson(state.FieldTypes);
        document["users"] = users;
        return document;
    }

    /// <summary>The learned field types as <c>{"path": "type"}</c>, in the order they became known.</summary>
    public static JObject FieldTypesJson(FieldTypes types)
    {
        var json = new JObject();
        foreach (var (path, type) in types.Learned)
        {
            json[path] = type;
        }

        return json;
    }

    private static JObject WriteUser(Profile profile)
    {
        var user = new JObject();
        if (profile.Email is not null)
        {
            user["email"] = profile.Email;
        }

        if (profile.UserId is not null)
        {
            user["userId"] = profile.UserId;
        }

        user["signupDate"] = profile.SignupTicks is { } signup ? IterableDates.ToWire(signup) : JValue.CreateNull();
        user["profileUpdatedAt"] = IterableDates.ToWire(profile.UpdatedTicks);
        user["documentCreatedAt"] = IterableDates.ToWire(profile.DocumentCreatedTicks);
        if (!profile.Custom.IsEmpty)
        {
            user["dataFields"] = profile.Custom.Unpack();
        }

        if (profile.Devices is { Count: > 0 } devices)
        {
            user["devices"] = new JArray(devices.Select(d =>
            {
                var device = new JObject
                {
                    ["token"] = d.Token,
                    ["platform"] = d.Platform.ToString(),
                    ["applicationName"] = d.ApplicationName,
                    ["endpointEnabled"] = d.EndpointEnabled,
                };
                if (!d.Extra.IsEmpty)
                {
                    device["dataFields"] = d.Extra.Unpack();
                }

                return device;
            }));
        }

        return user;
    }
}
