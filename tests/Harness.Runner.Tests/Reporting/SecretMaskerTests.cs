using System.Text;
using Harness.Runner.Reporting;

namespace Harness.Runner.Tests.Reporting;

internal sealed class SecretMaskerTests
{
    private const string Key = "k@y-0123456789";

    [TestCase("abcdefghijklmnopqrstuvwxyz", "ab…yz")]
    [TestCase("short", "****")]
    [TestCase("12345678", "****")]
    [TestCase("", "(empty)")]
    [TestCase(null, "(none)")]
    public void Mask_ShowsOnlyTheEndsOfLongKeys(string? key, string masked) => SecretMasker.Mask(key).Should().Be(masked);

    [Test]
    public void Apply_ReplacesKeys_RawAndUrlEscaped()
    {
        var masker = new SecretMasker([Key, "demo"]);

        masker.Apply("key k@y-0123456789 in ?tenant=k%40y-0123456789, demo").Should().Be("key k@…89 in ?tenant=k@…89, ****");
    }

    [TestCase("xk@y-0123456789x", "xk@…89x")]
    [TestCase("token=k@y-0123456789&next", "token=k@…89&next")]
    [TestCase("K@Y-0123456789", "k@…89")]
    [TestCase("Error: K@y-0123456789IS INVALID", "Error: k@…89IS INVALID")]
    [TestCase("k%40y-0123456789", "k@…89")]
    [TestCase("k%2540y-0123456789", "k@…89")]
    [TestCase("%6B%40%79%2D%30%31%32%33%34%35%36%37%38%39", "k@…89")]
    [TestCase("%6b@Y%2d0123456789", "k@…89")]
    public void Apply_MasksTheKeyGluedToText_InAnyCase_AndPercentEncoded(string text, string masked) =>
        new SecretMasker([Key]).Apply(text).Should().Be(masked);

    [TestCase("")]
    [TestCase("user:")]
    [TestCase("ab")]
    [TestCase("{\"apiKey\":\"")]
    public void Apply_MasksTheKeyBase64Encoded_AtEveryAlignment(string prefix)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(prefix + Key + "\"}"));
        var urlSafe = encoded.Replace('+', '-').Replace('/', '_');
        var masker = new SecretMasker([Key]);

        foreach (var form in new[] { encoded, urlSafe, Uri.EscapeDataString(encoded) })
        {
            var shown = masker.Apply($"Authorization: Basic {form}");

            shown.Should().Contain("k@…89");
            var rest = shown.Replace("Authorization: Basic ", "", StringComparison.Ordinal).Replace("k@…89", "", StringComparison.Ordinal);
            Decodable(rest).Should().NotContain(Key);
        }
    }

    [Test]
    public void Apply_MasksTheBase64OfTheKeyItself_WithAndWithoutPadding()
    {
        var masker = new SecretMasker([Key]);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Key));

        masker.Apply(encoded).Should().NotContain(encoded[..^2]);
        masker.Apply(encoded.TrimEnd('=')).Should().StartWith("k@…89");
    }

    [Test]
    public void Apply_MasksShortKeysAsWholeTokensOnly()
    {
        var masker = new SecretMasker(["abc"]);

        masker.Apply("abc, ABC and ?k=abc but not abcdef").Should().Be("****, **** and ?k=**** but not abcdef");
    }

    [Test]
    public void Apply_WithManyKeys_MasksEachWithItsOwnMask()
    {
        var keys = Enumerable.Range(0, 300).Select(i => $"tenant-key-{i:D4}-{Guid.NewGuid():N}").ToArray();
        var masker = new SecretMasker(keys);

        masker.Apply($"first {keys[0]} last {keys[299].ToUpperInvariant()}")
            .Should().Be($"first {SecretMasker.Mask(keys[0])} last {SecretMasker.Mask(keys[299])}");
    }

    /// <summary>What any base64 stretch of the text decodes to (at each alignment), to prove no copy of the key is left.</summary>
    private static string Decodable(string text)
    {
        var letters = new string(text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '-' or '_').ToArray()).Replace('-', '+').Replace('_', '/');
        var decoded = new StringBuilder();
        for (var start = 0; start < 4 && start < letters.Length; start++)
        {
            var part = letters[start..];
            part = part[..(part.Length / 4 * 4)];
            decoded.Append(Encoding.Latin1.GetString(Convert.FromBase64String(part))).Append('\n');
        }

        return decoded.ToString();
    }
}
