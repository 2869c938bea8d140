using FluentAssertions;
using Harness.Mock.State;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Admin;

/// <summary>
/// A tenant's id always names that tenant. A client that takes a victim's public id as its own API key
/// must not receive the admin and dashboard calls that name the victim by id.
/// </summary>
public sealed class TenantNamingTests
{
    private static async Task<(ApiClient Victim, ApiClient Squatter, string VictimId)> VictimAndSquatter()
    {
        var victim = ApiClient.Netmera();
        await victim.Post("/tagUsers", new { tag = "victim-tag", extIds = new[] { "v1" } });
        var victimId = KeyMask.IdOf(victim.Key);
        var squatter = ApiClient.Netmera(victimId);
        await squatter.Post("/tagUsers", new { tag = "squatter-tag", extIds = new[] { "s1" } });
        return (victim, squatter, victimId);
    }

    private static Task<ApiResponse> Call(HttpMethod method, string pathAndQuery, object? body = null) =>
        ApiClient.AdminCall(MockSetup.Mock, method, pathAndQuery, body);

    [Test]
    public async Task StateByTenantId_WhenAnotherClientUsesThatIdAsItsKey_ReadsTheTenantOfTheId()
    {
        var (_, _, victimId) = await VictimAndSquatter();

        var byQuery = await Call(HttpMethod.Get, $"/__harness/state?tenant={victimId}");
        var byPath = await Call(HttpMethod.Get, $"/__harness/tenants/{victimId}");

        byQuery.Text.Should().Contain("victim-tag").And.NotContain("squatter-tag");
        byPath.Text.Should().Contain("victim-tag").And.NotContain("squatter-tag");
    }

    [Test]
    public async Task WritesByTenantId_WhenAnotherClientUsesThatIdAsItsKey_ReachTheTenantOfTheId()
    {
        var (victim, squatter, victimId) = await VictimAndSquatter();

        (await Call(HttpMethod.Post, $"/__harness/seed?tenant={victimId}", new { netmera = new { users = new[] { new { extId = "seeded" } } } })).Status.Should().Be(200);
        (await Call(HttpMethod.Put, $"/__harness/tenants/{victimId}", new { categories = new[] { "Victim" } })).Status.Should().Be(200);
        (await Call(HttpMethod.Post, $"/__harness/netmera/devices?tenant={victimId}", new { extId = "sdk-user", platform = "IOS", token = "sdk-token" })).Status.Should().Be(200);

        var victimState = (await victim.Admin(HttpMethod.Get, "state")).Text;
        victimState.Should().Contain("seeded").And.Contain("Victim").And.Contain("sdk-token");
        var squatterState = (await Call(HttpMethod.Get, $"/__harness/state?tenant={KeyMask.IdOf(squatter.Key)}")).Text;
        squatterState.Should().Contain("squatter-tag").And.NotContain("seeded").And.NotContain("Victim").And.NotContain("sdk-token");
    }

    [Test]
    public async Task ResetByTenantId_WhenAnotherClientUsesThatIdAsItsKey_ResetsTheTenantOfTheId()
    {
        var (victim, squatter, victimId) = await VictimAndSquatter();

        (await Call(HttpMethod.Post, $"/__harness/reset?tenant={victimId}")).Status.Should().Be(200);

        (await victim.Admin(HttpMethod.Get, "state")).Text.Should().NotContain("victim-tag");
        (await Call(HttpMethod.Get, $"/__harness/state?tenant={KeyMask.IdOf(squatter.Key)}")).Text.Should().Contain("squatter-tag");
    }

    [Test]
    public async Task JournalByTenantId_WhenAnotherClientUsesThatIdAsItsKey_ListsOnlyTheRequestsOfTheId()
    {
        var (_, _, victimId) = await VictimAndSquatter();

        var journal = await Call(HttpMethod.Get, $"/__harness/requests?tenant={victimId}");

        var ids = journal["$.requests"].Select(e => (string?)e["tenantId"]).Distinct().ToArray();
        ids.Should().Equal(victimId);
    }

