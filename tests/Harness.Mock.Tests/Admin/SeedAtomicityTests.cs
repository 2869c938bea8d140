using FluentAssertions;
using Harness.Mock.Tests.Apis.Iterable;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Admin;

/// <summary>A seed is all or nothing across every part of the fixture, and never copies the tenant to be so.</summary>
public sealed class SeedAtomicityTests
{
    [Test]
    public async Task Seed_TwoParts_WhenTheSecondIsInvalid_LeavesNoTraceOfTheFirst()
    {
        var client = ApiClient.Iterable();
        (await client.Update(new { email = "kept@example.com" })).ShouldBeSuccess();
        var before = (await client.Admin(HttpMethod.Get, "state")).Json!;
        var fixture = JObject.Parse("""
            {"iterable": {"dropUnrecognizedFields": true, "fieldTypes": {"plan": "string"},
                          "users": [{"email": "first-part@example.com", "dataFields": {"visits": 3},
                                     "devices": [{"token": "first-part-token", "platform": "GCM", "applicationName": "app"}]}]},
             "netmera":  {"devices": [{"platform": "NOT-A-PLATFORM"}]}}
            """);

        var response = await client.Admin(HttpMethod.Post, "seed", fixture);

        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain("netmera").And.Contain("platform");
        (await client.GetByEmail("first-part@example.com")).Json.ShouldBeJson(new JObject());
        (await client.Admin(HttpMethod.Get, "state")).Json.ShouldBeJson(before);
    }

    [Test]
    public async Task Seed_TwoParts_WhenTheSecondConflictsWithTheTenant_LeavesNoTraceOfTheFirst()
    {
        var client = ApiClient.Iterable();
        (await client.Update(new { email = "taken@example.com" })).ShouldBeSuccess();
        var before = (await client.Admin(HttpMethod.Get, "state")).Json!;
        var fixture = JObject.Parse("""
            {"netmera":  {"users": [{"extId": "first-part-user", "email": "n@example.com"}]},
             "iterable": {"users": [{"email": "taken@example.com"}]}}
            """);

        var response = await client.Admin(HttpMethod.Post, "seed", fixture);

        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain("users[0].email").And.Contain("already taken");
        (await client.Admin(HttpMethod.Get, "state")).Json.ShouldBeJson(before);
    }

    [Test]
    public async Task Seed_IterablePart_FailingHalfWay_TakesBackItsProfilesDevicesFieldsAndSettings()
    {
        var client = ApiClient.Iterable();
        await client.Register("owner@example.com", "shared-token");
        var before = (await client.Admin(HttpMethod.Get, "state")).Json!;
        var fixture = JObject.Parse("""
            {"iterable": {"projectId": 4242, "dropUnrecognizedFields": true, "fieldTypes": {"tier": "long"},
                          "users": [{"email": "n1@example.com", "dataFields": {"color": "red"},
                                     "devices": [{"token": "shared-token", "platform": "APNS", "applicationName": "app"}]},
                                    {"email": "n2@example.com"},
                                    {"email": "n3@example.com", "dataFields": {"color": 7}}]}}
            """);

        var response = await client.Admin(HttpMethod.Post, "seed", fixture);

        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain("users[2].dataFields.color");
        (await client.Admin(HttpMethod.Get, "state")).Json.ShouldBeJson(before);
        (await client.Disable(new { token = "shared-token" })).ShouldBeSuccess();
        ((bool?)(await client.GetByEmail("owner@example.com"))["$.user.dataFields.devices[0].endpointEnabled"]).Should().BeFalse();
        // The field "color" was never learned, so a number is its first type now.
        (await client.Update(new { email = "n1@example.com", dataFields = new { color = 7 } })).ShouldBeSuccess();
    }

    [Test]
    public async Task Seed_AfterAFailedSeed_LoadsTheSameFixtureWhole()
    {
        var client = ApiClient.Iterable();
        var bad = JObject.Parse("""{"iterable": {"users": [{"email": "a@example.com"}, {"email": "not-an-email"}]}}""");
        var good = JObject.Parse("""{"iterable": {"users": [{"email": "a@example.com"}, {"email": "b@example.com"}]}, "netmera": {"users": [{"extId": "e1"}]}}""");

        (await client.Admin(HttpMethod.Post, "seed", bad)).Status.Should().Be(400);
        (await client.Admin(HttpMethod.Post, "seed", good)).Status.Should().Be(200);

        var state = (await client.Admin(HttpMethod.Get, "state")).Json!;
        state.SelectTokens("$.iterable.users[*].email").Select(t => (string?)t).Should().Equal("a@example.com", "b@example.com");
        state.SelectTokens("$.netmera.users[*].extId").Select(t => (string?)t).Should().Equal("e1");
    }
}
