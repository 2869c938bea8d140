using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Harness.Mock;
using Harness.Mock.Server;
using NUnit.Framework;

namespace Harness.Samples.Loyalty.Tests;

/// <summary>The module registered through <see cref="HarnessMockOptions.Modules"/>, tested over HTTP like any client would.</summary>
public sealed class LoyaltyModuleTests
{
    private HarnessMock _mock = null!;

    [OneTimeSetUp]
    public async Task Start() => _mock = await HarnessMock.StartAsync(new HarnessMockOptions
    {
        OpenApiDirectory = Path.Combine(AppContext.BaseDirectory, "openapi"),
        Modules = [new LoyaltyModule()],
    });

    [OneTimeTearDown]
    public async Task Stop() => await _mock.DisposeAsync();

    private HttpClient Client()
    {
        var http = new HttpClient { BaseAddress = new Uri(_mock.UrlOf("loyalty") + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", $"t{Guid.NewGuid():N}");
        return http;
    }

    [Test]
    public async Task EarnedPoints_AddUp_AndLiftTheTier()
    {
        using var http = Client();
        (await http.PostAsJsonAsync("members", new { memberId = "m1", name = "Ada" })).StatusCode.Should().Be(System.Net.HttpStatusCode.Created);

        await http.PostAsJsonAsync("members/m1/earn", new { points = 60 });
        var member = await (await http.PostAsJsonAsync("members/m1/earn", new { points = 60 })).Content.ReadFromJsonAsync<JsonObject>();

        member!["points"]!.GetValue<int>().Should().Be(120);
        member["tier"]!.GetValue<string>().Should().Be("silver");
    }

    [Test]
    public async Task RedeemingMoreThanTheBalance_Is409_AndChangesNothing()
    {
        using var http = Client();
        await http.PostAsJsonAsync("members", new { memberId = "m1", name = "Ada" });
        await http.PostAsJsonAsync("members/m1/earn", new { points = 10 });

        var refused = await http.PostAsJsonAsync("members/m1/redeem", new { points = 11 });

        refused.StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var member = await http.GetFromJsonAsync<JsonObject>("members/m1");
        member!["points"]!.GetValue<int>().Should().Be(10);
    }

    [Test]
    public async Task TheHarnessValidates_BeforeTheModuleRuns()
    {
        using var http = Client();
        await http.PostAsJsonAsync("members", new { memberId = "m1", name = "Ada" });

        var invalid = await http.PostAsJsonAsync("members/m1/earn", new { points = 0 });

        invalid.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync()).Should().Contain("$.points");
    }

    [Test]
    public async Task WithoutAToken_The401ComesFromTheHarness()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(_mock.UrlOf("loyalty") + "/members/m1");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task State_RoundTripsThroughTheAdminSnapshot()
    {
        using var http = Client();
        var token = http.DefaultRequestHeaders.Authorization!.Parameter!;
        await http.PostAsJsonAsync("members", new { memberId = "m1", name = "Ada" });
        await http.PostAsJsonAsync("members/m1/earn", new { points = 500 });

        using var admin = new HttpClient();
        var snapshot = await admin.GetStringAsync($"{_mock.Url}/__harness/state?tenant={token}");
        await admin.PostAsync($"{_mock.Url}/__harness/reset?tenant={token}", null);
        (await http.GetAsync("members/m1")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        await admin.PutAsync($"{_mock.Url}/__harness/state?tenant={token}", new StringContent(snapshot, System.Text.Encoding.UTF8, "application/json"));

        var member = await http.GetFromJsonAsync<JsonObject>("members/m1");
        member!["tier"]!.GetValue<string>().Should().Be("gold");
    }
}
