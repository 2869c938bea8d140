using System.Text.RegularExpressions;

namespace Harness.Runner.Reporting;

/// <summary>
/// Hides API keys in everything a report prints: <c>sk_live_abcdef123</c> becomes <c>sk…23</c>, keys of
/// 8 characters or fewer become <c>****</c>. Keys are replaced as whole tokens, raw or URL-escaped.
/// </summary>
internal sealed class SecretMasker
{
    private readonly (Regex Pattern, string Mask)[] _secrets;

    public SecretMasker(IEnumerable<string?> secrets)
    {
        // The escaped form (a key in ?tenant=) shows the same mask as the key itself.
        _secrets = secrets.OfType<string>()
            .Where(s => s.Trim().Length > 0)
            .SelectMany(s => new[] { (Text: s, Mask: Mask(s)), (Text: Uri.EscapeDataString(s), Mask: Mask(s)) })
            .DistinctBy(s => s.Text, StringComparer.Ordinal)
            .OrderByDescending(s => s.Text.Length)
            .Select(s => (new Regex($@"(?<![A-Za-z0-9_\-]){Regex.Escape(s.Text)}(?![A-Za-z0-9_\-])", RegexOptions.CultureInvariant), s.Mask))
            .ToArray();
    }

    public static SecretMasker None { get; } = new([]);

    public static string Mask(string? key) => key switch
    {
        null => "(none)",
        "" => "(empty)",
        { Length: <= 8 } => "****",
        _ => $"{key[..2]}…{key[^2..]}",
    };

    public string Apply(string text)
    {
        foreach (var (pattern, mask) in _secrets)
        {
            text = pattern.Replace(text, mask);
        }

        return text;
    }

    public string? ApplyOrNull(string? text) => text is null ? null : Apply(text);
}
