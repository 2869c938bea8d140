using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>deleteUsersPermanently: users go with their devices, tags, preferences and attributes.</summary>
internal static class DeleteUsers
{
    public static MockResponse Delete(HandlerContext<NetmeraState> ctx)
    {
        if (!ctx.State.DeleteUsersEnabled)
        {
            return NetmeraErrors.Error(403, NetmeraErrors.NotAuthorized, "Not authorized for this action");
        }

        var unknown = 0;
        foreach (var extId in RequestValues.Strings(ctx.Request.BodyObject["extIds"]))
        {
            if (ctx.State.FindUser(extId) is { } user)
            {
                ctx.State.DeleteUser(user);
            }
            else
            {
                unknown++;
            }
        }

        if (unknown > 0)
        {
            ctx.Warn($"{unknown} external id(s) were not known and were ignored");
        }

        return MockResponse.EmptyOk;
    }
}
