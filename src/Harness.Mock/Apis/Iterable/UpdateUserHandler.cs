using Harness.Core.Schemas;
using Harness.Mock.Server;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>POST /api/users/update: create or update a profile and merge its dataFields.</summary>
internal static class UpdateUserHandler
{
    public static MockResponse Handle(HandlerContext<IterableState> ctx)
    {
        var body = ctx.Request.BodyObject;
        var state = ctx.State;
        if (Identity.TryRead(body, required: true, out var id) is { } badIdentity)
        {
            return badIdentity;
        }

        var dataFields = body["dataFields"] as JObject;
        if (TryReadIdentifierChanges(dataFields, state.ProjectType, out var newEmail, out var newUserId) is { } badChange)
        {
            return badChange;
        }

        if (IdentityResolver.TryResolveWrite(state, id, body.Value<bool?>("preferUserId") ?? false, out var target) is { } unresolved)
        {
            return unresolved;
        }

        target = target with { Email = newEmail ?? target.Email, UserId = newUserId ?? target.UserId };
        if (IdentityResolver.CheckUnique(state, target) is { } conflict)
        {
            return conflict;
        }

        var profile = target.Apply(state, IterableDates.Now(ctx.Clock));
        if (dataFields is not null)
        {
            profile.Custom = DataFieldsMerge.Apply(profile.Custom, dataFields, body.Value<bool?>("mergeNestedObjects") ?? false);
        }

        return IterableEnvelope.Success();
    }

    /// <summary>
    /// <c>dataFields.userId</c> (every project type) and <c>dataFields.email</c> (not in email-based
    /// projects, where changing an email needs updateEmail) change the profile's identifiers.
    /// </summary>
    private static MockResponse? TryReadIdentifierChanges(JObject? dataFields, ProjectType type, out string? email, out string? userId)
    {
        email = null;
        userId = null;
        if (dataFields is null)
        {
            return null;
        }

        if (dataFields["userId"] is { Type: not JTokenType.Null } sentUserId)
        {
            if (sentUserId.Type != JTokenType.String)
            {
                return NotAString("userId");
            }

            userId = Identifiers.UserIdOrNull((string?)sentUserId);
            if (userId is not null && !Identifiers.IsValidUserId(userId))
            {
                return IterableEnvelope.InvalidUserId(userId);
            }
        }

        if (type != ProjectType.Email && dataFields["email"] is { Type: not JTokenType.Null } sentEmail)
        {
            if (sentEmail.Type != JTokenType.String)
            {
                return NotAString("email");
            }

            email = Identifiers.NormalizeEmail((string)sentEmail!);
            if (!Identifiers.IsValidEmail(email))
            {
                return IterableEnvelope.InvalidEmail(email);
            }
        }

        return null;
    }

    // The schema lets dataFields hold anything, but an identifier must be text: answer as the schema check would.
    private static MockResponse NotAString(string key) => IterableErrors.Instance.Invalid(
        [new SchemaViolation(["dataFields", key], ViolationKind.WrongType, $"expected string for dataFields.{key}", "string")], []);
}
