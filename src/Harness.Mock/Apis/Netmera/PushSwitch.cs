using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>enablePush / disablePush: by extId every device of the user, by deviceToken that device only.</summary>
internal static class PushSwitch
{
    public static MockResponse Enable(HandlerContext<NetmeraState> ctx) => Switch(ctx, permitted: true);

    public static MockResponse Disable(HandlerContext<NetmeraState> ctx) => Switch(ctx, permitted: false);

    private static MockResponse Switch(HandlerContext<NetmeraState> ctx, bool permitted)
    {
        var body = ctx.Request.BodyObject;
        if ((string?)body["extId"] is { } extId)
        {
            if (ctx.State.FindUser(extId) is not { } user)
            {
                return NetmeraErrors.UnknownExtId();
            }

            if (user.Devices.Count == 0)
            {
                ctx.Warn($"user '{extId}' has no device: nothing to switch");
            }

            foreach (var device in user.Devices)
            {
                device.PushPermitted = permitted;
            }

            return MockResponse.EmptyOk;
        }

        // The schema lets exactly one of the two through, so here it is the token.
        if (ctx.State.FindDevice(RequestValues.Text(body, "deviceToken")) is not { } known)
        {
            return NetmeraErrors.BadRequest(NetmeraErrors.ExternalIdNotFound, "Device token not found");
        }

        known.PushPermitted = permitted;
        return MockResponse.EmptyOk;
    }
}
