using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Iterable;

/// <summary>The two DELETE user forms; a profile's devices go with it.</summary>
internal static class DeleteUserHandler
{
    /// <summary>
    /// Success also for an unknown email (the real service answers the same for one already deleted); a
    /// malformed email is InvalidEmailAddressError, as for reads (Decision).
    /// </summary>
    public static MockResponse ByEmail(HandlerContext<IterableState> ctx)
    {
        if (ReadUserHandler.EmailOf(ctx, "delete users", out var email) is { } refused)
        {
            return refused;
        }

        if (ctx.State.ByEmail(email) is { } profile)
        {
            ctx.State.Remove(profile);
        }

        return IterableEnvelope.Success();
    }

    /// <summary>
    /// Deletes every profile with the userId (several in email-based projects). A userId longer than the
    /// write limit is simply unknown.
    /// </summary>
    public static MockResponse ByUserId(HandlerContext<IterableState> ctx)
    {
        var userId = ctx.Request.Parameters.Text("userId")!;
        var profiles = ctx.State.AllByUserId(userId);
        if (profiles.Count == 0)
        {
            // Two spaces: the email part of the sentence is empty (confidence M, a captured-looking integration mock).
            return IterableEnvelope.BadParams($"User does not exist. Email:  UserId: {userId}");
        }

        foreach (var profile in profiles)
        {
            ctx.State.Remove(profile);
        }

        return IterableEnvelope.Success($"All users associated with {userId} were successfully deleted");
    }
}
