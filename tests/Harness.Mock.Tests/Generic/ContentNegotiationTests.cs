using FluentAssertions;
using Harness.Core.OpenApi;
using Harness.Mock.Generic;
using NUnit.Framework;

namespace Harness.Mock.Tests.Generic;

public sealed class ContentNegotiationTests
{
    private static readonly ResponseContent[] Offered =
    [
        new("application/json", null, null),
        new("application/xml", null, null),
        new("text/plain", null, null),
    ];

    [TestCase(null, "application/json")]
    [TestCase("*/*", "application/json")]
    [TestCase("application/xml", "application/xml")]
    [TestCase("text/*", "text/plain")]
    [TestCase("application/json;q=0.2, application/xml;q=0.9", "application/xml")]
    [TestCase("image/png", "application/json")]
    public void Choose_PicksTheDocumentedTypeTheClientWantsMost(string? accept, string expected)
    {
        ContentNegotiation.Choose(Offered, accept)!.ContentType.Should().Be(expected);
    }

    [Test]
    public void Choose_WithNothingDocumented_IsNull()
    {
        ContentNegotiation.Choose([], "application/json").Should().BeNull();
    }
}
