using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Harness.Runner.Execution;
using Harness.Runner.Http;

namespace Harness.Runner.Recording;

/// <summary>
/// Checks one recorded exchange against the catalog, as the runner's contract checks do for a step: a
/// known operation, a documented status, a body of the documented media type valid against its schema.
/// </summary>
internal sealed class DriftDetector(ApiCatalog catalog)
{
    /// <summary>Enough to see the pattern; a completely wrong body would otherwise flood the report.</summary>
    private const int MaxViolations = 10;

    public ApiOperation? Match(RecordedExchange exchange) =>
        exchange.KnownOperation is { } known && catalog.Find(known) is { } found ? found : catalog.Match(exchange.Method, exchange.Path, out _);

    public IReadOnlyList<DriftFinding> Check(int index, RecordedExchange exchange)
    {
        DriftFinding Finding(string? operation, DriftKind kind, string message) =>
            new(index, exchange.Method, exchange.Path, operation, exchange.Status, kind, message);

        if (Match(exchange) is not { } operation)
        {
            return [Finding(null, DriftKind.UnknownOperation, $"no operation of the OpenAPI files answers {exchange.Method} {exchange.Path}")];
        }

        var id = operation.OperationId;
        if (!operation.Responses.TryGetValue(exchange.Status, out var documented))
        {
            return [Finding(id, DriftKind.UndocumentedStatus, $"status {exchange.Status} is not documented for {id}") with
            {
                Expected = "one of " + string.Join(", ", operation.Responses.Keys.Order()),
                Actual = $"{exchange.Status} {Json.Cut(exchange.ResponseBody, 200)}".TrimEnd(),
            }];
        }

        var body = exchange.ResponseBody;
        if (!documented.HasBody)
        {
            return string.IsNullOrWhiteSpace(body) ? [] : [Finding(id, DriftKind.BodyShape, $"response {exchange.Status} of {id} is documented without a body, but one came back") with { Actual = Json.Cut(body) }];
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return [Finding(id, DriftKind.BodyShape, $"response {exchange.Status} of {id} has an empty body, but the spec documents one")];
        }

        var findings = new List<DriftFinding>();
        if (documented.ContentType is { } type && HttpSender.MediaType(exchange.ResponseContentType) is { } actual
            && !string.Equals(actual, type, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(Finding(id, DriftKind.BodyShape, $"response {exchange.Status} of {id} is {actual}, documented as {type}") with { Expected = type, Actual = actual });
        }

        if (exchange.ResponseBodyCut)
        {
            return findings;
        }

        if (!Json.TryParse(body, out var json, out var error))
        {
            findings.Add(Finding(id, DriftKind.BodyShape, $"response {exchange.Status} of {id} is not JSON: {error}") with { Actual = Json.Cut(body) });
            return findings;
        }

        var violations = SchemaValidator.Validate(documented.Schema!, json!);
        findings.AddRange(violations.Take(MaxViolations).Select(v =>
            Finding(id, DriftKind.SchemaViolation, $"response {exchange.Status} of {id} breaks its schema at {v.Path}: {v.Message}") with
            {
                SchemaPath = v.Path,
                Expected = v.ExpectedType,
                Actual = Json.Show(v.Actual),
            }));
        return findings;
    }
}
