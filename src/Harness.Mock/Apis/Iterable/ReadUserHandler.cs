using Harness.Mock.Server;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>The four GET user forms: <c>{"user":{…}}</c>, or <c>{}</c> for an unknown user.</summary>
internal static class ReadUserHandler
{
    public static MockResponse ByEmail(HandlerContext<IterableState> ctx)
    {
        if (ctx.State.ProjectType == ProjectType.UserId)
        {
            return IterableEnvelope.BadParams("This project is userID-based: look users up by userId");
        }

        // A malformed email simply matches nobody.
        return Answer(ctx.State.ByEmail(ctx.Request.Parameters.Text("email")!));
    }

    /// <summary>In email-based projects several profiles may share the userId: the oldest is returned.</summary>
    public static MockResponse ByUserId(HandlerContext<IterableState> ctx)
    {
        var userId = ctx.Request.Parameters.Text("userId")!;
        return Identifiers.IsValidUserId(userId) ? Answer(ctx.State.ByUserId(userId)) : IterableEnvelope.InvalidUserId(userId);
    }

    private static MockResponse Answer(Profile? profile) =>
        MockResponse.Ok(profile is null ? new JObject() : new JObject { ["user"] = ProfileJson.User(profile) });
}
