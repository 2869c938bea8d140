using FluentAssertions;
using NUnit.Framework;

namespace Harness.Mock.Tests.Generic;

/// <summary>A spec with bearer tokens, nested collections, uuid keys, allOf/oneOf, enums, formats and a list envelope.</summary>
public sealed class OrdersTests
{
    private SpecMock _spec = null!;

    [OneTimeSetUp]
    public async Task Start() => _spec = await SpecMock.StartAsync("orders");

    [OneTimeTearDown]
    public async Task Stop() => await _spec.DisposeAsync();

    private static Dictionary<string, string> Bearer(string token) => new() { ["Authorization"] = $"Bearer {token}" };

    private static object Order(string last4 = "4242") => new
    {
        lines = new[] { new { sku = "ABC-123", quantity = 2 } },
        payment = new { method = "card", last4 },
    };

    [Test]
    public async Task PlacedOrder_GetsAUuidKey_AndAnAnswerValidAgainstTheAllOfSchema()
    {
        var auth = Bearer($"t{Guid.NewGuid():N}");
        var placed = await _spec.Send(HttpMethod.Post, "/customers/ada/orders", Order(), auth);

        placed.Status.Should().Be(201);
        placed["$.orderId"].ToString().Should().Be("00000000-0000-4000-8000-000000000001");
        placed["$.payment.last4"].ToString().Should().Be("4242");
        placed["$.status"].ToString().Should().Be("placed", "a generated enum value is the first one");
        _spec.Violations("placeOrder", placed).Should().BeEmpty();

        var read = await _spec.Send(HttpMethod.Get, "/customers/ada/orders/00000000-0000-4000-8000-000000000001", headers: auth);
        read.Status.Should().Be(200);
        read["$.lines[0].sku"].ToString().Should().Be("ABC-123");
        _spec.Violations("getOrder", read).Should().BeEmpty();
    }

    [Test]
    public async Task NestedCollections_AreSeparatePerParent_AndListedInTheirEnvelope()
    {
        var auth = Bearer($"t{Guid.NewGuid():N}");
        await _spec.Send(HttpMethod.Post, "/customers/ada/orders", Order("1111"), auth);
        await _spec.Send(HttpMethod.Post, "/customers/ada/orders", Order("2222"), auth);
        await _spec.Send(HttpMethod.Post, "/customers/bob/orders", Order("3333"), auth);

        var ada = await _spec.Send(HttpMethod.Get, "/customers/ada/orders", headers: auth);
        ada.Status.Should().Be(200);
        ada["$.total"].ToObject<int>().Should().Be(2);
        ada.Json!["items"]!.Select(i => i["payment"]!["last4"]!.ToString()).Should().Equal("1111", "2222");
        _spec.Violations("listOrders", ada).Should().BeEmpty();

        var bob = await _spec.Send(HttpMethod.Get, "/customers/bob/orders", headers: auth);
        bob["$.total"].ToObject<int>().Should().Be(1);
    }

    [Test]
    public async Task Patch_MergesIntoTheOrder_AndNullRemovesAField()
    {
        var auth = Bearer($"t{Guid.NewGuid():N}");
        var placed = await _spec.Send(HttpMethod.Post, "/customers/ada/orders", new
        {
            lines = new[] { new { sku = "ABC-123", quantity = 1 } },
            payment = new { method = "iban", iban = "DE89370400440532013000" },
            note = "leave at the door",
        }, auth);
        var id = placed["$.orderId"].ToString();

        var amended = await _spec.Send(HttpMethod.Patch, $"/customers/ada/orders/{id}", "{\"status\":\"paid\",\"note\":null}", auth);

        amended.Status.Should().Be(200);
        amended["$.status"].ToString().Should().Be("paid");
        amended.Json!["note"].Should().BeNull();
        amended["$.payment.iban"].ToString().Should().Be("DE89370400440532013000");
        _spec.Violations("amendOrder", amended).Should().BeEmpty();
    }

    [Test]
    public async Task Delete_AnswersTheCancelledOrderWith200_AsDocumented()
    {
        var auth = Bearer($"t{Guid.NewGuid():N}");
        var id = (await _spec.Send(HttpMethod.Post, "/customers/ada/orders", Order(), auth))["$.orderId"].ToString();

        var cancelled = await _spec.Send(HttpMethod.Delete, $"/customers/ada/orders/{id}", headers: auth);

        cancelled.Status.Should().Be(200);
        cancelled["$.orderId"].ToString().Should().Be(id);
        var again = await _spec.Send(HttpMethod.Get, $"/customers/ada/orders/{id}", headers: auth);
        again.Status.Should().Be(404);
        again.ContentType.Should().Be("application/problem+json", "the operation documents no 404 of its own");
    }

    [Test]
    public async Task BodyMatchingNeitherPayment_Is400WithViolationsInsideTheNestedBody()
    {
        var response = await _spec.Send(HttpMethod.Post, "/customers/ada/orders", new
        {
            lines = new[] { new { sku = "abc", quantity = 0 } },
            payment = new { method = "cash" },
        }, Bearer("t1"));

        response.Status.Should().Be(400);
        var paths = response.Json!["violations"]!.Select(v => v["path"]!.ToString()).ToArray();
        paths.Should().Contain(["$.lines[0].sku", "$.lines[0].quantity", "$.payment.method"]);
    }

    [Test]
    public async Task NoBearerToken_Is401WithAChallenge()
    {
        var response = await _spec.Send(HttpMethod.Get, "/customers/ada/orders", headers: new Dictionary<string, string> { ["Authorization"] = "Basic eDp5" });
        response.Status.Should().Be(401);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
    }

    [Test]
    public async Task OperationWithoutSecurity_AnswersAGeneratedValueHonouringRangesFormatsAndEnums()
    {
        var status = await _spec.Send(HttpMethod.Get, "/status");

        status.Status.Should().Be(200);
        _spec.Violations("serviceStatus", status).Should().BeEmpty();
        status["$.state"].ToString().Should().Be("green");
        status["$.uptimeSeconds"].ToObject<int>().Should().Be(5);
        status["$.region"].ToString().Should().HaveLength(6);
        status["$.contact"].ToString().Should().Contain("@");
        status["$.load"].ToObject<double>().Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(1);
    }
}
