using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Harness.Runner.Reporting;

/// <summary>
/// Hides API keys in everything a report prints: <c>sk_live_abcdef123</c> becomes <c>sk…23</c>, keys of
/// 8 characters or fewer become <c>****</c>. A target may echo a key in any shape, so each key is found
/// <list type="bullet">
/// <item>anywhere, glued to other text (<c>xKEYx</c>), in any case, with any of its characters percent-encoded
/// (once or twice: <c>%40</c>, <c>%2540</c>) or a space as <c>+</c>;</item>
/// <item>for keys of <see cref="MinBase64Length"/> characters or more, base64-encoded inside any longer text
/// (<c>user:KEY</c> in a Basic header, a JSON token): the stretch of base64 that only the key's bytes decide is
/// matched at each of the three byte alignments, in the standard and URL-safe alphabets and percent-encoded.</item>
/// </list>
/// Keys shorter than <see cref="MinGluedLength"/> are too short to be secrets and too common as text to be hunted
/// inside words, so they are masked as whole tokens only (still in any case and percent-encoded). Not covered:
/// other encodings (hex, HTML entities, JSON <c>\u</c> escapes), base64 split by line breaks, and a key cut in
/// two by a report's own length limit.
/// </summary>
internal sealed class SecretMasker
{
    public const int MinGluedLength = 4;

    public const int MinBase64Length = 8;

    /// <summary>The keys masked anywhere, longest first (so a key inside another never splits its mask).</summary>
    private readonly Secret[] _glued;

    /// <summary>Every key and base64 stretch at once: most texts hold none, and one vectorised search says so.</summary>
    private readonly SearchValues<string>? _needles;

    private readonly (Regex Pattern, string Mask)[] _tokens;

    public SecretMasker(IEnumerable<string?> secrets)
    {
        var keys = secrets.OfType<string>().Where(s => s.Trim().Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _glued = keys.Where(k => k.Length >= MinGluedLength).OrderByDescending(k => k.Length).Select(k => new Secret(k)).ToArray();
        if (_glued.Length > 0)
        {
            _needles = SearchValues.Create(_glued.SelectMany(s => s.Needles).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);
        }

        _tokens = keys.Where(k => k.Length < MinGluedLength)
            .Select(k => (new Regex($@"(?<![A-Za-z0-9_\-]){Text(k)}(?![A-Za-z0-9_\-])", RegexOptions.CultureInvariant), Mask(k)))
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
        if (_needles is not null)
        {
            // Percent-decoded (twice, as the patterns allow) only to decide which keys' patterns need to run.
            var folded = text.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(Uri.UnescapeDataString(text)) : text;
            if (folded.AsSpan().IndexOfAny(_needles) >= 0)
            {
                foreach (var secret in _glued)
                {
                    if (secret.Needles.Any(n => folded.Contains(n, StringComparison.OrdinalIgnoreCase)))
                    {
                        text = secret.Pattern.Replace(text, secret.Mask);
                    }
                }
            }
        }

        foreach (var (pattern, mask) in _tokens)
        {
            text = pattern.Replace(text, mask);
        }

        return text;
    }

    public string? ApplyOrNull(string? text) => text is null ? null : Apply(text);

    /// <summary>One key: its mask, the plain strings that betray it, and the pattern that finds each of its forms.</summary>
    private sealed class Secret(string key)
    {
        private readonly Lazy<Regex> _pattern = new(() => new Regex(string.Join("|", Forms(key)), RegexOptions.CultureInvariant));

        public string Mask { get; } = SecretMasker.Mask(key);

        /// <summary>The key (a space also as <c>+</c>) and its base64 stretches in both alphabets, as a decoded text shows them.</summary>
        public string[] Needles { get; } =
        [
            key, key.Replace(' ', '+'),
            .. key.Length >= MinBase64Length ? Base64Fragments(key).SelectMany(f => new[] { f, f.Replace('+', '-').Replace('/', '_') }) : [],
        ];

        /// <summary>Built on first need: most keys of a run never turn up in another scenario's text.</summary>
        public Regex Pattern => _pattern.Value;
    }

    private static IEnumerable<string> Forms(string key)
    {
        yield return Text(key);
        if (key.Length >= MinBase64Length)
        {
            foreach (var fragment in Base64Fragments(key))
            {
                yield return string.Concat(fragment.Select(Base64Char));
            }
        }
    }

    /// <summary>The key as text: each character in either case, as itself or percent-encoded (once or twice).</summary>
    private static string Text(string key)
    {
        var pattern = new StringBuilder();
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in key.EnumerateRunes())
        {
            var text = rune.ToString();
            var cases = new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant() }.Distinct(StringComparer.Ordinal).Select(Regex.Escape);
            var escaped = new StringBuilder();
            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                escaped.Append("%(?:25)?").Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
            }

            pattern.Append("(?:").Append(string.Join("|", cases)).Append('|').Append(escaped);
            if (rune.Value == ' ')
            {
                pattern.Append(@"|\+");
            }

            pattern.Append(')');
        }

        return pattern.ToString();
    }

    private static string HexDigit(int value)
    {
        var digit = value.ToString("X", CultureInfo.InvariantCulture);
        return value < 10 ? digit : $"[{digit}{digit.ToLowerInvariant()}]";
    }

    /// <summary>
    /// For each of the three positions the key's first byte can take within a base64 group, the characters of
    /// the encoding that depend on the key's bytes alone: found whatever text surrounds the key.
    /// </summary>
    private static IEnumerable<string> Base64Fragments(string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        for (var offset = 0; offset < 3; offset++)
        {
            var padded = new byte[offset + bytes.Length];
            bytes.CopyTo(padded, offset);
            var encoded = Convert.ToBase64String(padded);
            var first = (8 * offset + 5) / 6;
            var end = 8 * (offset + bytes.Length) / 6;
            yield return encoded[first..end];
        }
    }

    /// <summary>A base64 character in the standard or URL-safe alphabet, raw or percent-encoded.</summary>
    private static string Base64Char(char c) => c switch
    {
        '+' => "(?:\\+|-|%2[Bb])",
        '/' => "(?:/|_|%2[Ff])",
        _ => c.ToString(),
    };
}
