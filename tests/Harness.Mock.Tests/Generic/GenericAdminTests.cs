using System.Text;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Generic;

/// <summary>The admin surface works for a generic API: state, snapshot and restore, seed, view, faults.</summary>
public sealed class GenericAdminTests
{
    private static readonly HttpClient Http = new();
    private SpecMock _spec = null!;

    [OneTimeSetUp]
    public async Task Start() => _spec = await SpecMock.StartAsync("petstore");

    [OneTimeTearDown]
    public async Task Stop() => await _spec.DisposeAsync();

    private static string Key() => $"k{Guid.NewGuid():N}";

    private async Task<(int Status, JToken Json)> Admin(HttpMethod method, string path, JToken? body = null)
    {
        using var request = new HttpRequestMessage(method, _spec.Mock.Url + "/__harness/" + path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 ? JToken.Parse(text) : JValue.CreateNull());
    }

    [Test]
    public async Task State_RoundTripsThroughSnapshotAndRestore()
    {
        var key = Key();
        await _spec.Send(HttpMethod.Post, $"/pets?api_key={key}", new { name = "Rex" });
        var (_, snapshot) = await Admin(HttpMethod.Get, $"state?tenant={key}");
        snapshot["petstore"]!["/pets"]![0]!["name"]!.ToString().Should().Be("Rex");

        await Admin(HttpMethod.Post, $"reset?tenant={key}");
        (await _spec.Send(HttpMethod.Get, $"/pets/1?api_key={key}")).Status.Should().Be(404);

        (await Admin(HttpMethod.Put, $"state?tenant={key}", snapshot)).Status.Should().Be(200);
        (await _spec.Send(HttpMethod.Get, $"/pets/1?api_key={key}"))["$.name"].ToString().Should().Be("Rex");
        var next = await _spec.Send(HttpMethod.Post, $"/pets?api_key={key}", new { name = "Tom" });
        next["$.id"].ToObject<long>().Should().Be(2, "generated keys continue after the restored ones");
    }

    [Test]
    public async Task Seed_LoadsItemsIntoACollection()
    {
        var key = Key();
        var (status, _) = await Admin(HttpMethod.Post, $"seed?tenant={key}",
            JObject.Parse("""{ "petstore": { "/pets": [ { "id": 40, "name": "Seeded" }, { "name": "Keyless" } ] } }"""));
        status.Should().Be(200);

        (await _spec.Send(HttpMethod.Get, $"/pets/40?api_key={key}"))["$.name"].ToString().Should().Be("Seeded");
        (await _spec.Send(HttpMethod.Get, $"/pets/41?api_key={key}"))["$.name"].ToString().Should().Be("Keyless");
    }

    [Test]
    public async Task Seed_OfAnUnknownCollection_Is400NamingTheKnownOnes()
    {
        var (status, body) = await Admin(HttpMethod.Post, $"seed?tenant={Key()}", JObject.Parse("""{ "petstore": { "/cats": [] } }"""));
        status.Should().Be(400);
        body["error"]!.ToString().Should().Contain("/cats").And.Contain("/pets");
    }

    [Test]
    public async Task View_ListsTheTenantsCollections_ForTheDashboard()
    {
        var key = Key();
        await _spec.Send(HttpMethod.Post, $"/pets?api_key={key}", new { name = "Rex" });
        var (status, view) = await Admin(HttpMethod.Get, $"petstore/view?tenant={key}");
        status.Should().Be(200);
        view["collections"]!["/pets"]!.Should().ContainSingle();
    }

    [Test]
    public async Task ForcedFault_IsAProblemDetail()
    {
        var key = Key();
        await Admin(HttpMethod.Post, $"faults?tenant={key}", JObject.Parse("""{ "operation": "listPets", "status": 503 }"""));
        var response = await _spec.Send(HttpMethod.Get, $"/pets?api_key={key}");
        response.Status.Should().Be(503);
        response.ContentType.Should().Be("application/problem+json");
    }
}
