namespace Harness.Core.Diagnostics;

/// <summary>A place in a source file: 1-based line and column, and how many characters the caret underlines.</summary>
public sealed record SourceLocation(SourceDocument Document, int Line, int Column, int Length = 1)
{
    public string File => Document.Path;

    /// <summary>The text of the line, for quoting under a message.</summary>
    public string? LineText => Document.Line(Line);

    /// <summary>A location for a whole file that could not be parsed at all.</summary>
    public static SourceLocation StartOf(SourceDocument document) => new(document, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
