namespace Harness.Mock.Apis.Iterable;

/// <summary>The project-wide identifier rules: placeholder emails and what a project type requires of the profiles.</summary>
internal sealed partial class IterableState
{
    /// <summary>An unused <c>&lt;random&gt;@placeholder.email</c> address, as email-based projects generate.</summary>
    public string NewPlaceholderEmail()
    {
        while (true)
        {
            var email = $"{Guid.NewGuid():N}@placeholder.email";
            if (ByEmail(email) is null)
            {
                return email;
            }
        }
    }

    /// <summary>
    /// Why the profiles do not fit a project type, or null: an identifier the type makes unique is shared,
    /// or a profile lacks the identifier the type requires (email-based: email, userID-based: userId).
    /// </summary>
    public string? Conflict(ProjectType type)
    {
        if (type.EmailIsUnique() && _byEmail.FirstShared() is { } email)
        {
            return $"email \"{email}\" is held by several profiles, but emails are unique in {type.Describe()} projects";
        }

        if (type.UserIdIsUnique() && _byUserId.FirstShared() is { } userId)
        {
            return $"userId \"{userId}\" is held by several profiles, but userIds are unique in {type.Describe()} projects";
        }

        var lacking = type switch
        {
            ProjectType.Email => _profiles.Values.FirstOrDefault(p => p.Email is null),
            ProjectType.UserId => _profiles.Values.FirstOrDefault(p => p.UserId is null),
            _ => null,
        };
        return lacking is null
            ? null
            : $"the profile {lacking.Email ?? lacking.UserId} has no {(type == ProjectType.Email ? "email" : "userId")}, which {type.Describe()} projects require";
    }
}
