using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// deleteUsersPermanently: every external id must name a user (untracked ones included), else nothing
/// happens. With the feature on (the default) the users go at once with their devices, tags, preferences
/// and attributes; off, the call behaves like Netmera's deleteUsers and only untracks them.
/// </summary>
internal static class DeleteUsers
{
    public static MockResponse Delete(HandlerContext<NetmeraState> ctx)
    {
        var extIds = RequestValues.Strings(ctx.Request.BodyObject["extIds"]);
        if (extIds.FirstOrDefault(extId => ctx.State.FindUser(extId) is null) is { } unknown)
        {
            return NetmeraErrors.BadRequest(NetmeraErrors.UserNotFound,
                $"User with external id '{unknown}' does not exist or has already been permanently deleted");
        }

        var users = extIds.Select(extId => ctx.State.FindUser(extId)!).ToArray();
        if (!ctx.State.DeleteUsersEnabled)
        {
            ctx.Warn("permanent deletion is off for this tenant (deleteUsersEnabled: false): the users are only untracked");
            foreach (var user in users)
            {
                user.Untracked = true;
            }

            return MockResponse.EmptyOk;
        }

        foreach (var user in users)
        {
            ctx.State.DeleteUser(user);
        }

        return MockResponse.EmptyOk;
    }
}
