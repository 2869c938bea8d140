namespace Harness.Runner.Recording;

/// <summary>How a real answer breaks the contract of the OpenAPI files.</summary>
internal enum DriftKind
{
    /// <summary>No operation of any OpenAPI file has this method and path.</summary>
    UnknownOperation,
    UndocumentedStatus,
    SchemaViolation,

    /// <summary>A body where none is documented, none where one is, not JSON, or another media type.</summary>
    BodyShape,
}

/// <summary>One way one recorded exchange departs from the contract, with the schema path of a violation.</summary>
internal sealed record DriftFinding(int Exchange, string Method, string Path, string? Operation, int Status, DriftKind Kind, string Message)
{
    public string? SchemaPath { get; init; }
    public string? Expected { get; init; }
    public string? Actual { get; init; }

    public override string ToString() =>
        $"#{Exchange} {Method} {Path} → {Status} [{Operation ?? "unknown operation"}] {Kind}: {Message}";
}
