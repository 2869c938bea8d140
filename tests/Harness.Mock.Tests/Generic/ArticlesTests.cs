using FluentAssertions;
using NUnit.Framework;

namespace Harness.Mock.Tests.Generic;

/// <summary>A spec without security (one shared tenant), with string keys, several media types and an optional body.</summary>
public sealed class ArticlesTests
{
    private SpecMock _spec = null!;

    [OneTimeSetUp]
    public async Task Start() => _spec = await SpecMock.StartAsync("articles");

    [OneTimeTearDown]
    public async Task Stop() => await _spec.DisposeAsync();

    private static string Slug() => $"a-{Guid.NewGuid():N}";

    [Test]
    public async Task WithoutSecurity_EveryClientSharesOneTenant_AndTheClientsKeyFieldIsTheKey()
    {
        var slug = Slug();
        var published = await _spec.Send(HttpMethod.Post, "/articles", new { slug, title = "Hello" });
        published.Status.Should().Be(200, "the operation documents 200, not 201");

        var read = await _spec.Send(HttpMethod.Get, $"/articles/{slug}");
        read.Status.Should().Be(200);
        read["$.title"].ToString().Should().Be("Hello");
        _spec.Mock.Runtime.Tenants.Find("shared").Should().NotBeNull();
    }

    [Test]
    public async Task AcceptXml_AnswersTheXmlRepresentation()
    {
        var slug = Slug();
        await _spec.Send(HttpMethod.Post, "/articles", new { slug, title = "In XML" });

        var list = await _spec.Send(HttpMethod.Get, "/articles", headers: new Dictionary<string, string> { ["Accept"] = "application/xml" });

        list.Status.Should().Be(200);
        list.ContentType.Should().Be("application/xml");
        var xml = System.Xml.Linq.XElement.Parse(list.Text);
        xml.Name.LocalName.Should().Be("articles");
        xml.Elements().Should().Contain(e => (string?)e.Element("slug") == slug);
    }

    [Test]
    public async Task AcceptWithQualities_PicksTheMostWantedDocumentedType()
    {
        var slug = Slug();
        await _spec.Send(HttpMethod.Post, "/articles", new { slug, title = "Plain" });

        var plain = await _spec.Send(HttpMethod.Get, $"/articles/{slug}", headers: new Dictionary<string, string> { ["Accept"] = "application/json;q=0.5, text/plain" });
        plain.ContentType.Should().Be("text/plain");
        plain.Text.Should().Be("An article, as plain text.");

        var json = await _spec.Send(HttpMethod.Get, $"/articles/{slug}", headers: new Dictionary<string, string> { ["Accept"] = "application/json, text/plain;q=0.1" });
        json.ContentType.Should().Be("application/json");
        json["$.slug"].ToString().Should().Be(slug);
    }

    [Test]
    public async Task OptionalBody_MayBeLeftOut_AndTheDocumentedExampleAnswers()
    {
        var counted = await _spec.Send(HttpMethod.Post, $"/articles/{Slug()}/views");
        counted.Status.Should().Be(202);
        counted["$.accepted"].ToObject<bool>().Should().BeTrue();
    }

    [Test]
    public async Task OptionalBody_WhenSent_IsStillValidated()
    {
        var counted = await _spec.Send(HttpMethod.Post, $"/articles/{Slug()}/views", new { referrer = 42 });
        counted.Status.Should().Be(400);
        counted.Json!["violations"]!.Single()["path"]!.ToString().Should().Be("$.referrer");
    }

    [Test]
    public async Task MissingArticle_IsAProblem404_BecauseNoneIsDocumented()
    {
        var missing = await _spec.Send(HttpMethod.Get, $"/articles/{Slug()}");
        missing.Status.Should().Be(404);
        missing["$.type"].ToString().Should().Be("about:blank");
        missing["$.detail"].ToString().Should().Contain("no item");
    }
}
