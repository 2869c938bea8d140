using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Samples.Loyalty;

/// <summary>
/// The loyalty API's meaning. The harness has already checked the bearer token (the tenant) and
/// validated the body against openapi/loyalty.yaml before a handler runs, under the tenant's lock.
/// </summary>
public sealed class LoyaltyModule : ApiModule<LoyaltyState>
{
    public LoyaltyModule()
    {
        On("enrolMember", Enrol);
        On("getMember", c => WithMember(c, member => MockResponse.Ok(Json(member))));
        On("earnPoints", c => WithMember(c, member =>
        {
            member.Points += c.Request.BodyObject.Value<int>("points");
            return MockResponse.Ok(Json(member));
        }));
        On("redeemPoints", Redeem);
    }

    public override string ApiName => "loyalty";

    private static MockResponse Enrol(HandlerContext<LoyaltyState> c)
    {
        var member = new Member { MemberId = c.Request.BodyObject.Value<string>("memberId")!, Name = c.Request.BodyObject.Value<string>("name")! };
        c.State.Members[member.MemberId] = member;
        return MockResponse.Json(201, Json(member));
    }

    private static MockResponse Redeem(HandlerContext<LoyaltyState> c) => WithMember(c, member =>
    {
        var points = c.Request.BodyObject.Value<int>("points");
        if (points > member.Points)
        {
            // Check everything before changing anything: a refused request leaves the state as it was.
            return Problem(409, $"{member.MemberId} has {member.Points} points, fewer than {points}");
        }

        member.Points -= points;
        return MockResponse.Ok(Json(member));
    });

    private static MockResponse WithMember(HandlerContext<LoyaltyState> c, Func<Member, MockResponse> then) =>
        c.State.Members.TryGetValue(c.Request.Parameters.Text("memberId") ?? "", out var member)
            ? then(member)
            : Problem(404, $"no member {c.Request.Parameters.Text("memberId")}");

    private static JObject Json(Member member) => new()
    {
        ["memberId"] = member.MemberId,
        ["name"] = member.Name,
        ["points"] = member.Points,
        ["tier"] = member.Tier,
    };

    private static MockResponse Problem(int status, string detail)
    {
        var body = new JObject { ["title"] = status == 404 ? "Not Found" : "Conflict", ["status"] = status, ["detail"] = detail };
        return new MockResponse(status) { Text = body.ToString(Newtonsoft.Json.Formatting.None), ContentType = "application/problem+json" };
    }
}
