using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// enablePush / disablePush: by extId every device of the user, by deviceToken that device only; with both,
/// extId wins. An unknown extId or token changes nothing and still answers 200.
/// </summary>
internal static class PushSwitch
{
    public static MockResponse Enable(HandlerContext<NetmeraState> ctx) => Switch(ctx, permitted: true);

    public static MockResponse Disable(HandlerContext<NetmeraState> ctx) => Switch(ctx, permitted: false);

    private static MockResponse Switch(HandlerContext<NetmeraState> ctx, bool permitted)
    {
        var body = ctx.Request.BodyObject;
        if ((string?)body["extId"] is { } extId)
        {
            if (body.ContainsKey("deviceToken"))
            {
                ctx.Warn("both extId and deviceToken given: extId wins, deviceToken ignored");
            }

            if (ctx.State.FindUser(extId) is not { } user)
            {
                ctx.Warn($"no user '{extId}': nothing changed");
                return MockResponse.EmptyOk;
            }

            if (user.Devices.Count == 0)
            {
                ctx.Warn($"user '{extId}' has no device: nothing to switch");
            }

            foreach (var device in user.Devices)
            {
                device.PushPermitted = permitted;
            }

            user.Untracked = false;
            return MockResponse.EmptyOk;
        }

        // The schema lets nothing else through: here it is the token.
        var token = RequestValues.Text(body, "deviceToken");
        if (ctx.State.FindDevice(token) is not { } known)
        {
            ctx.Warn($"no device with token '{token}': nothing changed");
            return MockResponse.EmptyOk;
        }

        known.PushPermitted = permitted;
        if (known.Owner is { } owner)
        {
            owner.Untracked = false;
        }

        return MockResponse.EmptyOk;
    }
}
