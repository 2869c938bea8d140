namespace Harness.Core.Diagnostics;

/// <summary>
/// The text of one source file, kept so a diagnostic can quote the offending line long after parsing
/// (reports are written at the end of a run, when the file may have changed on disk).
/// </summary>
public sealed class SourceDocument
{
    private readonly string[] _lines;

    public SourceDocument(string path, string text)
    {
        Path = path;
        Text = text;
        _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    /// <summary>The path as shown to users, e.g. <c>specs/shop/orders.scenario.yaml</c>.</summary>
    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lines.Length;

    /// <summary>The 1-based line without its line break, or null outside the file.</summary>
    public string? Line(int line) => line >= 1 && line <= _lines.Length ? _lines[line - 1] : null;

    public SourceLocation At(int line, int column, int length = 1) => new(this, line, column, length);

    public override string ToString() => Path;
}
