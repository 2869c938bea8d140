using Harness.Runner.Reporting;

namespace Harness.Runner.Tests.Reporting;

internal sealed class SecretMaskerTests
{
    [TestCase("abcdefghijklmnopqrstuvwxyz", "ab…yz")]
    [TestCase("short", "****")]
    [TestCase("12345678", "****")]
    [TestCase("", "(empty)")]
    [TestCase(null, "(none)")]
    public void Mask_ShowsOnlyTheEndsOfLongKeys(string? key, string masked) => SecretMasker.Mask(key).Should().Be(masked);

    [Test]
    public void Apply_ReplacesKeysAsWholeTokens_RawAndUrlEscaped()
    {
        var masker = new SecretMasker(["k@y-0123456789", "demo"]);

        masker.Apply("key k@y-0123456789 in ?tenant=k%40y-0123456789, demo but not demonstration")
            .Should().Be("key k@…89 in ?tenant=k@…89, **** but not demonstration");
    }
}
