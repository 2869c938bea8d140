using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Custom profile attributes by key. set creates unknown users; unset ignores them. When the tenant defines
/// attributes, set drops undefined keys and wrong-typed values, and reads show only defined attributes.
/// Email and MSISDN are user fields and never appear here.
/// </summary>
internal static partial class ProfileAttributes
{
    /// <summary>By <c>extId</c>, or by <c>deviceToken</c> when extId is absent (the answer's extId is then null).</summary>
    public static MockResponse Get(HandlerContext<NetmeraState> ctx)
    {
        // Empty counts as absent, as for every parameter.
        var extId = ctx.Request.Parameters.Text("extId") is { Length: > 0 } id ? id : null;
        var token = ctx.Request.Parameters.Text("deviceToken") is { Length: > 0 } text ? text : null;
        if (extId is null && token is null)
        {
            return NetmeraErrors.BadRequest(NetmeraErrors.MissingParameter, "Missing required parameter: one of 'extId' or 'deviceToken' is required");
        }

        var user = extId is not null ? ctx.State.FindUser(extId) : ctx.State.FindDevice(token!)?.Owner;
        if (user is null)
        {
            return NetmeraErrors.BadRequest(NetmeraErrors.UserNotFound, extId is not null
                ? $"User with external id '{extId}' not found"
                : $"No user found for device token '{token}'");
        }

        var profile = new JObject();
        foreach (var attribute in user.Attributes?.Properties() ?? [])
        {
            // Values of an attribute the tenant no longer defines are kept, but hidden.
            if (ctx.State.ProfileAttributes.IsDefined(attribute.Name))
            {
                profile[attribute.Name] = attribute.Value.DeepClone();
            }
        }

        return MockResponse.Ok(new JObject { ["extId"] = extId, ["profile"] = profile });
    }

    /// <summary>Given keys overwritten (arrays replaced whole), other keys kept; null never unsets.</summary>
    public static MockResponse Set(HandlerContext<NetmeraState> ctx)
    {
        if (BatchEntries.Admit(ctx) is { } refused)
        {
            return refused;
        }

        foreach (var item in ctx.Request.BodyArray)
        {
            var user = ctx.State.GetOrCreateUser(RequestValues.Text(item, "extId"));
            foreach (var attribute in ((JObject)item["profile"]!).Properties())
            {
                if (attribute.Value.Type == JTokenType.Null)
                {
                    ctx.Warn($"user '{user.ExtId}': '{attribute.Name}' is null and was dropped (unsetProfileAttributes removes a key)");
                }
                else if (!ctx.State.ProfileAttributes.AcceptsSet(attribute.Name, attribute.Value))
                {
                    ctx.Warn($"user '{user.ExtId}': '{attribute.Name}' is not a defined attribute of that type and was dropped");
                }
                else
                {
                    user.SetAttribute(attribute.Name, attribute.Value.DeepClone());
                }
            }

            user.Untracked = false;
        }

        return MockResponse.EmptyOk;
    }

    /// <summary>The listed keys removed from that user; a missing or empty list removes nothing.</summary>
    public static MockResponse Unset(HandlerContext<NetmeraState> ctx)
    {
        if (BatchEntries.Admit(ctx) is { } refused)
        {
            return refused;
        }

        foreach (var item in ctx.Request.BodyArray)
        {
            var extId = RequestValues.Text(item, "extId");
            if (ctx.State.FindUser(extId) is not { } user)
            {
                ctx.Warn($"no user '{extId}': entry ignored");
                continue;
            }

            foreach (var key in RequestValues.Strings(item["profile"]))
            {
                user.RemoveAttribute(key);
            }

            user.Untracked = false;
        }

        return MockResponse.EmptyOk;
    }

    /// <summary>
    /// deleteProfileAttributes: the keys go from every user of the tenant. Not validated: an entry without a
    /// list of texts in <c>profile</c>, or a body that is not an array, changes nothing.
    /// </summary>
    public static MockResponse DeleteEverywhere(HandlerContext<NetmeraState> ctx)
    {
        if (ctx.Request.Body is not JArray items)
        {
            ctx.Warn("the body is not an array: nothing deleted");
            return MockResponse.EmptyOk;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is JObject { } entry && entry["profile"] is JArray list && list.All(k => k.Type == JTokenType.String))
            {
                keys.UnionWith(list.Values<string>().OfType<string>());
            }
            else
            {
                ctx.Warn($"entry {item.ToString(Newtonsoft.Json.Formatting.None)} has no list of attribute names: ignored");
            }
        }

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
