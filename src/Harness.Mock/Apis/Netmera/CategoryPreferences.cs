using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// setCategoryPreferences: opt-in or out per user, category and channel (all channels when none is named);
/// later entries win. An entry whose category is missing or not defined for the tenant, or whose channel is
/// not a channel name, is skipped without counting as invalid: the answer stays 200.
/// </summary>
internal static class CategoryPreferences
{
    /// <summary>The names Netmera's SDKs use for category channels (the reference gives no list).</summary>
    public static readonly IReadOnlyList<string> Channels = ["MOBILE", "SMS", "EMAIL", "WHATS_APP", "IN_APP", "WEB"];

    public static MockResponse Set(HandlerContext<NetmeraState> ctx)
    {
        if (BatchEntries.Admit(ctx) is { } refused)
        {
            return refused;
        }

        foreach (var item in ctx.Request.BodyArray)
        {
            if (item["category"] is not { Type: JTokenType.String } category || !ctx.State.IsCategoryDefined(category.Value<string>()!))
            {
                ctx.Warn($"entry with extId '{item["extId"]}' skipped: category {Show(item["category"])} is not defined for the tenant");
                continue;
            }

            IReadOnlyList<string> channels = Channels;
            if (item["channel"] is { } channel)
            {
                if (channel.Type != JTokenType.String || !Channels.Contains(channel.Value<string>()!, StringComparer.Ordinal))
                {
                    ctx.Warn($"entry with extId '{item["extId"]}' skipped: channel {Show(channel)} is not one of {string.Join(", ", Channels)}");
                    continue;
                }

                channels = [channel.Value<string>()!];
            }

            var user = ctx.State.GetOrCreateUser(RequestValues.Text(item, "extId"));
            foreach (var name in channels)
            {
                user.SetCategory(category.Value<string>()!, name, item["enable"]!.Value<bool>());
            }

            user.Untracked = false;
        }

        return MockResponse.EmptyOk;
    }

    private static string Show(JToken? value) => value is null ? "(none)" : value.ToString(Newtonsoft.Json.Formatting.None);
}
