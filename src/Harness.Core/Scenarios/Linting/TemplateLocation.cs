using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios.Linting;

/// <summary>Where a placeholder sits in the file, so the caret points at it rather than at the whole string.</summary>
public static class TemplateLocation
{
    public static SourceLocation Of(ScalarNode scalar, int offset, int length)
    {
        var at = scalar.Location;
        var piece = scalar.Text.Substring(offset, Math.Min(length, scalar.Text.Length - offset));
        // Quotes and escapes shift columns, so find the placeholder's own text on the scalar's line.
        var column = at.LineText?.IndexOf(piece, Math.Max(0, at.Column - 1), StringComparison.Ordinal) ?? -1;
        return column < 0 ? at : at with { Column = column + 1, Length = piece.Length };
    }
}
