using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>getSegmentUsers: the members of one segment, paged (max default 100, below 100 counts as 100).</summary>
public sealed class SegmentUserTests
{
    private static Task<ApiClient> WithSegments() => SegmentTests.WithSegments();

    [Test]
    public async Task GetSegmentUsers_ListsExternalIdMsisdnAndEmail_NullWhenUnset()
    {
        var client = await WithSegments();
        await client.CreateUsers("u1");
        await client.Post("/updateEmail", new { extId = "u1", email = "ada@example.com" });
        await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905551112233" });
        await client.Post("/tagUsers", new { tag = "x", extIds = new[] { "u2" } });

        var response = await client.Get("/getSegmentUsers?id=9", headers: NetmeraCalls.Os());

        response.Json.ShouldEqualJson("""
            {"name":"static","list":[
              {"externalId":"u1","msisdn":"905551112233","email":"ada@example.com"},
              {"externalId":"u2","msisdn":null,"email":null}]}
            """);
    }

    [Test]
    public async Task GetSegmentUsers_MaxDefaultsTo100_WithNextPage()
    {
        var client = await WithSegments();
        await client.Post("/tagUsers", new { tag = "Sport", extIds = NetmeraCalls.Ids(150) });

        var response = await client.Get("/getSegmentUsers?id=5883", headers: NetmeraCalls.Os());

        response.Json!["list"]!.Should().HaveCount(100);
        ((string?)response["$.nextPage"]).Should().Be($"{client.Mock.Url}/rest/3.0/getSegmentUsers?id=5883&offset=100&max=100");
    }

    [Test]
    public async Task GetSegmentUsers_MaxBelow100_CountsAs100_InThePageAndInNextPage()
    {
        var client = await WithSegments();
        await client.Post("/tagUsers", new { tag = "Sport", extIds = NetmeraCalls.Ids(250) });

        var response = await client.Get("/getSegmentUsers?id=5883&max=10&offset=100", headers: NetmeraCalls.Os());

        response.Json!["list"]!.Should().HaveCount(100);
        ((string?)response["$.list[0].externalId"]).Should().Be("u101");
        ((string?)response["$.nextPage"]).Should().EndWith("/rest/3.0/getSegmentUsers?id=5883&offset=200&max=100");
    }

    [Test]
    public async Task GetSegmentUsers_LastPage_HasNoNextPage()
    {
        var client = await WithSegments();
        await client.Post("/tagUsers", new { tag = "Sport", extIds = NetmeraCalls.Ids(150) });

        var response = await client.Get("/getSegmentUsers?id=5883&offset=100&max=200", headers: NetmeraCalls.Os());

        response.Json!["list"]!.Should().HaveCount(50);
        response.Json!["nextPage"].Should().BeNull();
    }

    [Test]
    public async Task GetSegmentUsers_MaxAbove1000_Is2004()
    {
        var response = await (await WithSegments()).Get("/getSegmentUsers?id=5883&max=1001", headers: NetmeraCalls.Os());
        response.ShouldBeError(400, 2004, "'max'");
    }

    [Test]
    public async Task GetSegmentUsers_UnknownId_Is5042_SegmentNotFound()
    {
        var response = await (await WithSegments()).Get("/getSegmentUsers?id=1", headers: NetmeraCalls.Os());
        response.ShouldBeError(400, 5042);
        ((string?)response["$.error"]).Should().Be("Segment not found");
    }

    [Test]
    public async Task GetSegmentUsers_WithoutTheOsHeader_IsAnswered()
    {
        var client = await WithSegments();
        await client.CreateUsers("u1");
        var response = await client.Get("/getSegmentUsers?id=9");
        response.Status.Should().Be(200, response.Text);
    }

    [Test]
    public async Task GetSegmentUsers_ConnectorSegment_Is400_2001()
    {
        var response = await (await WithSegments()).Get("/getSegmentUsers?id=11");
        response.ShouldBeError(400, 2001, "An unexpected error occurred. Retry later.");
    }

    [TestCase("abc")]
    [TestCase("-5")]
    public async Task GetSegmentUsers_OffsetNotFromANextPageLink_Is2004(string offset)
    {
        var response = await (await WithSegments()).Get($"/getSegmentUsers?id=9&offset={offset}");
        response.ShouldBeError(400, 2004, "'offset'");
    }

    [Test]
    public async Task GetSegmentUsers_FollowingNextPage_WalksEveryMemberOnce()
    {
        var client = await WithSegments();
        await client.Post("/tagUsers", new { tag = "Sport", extIds = NetmeraCalls.Ids(250).ToArray() });
        var seen = new List<string>();
        string? next = $"{client.Mock.Url}/rest/3.0/getSegmentUsers?id=5883";
        using var http = new HttpClient();
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("X-netmera-api-key", client.Key);
            var page = Newtonsoft.Json.Linq.JObject.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync());
            seen.AddRange(page["list"]!.Select(u => (string)u["externalId"]!));
            next = (string?)page["nextPage"];
        }

        seen.Should().Equal(NetmeraCalls.Ids(250));
    }
}
