using System.Globalization;
using System.Text;

namespace Harness.Core.Diagnostics;

/// <summary>Renders diagnostics as plain text in the one shape of the harness (Hurl-like).</summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic)
    {
        var builder = new StringBuilder();
        var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
        builder.Append(diagnostic.Location is { } at ? $"{at}: {severity}: " : $"{severity}: ")
            .Append(diagnostic.Message).Append('\n');

        if (diagnostic.Location is { LineText: { } line } location)
        {
            AppendQuote(builder, location, line);
        }

        // Labels are padded to one width so expected and actual values line up under each other.
        var lines = new List<(string Label, string Text)>();
        if (diagnostic.Expected is not null)
        {
            lines.Add(("expected", diagnostic.Expected));
        }

        if (diagnostic.Actual is not null)
        {
            lines.Add(("actual", diagnostic.Actual));
        }

        if (diagnostic.Hint is not null)
        {
            lines.Add(("hint", diagnostic.Hint));
        }

        lines.AddRange(diagnostic.Notes.Select(n => (n.Label, n.Text)));
        var width = lines.Count == 0 ? 0 : lines.Max(l => l.Label.Length) + 1;
        foreach (var (label, text) in lines)
        {
            var prefix = "  " + (label + ":").PadRight(width) + " ";
            var indent = new string(' ', prefix.Length);
            var parts = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            builder.Append(prefix).Append(parts[0]).Append('\n');
            foreach (var part in parts.Skip(1))
            {
                builder.Append(indent).Append(part).Append('\n');
            }
        }

        return builder.ToString().TrimEnd('\n');
    }

    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n\n", diagnostics.Select(Format));

    private static void AppendQuote(StringBuilder builder, SourceLocation location, string line)
    {
        var number = location.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var expanded = line.Replace('\t', ' ');
        builder.Append(' ').Append(number).Append(" | ").Append(expanded).Append('\n');
        var column = Math.Clamp(location.Column, 1, expanded.Length + 1);
        var length = Math.Clamp(location.Length, 1, Math.Max(1, expanded.Length - column + 1));
        builder.Append(' ').Append(gutter).Append(" | ")
            .Append(' ', column - 1).Append('^').Append('~', length - 1).Append('\n');
    }
}
