using Harness.Core.Diagnostics;

namespace Harness.Runner.Checks.Matching;

/// <summary>One place where the actual JSON differs from the expected, with the expected value's scenario line.</summary>
internal sealed record Mismatch(string Path, string Message, string Expected, string Actual, SourceLocation? Location);
