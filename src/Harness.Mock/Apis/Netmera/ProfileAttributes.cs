using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Custom profile attributes by key. Writes that add data create unknown users; writes that only remove
/// ignore them. Email and MSISDN are user fields and never appear here.
/// </summary>
internal static partial class ProfileAttributes
{
    public static MockResponse Get(HandlerContext<NetmeraState> ctx)
    {
        var extId = ctx.Request.Parameters.Text("extId")!;
        return ctx.State.FindUser(extId) is { } user
            ? MockResponse.Ok(new JObject { ["extId"] = extId, ["profile"] = user.Attributes?.DeepClone() ?? new JObject() })
            : NetmeraErrors.UnknownExtId();
    }

    /// <summary>Given keys overwritten, other keys kept.</summary>
    public static MockResponse Set(HandlerContext<NetmeraState> ctx)
    {
        var items = ctx.Request.BodyArray;
        if (IdLimit.Check(items) is { } tooMany)
        {
            return tooMany;
        }

        foreach (var item in items)
        {
            var user = ctx.State.GetOrCreateUser(RequestValues.Text(item, "extId"));
            foreach (var attribute in ((JObject)item["profile"]!).Properties())
            {
                user.SetAttribute(attribute.Name, attribute.Value.DeepClone());
            }
        }

        return MockResponse.EmptyOk;
    }

    public static MockResponse Unset(HandlerContext<NetmeraState> ctx)
    {
        var items = ctx.Request.BodyArray;
        if (IdLimit.Check(items) is { } tooMany)
        {
            return tooMany;
        }

        foreach (var item in items)
        {
            if (ctx.State.FindUser(RequestValues.Text(item, "extId")) is { } user)
            {
                foreach (var key in RequestValues.Strings(item["profile"]))
                {
                    user.RemoveAttribute(key);
                }
            }
        }

        return MockResponse.EmptyOk;
    }

    /// <summary>deleteProfileAttributes: the keys go from every user of the tenant.</summary>
    public static MockResponse DeleteEverywhere(HandlerContext<NetmeraState> ctx)
    {
        var keys = ctx.Request.BodyArray.SelectMany(item => RequestValues.Strings(item["profile"])).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var user in ctx.State.Users.Where(u => u.Attributes is not null))
        {
            foreach (var key in keys)
            {
                user.RemoveAttribute(key);
            }
        }

        return MockResponse.EmptyOk;
    }
}
