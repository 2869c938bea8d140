using FluentAssertions;
using Harness.Mock.Apis.Iterable;
using Harness.Mock.Apis.Netmera;
using Harness.Mock.Modules;
using Harness.Mock.Server;
using Harness.Mock.State;
using Harness.Mock.Tests.Apis.Iterable;
using Harness.Mock.Tests.Generic;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Admin;

/// <summary>
/// Tenant settings are all or nothing across every API, and never copy the tenant to be so: each module checks
/// them against its live state, then every change is made. A module that cannot check without changing still
/// gets all or nothing, on a copy of its state.
/// </summary>
public sealed class SettingsAtomicityTests
{
    private static object?[] StatesOf(HarnessMock mock, string key)
    {
        var tenant = mock.Runtime.Tenants.Find(key) ?? throw new InvalidOperationException("no tenant for the key");
        lock (tenant.Gate)
        {
            return mock.Runtime.Modules.Select(tenant.ExistingStateOf).ToArray();
        }
    }

    [Test]
    public async Task Settings_OnATenantWithState_ChangeEachApisLiveState_WithoutReplacingIt()
    {
        var iterable = ApiClient.Iterable();
        var netmera = new ApiClient(iterable.Mock, "netmera", iterable.Key);
        (await iterable.Update(new { email = "kept@example.com" })).ShouldBeSuccess();
        (await netmera.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1" } })).Status.Should().Be(200);
        var before = StatesOf(iterable.Mock, iterable.Key);
        before.Should().AllSatisfy(s => s.Should().NotBeNull());

        var answer = await iterable.Settings(new { projectId = 77, dropUnrecognizedFields = true, categories = new[] { "A" }, deleteUsersEnabled = false, rateLimits = false });

        answer.Status.Should().Be(200, answer.Text);
        var after = StatesOf(iterable.Mock, iterable.Key);
        after.Zip(before).Should().AllSatisfy(pair => pair.First.Should().BeSameAs(pair.Second));
        var state = (await iterable.Admin(HttpMethod.Get, "state")).Json!;
        ((int?)state.SelectToken("$.iterable.projectId")).Should().Be(77);
        ((bool?)state.SelectToken("$.iterable.dropUnrecognizedFields")).Should().BeTrue();
        state.SelectTokens("$.netmera.categories[*]").Select(t => (string?)t).Should().Equal("A");
        ((bool?)state.SelectToken("$.netmera.deleteUsersEnabled")).Should().BeFalse();
        state.SelectTokens("$.iterable.users[*].email").Select(t => (string?)t).Should().Equal("kept@example.com");
    }

    [Test]
    public async Task Settings_AnswerNamesTheTenant_NotItsState()
    {
        var client = ApiClient.Iterable();
        (await client.Update(new { email = "listed@example.com" })).ShouldBeSuccess();

        var answer = await client.Settings(new { projectId = 5 });

        answer.Status.Should().Be(200, answer.Text);
        ((string?)answer["$.tenantId"]).Should().Be(KeyMask.IdOf(client.Key));
        answer.Text.Should().NotContain("listed@example.com", "the answer costs the size of the settings, not of the tenant");
    }

    [Test]
    public async Task Settings_ThroughEveryModule_NeitherSnapshotNorRestoreAState()
    {
        CountingModule[] modules = [new(new IterableModule()), new(new NetmeraModule())];
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, Modules = modules });
        var client = new ApiClient(mock, "iterable");
        var seeded = JObject.Parse("""
            {"iterable": {"users": [{"email": "a@example.com"}, {"email": "b@example.com"}]},
             "netmera":  {"users": [{"extId": "e1"}]}}
            """);
        (await client.Admin(HttpMethod.Post, "seed", seeded)).Status.Should().Be(200);
        foreach (var module in modules)
        {
            module.ResetCounts();
        }

        (await client.Settings(new { projectType = "hybrid", projectId = 9, segments = new[] { new { id = 5, name = "s", type = "STANDARD", rule = new { tag = "Sport" } } } })).Status.Should().Be(200);
        (await client.Settings(new { projectId = 10, categories = new object[] { "A", 5 } })).Status.Should().Be(400);