    [Test]
    public async Task FaultsByTenantId_WhenAnotherClientUsesThatIdAsItsKey_BreakTheTenantOfTheId_Only()
    {
        var (victim, squatter, victimId) = await VictimAndSquatter();

        var set = await Call(HttpMethod.Post, $"/__harness/faults?tenant={victimId}", new { operation = "tagUsers", status = 503 });
        try
        {
            set.Status.Should().Be(200, set.Text);
            (await victim.Post("/tagUsers", new { tag = "t", extIds = new[] { "v1" } })).Status.Should().Be(503);
            (await squatter.Post("/tagUsers", new { tag = "t", extIds = new[] { "s1" } })).Status.Should().Be(200);
        }
        finally
        {
            await Call(HttpMethod.Delete, $"/__harness/faults?tenant={victimId}");
        }
    }

    [Test]
    public async Task Squatter_IsStillReachable_ByItsOwnId()
    {
        var (_, squatter, _) = await VictimAndSquatter();

        var state = await Call(HttpMethod.Get, $"/__harness/state?tenant={KeyMask.IdOf(squatter.Key)}");

        state.Text.Should().Contain("squatter-tag").And.NotContain("victim-tag");
    }

    [Test]
    public async Task FaultsForATenant_SetByKey_AreListedForThatTenant_AndNotForAnother()
    {
        var owner = ApiClient.Netmera();
        var other = ApiClient.Netmera();
        await owner.Post("/tagUsers", new { tag = "t", extIds = new[] { "u" } });

        (await owner.Admin(HttpMethod.Post, "faults", new { operation = "tagUsers", status = 500, times = 1 })).Status.Should().Be(200);
        try
        {
            var mine = await owner.Admin(HttpMethod.Get, "faults");
            var theirs = await other.Admin(HttpMethod.Get, "faults");

            mine["$.rules"].Where(r => (string?)r["scope"] == "tenant").Select(r => (string?)r["tenantId"]).Should().Equal(KeyMask.IdOf(owner.Key));
            theirs["$.rules"].Where(r => (string?)r["scope"] == "tenant").Should().BeEmpty();
            mine.Text.Should().NotContain(owner.Key);
        }
        finally
        {
            await owner.Admin(HttpMethod.Delete, "faults");
        }
    }

    [Test]
    public async Task FaultList_ShowsARuleThatForcedAllItsErrors_AsSpent()
    {
        var owner = ApiClient.Netmera();
        await owner.Admin(HttpMethod.Post, "faults", new { operation = "tagUsers", status = 500, times = 1 });
        try
        {
            var before = (await owner.Admin(HttpMethod.Get, "faults"))["$.rules[?(@.scope == 'tenant')]"];
            (await owner.Post("/tagUsers", new { tag = "t", extIds = new[] { "u" } })).Status.Should().Be(500);
            var after = (await owner.Admin(HttpMethod.Get, "faults"))["$.rules[?(@.scope == 'tenant')]"];

            ((bool)before["spent"]!).Should().BeFalse();
            ((int)before["left"]!).Should().Be(1);
            ((bool)after["spent"]!).Should().BeTrue();
            ((int)after["left"]!).Should().Be(0);
        }
        finally
        {
            await owner.Admin(HttpMethod.Delete, "faults");
        }
    }

    [Test]
    public async Task FaultsByTenantId_OfATenantWithoutAKeyOfThatText_AreApplied_NotASilentNoOp()
    {
        var owner = ApiClient.Netmera();
        await owner.Post("/tagUsers", new { tag = "t", extIds = new[] { "u" } });
        var id = KeyMask.IdOf(owner.Key);

        await Call(HttpMethod.Post, $"/__harness/faults?tenant={id}", new JObject { ["operation"] = "tagUsers", ["status"] = 502 });
        try
        {
            (await owner.Post("/tagUsers", new { tag = "t", extIds = new[] { "u" } })).Status.Should().Be(502);
        }
        finally
        {
            await Call(HttpMethod.Delete, $"/__harness/faults?tenant={id}");
        }
    }
}
