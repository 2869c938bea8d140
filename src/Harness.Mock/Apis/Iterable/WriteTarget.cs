namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// Where a write lands: an existing profile, or a new one when <see cref="Existing"/> is null, and the
/// identifiers that profile will have afterwards (the loser of the precedence rule included).
/// </summary>
internal sealed record WriteTarget(Profile? Existing, string? Email, string? UserId)
{
    public bool EmailChanges => Email is not null && !string.Equals(Email, Existing?.Email, StringComparison.Ordinal);

    public bool UserIdChanges => UserId is not null && !string.Equals(UserId, Existing?.UserId, StringComparison.Ordinal);

    /// <summary>Creates the profile or writes the new identifiers; call only once the request is fully checked.</summary>
    public Profile Apply(IterableState state, long nowTicks)
    {
        if (Existing is not { } profile)
        {
            return state.Create(Email, UserId, nowTicks);
        }

        if (Email is not null)
        {
            state.SetEmail(profile, Email, nowTicks);
        }

        if (UserId is not null)
        {
            state.SetUserId(profile, UserId);
        }

        profile.UpdatedTicks = nowTicks;
        return profile;
    }
}
