using Newtonsoft.Json.Linq;
using NJsonSchema;
using NSwag;

namespace Harness.Core.OpenApi;

/// <summary>Turns one OpenAPI file (read by NSwag) into an <see cref="ApiDescription"/>.</summary>
internal static class OpenApiFileReader
{
    public static async Task<ApiDescription> ReadAsync(string file, CancellationToken cancellationToken)
    {
        OpenApiDocument document;
        try
        {
            document = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? await OpenApiDocument.FromFileAsync(file, cancellationToken).ConfigureAwait(false)
                : await ReadYamlAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new OpenApiLoadException($"{file}: cannot read the OpenAPI document: {e.Message}", e);
        }

        var serverUrls = (document.Servers ?? []).Select(s => s.Url).ToArray();
        var api = new ApiDescription(
            Path.GetFileNameWithoutExtension(file).ToLowerInvariant(),
            document.Info?.Title ?? Path.GetFileNameWithoutExtension(file),
            file,
            BasePathOf(serverUrls.FirstOrDefault()),
            serverUrls,
            SecuritySchemes.OfDocument(document));

        foreach (var (pathKey, pathItem) in document.Paths)
        {
            foreach (var (method, operation) in pathItem)
            {
                // Many published specs leave operationIds out: name such an operation after its method and path.
                var id = string.IsNullOrWhiteSpace(operation.OperationId) ? OperationIds.From(method, pathKey) : operation.OperationId;
                api.Add(ReadOperation(document, api, pathKey, method, operation, id));
            }
        }

        return api;
    }

    /// <summary>
    /// Reads a YAML file as <see cref="OpenApiYamlDocument.FromFileAsync"/> does, except that plain scalars keep
    /// their YAML type: NSwag's own conversion turns every scalar into a string, so an example's
    /// <c>code: 2004</c> or <c>enabled: true</c> would become <c>"2004"</c> and <c>"true"</c>.
    /// </summary>
    private static async Task<OpenApiDocument> ReadYamlAsync(string file, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
        var yaml = new YamlDotNet.Serialization.DeserializerBuilder()
            .WithAttemptingUnquotedStringTypeDeserialization()
            .Build()
            .Deserialize(new StringReader(text));
        var json = new YamlDotNet.Serialization.SerializerBuilder().JsonCompatible().Build().Serialize(yaml ?? new Dictionary<string, object>());
        return await OpenApiDocument.FromJsonAsync(json, file, SchemaType.OpenApi3, document =>
            new NJsonSchema.Yaml.JsonAndYamlReferenceResolver(
                new OpenApiSchemaResolver(document, new NJsonSchema.Generation.SystemTextJsonSchemaGeneratorSettings())),
            cancellationToken).ConfigureAwait(false);
    }

    private static ApiOperation ReadOperation(OpenApiDocument document, ApiDescription api, string pathKey, string method, OpenApiOperation operation, string operationId)
    {
        var parameters = operation.ActualParameters
            .Where(p => p.Kind is OpenApiParameterKind.Query or OpenApiParameterKind.Header or OpenApiParameterKind.Path)
            .Select(p => new OperationParameter(
                p.Name,
                p.Kind switch
                {
                    OpenApiParameterKind.Query => ParameterLocation.Query,
                    OpenApiParameterKind.Header => ParameterLocation.Header,
                    _ => ParameterLocation.Path,
                },
                p.IsRequired || p.Kind == OpenApiParameterKind.Path,
                (p.Schema ?? p).ActualSchema,
                ToToken(p.Example)))
            .ToArray();

        var body = operation.RequestBody?.ActualRequestBody;
        var bodyMedia = body?.Content.FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value;

        var responses = new Dictionary<int, OperationResponse>();
        foreach (var (code, reference) in operation.ActualResponses)
        {
            if (!int.TryParse(code, out var status))
            {
                continue;
            }

            var response = reference.ActualResponse;
            var contents = response.Content
                .Select(c => new ResponseContent(c.Key, c.Value?.Schema?.ActualSchema, ExampleOf(c.Value)))
                .ToArray();
            var first = contents.FirstOrDefault();
            responses[status] = new OperationResponse(
                status,
                response.Description,
                first?.ContentType,
                first?.Schema,
                first?.Example,
                response.Headers.Keys.ToArray(),
                response.ExtensionData?.TryGetValue("x-body-optional", out var optional) == true && string.Equals(optional?.ToString(), "true", StringComparison.OrdinalIgnoreCase))
            {
                Contents = contents,
            };
        }

        return new ApiOperation(
            api,
            operationId,
            method.ToUpperInvariant(),
            new PathTemplate(api.BasePath + pathKey),
            parameters,
            bodyMedia?.Schema?.ActualSchema,
            body?.IsRequired ?? false,
            ToToken(bodyMedia?.Example),
            responses,
            operation.Summary,
            SecuritySchemes.OfOperation(document, operation));
    }

    private static string BasePathOf(string? serverUrl)
    {
        if (string.IsNullOrEmpty(serverUrl))
        {
            return "";
        }

        var path = Uri.TryCreate(serverUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : serverUrl;
        return path.TrimEnd('/');
    }

    /// <summary>The media type's example: <c>example</c>, else the first of <c>examples</c>.</summary>
    private static JToken? ExampleOf(OpenApiMediaType? media) =>
        media is null ? null
        : media.Example is not null ? ToToken(media.Example)
        : media.Examples?.Values.Select(e => e.Value).FirstOrDefault(v => v is not null) is { } value ? ToToken(value)
        : null;

    private static JToken? ToToken(object? example) => example switch
    {
        null => null,
        JToken token => token.DeepClone(),
        _ => JToken.FromObject(example),
    };
}
