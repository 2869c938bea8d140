using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// <c>GET /__harness/netmera/view?tenant=K</c>: the tenant as the dashboard shows it, each user with its
/// devices, segments with live counts, and messages with their approval status. A huge tenant shows its
/// first users only (<c>truncated</c>); the snapshot has everything.
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
            ["users"] = new JArray(state.UserPage(0, MaxUsers).Select(User)),
            ["segments"] = new JArray(state.Segments.Select(s =>
            {
                var json = s.ToJson();
                json["userCount"] = s.Members(state).Count();
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
        ["email"] = user.Email,
        ["msisdn"] = user.Msisdn,
        ["mailPermitted"] = user.MailPermitted,
        ["smsPermitted"] = user.SmsPermitted,
        ["attributes"] = user.Attributes?.DeepClone() ?? new JObject(),
        ["tags"] = new JArray(user.Tags?.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>()),
        ["categories"] = new JObject(user.Categories?.Select(c => new JProperty(c.Key, c.Value)) ?? []),
        ["devices"] = new JArray(user.Devices.Select(d => d.ToJson())),
    };
}
