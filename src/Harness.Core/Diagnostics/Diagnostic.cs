namespace Harness.Core.Diagnostics;

/// <summary>
/// One message about a place in a source file, in the single shape every part of the harness prints:
/// <c>file:line:col: error: message</c>, the source line with a caret, then expected/actual, a hint and notes.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Message, SourceLocation? Location)
{
    /// <summary>A suggestion such as <c>did you mean 'disableDevice'?</c>.</summary>
    public string? Hint { get; init; }

    public string? Expected { get; init; }

    public string? Actual { get; init; }

    /// <summary>Further labelled lines (<c>reproduce: curl …</c>), printed in order after the rest.</summary>
    public IReadOnlyList<DiagnosticNote> Notes { get; init; } = [];

    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(SourceLocation? location, string message) => new(Severity.Error, message, location);

    public static Diagnostic Warning(SourceLocation? location, string message) => new(Severity.Warning, message, location);

    public override string ToString() => DiagnosticFormatter.Format(this);
}

/// <summary>A labelled line under a diagnostic.</summary>
public sealed record DiagnosticNote(string Label, string Text);
