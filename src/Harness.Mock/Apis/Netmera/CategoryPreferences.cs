using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>setCategoryPreferences: opt-in or out per user and message category; later items win.</summary>
internal static class CategoryPreferences
{
    public static MockResponse Set(HandlerContext<NetmeraState> ctx)
    {
        var items = ctx.Request.BodyArray;
        if (IdLimit.Check(items) is { } tooMany)
        {
            return tooMany;
        }

        foreach (var item in items)
        {
            ctx.State.GetOrCreateUser(RequestValues.Text(item, "extId"))
                .SetCategory(RequestValues.Text(item, "category"), (bool)item["enable"]!);
        }

        return MockResponse.EmptyOk;
    }
}
