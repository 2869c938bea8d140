using System.Text.RegularExpressions;

namespace Harness.Mock.State;

/// <summary>
/// Puts a JSON path in front of a message from deeper code. Modules report problems relative to their part
/// (<c>users[3].email: …</c>, <c>segments[0].id should be …</c>); the admin surface answers with the whole
/// path (<c>$.tenants['sha256:…'].iterable.users[3].email: …</c>).
/// </summary>
internal static partial class JsonPathMessage
{
    public static string Join(string prefix, string message)
    {
        var match = RelativePath().Match(message);
        return match.Success
            ? $"{prefix}.{match.Groups["path"].Value}{message[match.Groups["path"].Length..]}"
            : $"{prefix}: {message}";
    }

    // A leading path is followed by a colon or by the words such messages use after one.
    [GeneratedRegex(@"^(?<path>[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\]|\.[A-Za-z_][A-Za-z0-9_]*)*)(?=:| must | should | is | are )")]
    private static partial Regex RelativePath();
}
