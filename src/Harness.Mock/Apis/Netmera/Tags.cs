using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// tagUsers / untagUsers with one tag or several: a user's tags are a set. Tagging creates unknown users;
/// untagging ignores them, or lists them in <c>notExist</c> when asked to <c>checkExistence</c>.
/// </summary>
internal static class Tags
{
    public static MockResponse Tag(HandlerContext<NetmeraState> ctx)
    {
        var tags = TagsOf(ctx.Request.BodyObject);
        foreach (var extId in RequestValues.Strings(ctx.Request.BodyObject["extIds"]))
        {
            var user = ctx.State.GetOrCreateUser(extId);
            foreach (var tag in tags)
            {
                user.AddTag(tag);
            }

            user.Untracked = false;
        }

        return MockResponse.EmptyOk;
    }

    public static MockResponse Untag(HandlerContext<NetmeraState> ctx)
    {
        var body = ctx.Request.BodyObject;
        var tags = TagsOf(body);
        var notExist = new JArray();
        foreach (var extId in RequestValues.Strings(body["extIds"]))
        {
            if (ctx.State.FindUser(extId) is not { } user)
            {
                notExist.Add(extId);
                continue;
            }

            foreach (var tag in tags)
            {
                user.RemoveTag(tag);
            }

            user.Untracked = false;
        }

        if (body["checkExistence"] is { Type: JTokenType.Boolean } check && check.Value<bool>())
        {
            return MockResponse.Ok(new JObject { ["notExist"] = notExist });
        }

        if (notExist.Count > 0)
        {
            ctx.Warn($"{notExist.Count} external id(s) were not known and were ignored");
        }

        return MockResponse.EmptyOk;
    }

    /// <summary><c>tag</c> is a text or a list of texts (the schema has checked which).</summary>
    private static string[] TagsOf(JObject body) =>
        body["tag"] is JArray list ? RequestValues.Strings(list).Distinct(StringComparer.Ordinal).ToArray() : [RequestValues.Text(body, "tag")];
}
