using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// The one JSON form of a project, used by fixtures (the <c>"iterable"</c> part), snapshots and restores:
/// <code>
/// {"projectType": "email" | "userId" | "hybrid",                    (optional; default email)
///  "users": [{"email": "…", "userId": "…",                          (the project type's identifier is required)
///             "signupDate": "2021-06-30 20:04:57 +00:00",            (optional; default: now; fractions and ISO 8601 too)
///             "profileUpdatedAt": "…",                               (optional; default: signupDate)
///             "dataFields": {…custom fields, no system keys…},
///             "devices": [{"token", "platform": "APNS" | "APNS_SANDBOX" | "GCM", "applicationName",
///                          "endpointEnabled": true (default), "dataFields": {…}}]}]}
/// </code>
/// Snapshots write dates with their ticks (<see cref="IterableDates.ToExact"/>), so a round trip is exact;
/// restoring rebuilds the indexes.
/// </summary>
internal static partial class IterableDocument
{
    private static readonly IReadOnlySet<string> TopKeys = new HashSet<string>(["projectType", "users"], StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> UserKeys = new HashSet<string>(
        ["email", "userId", "signupDate", "profileUpdatedAt", "dataFields", "devices"], StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> DeviceKeys = new HashSet<string>(
        ["token", "platform", "applicationName", "endpointEnabled", "dataFields"], StringComparer.Ordinal);

    public static JObject Write(IterableState state)
    {
        var users = new JArray();
        foreach (var profile in state.Profiles)
        {
            users.Add(WriteUser(profile));
        }

        return new JObject { ["projectType"] = state.ProjectType.ToWire(), ["users"] = users };
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

        user["signupDate"] = IterableDates.ToExact(profile.SignupTicks);
        user["profileUpdatedAt"] = IterableDates.ToExact(profile.UpdatedTicks);
        if (profile.Custom is not null)
        {
            user["dataFields"] = profile.Custom.DeepClone();
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
                if (d.Extra is not null)
                {
                    device["dataFields"] = d.Extra.DeepClone();
                }

                return device;
            }));
        }

        return user;
    }
}
