using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>The array operations: push, pull, and deleteProfileAttributeValue across every user.</summary>
internal static partial class ProfileAttributes
{
    /// <summary>Values appended to array k (created if absent); k holding anything else rejects the whole batch.</summary>
    public static MockResponse Push(HandlerContext<NetmeraState> ctx)
    {
        var items = ctx.Request.BodyArray;
        if (IdLimit.Check(items) is { } tooMany)
        {
            return tooMany;
        }

        // Check every item first: pushing never turns an array into something else, so the state as it is decides.
        foreach (var item in items)
        {
            var user = ctx.State.FindUser(RequestValues.Text(item, "extId"));
            foreach (var key in ((JObject)item["profile"]!).Properties().Select(p => p.Name))
            {
                if (user?.Attribute(key) is { Type: not JTokenType.Array })
                {
                    return NetmeraErrors.BadRequest(NetmeraErrors.InvalidField, $"Attribute '{key}' is not an array");
                }
            }
        }

        foreach (var item in items)
        {
            var user = ctx.State.GetOrCreateUser(RequestValues.Text(item, "extId"));
            foreach (var attribute in ((JObject)item["profile"]!).Properties())
            {
                if (user.Attribute(attribute.Name) is not JArray values)
                {
                    values = new JArray();
                    user.SetAttribute(attribute.Name, values);
                }

                foreach (var value in (JArray)attribute.Value)
                {
                    values.Add(value.DeepClone());
                }
            }
        }

        return MockResponse.EmptyOk;
    }

    /// <summary>Every occurrence of each value removed from array k; anything else is left alone.</summary>
    public static MockResponse Pull(HandlerContext<NetmeraState> ctx)
    {
        var items = ctx.Request.BodyArray;
        if (IdLimit.Check(items) is { } tooMany)
        {
            return tooMany;
        }

        foreach (var item in items)
        {
            if (ctx.State.FindUser(RequestValues.Text(item, "extId")) is not { } user)
            {
                continue;
            }

            foreach (var attribute in ((JObject)item["profile"]!).Properties())
            {
                if (user.Attribute(attribute.Name) is JArray values)
                {
                    RemoveAll(values, (JArray)attribute.Value);
                }
            }
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

    private static void RemoveAll(JArray values, JArray unwanted)
    {
        foreach (var element in values.Where(e => unwanted.Any(u => JsonValues.Same(e, u))).ToArray())
        {
            element.Remove();
        }
    }
}
