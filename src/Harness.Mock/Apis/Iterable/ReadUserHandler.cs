using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>The four GET user forms: <c>{"user":{…}}</c>, or <c>{}</c> for an unknown user.</summary>
internal static class ReadUserHandler
{
    /// <summary>A malformed email is 400 InvalidEmailAddressError (recorded: <c>GET /api/users/000</c>).</summary>
    public static MockResponse ByEmail(HandlerContext<IterableState> ctx)
    {
        if (EmailOf(ctx, "look users up", out var email) is { } refused)
        {
            return refused;
        }

        return Answer(ctx.State.ByEmail(email));
    }

    /// <summary>
    /// In email-based projects several profiles may share the userId: the oldest is returned. The 52-character
    /// limit binds writes only: a longer userId matches nobody.
    /// </summary>
    public static MockResponse ByUserId(HandlerContext<IterableState> ctx) =>
        Answer(ctx.State.ByUserId(ctx.Request.Parameters.Text("userId")!));

    /// <summary>
    /// The lowercased email a read or delete names, or its refusal: userID-based projects look users up by
    /// userId only (BadParams); elsewhere a malformed email is InvalidEmailAddressError.
    /// </summary>
    public static MockResponse? EmailOf(HandlerContext<IterableState> ctx, string action, out string email)
    {
        email = Identifiers.NormalizeEmail(ctx.Request.Parameters.Text("email")!);
        if (ctx.State.ProjectType == ProjectType.UserId)
        {
            return IterableEnvelope.BadParams($"This project is userID-based: {action} by userId");
        }

        return Identifiers.IsValidEmail(email) ? null : IterableEnvelope.InvalidEmail(email);
    }

    private static MockResponse Answer(Profile? profile) =>
        MockResponse.Ok(profile is null ? new JObject() : new JObject { ["user"] = ProfileJson.User(profile) });
}
