using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// The identity table of behaviour.md: which profile a request means, per project type. Each method
/// returns the error to answer, or null with its result; none of them changes the state.
/// </summary>
internal static class IdentityResolver
{
    /// <summary>
    /// The profile users/update and registerDeviceToken write to, created where the project type allows,
    /// with the loser of the precedence rule written to it.
    /// </summary>
    public static MockResponse? TryResolveWrite(IterableState state, Identity id, bool preferUserId, out WriteTarget target)
    {
        target = new WriteTarget(null, id.Email, id.UserId);
        switch (state.ProjectType)
        {
            case ProjectType.Email when id.Email is { } email:
                // Email wins; a userId sent with it overwrites the profile's (userIds are not unique here).
                var byEmail = state.ByEmail(email);
                target = new WriteTarget(byEmail, email, id.UserId ?? byEmail?.UserId);
                return null;

            case ProjectType.Email:
                var byUserId = state.ByUserId(id.UserId!);
                if (byUserId is not null)
                {
                    target = new WriteTarget(byUserId, byUserId.Email, id.UserId);
                    return null;
                }

                if (!preferUserId)
                {
                    return IterableEnvelope.UnknownUserId(id.UserId!, mentionPreferUserId: true);
                }

                // Email-based profiles always have an email: one made from a userId gets a placeholder.
                target = new WriteTarget(null, state.NewPlaceholderEmail(), id.UserId);
                return null;

            case ProjectType.UserId when id.UserId is null:
                return IterableEnvelope.UserIdRequired();

            case ProjectType.UserId:
                var owner = state.ByUserId(id.UserId);
                target = new WriteTarget(owner, id.Email ?? owner?.Email, id.UserId);
                return null;

            default:
                // Hybrid: userId wins, but an unknown userId with a known email picks that email's profile.
                var chosen = id.UserId is { } userId
                    ? state.ByUserId(userId) ?? (id.Email is { } known ? state.ByEmail(known) : null)
                    : state.ByEmail(id.Email!);
                target = new WriteTarget(chosen, id.Email ?? chosen?.Email, id.UserId ?? chosen?.UserId);
                return null;
        }
    }

    /// <summary>409 ExternalKeyConflict when the target would take an identifier another profile holds and must not share.</summary>
    public static MockResponse? CheckUnique(IterableState state, WriteTarget target)
    {
        if (state.ProjectType.EmailIsUnique() && target.EmailChanges && state.EmailHeldByOther(target.Email!, target.Existing))
        {
            return IterableEnvelope.Conflict("email", target.Email!);
        }

        if (state.ProjectType.UserIdIsUnique() && target.UserIdChanges && state.UserIdHeldByOther(target.UserId!, target.Existing))
        {
            return IterableEnvelope.Conflict("userId", target.UserId!);
        }

        return null;
    }

    /// <summary>
    /// The existing profile a request names, for calls that never create one (disableDevice): only the
    /// precedence winner counts; the other identifier is ignored.
    /// </summary>
    public static MockResponse? TryFindNamed(IterableState state, Identity id, out Profile profile)
    {
        profile = null!;
        if (state.ProjectType == ProjectType.UserId && id.UserId is null)
        {
            return IterableEnvelope.UserIdRequired();
        }

        var byUserId = id.UserId is not null && (id.Email is null || state.ProjectType.UserIdWins());
        Profile? found = byUserId ? state.ByUserId(id.UserId!) : state.ByEmail(id.Email!);
        if (found is null)
        {
            return byUserId ? IterableEnvelope.UnknownUserId(id.UserId!, mentionPreferUserId: false) : IterableEnvelope.UnknownEmail(id.Email!);
        }

        profile = found;
        return null;
    }
}
