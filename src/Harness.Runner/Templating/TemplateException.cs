using Harness.Core.Diagnostics;

namespace Harness.Runner.Templating;

/// <summary>
/// A template that cannot be filled in at run time (a variable the linter could not know about, an unset
/// environment variable). Caught by the step that evaluates it and reported as that step's failure.
/// </summary>
internal sealed class TemplateException(SourceLocation location, string message) : Exception(message)
{
    public SourceLocation Location { get; } = location;
}