        modules.Select(m => (m.ApiName, m.Snapshots, m.Restores)).Should().Equal(("iterable", 0, 0), ("netmera", 0, 0));
    }

    [Test]
    public async Task Settings_BadForTheSecondApi_AgainstItsData_LeaveTheFirstApisSettingsAsTheyWere()
    {
        // Netmera first, so that the check which reads the tenant's data (Iterable's profiles) comes second.
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, Modules = [new NetmeraModule(), new IterableModule()] });
        var iterable = new ApiClient(mock, "iterable");
        var netmera = new ApiClient(mock, "netmera", iterable.Key);
        (await iterable.Settings(new { projectType = "hybrid", categories = new[] { "Old" } })).Status.Should().Be(200);
        (await iterable.Update(new { userId = "no-email-user" })).ShouldBeSuccess();
        (await netmera.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1" } })).Status.Should().Be(200);
        var before = (await iterable.Admin(HttpMethod.Get, "state")).Json!;

        var refused = await iterable.Settings(new { categories = new[] { "New" }, deleteUsersEnabled = false, rateLimits = true, projectType = "email" });

        refused.Status.Should().Be(400, refused.Text);
        ((string?)refused["$.error"]).Should().StartWith("$").And.Contain("projectType cannot become \"email\"").And.Contain("no-email-user");
        (await iterable.Admin(HttpMethod.Get, "state")).Json.ShouldBeJson(before);
        ((string?)before.SelectToken("$.netmera.categories[0]")).Should().Be("Old");
    }

    [Test]
    public async Task Settings_ForAModuleThatCannotPrepareThem_AreStillAllOrNothing_OnACopy()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions
        {
            Port = 0,
            OpenApiDirectory = SpecMock.Folder("petstore"),
            Modules = [new CarelessPetModule()],
        });
        var key = $"k{Guid.NewGuid():N}";
        var path = $"/__harness/tenants/{key}";
        (await ApiClient.AdminCall(mock, HttpMethod.Put, path, new { mood = "calm", size = 1 })).Status.Should().Be(200);
        var kept = StatesOf(mock, key).Single();

        var refused = await ApiClient.AdminCall(mock, HttpMethod.Put, path, new { mood = "grumpy", size = "big" });

        refused.Status.Should().Be(400, refused.Text);
        ((string?)refused["$.error"]).Should().StartWith("$.size");
        var state = await ApiClient.AdminCall(mock, HttpMethod.Get, $"/__harness/state?tenant={key}");
        ((string?)state["$.petstore.mood"]).Should().Be("calm", "the module set its mood before it refused the size, but on a copy");
        StatesOf(mock, key).Single().Should().BeSameAs(kept);
    }

    [Test]
    public async Task Settings_ForAModuleWithoutSettings_KeepItsState_AndTheGenericModulesToo()
    {
        await using var custom = await HarnessMock.StartAsync(new HarnessMockOptions
        {
            Port = 0,
            OpenApiDirectory = SpecMock.Folder("petstore"),
            Modules = [new QuietPetModule()],
        });
        await using var generic = await SpecMock.StartAsync("petstore");
        var key = $"k{Guid.NewGuid():N}";
        foreach (var (mock, part) in new[] { (custom, """{"mood": "sleepy"}"""), (generic.Mock, """{"/pets": [{"id": 1, "name": "Rex"}]}""") })
        {
            (await ApiClient.AdminCall(mock, HttpMethod.Post, $"/__harness/seed?tenant={key}", JObject.Parse($$"""{"petstore": {{part}}}"""))).Status.Should().Be(200);
            var kept = StatesOf(mock, key).Single();

            (await ApiClient.AdminCall(mock, HttpMethod.Put, $"/__harness/tenants/{key}", new { rateLimits = true })).Status.Should().Be(200);

            StatesOf(mock, key).Single().Should().BeSameAs(kept, mock == custom ? "a module without settings" : "the generic module");
            mock.Runtime.Tenants.Find(key)!.RateLimitsEnabled.Should().BeTrue();
        }
    }

    [Test]
    public async Task StatePut_ForANewTenant_BuildsTheStateOnce()
    {
        CountingModule[] modules = [new(new IterableModule()), new(new NetmeraModule())];
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, Modules = modules });
        var client = new ApiClient(mock, "iterable");
        var snapshot = JObject.Parse("""{"iterable": {"users": [{"email": "a@example.com"}]}, "netmera": {"users": [{"extId": "e1"}]}}""");

        (await client.Admin(HttpMethod.Put, "state", snapshot)).Status.Should().Be(200);

        modules.Select(m => (m.ApiName, m.Restores)).Should().Equal(("iterable", 1), ("netmera", 1));
        ((string?)(await client.GetByEmail("a@example.com"))["$.user.email"]).Should().Be("a@example.com");
    }

    [Test]
    public async Task StatePut_ForANewTenant_WhenBad_CreatesNoTenant()
    {
        var client = ApiClient.Iterable();

        var refused = await client.Admin(HttpMethod.Put, "state", JObject.Parse("""{"iterable": {"users": [{"email": "not an email"}]}}"""));

        refused.Status.Should().Be(400, refused.Text);
        client.Mock.Runtime.Tenants.Find(client.Key).Should().BeNull();
    }

    public sealed class PetSettings
    {
        public string Mood { get; set; } = "none";

        public int Size { get; set; }
    }

    /// <summary>A module written without <see cref="IApiModule.PrepareSettings"/> that changes its state before it checks everything.</summary>
    private sealed class CarelessPetModule : ApiModule<PetSettings>
    {
        public override string ApiName => "petstore";

        protected override void ApplySettings(PetSettings state, JObject settings)
        {
            state.Mood = (string?)settings["mood"] ?? state.Mood;
            state.Size = settings["size"] is { Type: JTokenType.Integer } size ? (int)size : throw new ArgumentException("size must be an integer");
        }
    }

    /// <summary>A module with a state and no settings of its own.</summary>
    private sealed class QuietPetModule : ApiModule<PetSettings>
    {
        public override string ApiName => "petstore";
    }
}
