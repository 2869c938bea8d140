using FluentAssertions;
using NUnit.Framework;

namespace Harness.Mock.Tests.Generic;

/// <summary>A petstore-shaped spec nobody wrote a module for: API key in the query, integer ids, a documented 404.</summary>
public sealed class PetstoreTests
{
    private SpecMock _spec = null!;

    [OneTimeSetUp]
    public async Task Start() => _spec = await SpecMock.StartAsync("petstore");

    [OneTimeTearDown]
    public async Task Stop() => await _spec.DisposeAsync();

    private static string Key() => $"k{Guid.NewGuid():N}";

    [Test]
    public async Task Create_Read_Update_List_Delete_KeepsStateBetweenCalls()
    {
        var key = Key();
        var created = await _spec.Send(HttpMethod.Post, $"/pets?api_key={key}", new { name = "Rex", tag = "dog" });
        created.Status.Should().Be(201);
        created["$.id"].ToObject<long>().Should().Be(1);
        created["$.name"].ToString().Should().Be("Rex");
        _spec.Violations("createPet", created).Should().BeEmpty();

        var second = await _spec.Send(HttpMethod.Post, $"/pets?api_key={key}", new { name = "Tom", tag = "cat" });
        second["$.id"].ToObject<long>().Should().Be(2);

        var read = await _spec.Send(HttpMethod.Get, $"/pets/1?api_key={key}");
        read.Status.Should().Be(200);
        read["$.tag"].ToString().Should().Be("dog");

        var updated = await _spec.Send(HttpMethod.Put, $"/pets/1?api_key={key}", new { name = "Rex II" });
        updated.Status.Should().Be(200);
        updated["$.id"].ToObject<long>().Should().Be(1);
        updated["$.name"].ToString().Should().Be("Rex II");
        updated.Json!["tag"].Should().BeNull("PUT replaces the whole resource");

        var list = await _spec.Send(HttpMethod.Get, $"/pets?api_key={key}");
        list.Status.Should().Be(200);
        list.Json!.Select(p => p["name"]!.ToString()).Should().Equal("Rex II", "Tom");
        _spec.Violations("listPets", list).Should().BeEmpty();

        var deleted = await _spec.Send(HttpMethod.Delete, $"/pets/2?api_key={key}");
        deleted.Status.Should().Be(204);
        deleted.Text.Should().BeEmpty();
        (await _spec.Send(HttpMethod.Get, $"/pets/2?api_key={key}")).Status.Should().Be(404);
    }

    [Test]
    public async Task GeneratedIds_CountFromOne_PerTenant()
    {
        var key = Key();
        await _spec.Send(HttpMethod.Post, $"/pets?api_key={Key()}", new { name = "Other" });
        await _spec.Send(HttpMethod.Post, $"/pets?api_key={key}", new { name = "Polly", tag = "bird" });
        var read = await _spec.Send(HttpMethod.Get, $"/pets/1?api_key={key}");
        read["$.name"].ToString().Should().Be("Polly");
    }

    [Test]
    public async Task MissingPet_AnswersTheDocumented404()
    {
        var missing = await _spec.Send(HttpMethod.Get, $"/pets/99?api_key={Key()}");
        missing.Status.Should().Be(404);
        missing["$.message"].ToString().Should().Be("pet not found");
        _spec.Violations("showPetById", missing).Should().BeEmpty();
    }

    [Test]
    public async Task Tenants_AreKeyedByTheQueryKey()
    {
        var mine = Key();
        await _spec.Send(HttpMethod.Post, $"/pets?api_key={mine}", new { name = "Rex" });
        var theirs = await _spec.Send(HttpMethod.Get, $"/pets?api_key={Key()}");
        theirs.Json!.Should().BeEmpty();
    }

    [Test]
    public async Task NoKey_Is401ProblemJson()
    {
        var response = await _spec.Send(HttpMethod.Get, "/pets");
        response.Status.Should().Be(401);
        response.ContentType.Should().Be("application/problem+json");
        response["$.title"].ToString().Should().Be("Unauthorized");
        response["$.detail"].ToString().Should().Contain("api_key");
    }

    [Test]
    public async Task InvalidBody_Is400ProblemListingEveryViolationByJsonPath_AndStoresNothing()
    {
        var key = Key();
        var response = await _spec.Send(HttpMethod.Post, $"/pets?api_key={key}", new { tag = "horse", colour = "brown" });
        response.Status.Should().Be(400);
        response.ContentType.Should().Be("application/problem+json");
        response["$.status"].ToObject<int>().Should().Be(400);
        var paths = response.Json!["violations"]!.Select(v => v["path"]!.ToString()).ToArray();
        paths.Should().Contain(["$.name", "$.tag", "$.colour"]);
        (await _spec.Send(HttpMethod.Get, $"/pets?api_key={key}")).Json!.Should().BeEmpty();
    }

    [Test]
    public async Task BodyThatIsNotJson_Is400Problem()
    {
        var response = await _spec.Send(HttpMethod.Post, $"/pets?api_key={Key()}", "not json");
        response.Status.Should().Be(400);
        response["$.detail"].ToString().Should().StartWith("the body is not JSON");
    }

    [Test]
    public async Task QueryParameterOutOfRange_Is400ProblemNamingTheParameter()
    {
        var response = await _spec.Send(HttpMethod.Get, $"/pets?api_key={Key()}&limit=500");
        response.Status.Should().Be(400);
        var violation = response.Json!["violations"]!.Single();
        violation["in"]!.ToString().Should().Be("query");
        violation["name"]!.ToString().Should().Be("limit");
    }

    [Test]
    public async Task PathParameterOfTheWrongType_Is400()
    {
        var response = await _spec.Send(HttpMethod.Get, $"/pets/rex?api_key={Key()}");
        response.Status.Should().Be(400);
        response.Json!["violations"]!.Single()["name"]!.ToString().Should().Be("petId");
    }

    [Test]
    public async Task DeleteOfAMissingPet_Is404_WhichTheOperationDocuments()
    {
        var response = await _spec.Send(HttpMethod.Delete, $"/pets/5?api_key={Key()}");
        response.Status.Should().Be(404);
    }

    [Test]
    public async Task Requests_AreJournaledWithTheirOperationAndViolations()
    {
        var key = Key();
        await _spec.Send(HttpMethod.Post, $"/pets?api_key={key}", new { tag = "dog" });
        using var http = new HttpClient();
        var journal = Newtonsoft.Json.Linq.JObject.Parse(await http.GetStringAsync(_spec.Mock.Url + $"/__harness/requests?tenant={key}"));
        var entry = journal["requests"]!.Single();
        entry["operation"]!.ToString().Should().Be("createPet");
        entry["errors"]!.Select(e => e.ToString()).Should().Contain(e => e.Contains("$.name"));
    }
}
