using System.Text.RegularExpressions;

namespace Harness.Core.Scenarios.Templates;

/// <summary>
/// A string with <c>{{ name }}</c> placeholders, split into literal text and placeholders. Parsing is
/// shared by the linter (which checks names) and the runner (which fills them in).
/// </summary>
public sealed partial class Template
{
    private Template(string text, IReadOnlyList<TemplatePart> parts, string? error, int errorOffset)
    {
        Text = text;
        Parts = parts;
        Error = error;
        ErrorOffset = errorOffset;
    }

    public string Text { get; }
    public IReadOnlyList<TemplatePart> Parts { get; }

    /// <summary>Why the text is not a valid template (an unclosed or malformed placeholder), or null.</summary>
    public string? Error { get; }

    public int ErrorOffset { get; }

    public IEnumerable<TemplatePart> Placeholders => Parts.Where(p => p.IsPlaceholder);

    public bool HasPlaceholders => Parts.Any(p => p.IsPlaceholder);

    /// <summary>Exactly one placeholder and nothing else: its value keeps its JSON type.</summary>
    public bool IsSinglePlaceholder => Parts is [{ IsPlaceholder: true }];

    public static Template Parse(string text)
    {
        var parts = new List<TemplatePart>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(TemplatePart.Text(text[position..], position));
                break;
            }

            if (open > position)
            {
                parts.Add(TemplatePart.Text(text[position..open], position));
            }

            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                return new Template(text, parts, "'{{' is never closed with '}}'", open);
            }

            var expression = text[(open + 2)..close].Trim();
            if (expression.Length == 0)
            {
                return new Template(text, parts, "empty placeholder '{{ }}'", open);
            }

            if (!NamePattern().IsMatch(expression))
            {
                return new Template(text, parts,
                    $"'{expression}' is not a variable name (letters, digits, '_', '-', dotted: env.HOME, random.int)", open);
            }

            parts.Add(TemplatePart.Placeholder(expression, open, close + 2 - open));
            position = close + 2;
        }

        return new Template(text, parts, null, 0);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_\-]*(\.[A-Za-z0-9_\-]+)*$")]
    private static partial Regex NamePattern();
}

/// <summary>Literal text, or a placeholder naming a variable; offsets are into the template text.</summary>
public sealed record TemplatePart(string Value, bool IsPlaceholder, int Offset, int Length)
{
    public static TemplatePart Text(string value, int offset) => new(value, false, offset, value.Length);

    public static TemplatePart Placeholder(string name, int offset, int length) => new(name, true, offset, length);
}
