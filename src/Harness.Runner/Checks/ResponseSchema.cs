using Harness.Core.Schemas;
using Harness.Runner.Http;
using Harness.Runner.Results;

namespace Harness.Runner.Checks;

/// <summary>
/// The body is what the documented response of its status describes: valid against the schema, or empty
/// where the spec documents no body. Each schema violation is its own failure, naming the path and value.
/// </summary>
internal sealed class ResponseSchema : ICheck
{
    /// <summary>Enough to see the pattern; a completely wrong body would otherwise flood the report.</summary>
    private const int MaxViolations = 10;

    public string Name => nameof(ResponseSchema);

    public IEnumerable<CheckFailure> Run(CheckContext context)
    {
        if (context.Documented is not { } documented)
        {
            return [];
        }

        var response = context.Response;
        var where = $"response {response.Status} of {context.Operation.OperationId}";
        if (!documented.HasBody)
        {
            return string.IsNullOrWhiteSpace(response.Body)
                ? []
                : [Failure(context, $"{where} is documented without a body, but one came back", "no body", Json.Cut(response.Body))];
        }

        if (string.IsNullOrWhiteSpace(response.Body))
        {
            return documented.BodyOptional ? [] : [Failure(context, $"{where} has an empty body, but the spec documents one", $"a {documented.ContentType ?? "JSON"} body", "empty body")];
        }

        if (response.Json is not { } json)
        {
            return [Failure(context, $"{where} is not JSON", "JSON", Json.Cut(response.Body)) with { Detail = response.JsonError }];
        }

        var violations = SchemaValidator.Validate(documented.Schema!, json);
        var failures = violations.Take(MaxViolations)
            .Select(v => Failure(context, $"{where} breaks its schema at {v.Path}: {v.Message}", v.ExpectedType ?? Expectation(v), SchemaValidator.Describe(v.Actual))
                with { Detail = $"schema path: {v.Path}; offending value: {Json.Show(v.Actual)}" })
            .ToList();
        if (violations.Count > MaxViolations)
        {
            failures.Add(Failure(context, $"{where}: {violations.Count - MaxViolations} more schema violations", null, null));
        }

        return failures;
    }

    private static string? Expectation(SchemaViolation violation) => violation.Kind switch
    {
        ViolationKind.Missing => $"property '{violation.Property}'",
        ViolationKind.NotAllowed => "no such property",
        _ => null,
    };

    private CheckFailure Failure(CheckContext context, string title, string? expected, string? actual) =>
        new(Name, title, context.Step.Location) { Expected = expected, Actual = actual };
}
