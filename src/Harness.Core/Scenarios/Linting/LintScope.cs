using Harness.Core.Scenarios.Templates;

namespace Harness.Core.Scenarios.Linting;

/// <summary>The variables defined at one point of a scenario, and why an undefined one is undefined.</summary>
internal sealed class LintScope
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    /// <summary>Example columns missing from some rows: name → the first row without it.</summary>
    private readonly Dictionary<string, int> _partialColumns = new(StringComparer.Ordinal);

    /// <summary>Names a step captures later: name → that step's index.</summary>
    private readonly Dictionary<string, int> _capturedLater = new(StringComparer.Ordinal);

    public void Define(string name) => _defined.Add(name);

    public void DefinePartially(string name, int missingInRow) => _partialColumns.TryAdd(name, missingInRow);

    public void CapturedLater(string name, int step) => _capturedLater.TryAdd(name, step);

    public void Captured(string name) => _capturedLater.Remove(name);

    public LintScope With(string name)
    {
        var copy = new LintScope();
        copy._defined.UnionWith(_defined);
        copy._defined.Add(name);
        foreach (var (key, row) in _partialColumns)
        {
            copy._partialColumns[key] = row;
        }

        return copy;
    }

    public bool IsDefined(string name) => _defined.Contains(name) || TemplateBuiltins.IsBuiltin(name);

    /// <summary>Why <paramref name="name"/> cannot be used here, and a hint, or null when it can.</summary>
    public (string Message, string Hint)? Explain(string name)
    {
        if (IsDefined(name))
        {
            return null;
        }

        if (_partialColumns.TryGetValue(name, out var row))
        {
            return ($"variable '{name}' is not defined in example row {row}", $"give every row of 'examples' a value for '{name}'");
        }

        if (_capturedLater.TryGetValue(name, out var step))
        {
            return ($"variable '{name}' is used before step {step} captures it", "a step can use the captures of earlier steps only");
        }

        var known = _defined.Concat(TemplateBuiltins.Names).Concat(_partialColumns.Keys).ToArray();
        return ($"undefined variable '{name}'",
            Diagnostics.DidYouMean.Hint(name, known)
            ?? $"define it under 'vars', capture it in an earlier step, or use a built-in: {string.Join(", ", TemplateBuiltins.Names)}, env.NAME");
    }
}
