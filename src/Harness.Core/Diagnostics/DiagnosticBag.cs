namespace Harness.Core.Diagnostics;

/// <summary>Collects diagnostics while parsing or linting, so one pass reports every problem at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public Diagnostic Error(SourceLocation? location, string message, string? hint = null)
    {
        var diagnostic = Diagnostic.Error(location, message) with { Hint = hint };
        _items.Add(diagnostic);
        return diagnostic;
    }

    public Diagnostic Warning(SourceLocation? location, string message, string? hint = null)
    {
        var diagnostic = Diagnostic.Warning(location, message) with { Hint = hint };
        _items.Add(diagnostic);
        return diagnostic;
    }

    /// <summary>In file order, so output reads top to bottom.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location?.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ToArray();
}
