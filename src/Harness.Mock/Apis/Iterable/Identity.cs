using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>The identifiers a request sent (email lowercased, <c>userId: ""</c> dropped), each valid when present.</summary>
internal sealed record Identity(string? Email, string? UserId)
{
    public bool IsEmpty => Email is null && UserId is null;

    public bool HasBoth => Email is not null && UserId is not null;

    /// <summary>
    /// Reads <c>email</c> and <c>userId</c> from a body and checks them: neither (when one is needed) is
    /// BadParams, a malformed email InvalidEmailAddressError, a too long userId InvalidUserIdError.
    /// </summary>
    public static MockResponse? TryRead(JObject body, bool required, out Identity identity)
    {
        var sent = (string?)body["email"];
        identity = new Identity(sent is null ? null : Identifiers.NormalizeEmail(sent), Identifiers.UserIdOrNull((string?)body["userId"]));
        if (required && identity.IsEmpty)
        {
            return IterableEnvelope.NoIdentifier();
        }

        if (identity.Email is { } email && !Identifiers.IsValidEmail(email))
        {
            return IterableEnvelope.InvalidEmail(email);
        }

        if (identity.UserId is { } userId && !Identifiers.IsValidUserId(userId))
        {
            return IterableEnvelope.InvalidUserId(userId);
        }

        return null;
    }
}
