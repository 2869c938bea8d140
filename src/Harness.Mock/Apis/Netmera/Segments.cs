using System.Globalization;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// getSegments and getSegmentUsers. The <c>X-netmera-os</c> header is optional and filters nothing. Counts
/// follow the state (rules are evaluated on every call) and leave untracked users out.
/// </summary>
internal static class Segments
{
    private const int SmallestPage = 100;
    private const int MostListed = 1000;

    /// <summary>Newest first (the last defined is the newest), at most 1000, no paging.</summary>
    public static MockResponse List(HandlerContext<NetmeraState> ctx) =>
        MockResponse.Ok(new JObject
        {
            ["list"] = new JArray(ctx.State.Segments.Reverse().Take(MostListed).Select(s => new JObject
            {
                ["userCount"] = s.UserCount(ctx.State),
                ["name"] = s.Name,
                ["id"] = s.Id,
                ["type"] = s.Type,
            })),
        });

    /// <summary>
    /// max defaults to 100 and counts as 100 below that; above 1000 the schema answers 2004. The offset in
    /// <c>nextPage</c> is opaque to clients; the mock keeps a number there and refuses any other text.
    /// </summary>
    public static MockResponse Users(HandlerContext<NetmeraState> ctx)
    {
        var id = ctx.Request.Parameters.Get<long>("id");
        if (!TryOffset(ctx.Request.Parameters.Text("offset"), out var offset))
        {
            return NetmeraErrors.BadRequest(NetmeraErrors.InvalidField, "Field 'offset' should be the offset of a nextPage link");
        }

        if (ctx.State.Segments.FirstOrDefault(s => s.Id == id) is not { } segment)
        {
            return NetmeraErrors.BadRequest(NetmeraErrors.SegmentNotFound, "Segment not found");
        }

        if (segment.IsConnector)
        {
            ctx.Warn($"segment {id} is a {NetmeraSegment.Connectors}: Netmera cannot list its users");
            return NetmeraErrors.Unexpected();
        }

        var max = Math.Max(SmallestPage, ctx.Request.Parameters.Get<long>("max"));
        var members = segment.Members(ctx.State).ToList();
        var answer = new JObject
        {
            ["name"] = segment.Name,
            ["list"] = new JArray(members.Skip((int)Math.Min(offset, members.Count)).Take((int)max).Select(u => new JObject
            {
                ["externalId"] = u.ExtId,
                ["msisdn"] = u.Msisdn,
                ["email"] = u.Email,
            })),
        };
        if (offset < members.Count - max)
        {
            answer["nextPage"] = RequestValues.Link(ctx.Request, "getSegmentUsers", $"id={id}&offset={offset + max}&max={max}");
        }

        return MockResponse.Ok(answer);
    }

    private static bool TryOffset(string? text, out long offset)
    {
        offset = 0;
        return text is null || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset >= 0);
    }
}
