using System.Runtime.CompilerServices;
using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.State;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Admin;

/// <summary>
/// At most <c>MaxTenants</c> tenants besides the fixture tenants: the next new key forgets the least
/// recently used one, journaled with the key masked; reset lets go of every tenant.
/// </summary>
public sealed class TenantCapTests
{
    private DirectoryInfo _fixtures = null!;

    [SetUp]
    public void WriteFixture()
    {
        _fixtures = Directory.CreateTempSubdirectory("harness-cap-");
        var tenants = _fixtures.CreateSubdirectory("tenants");
        File.WriteAllText(Path.Combine(tenants.FullName, "team.netmera.json"), """{"netmera":{"users":[{"extId":"fixture-user"}]}}""");
    }

    [TearDown]
    public void RemoveFixture() => _fixtures.Delete(recursive: true);

    private Task<HarnessMock> Start(int cap) =>
        HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, MaxTenants = cap, FixturesDirectory = _fixtures.FullName });

    private static async Task Use(HarnessMock mock, string key) =>
        (await new ApiClient(mock, "netmera", key).Post("/tagUsers", new { tag = "t", extIds = new[] { "u" } })).Status.Should().Be(200);

    [Test]
    public async Task NewKey_AtTheCap_ForgetsTheLeastRecentlyUsedTenant_NeverTheFixtureTenant()
    {
        await using var mock = await Start(3);
        await Use(mock, "key-one-0000000001");
        await Use(mock, "key-two-0000000002");
        await Use(mock, "key-three-00000003");
        await Use(mock, "key-one-0000000001");

        await Use(mock, "key-four-000000004");

        mock.Runtime.Tenants.Find("key-two-0000000002").Should().BeNull("it was used longest ago");
        mock.Runtime.Tenants.Find("key-one-0000000001").Should().NotBeNull("it was used again before the new key came");
        mock.Runtime.Tenants.Find("key-three-00000003").Should().NotBeNull();
        mock.Runtime.Tenants.Find("key-four-000000004").Should().NotBeNull();
        mock.Runtime.Tenants.Find("team").Should().NotBeNull("fixture tenants are never forgotten");
        mock.Runtime.Tenants.Count.Should().Be(4, "three tenants plus the fixture tenant");
    }

    [Test]
    public async Task Eviction_IsJournaled_OnTheRequestThatCausedIt_WithTheForgottenKeyMasked()
    {
        await using var mock = await Start(1);
        await Use(mock, "first-secret-key-0001");

        await Use(mock, "second-secret-key-0002");

        var journal = await ApiClient.AdminCall(mock, HttpMethod.Get, $"/__harness/requests?tenant={KeyMask.IdOf("second-secret-key-0002")}");
        var warnings = journal["$.requests"].SelectMany(e => e["warnings"]!.Values<string>()).ToArray();
        warnings.Should().ContainSingle(w => w!.Contains("forgotten", StringComparison.Ordinal))
            .Which.Should().Contain(KeyMask.Mask("first-secret-key-0001")).And.Contain(KeyMask.IdOf("first-secret-key-0001"));
        journal.Text.Should().NotContain("first-secret-key-0001");
    }

    [Test]
    public async Task ForgottenKey_ComingBack_StartsAsANewTenant()
    {
        await using var mock = await Start(1);
        var returning = new ApiClient(mock, "netmera", "returning-key-000001");
        await returning.Post("/tagUsers", new { tag = "remembered", extIds = new[] { "u" } });
        await Use(mock, "newcomer-key-0000002");

        var state = await returning.Admin(HttpMethod.Get, "state");

        state.Text.Should().NotContain("remembered");
    }

    [Test]
    public async Task Reset_LetsGoOfEveryTenant_NothingKeepsThemAlive()
    {
        await using var mock = await Start(1000);
        for (var i = 0; i < 20; i++)
        {
            await Use(mock, $"reset-key-{i:D4}-abcdef");
        }

        var watched = Watch(mock, "reset-key-0007-abcdef");
        (await ApiClient.AdminCall(mock, HttpMethod.Post, "/__harness/reset")).Status.Should().Be(200);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        watched.IsAlive.Should().BeFalse("the journal and the faults keep masked keys and ids only, never the tenant");
        mock.Runtime.Tenants.Count.Should().Be(0);
    }

    [Test]
    public async Task ResetOfOneTenant_LetsGoOfIt()
    {
        await using var mock = await Start(1000);
        await Use(mock, "single-reset-key-0001");
        var watched = Watch(mock, "single-reset-key-0001");

        (await ApiClient.AdminCall(mock, HttpMethod.Post, "/__harness/reset?tenant=single-reset-key-0001")).Status.Should().Be(200);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        watched.IsAlive.Should().BeFalse();
    }

    [Test]
    public void MaxTenants_BelowOne_IsRefusedAtStart()
    {
        var options = new HarnessMockOptions { MaxTenants = 0 };

        options.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().WithMessage("*max tenants*");
    }

    // Not inlined, so no reference to the tenant stays in the test's own frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Watch(HarnessMock mock, string key) => new(mock.Runtime.Tenants.Find(key) ?? throw new InvalidOperationException("no tenant"));
}
