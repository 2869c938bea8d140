using Harness.Core.Schemas;
using Harness.Mock.Modules;
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

        // Field types come last (behaviour.md's order); a mismatch rejects the whole request.
        var custom = CustomFields(dataFields);
        var dropNew = body.Value<bool?>("createNewFields") is { } create ? !create : state.DropUnrecognizedFields;
        var types = FieldTypeCheck.Run(state.FieldTypes, custom, "", dropNew);
        if (types.Mismatches.Count > 0)
        {
            return IterableEnvelope.TypesMismatched(state.ProjectIdFor(ctx.Request.ApiKey), types.Mismatches);
        }

        var now = IterableDates.Now(ctx.Clock);
        var profile = target.Apply(state, now);
        if (custom["signupDate"] is { } signupDate)
        {
            // The type check let only a date string or null through.
            profile.SignupTicks = signupDate.Type == JTokenType.Null ? null
                : IterableDates.TryParseClient((string)signupDate!, out var ticks) ? ticks : profile.SignupTicks;
        }

        profile.Custom = DataFieldsMerge.Apply(profile.Custom, custom, body.Value<bool?>("mergeNestedObjects") ?? false);
        types.Commit();
        if (types.Dropped.Count > 0)
        {
            ctx.Warn($"new fields dropped (createNewFields {(dropNew && body["createNewFields"] is null ? "absent and the tenant drops unrecognized fields" : "false")}): " +
                     string.Join(", ", types.Dropped));
        }

        return IterableEnvelope.Success();
    }

    /// <summary>A copy of the sent dataFields without the identifiers and the ignored system keys: what is typed and written.</summary>
    private static JObject CustomFields(JObject? dataFields)
    {
        var custom = new JObject();
        foreach (var property in dataFields?.Properties() ?? [])
        {
            if (property.Name is not ("email" or "userId") && !DataFieldsMerge.IgnoredKeys.Contains(property.Name))
            {
                custom[property.Name] = property.Value.DeepClone();
            }
        }

        return custom;
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
