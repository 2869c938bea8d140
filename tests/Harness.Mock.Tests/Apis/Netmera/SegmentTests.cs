using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>getSegments and getSegmentUsers over segments defined in tenant settings.</summary>
public sealed class SegmentTests
{
    private static readonly object[] ThreeSegments =
    [
        new { id = 5883, name = "sport", type = "STANDARD", rule = new { tag = "Sport" } },
        new JObject { ["id"] = 7, ["name"] = "tr", ["type"] = "STANDARD", ["rule"] = new JObject { ["attribute"] = "country", ["equals"] = "TR" } },
        new { id = 9, name = "static", type = "PRODUCT_SEGMENT", extIds = new[] { "u1", "u2", "ghost" } },
        new { id = 11, name = "mixpanel", type = "CONNECTORS_SEGMENT" },
    ];

    internal static async Task<ApiClient> WithSegments()
    {
        var client = ApiClient.Netmera();
        (await client.Settings(new { segments = ThreeSegments })).Status.Should().Be(200);
        return client;
    }

    [Test]
    public async Task GetSegments_ListsTheTenantsSegments_NewestFirst_ConnectorsWithoutCount()
    {
        var client = await WithSegments();
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1", "u2" } });

        var response = await client.Get("/getSegments");

        response.Json.ShouldEqualJson("""
            {"list":[
              {"userCount":null,"name":"mixpanel","id":11,"type":"CONNECTORS_SEGMENT"},
              {"userCount":2,"name":"static","id":9,"type":"PRODUCT_SEGMENT"},
              {"userCount":0,"name":"tr","id":7,"type":"STANDARD"},
              {"userCount":2,"name":"sport","id":5883,"type":"STANDARD"}]}
            """);
    }

    [Test]
    public async Task GetSegments_ListsAtMost1000()
    {
        var client = ApiClient.Netmera();
        var segments = Enumerable.Range(1, 1001).Select(i => new { id = i, name = $"s{i}", type = "STANDARD", rule = new { tag = "t" } });
        (await client.Settings(new { segments })).Status.Should().Be(200);

        var list = (await client.Get("/getSegments")).Json!["list"]!;

        list.Should().HaveCount(1000);
        ((int)list[0]!["id"]!).Should().Be(1001, "the newest first");
    }

    [Test]
    public async Task Settings_ConnectorSegmentWithARule_Is400()
    {
        var response = await ApiClient.Netmera().Settings(new { segments = new[] { new { id = 1, name = "c", type = "CONNECTORS_SEGMENT", rule = new { tag = "t" } } } });
        response.Status.Should().Be(400);
        response.Text.Should().Contain("CONNECTORS_SEGMENT");
    }

    [Test]
    public async Task GetSegments_WithoutSegments_AnswersAnEmptyList()
    {
        var response = await ApiClient.Netmera().Get("/getSegments", headers: NetmeraCalls.Os("ANDROID"));
        response.Json.ShouldEqualJson("{\"list\":[]}");
    }

    [Test]
    public async Task GetSegments_OsHeader_IsOptional_AndFiltersNothing_WhateverItsValue()
    {
        var client = await WithSegments();
        await client.RegisterDevice("u1", "t1", "IOS");
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1" } });

        var none = await client.Get("/getSegments");
        var ios = await client.Get("/getSegments", headers: NetmeraCalls.Os("IOS"));
        var windows = await client.Get("/getSegments", headers: NetmeraCalls.Os("WINDOWS"));

        none.Status.Should().Be(200);
        ios.Text.Should().Be(none.Text);
        windows.Text.Should().Be(none.Text);
    }

    [Test]
    public async Task TagRule_CountFollowsTheState()
    {
        var client = await WithSegments();
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1", "u2", "u3" } });
        (await client.SegmentCount(5883)).Should().Be(3);

        await client.Post("/untagUsers", new { tag = "Sport", extIds = new[] { "u2" } });

        (await client.SegmentCount(5883)).Should().Be(2);
    }

    [Test]
    public async Task AttributeRule_CountsEqualValues_TypeIncluded()
    {
        var client = await WithSegments();
        await client.Post("/setProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"country\":\"TR\"}},{\"extId\":\"u2\",\"profile\":{\"country\":\"DE\"}}]");
        (await client.SegmentCount(7)).Should().Be(1);

        await client.Post("/setProfileAttributes", "[{\"extId\":\"u2\",\"profile\":{\"country\":\"TR\"}}]");

        (await client.SegmentCount(7)).Should().Be(2);
    }

    [Test]
    public async Task StaticSegment_CountsOnlyListedUsersThatExist()
    {
        var client = await WithSegments();
        (await client.SegmentCount(9)).Should().Be(0);

        await client.CreateUsers("u1");

        (await client.SegmentCount(9)).Should().Be(1);
    }

    [Test]
    public async Task Settings_BadSegment_Is400_AndKeepsTheOldSegments()
    {
        var client = await WithSegments();

        var response = await client.Settings(new { segments = new[] { new { id = 1, name = "x", rule = new { tagg = "Sport" } } } });

        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain("segments[0].rule").And.Contain("tagg");
        (await client.Get("/getSegments", headers: NetmeraCalls.Os())).Json!["list"]!.Should().HaveCount(4);
    }

    [Test]
    public async Task Settings_KeysOfOtherModules_AreIgnored()
    {
        var client = ApiClient.Netmera();
        var response = await client.Settings(new { projectType = "hybrid", rateLimits = false, segments = new[] { new { id = 1, name = "x", type = "PREDICT_SEGMENT" } } });

        response.Status.Should().Be(200, response.Text);
        (await client.SegmentCount(1)).Should().Be(0);
    }
}
