using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>The array operations: push, pull, and deleteProfileAttributeValue across every user.</summary>
internal static partial class ProfileAttributes
{
    /// <summary>
    /// Values added to array k as a set (created if absent); a key holding a non-array, undefined, not an
    /// array attribute, or with values of another type, is dropped. Unknown extIds are created; an unknown
    /// token or a device without a user changes nothing.
    /// </summary>
    public static MockResponse Push(HandlerContext<NetmeraState> ctx)
    {
        if (BatchEntries.Admit(ctx) is { } refused)
        {
            return refused;
        }

        foreach (var item in ctx.Request.BodyArray)
        {
            if (Target(ctx, item, create: true) is not { } user)
            {
                continue;
            }

            foreach (var attribute in Usable(ctx, user, item))
            {
                var current = user.Attribute(attribute.Name);
                if (current is not null and not JArray)
                {
                    ctx.Warn($"user '{user.ExtId}': '{attribute.Name}' holds a single value, not a list: dropped");
                    continue;
                }

                if (current is not JArray values)
                {
                    values = [];
                    user.SetAttribute(attribute.Name, values);
                }

                var held = new JsonValueSet(values);
                foreach (var value in (JArray)attribute.Value)
                {
                    if (held.Add(value))
                    {
                        values.Add(value.DeepClone());
                    }
                }
            }

            user.Untracked = false;
        }

        return MockResponse.EmptyOk;
    }

    /// <summary>Every occurrence of each value removed from array k; the last removal leaves []; anything else is left alone.</summary>
    public static MockResponse Pull(HandlerContext<NetmeraState> ctx)
    {
        if (BatchEntries.Admit(ctx) is { } refused)
        {
            return refused;
        }

        foreach (var item in ctx.Request.BodyArray)
        {
            if (Target(ctx, item, create: false) is not { } user)
            {
                continue;
            }

            foreach (var attribute in Usable(ctx, user, item))
            {
                if (user.Attribute(attribute.Name) is JArray values)
                {
                    RemoveAll(values, (JArray)attribute.Value);
                }
            }

            user.Untracked = false;
        }

        return MockResponse.EmptyOk;
    }

    /// <summary>For every user: the value leaves array <c>key</c>, or unsets a scalar <c>key</c> equal to it.</summary>
    public static MockResponse DeleteValue(HandlerContext<NetmeraState> ctx)
    {
        var pairs = ctx.Request.BodyArray.Select(item => (Key: RequestValues.Text(item, "key"), Value: item["value"]!)).ToArray();
        foreach (var user in ctx.State.Users.Where(u => u.Attributes is not null).ToArray())
        {
            foreach (var (key, value) in pairs)
            {
                switch (user.Attribute(key))
                {
                    case JArray values:
                        RemoveAll(values, [value]);
                        break;
                    case { } scalar when JsonValues.Same(scalar, value):
                        user.RemoveAttribute(key);
                        break;
                }
            }
        }

        return MockResponse.EmptyOk;
    }

    /// <summary>The entry's user: by extId (which wins), else by the device token's user.</summary>
    private static NetmeraUser? Target(HandlerContext<NetmeraState> ctx, JToken item, bool create)
    {
        if ((string?)item["extId"] is { } extId)
        {
            var user = create ? ctx.State.GetOrCreateUser(extId) : ctx.State.FindUser(extId);
            if (user is null)
            {
                ctx.Warn($"no user '{extId}': entry ignored");
            }

            return user;
        }

        var token = RequestValues.Text(item, "deviceToken");
        var owner = ctx.State.FindDevice(token)?.Owner;
        if (owner is null)
        {
            ctx.Warn($"no user for device token '{token}': entry ignored");
        }

        return owner;
    }

    /// <summary>The entry's attributes the tenant's definitions allow to push or pull; the others are journal warnings.</summary>
    private static IEnumerable<JProperty> Usable(HandlerContext<NetmeraState> ctx, NetmeraUser user, JToken item)
    {
        foreach (var attribute in ((JObject)item["profile"]!).Properties())
        {
            if (ctx.State.ProfileAttributes.AcceptsElements(attribute.Name, (JArray)attribute.Value))
            {
                yield return attribute;
            }
            else
            {
                ctx.Warn($"user '{user.ExtId}': '{attribute.Name}' is not a defined array attribute of that type: dropped");
            }
        }
    }

    private static void RemoveAll(JArray values, JArray unwanted)
    {
        var gone = new JsonValueSet(unwanted);
        List<JToken>? kept = null;
        for (var i = 0; i < values.Count; i++)
        {
            if (gone.Contains(values[i]))
            {
                kept ??= [.. values.Take(i)];
            }
            else
            {
                kept?.Add(values[i]);
            }
        }

        if (kept is not null)
        {
            JsonChildren.Refill(values, kept);
        }
    }
}
