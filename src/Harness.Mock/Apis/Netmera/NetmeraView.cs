using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// <c>GET /__harness/netmera/view?tenant=K</c>: the tenant as the dashboard shows it: its settings and
/// definitions, each user with its devices (installation ids, installed flags), devices without a user,
/// segments with live counts, and messages with their approval status. A huge tenant shows its first users
/// only (<c>truncated</c>); the snapshot has everything.
/// </summary>
internal static class NetmeraView
{
    private const int MaxUsers = 500;

    public static MockResponse Render(JToken? body, NetmeraState state, TimeProvider clock) =>
        MockResponse.Ok(new JObject
        {
            ["userCount"] = state.UserCount,
            ["deviceCount"] = state.DeviceCount,
            ["truncated"] = state.UserCount > MaxUsers,
            ["deleteUsersEnabled"] = state.DeleteUsersEnabled,
            ["rejectInvalidEntries"] = state.RejectInvalidEntries,
            ["sharedEmails"] = state.SharedEmails,
            ["sharedMsisdns"] = state.SharedMsisdns,
            ["profileAttributes"] = state.ProfileAttributes.ToJson(),
            ["categories"] = new JArray(state.Categories),
            ["users"] = new JArray(state.UserPage(0, MaxUsers).Select(User)),
            ["devicesWithoutUser"] = new JArray(state.Devices.Where(d => d.Owner is null).Take(MaxUsers).Select(d => d.ToStateJson())),
            ["segments"] = new JArray(state.Segments.Reverse().Select(s =>
            {
                var json = s.ToJson();
                json["userCount"] = s.UserCount(state);
                return json;
            })),
            ["pushApprovalEnabled"] = state.Messages.Enabled,
            ["messages"] = new JArray(
                state.Messages.Pending.Select(id => new JObject { ["id"] = id, ["status"] = "pending" })
                    .Concat(state.Messages.Approved.Select(id => new JObject { ["id"] = id, ["status"] = "approved" }))),
        });

    private static JObject User(NetmeraUser user) => new()
    {
        ["extId"] = user.ExtId,
        ["untracked"] = user.Untracked,
        ["email"] = user.Email,
        ["msisdn"] = user.Msisdn,
        ["mailPermitted"] = user.MailPermitted,
        ["smsPermitted"] = user.SmsPermitted,
        ["attributes"] = user.Attributes?.DeepClone() ?? new JObject(),
        ["tags"] = new JArray(user.Tags?.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>()),
        ["categoryPreferences"] = user.CategoryPreferences is { } preferences ? NetmeraDocument.PreferencesJson(preferences) : new JObject(),
        ["devices"] = new JArray(user.Devices.Select(d => d.ToStateJson(withExtId: false))),
    };
}
