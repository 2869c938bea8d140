using Harness.Core.Diagnostics;
using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Core.Scenarios.Parsing;

namespace Harness.Runner.Tests.Support;

/// <summary>A small API of the tests' own (base path /v1, key header X-Shop-Key), so runner tests do not move with the vendor specs.</summary>
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
                tags: { type: array, items: { type: string } }
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
                - { name: tag, in: query, schema: { type: string } }
              responses:
                '200':
                  description: a page
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [items]
                        properties:
                          total: { type: integer }
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

    private static readonly Lazy<ApiCatalog> Loaded = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "harness-runner-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "shop.yaml"), Yaml);
            return ApiCatalog.LoadAsync(folder).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    public static ApiCatalog Catalog => Loaded.Value;

    public static ApiOperation Operation(string id) => Catalog.Find(id) ?? throw new AssertionException($"no operation {id}");

    /// <summary>A scenario from YAML text that must parse and lint without errors.</summary>
    public static Scenario Scenario(string yaml, string path = "specs/shop/test.scenario.yaml")
    {
        var file = ScenarioParser.Parse(new SourceDocument(path, yaml));
        var diagnostics = file.Scenario is null ? file.Diagnostics : [.. file.Diagnostics, .. Core.Scenarios.Linting.ScenarioLinter.Lint(file.Scenario, Catalog)];
        diagnostics.Where(d => d.IsError).Should().BeEmpty(DiagnosticFormatter.Format(diagnostics));
        return file.Scenario!;
    }

    /// <summary>A one-scenario file around the given <c>steps:</c> block (indented list items).</summary>
    public static Scenario Steps(string steps, string header = "") =>
        Scenario($"scenario: test\napi: shop\n{header}steps:\n{steps}");
}
