using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// The Netmera keys of tenant settings (<c>PUT /__harness/tenants/K</c>), also accepted at the top of a
/// fixture: <c>deleteUsersEnabled</c>, <c>segments</c> (replace the list) and <c>pushApproval</c> (replaces
/// the approval set-up). Keys of other modules are ignored; bad values throw, and the admin answers 400.
/// </summary>
internal static class NetmeraSettings
{
    public static readonly IReadOnlyList<string> Keys = ["deleteUsersEnabled", "segments", "pushApproval"];

    public static void Apply(NetmeraState state, JObject settings)
    {
        // Parse every key before changing anything, so a bad value leaves the tenant as it was.
        var deleteUsers = JsonFields.Bool(settings, "deleteUsersEnabled", "");

        var segments = settings["segments"] is { } list ? NetmeraSegment.ParseList(list, "segments") : null;
        var approval = settings["pushApproval"] is { } setup ? PendingMessages.Parse(setup, "pushApproval") : null;

        state.DeleteUsersEnabled = deleteUsers ?? state.DeleteUsersEnabled;
        state.Segments = segments ?? state.Segments;
        state.Messages = approval ?? state.Messages;
    }
}
