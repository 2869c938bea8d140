using FluentAssertions;
using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Core.Tests.Schemas;

[TestFixture]
public class ParameterValidatorTests
{
    private static readonly IReadOnlyDictionary<string, string> NoPathValues = new Dictionary<string, string>();

    private static SchemaViolation Only(IReadOnlyList<SchemaViolation> violations) => SchemaValidatorTests.Only(violations);

    // A required enum header and paging parameters of its own, so these tests do not move when the vendor specs do.
    private const string PlatformApi = """
        openapi: 3.0.3
        info: { title: Platforms, version: "1" }
        servers: [ { url: "https://platforms.example.com/v1" } ]
        paths:
          /pages:
            get:
              operationId: listPages
              parameters:
                - { name: id, in: query, required: true, schema: { type: integer } }
                - { name: max, in: query, schema: { type: integer, maximum: 1000, default: 100 } }
                - { name: offset, in: query, schema: { type: integer, minimum: 0, default: 0 } }
                - { name: X-netmera-os, in: header, required: true, schema: { type: string, enum: [IOS, ANDROID] } }
              responses:
                '200': { description: ok }
        """;

    private static readonly Lazy<ApiCatalog> Platforms = new(() =>
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("platforms.yaml"), PlatformApi);
        return ApiCatalog.LoadAsync(folder.Path).GetAwaiter().GetResult();
    });

    private static ParameterValues Validate(
        string operationId,
        Dictionary<string, string>? query = null,
        Dictionary<string, string>? headers = null,
        IReadOnlyDictionary<string, string>? path = null)
    {
        var headerMap = new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        return ParameterValidator.Validate(
            Platforms.Value.Find(operationId) ?? TestApis.Operation(operationId),
            name => query is not null && query.TryGetValue(name, out var v) ? v : null,
            name => headerMap.TryGetValue(name, out var v) ? v : null,
            path ?? NoPathValues);
    }

    private static readonly Dictionary<string, string> IdOnly = new() { ["id"] = "1" };

    [Test]
    public void Validate_AllParametersValid_HasNoViolationsAndConvertsValues()
    {
        var result = Validate("listPages",
            query: new Dictionary<string, string> { ["id"] = "5883", ["max"] = "200", ["offset"] = "0" },
            headers: new Dictionary<string, string> { ["X-netmera-os"] = "IOS" });

        result.Violations.Should().BeEmpty();
        result.Values["id"].Type.Should().Be(JTokenType.Integer);
        result.Get<long>("id").Should().Be(5883);
        result.Get<int>("max").Should().Be(200);
        result.Text("X-netmera-os").Should().Be("IOS");
    }

    [Test]
    public void Validate_MissingRequiredHeader_IsMissing()
    {
        var result = Validate("listPages", query: IdOnly);

        var violation = Only(result.Violations);
        violation.Kind.Should().Be(ViolationKind.Missing);
        violation.Property.Should().Be("X-netmera-os");
        violation.In.Should().Be(ParameterLocation.Header);
        violation.ToString().Should().Be("header parameter 'X-netmera-os': required header 'X-netmera-os' is missing");
    }

    [Test]
    public void Validate_EmptyRequiredHeader_IsMissing()
    {
        var result = Validate("listPages", query: IdOnly, headers: new Dictionary<string, string> { ["X-netmera-os"] = "" });

        Only(result.Violations).Kind.Should().Be(ViolationKind.Missing);
    }

    [Test]
    public void Validate_HeaderOutsideEnum_IsNotInEnum()
    {
        var result = Validate("listPages", query: IdOnly, headers: new Dictionary<string, string> { ["X-netmera-os"] = "WEB" });

        var violation = Only(result.Violations);
        violation.Kind.Should().Be(ViolationKind.NotInEnum);
        violation.Property.Should().Be("X-netmera-os");
        violation.In.Should().Be(ParameterLocation.Header);
        violation.Message.Should().Contain("WEB").And.Contain("IOS").And.Contain("ANDROID");
    }

    [TestCase("IOS")]
    [TestCase("ANDROID")]
    public void Validate_HeaderInEnum_IsAccepted(string os)
    {
        Validate("listPages", query: IdOnly, headers: new Dictionary<string, string> { ["X-netmera-os"] = os })
            .Violations.Should().BeEmpty();
    }

    [Test]
    public void Validate_TextForIntegerParameter_IsWrongType()
    {
        var result = Validate("getDeviceTokens", query: new Dictionary<string, string> { ["max"] = "abc" });

        var violation = Only(result.Violations);
        violation.Kind.Should().Be(ViolationKind.WrongType);
        violation.Property.Should().Be("max");
        violation.In.Should().Be(ParameterLocation.Query);
        violation.ExpectedType.Should().Be("integer");
    }

    [Test]
    public void Validate_IntegerAboveMaximum_IsTooLarge()
    {
        var result = Validate("getDeviceTokens", query: new Dictionary<string, string> { ["max"] = "5000" });

        var violation = Only(result.Violations);
        violation.Kind.Should().Be(ViolationKind.TooLarge);
        violation.Property.Should().Be("max");
        violation.Message.Should().Contain("5000").And.Contain("1000");
    }

    [TestCase("0", ViolationKind.TooSmall)]
    [TestCase("1.5", ViolationKind.WrongType)]
    public void Validate_BadMax_IsRejected(string max, ViolationKind kind)
    {
        Only(Validate("getDeviceTokens", query: new Dictionary<string, string> { ["max"] = max }).Violations)
            .Kind.Should().Be(kind);
    }

    [Test]
    public void Validate_NegativeOffset_IsTooSmall()
    {
        var violation = Only(Validate("getDeviceTokens", query: new Dictionary<string, string> { ["offset"] = "-1" })
            .Violations);

        violation.Kind.Should().Be(ViolationKind.TooSmall);
        violation.Property.Should().Be("offset");
    }

    [Test]
    public void Validate_OmittedOptionalParameters_TakeTheirDefaults()
    {
        var result = Validate("getDeviceTokens");

        result.Violations.Should().BeEmpty();
        result.Values["max"].Should().BeEquivalentTo(new JValue(10L));
        result.Values["offset"].Should().BeEquivalentTo(new JValue(0L));
    }

    [Test]
    public void Validate_OmittedOptionalParameterWithoutDefault_HasNoValue()
    {
        var result = Validate("getDevices", query: new Dictionary<string, string> { ["extId"] = "user-1" });

        result.Violations.Should().BeEmpty();
        result.Values.Should().NotContainKey("pushPermitted");
        result.Text("pushPermitted").Should().BeNull();
    }

    [TestCase("true", true)]
    [TestCase("false", false)]
    public void Validate_BooleanParameter_IsConverted(string raw, bool expected)
    {
        var result = Validate("getDevices", query: new Dictionary<string, string> { ["extId"] = "user-1", ["pushPermitted"] = raw });

        result.Violations.Should().BeEmpty();
        result.Values["pushPermitted"].Type.Should().Be(JTokenType.Boolean);
        result.Get<bool>("pushPermitted").Should().Be(expected);
    }

    [Test]
    public void Validate_NonBooleanForBooleanParameter_IsWrongType()
    {
        var violation = Only(Validate("getDevices", query: new Dictionary<string, string> { ["extId"] = "user-1", ["pushPermitted"] = "yes" })
            .Violations);

        violation.Kind.Should().Be(ViolationKind.WrongType);
        violation.ExpectedType.Should().Be("boolean");
    }

    [Test]
    public void Validate_MissingRequiredQueryParameter_IsMissing()
    {
        var violation = Only(Validate("getUserByEmail").Violations);

        violation.Kind.Should().Be(ViolationKind.Missing);
        violation.Property.Should().Be("email");
        violation.In.Should().Be(ParameterLocation.Query);
        violation.Message.Should().Be("required query parameter 'email' is missing");
    }

    [Test]
    public void Validate_RequiredQueryParameterGiven_KeepsItAsText()
    {
        var result = Validate("getUserByEmail", query: new Dictionary<string, string> { ["email"] = "a@b.com" });

        result.Violations.Should().BeEmpty();
        result.Text("email").Should().Be("a@b.com");
    }

    [Test]
    public void Validate_PathParameterFromMatch_IsTakenAsText()
    {
        TestApis.Catalog.Match("GET", "/api/users/byUserId/42", out var pathValues);

        var result = Validate("getUserByUserId", path: pathValues);

        result.Violations.Should().BeEmpty();
        result.Values["userId"].Type.Should().Be(JTokenType.String, "a userId is a string even when it looks like a number");
        result.Text("userId").Should().Be("42");
    }

    [Test]
    public void Validate_MissingPathParameter_IsMissing()
    {
        var violation = Only(Validate("getUserByUserId").Violations);

        violation.Kind.Should().Be(ViolationKind.Missing);
        violation.In.Should().Be(ParameterLocation.Path);
    }

    [Test]
    public void Validate_SeveralBadParameters_AreReportedTogether()
    {
        var result = Validate("listPages",
            query: new Dictionary<string, string> { ["max"] = "5000", ["offset"] = "x" },
            headers: new Dictionary<string, string> { ["X-netmera-os"] = "WEB" });

        result.Violations.Select(v => (v.Property, v.Kind)).Should().BeEquivalentTo(new[]
        {
            ("id", ViolationKind.Missing),
            ("max", ViolationKind.TooLarge),
            ("offset", ViolationKind.WrongType),
            ("X-netmera-os", ViolationKind.NotInEnum),
        });
    }

    [TestCase("42", JsonObjectType.Integer, JTokenType.Integer)]
    [TestCase("4.5", JsonObjectType.Number, JTokenType.Float)]
    [TestCase("true", JsonObjectType.Boolean, JTokenType.Boolean)]
    [TestCase("42", JsonObjectType.String, JTokenType.String)]
    [TestCase("abc", JsonObjectType.Integer, JTokenType.String)]
    public void Convert_TurnsTextIntoTheSchemasType(string raw, JsonObjectType type, JTokenType expected)
    {
        ParameterValidator.Convert(raw, new JsonSchema { Type = type }).Type.Should().Be(expected);
    }
}
