using Harness.Runner.Comparing;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Tests.Comparing;

internal sealed class VolatileValuesTests
{
    [TestCase("2026-01-01T10:00:00Z", "timestamp")]
    [TestCase("2021-06-30 20:04:57 +00:00", "timestamp")]
    [TestCase("2026-01-01T10:00:00.123+02:00", "timestamp")]
    [TestCase("0b8f3c1e-52a4-4c8e-9e0e-7b5d1c2a3f40", "uuid")]
    [TestCase("64b7f0c2a1e4d5f6a7b8c9d0", "hex id")]
    public void KindOf_RecognisesGeneratedStrings(string text, string kind) =>
        VolatileValues.KindOf("anything", new JValue(text)).Should().Be(kind);

    [TestCase("2020-08-19")]
    [TestCase("Success")]
    [TestCase("ada@example.com")]
    [TestCase("abc123")]
    public void KindOf_LeavesOrdinaryStringsStable(string text) =>
        VolatileValues.KindOf("value", new JValue(text)).Should().BeNull();

    [Test]
    public void KindOf_EpochNumbers_AreTimestampsOnlyUnderATimeLikeName()
    {
        VolatileValues.KindOf("createdAt", new JValue(1767225600000L)).Should().Be("timestamp");
        VolatileValues.KindOf("lastSeenTime", new JValue(1767225600L)).Should().Be("timestamp");
        VolatileValues.KindOf("count", new JValue(1767225600000L)).Should().BeNull();
        VolatileValues.KindOf("createdAt", new JValue(42)).Should().BeNull();
    }

    [Test]
    public void Normalize_SetsAsideGeneratedPartsInsideText() =>
        VolatileValues.Normalize("cb064833761248a783761971704e0f92@placeholder.email")
            .Should().Be(VolatileValues.Normalize("fb45a2913f6f49a7be26c2fc9cf4b27a@placeholder.email"))
            .And.Be("{hex}@placeholder.email");
}
