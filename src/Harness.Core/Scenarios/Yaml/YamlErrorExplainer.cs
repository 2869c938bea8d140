using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Harness.Core.Scenarios.Yaml;

/// <summary>
/// Turns YamlDotNet's parser messages into a plain reason, a hint and the line that is really at fault
/// (its position for tabs and unknown aliases points elsewhere).
/// </summary>
internal static partial class YamlErrorExplainer
{
    public static (int Line, int Column, string Reason, string? Hint) Explain(YamlException e, string text)
    {
        var line = Math.Max(1, (int)e.Start.Line);
        var column = Math.Max(1, (int)e.Start.Column);
        var raw = Strip(e.InnerException is YamlException inner ? inner.Message : e.Message);
        var lines = text.Split('\n');

        // YamlDotNet words this two ways and places it at the start of the enclosing mapping, not at the tab.
        if ((raw.Contains("tab character", StringComparison.Ordinal) || raw.Contains("tab as indentation", StringComparison.Ordinal))
            && Array.FindIndex(lines, l => l.TrimEnd('\r').Length > 0 && l.TrimStart(' ').StartsWith('\t')) is var tabbed and >= 0)
        {
            return (tabbed + 1, lines[tabbed].IndexOf('\t', StringComparison.Ordinal) + 1,
                "a tab indents this line; YAML indentation must use spaces", "replace the tab with spaces");
        }

        if (raw.Contains("found invalid mapping", StringComparison.Ordinal) && OverIndentedKey(lines, line) is { } deeper)
        {
            return deeper;
        }

        if (AnchorMissing().Match(raw) is { Success: true } anchor)
        {
            var name = anchor.Groups[1].Value;
            var at = Array.FindIndex(lines, l => l.Contains("*" + name, StringComparison.Ordinal));
            return (at >= 0 ? at + 1 : line, at >= 0 ? lines[at].IndexOf("*" + name, StringComparison.Ordinal) + 1 : column,
                $"unknown alias '*{name}': no anchor '&{name}' is defined above",
                $"to use a variable, write \"{{{{ {name} }}}}\"");
        }

        if (DuplicateKey().Match(raw) is { Success: true } duplicate)
        {
            return (line, column, $"duplicate key '{duplicate.Groups[1].Value}'", "a mapping takes each key once");
        }

        if (raw.Contains("double-quoted scalar", StringComparison.Ordinal) || raw.Contains("single-quoted scalar", StringComparison.Ordinal))
        {
            return (line, column, "unclosed quote: the string starting here has no closing quote", "close the string on the same line");
        }

        if (raw.Contains("did not find expected key", StringComparison.Ordinal)
            || raw.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return (line, column, "this line is not indented like the keys around it", "line it up with the other keys of the same mapping (spaces only)");
        }

        return (line, column, raw, null);
    }

    /// <summary>
    /// <c>key: value</c> followed by a line indented deeper (<c>  call: x</c> then <c>    body: {}</c>): YAML reads the
    /// second line as more text of the first value and fails at its colon. Point at the key and name the one to line up with.
    /// </summary>
    private static (int, int, string, string?)? OverIndentedKey(string[] lines, int line)
    {
        if (line < 2 || line > lines.Length)
        {
            return null;
        }

        var current = lines[line - 1].TrimEnd('\r');
        var above = Array.FindLastIndex(lines, line - 2, l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        if (above < 0 || KeyOf(current) is not { } key || KeyOf(lines[above].TrimEnd('\r')) is not { } previous || key.Column <= previous.Column)
        {
            return null;
        }

        return (line, key.Column, $"'{key.Name}' is indented deeper than '{previous.Name}' on line {above + 1}, so it reads as part of that value",
            $"indent '{key.Name}' like '{previous.Name}' (column {previous.Column}) to make it a key of the same mapping");
    }

    /// <summary>The key of a <c>key: …</c> line (after any <c>- </c>) and its 1-based column.</summary>
    private static (string Name, int Column)? KeyOf(string text)
    {
        var match = KeyLine().Match(text);
        return match.Success ? (match.Groups[2].Value, match.Groups[2].Index + 1) : null;
    }

    [GeneratedRegex(@"^(\s*(?:-\s+)?)([A-Za-z_$][\w.$-]*)\s*:(\s|$)")]
    private static partial Regex KeyLine();

    /// <summary>YamlDotNet prefixes its messages with the position, which the diagnostic already shows.</summary>
    private static string Strip(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    [GeneratedRegex("anchor '([^']+)' does not exist")]
    private static partial Regex AnchorMissing();

    [GeneratedRegex("Duplicate key (.+)$")]
    private static partial Regex DuplicateKey();
}
