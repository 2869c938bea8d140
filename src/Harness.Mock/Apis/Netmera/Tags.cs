using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>tagUsers / untagUsers: a user's tags are a set; tagging creates unknown users, untagging ignores them.</summary>
internal static class Tags
{
    public static MockResponse Tag(HandlerContext<NetmeraState> ctx)
    {
        var tag = RequestValues.Text(ctx.Request.BodyObject, "tag");
        foreach (var extId in RequestValues.Strings(ctx.Request.BodyObject["extIds"]))
        {
            ctx.State.GetOrCreateUser(extId).AddTag(tag);
        }

        return MockResponse.EmptyOk;
    }

    public static MockResponse Untag(HandlerContext<NetmeraState> ctx)
    {
        var tag = RequestValues.Text(ctx.Request.BodyObject, "tag");
        foreach (var extId in RequestValues.Strings(ctx.Request.BodyObject["extIds"]))
        {
            ctx.State.FindUser(extId)?.RemoveTag(tag);
        }

        return MockResponse.EmptyOk;
    }
}
