using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// getSegments and getSegmentUsers. The required X-netmera-os header is checked by the schema and
/// filters nothing (Decision). Counts follow the state: rules are evaluated on every call.
/// </summary>
internal static class Segments
{
    private const int SmallestPage = 100;

    public static MockResponse List(HandlerContext<NetmeraState> ctx) =>
        MockResponse.Ok(new JObject
        {
            ["list"] = new JArray(ctx.State.Segments.Select(s => new JObject
            {
                ["userCount"] = s.Members(ctx.State).Count(),
                ["name"] = s.Name,
                ["id"] = s.Id,
                ["type"] = s.Type,
            })),
        });

    /// <summary>max defaults to 100 and counts as 100 below that; above 1000 the schema answers 2004.</summary>
    public static MockResponse Users(HandlerContext<NetmeraState> ctx)
    {
        var id = ctx.Request.Parameters.Get<long>("id");
        if (ctx.State.Segments.FirstOrDefault(s => s.Id == id) is not { } segment)
        {
            return NetmeraErrors.BadRequest(NetmeraErrors.SegmentNotFound, "Segment not found");
        }

        var max = Math.Max(SmallestPage, ctx.Request.Parameters.Get<long>("max"));
        var offset = ctx.Request.Parameters.Get<long>("offset");
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
}
