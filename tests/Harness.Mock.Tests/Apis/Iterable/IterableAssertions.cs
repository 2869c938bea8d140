using FluentAssertions;
using Harness.Core.Schemas;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>Checks of Iterable's envelope, and that an answer is one the OpenAPI file documents.</summary>
internal static class IterableAssertions
{
    public static void ShouldBeSuccess(this ApiResponse response, string msg = "")
    {
        response.Status.Should().Be(200, response.Text);
        ((string?)response["$.code"]).Should().Be("Success");
        ((string?)response["$.msg"]).Should().Be(msg);
        response["$.params"].Type.Should().Be(Newtonsoft.Json.Linq.JTokenType.Null);
    }

    public static void ShouldBeError(this ApiResponse response, int status, string code, string? msg = null)
    {
        response.Status.Should().Be(status, response.Text);
        ((string?)response["$.code"]).Should().Be(code, response.Text);
        if (msg is not null)
        {
            ((string?)response["$.msg"]).Should().Be(msg);
        }
    }

    /// <summary>The status is documented for the operation and the body validates against its schema.</summary>
    public static void ShouldMatchContract(this ApiResponse response, string operationId, HarnessMock? mock = null)
    {
        var operation = (mock ?? MockSetup.Mock).Catalog.Find(operationId) ?? throw new ArgumentException($"no operation {operationId}");
        operation.Responses.Should().ContainKey(response.Status, $"{operationId} must document status {response.Status}");
        var schema = operation.Responses[response.Status].Schema;
        schema.Should().NotBeNull();
        SchemaValidator.Validate(schema!, response.Json!).Should().BeEmpty(response.Text);
    }

    /// <summary>JSON equality (property order aside); FluentAssertions sees a JToken as a collection.</summary>
    public static void ShouldBeJson(this JToken? actual, JToken? expected) =>
        JToken.DeepEquals(actual, expected).Should().BeTrue($"expected {expected?.ToString(Formatting.None)}, got {actual?.ToString(Formatting.None)}");
}
