using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// The Netmera keys of tenant settings (<c>PUT /__harness/tenants/K</c>), also accepted at the top of a
/// fixture: switches (<c>deleteUsersEnabled</c>, <c>rejectInvalidEntries</c>, <c>sharedEmails</c>,
/// <c>sharedMsisdns</c>), what the panel defines (<c>profileAttributes</c>, <c>categories</c>,
/// <c>segments</c>, each replacing the tenant's) and <c>pushApproval</c>. Keys of other modules are
/// ignored; bad values throw, and the admin answers 400.
/// </summary>
internal static class NetmeraSettings
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "deleteUsersEnabled", "rejectInvalidEntries", "sharedEmails", "sharedMsisdns",
        "profileAttributes", "categories", "segments", "pushApproval",
    ];

    public static void Apply(NetmeraState state, JObject settings) => Prepare(state, settings)();

    /// <summary>
    /// Parses every key before changing anything and returns the change, which cannot fail: a bad value throws
    /// here and leaves the tenant as it was. Segments, attribute definitions and categories replace the tenant's
    /// whole; nothing here depends on its users or devices.
    /// </summary>
    public static Action Prepare(NetmeraState state, JObject settings)
    {
        var deleteUsers = JsonFields.Bool(settings, "deleteUsersEnabled", "");
        var rejectInvalid = JsonFields.Bool(settings, "rejectInvalidEntries", "");
        var sharedEmails = JsonFields.Bool(settings, "sharedEmails", "");
        var sharedMsisdns = JsonFields.Bool(settings, "sharedMsisdns", "");
        var attributes = settings["profileAttributes"] is { Type: not JTokenType.Null } defined
            ? AttributeDefinitions.Parse(defined, "profileAttributes")
            : null;
        var categories = JsonFields.Array(settings, "categories", "") is null
            ? null
            : JsonFields.Strings(settings, "categories", "").Distinct(StringComparer.Ordinal).ToArray();
        var segments = settings["segments"] is { } list ? NetmeraSegment.ParseList(list, "segments") : null;
        var approval = settings["pushApproval"] is { } setup ? PendingMessages.Parse(setup, "pushApproval") : null;

        return () =>
        {
            state.DeleteUsersEnabled = deleteUsers ?? state.DeleteUsersEnabled;
            state.RejectInvalidEntries = rejectInvalid ?? state.RejectInvalidEntries;
            state.SharedEmails = sharedEmails ?? state.SharedEmails;
            state.SharedMsisdns = sharedMsisdns ?? state.SharedMsisdns;
            state.ProfileAttributes = attributes ?? state.ProfileAttributes;
            state.Categories = categories ?? state.Categories;
            state.Segments = segments ?? state.Segments;
            state.Messages = approval ?? state.Messages;
        };
    }

    /// <summary>The settings as <see cref="Apply"/> reads them, for snapshots.</summary>
    public static void Write(NetmeraState state, JObject into)
    {
        into["deleteUsersEnabled"] = state.DeleteUsersEnabled;
        into["rejectInvalidEntries"] = state.RejectInvalidEntries;
        into["sharedEmails"] = state.SharedEmails;
        into["sharedMsisdns"] = state.SharedMsisdns;
        into["profileAttributes"] = state.ProfileAttributes.ToJson();
        into["categories"] = new JArray(state.Categories);
        into["segments"] = new JArray(state.Segments.Select(s => s.ToJson()));
        into["pushApproval"] = state.Messages.ToJson();
    }
}
