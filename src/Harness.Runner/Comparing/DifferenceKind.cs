namespace Harness.Runner.Comparing;

/// <summary>What part of two answers to the same step differs.</summary>
internal enum DifferenceKind
{
    /// <summary>One side answered, the other did not (a transport error).</summary>
    Answer,
    Status,

    /// <summary>The error code inside the body (<c>code</c>, <c>errorCode</c>, <c>error.code</c>, problem+json <c>type</c>).</summary>
    ErrorCode,
    Body,
}
