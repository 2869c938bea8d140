using FluentAssertions;
using Harness.Core.Diagnostics;
using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Core.Scenarios.Parsing;

namespace Harness.Core.Tests.Scenarios;

/// <summary>A small OpenAPI file of its own, so scenario tests do not move when the vendor specs do.</summary>
internal static class ShopApi
{
    public const string Yaml = """
        openapi: 3.0.3
        info: { title: Shop, version: "1" }
        servers: [ { url: "https://shop.example.com/v1" } ]
        security: [ { ShopKey: [] } ]
        components:
          securitySchemes:
            ShopKey: { type: apiKey, in: header, name: X-Shop-Key }
          schemas:
            Item:
              type: object
              required: [id, name]
              properties:
                id: { type: string }
                name: { type: string }
                price: { type: number }
            Error:
              type: object
              required: [code]
              properties: { code: { type: string } }
        paths:
          /items:
            get:
              operationId: listItems
              parameters:
                - { name: max, in: query, schema: { type: integer } }
                - { name: offset, in: query, schema: { type: integer } }
                - { name: X-Shop-Region, in: header, schema: { type: string } }
              responses:
                '200':
                  description: a page
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          items: { type: array, items: { $ref: '#/components/schemas/Item' } }
                          nextPage: { type: string }
            post:
              operationId: createItem
              requestBody:
                required: true
                content: { application/json: { schema: { $ref: '#/components/schemas/Item' } } }
              responses:
                '200': { description: created, content: { application/json: { schema: { $ref: '#/components/schemas/Item' } } } }
                '400': { description: bad, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
          /items/{id}:
            get:
              operationId: getItem
              parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
              responses:
                '200': { description: the item, content: { application/json: { schema: { $ref: '#/components/schemas/Item' } } } }
                '404': { description: none, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
            delete:
              operationId: deleteItem
              parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
              responses:
                '204': { description: deleted }
        """;

    public const string OtherYaml = """
        openapi: 3.0.3
        info: { title: Other, version: "1" }
        paths:
          /ping:
            get:
              operationId: ping
              responses: { '200': { description: pong } }
        """;

    private static readonly Lazy<ApiCatalog> Loaded = new(() =>
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("shop.yaml"), Yaml);
        File.WriteAllText(folder.File("other.yaml"), OtherYaml);
        return ApiCatalog.LoadAsync(folder.Path).GetAwaiter().GetResult();
    });

    public static ApiCatalog Catalog => Loaded.Value;

    public static ScenarioFile Parse(string yaml, string path = "specs/shop/test.scenario.yaml") =>
        ScenarioParser.Parse(new SourceDocument(path, yaml));

    /// <summary>Parses text that must be structurally valid and returns the scenario.</summary>
    public static Scenario Scenario(string yaml)
    {
        var file = Parse(yaml);
        file.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
        return file.Scenario!;
    }

    /// <summary>Parse and lint diagnostics together.</summary>
    public static IReadOnlyList<Diagnostic> Lint(string yaml)
    {
        var file = Parse(yaml);
        return file.Scenario is null ? file.Diagnostics : [.. file.Diagnostics, .. Harness.Core.Scenarios.Linting.ScenarioLinter.Lint(file.Scenario, Catalog)];
    }
}
