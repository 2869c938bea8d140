using Harness.Mock.Server;

namespace Harness.Mock.Apis.Iterable;

/// <summary>The two DELETE user forms; a profile's devices go with it.</summary>
internal static class DeleteUserHandler
{
    /// <summary>Success also for an unknown email (the real service answers the same for one already deleted).</summary>
    public static MockResponse ByEmail(HandlerContext<IterableState> ctx)
    {
        if (ctx.State.ProjectType == ProjectType.UserId)
        {
            return IterableEnvelope.BadParams("This project is userID-based: delete users by userId");
        }

        if (ctx.State.ByEmail(ctx.Request.Parameters.Text("email")!) is { } profile)
        {
            ctx.State.Remove(profile);
        }

        return IterableEnvelope.Success();
    }

    /// <summary>Deletes every profile with the userId (several in email-based projects).</summary>
    public static MockResponse ByUserId(HandlerContext<IterableState> ctx)
    {
        var userId = ctx.Request.Parameters.Text("userId")!;
        if (!Identifiers.IsValidUserId(userId))
        {
            return IterableEnvelope.InvalidUserId(userId);
        }

        var profiles = ctx.State.AllByUserId(userId);
        if (profiles.Count == 0)
        {
            return IterableEnvelope.BadParams($"No users with userId {userId} exist");
        }

        foreach (var profile in profiles)
        {
            ctx.State.Remove(profile);
        }

        return IterableEnvelope.Success($"All users associated with {userId} were successfully deleted");
    }
}
