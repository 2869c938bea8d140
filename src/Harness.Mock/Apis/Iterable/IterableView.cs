using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// The dashboard's view of a project (<c>GET /__harness/iterable/view?tenant=K</c>): profiles with their
/// dataFields (system fields included, devices apart) and devices in the stored form, and the project's field
/// types (system fields' preset ones first), so a user can see why a write was refused.
/// </summary>
internal static class IterableView
{
    /// <summary>A browser cannot show a benchmark's million profiles; the first ones and the total are enough.</summary>
    public const int MaxUsers = 1000;

    public static JObject Of(IterableState state)
    {
        var users = new JArray();
        foreach (var profile in state.Profiles.Take(MaxUsers))
        {
            users.Add(new JObject
            {
                ["email"] = profile.Email,
                ["userId"] = profile.UserId,
                ["dataFields"] = ProfileJson.DataFields(profile, withDevices: false),
                ["devices"] = new JArray(profile.Devices.Select(ProfileJson.Device)),
            });
        }

        var fieldTypes = new JObject();
        foreach (var (path, type) in FieldTypes.Presets)
        {
            fieldTypes[path] = type;
        }

        foreach (var (path, type) in state.FieldTypes.Learned)
        {
            fieldTypes[path] = type;
        }

        return new JObject
        {
            ["projectType"] = state.ProjectType.ToWire(),
            ["projectId"] = state.ProjectId ?? state.KeyProjectId,
            ["dropUnrecognizedFields"] = state.DropUnrecognizedFields,
            ["presetFields"] = new JArray(FieldTypes.Presets.Keys),
            ["fieldTypes"] = fieldTypes,
            ["total"] = state.Count,
            ["truncated"] = state.Count > MaxUsers,
            ["users"] = users,
        };
    }
}
