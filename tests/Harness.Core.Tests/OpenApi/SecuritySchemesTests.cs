using FluentAssertions;
using Harness.Core.OpenApi;
using NUnit.Framework;

namespace Harness.Core.Tests.OpenApi;

public sealed class SecuritySchemesTests
{
    private static async Task<ApiCatalog> Load(string components, string security, string operationSecurity = "")
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("shop.yaml"), $$"""
            openapi: 3.0.3
            info: { title: Shop, version: '1' }
            {{security}}
            paths:
              /things:
                get:
                  operationId: listThings
                  {{operationSecurity}}
                  responses: { '200': { description: ok } }
              /open:
                get:
                  security: []
                  responses: { '200': { description: ok } }
            components:
              securitySchemes:
            {{components}}
            """);
        return await ApiCatalog.LoadAsync(temp.Path);
    }

    [TestCase("    key: { type: apiKey, in: query, name: api_key }", CredentialLocation.Query, "api_key")]
    [TestCase("    key: { type: apiKey, in: cookie, name: sid }", CredentialLocation.Cookie, "sid")]
    [TestCase("    key: { type: apiKey, in: header, name: X-Key }", CredentialLocation.Header, "X-Key")]
    [TestCase("    key: { type: http, scheme: bearer }", CredentialLocation.Bearer, "Authorization")]
    [TestCase("    key: { type: http, scheme: basic }", CredentialLocation.Basic, "Authorization")]
    public async Task Scheme_TellsWhereTheCredentialGoes(string scheme, CredentialLocation location, string name)
    {
        var catalog = await Load(scheme, "security: [ { key: [] } ]");

        var security = catalog.Find("listThings")!.Security!;
        security.Location.Should().Be(location);
        security.Name.Should().Be(name);
        catalog.Apis[0].Security.Should().Be(security);
    }

    [Test]
    public async Task OperationWithEmptySecurity_RequiresNone_AndGetsANameFromMethodAndPath()
    {
        var catalog = await Load("    key: { type: apiKey, in: header, name: X-Key }", "security: [ { key: [] } ]");

        var open = catalog.Find("getOpen")!;
        open.Security.Should().BeNull();
        open.SecurityRequired.Should().BeFalse();
    }

    [Test]
    public async Task OptionalRequirement_CountsAsNone()
    {
        var catalog = await Load("    key: { type: apiKey, in: header, name: X-Key }", "", "security: [ {}, { key: [] } ]");

        catalog.Find("listThings")!.Security.Should().BeNull();
        catalog.Apis[0].SecurityHeader.Should().Be("X-Key", "the document still declares where a key would go");
    }

    [Test]
    public async Task OperationNamesAnotherScheme_ThanTheDocument()
    {
        var catalog = await Load("""
                a: { type: apiKey, in: header, name: X-A }
                b: { type: http, scheme: bearer }
            """, "security: [ { a: [] } ]", "security: [ { b: [] } ]");

        catalog.Find("listThings")!.Security!.Location.Should().Be(CredentialLocation.Bearer);
        catalog.Apis[0].Security!.Name.Should().Be("X-A");
    }
}
