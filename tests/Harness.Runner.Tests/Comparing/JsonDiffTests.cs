using Harness.Runner.Comparing;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;

namespace Harness.Runner.Tests.Comparing;

internal sealed class JsonDiffTests
{
    private static List<StepDifference> Diff(string a, string b, string[]? ignore = null, (string A, string B)[]? captured = null,
        string? rootA = null, string? rootB = null)
    {
        var (ja, jb) = (Parse(a), Parse(b));
        var pairs = (captured ?? []).Select(c => ((JToken)new JValue(c.A), (JToken)new JValue(c.B))).ToArray();
        return new JsonDiff(new IgnoreRules(ja, jb, ignore ?? [], pairs, rootA, rootB)).Compare(ja, jb);
    }

    /// <summary>As the runner reads bodies: dates stay strings.</summary>
    private static JToken Parse(string json) => Json.TryParse(json, out var token, out var error) ? token! : throw new AssertionException(error!);

    [Test]
    public void EqualBodies_HaveNoDifference() =>
        Diff("""{"a":1,"b":[1,2],"c":{"d":"x"}}""", """{"c":{"d":"x"},"b":[1,2],"a":1.0}""").Should().BeEmpty();

    [Test]
    public void ChangedValue_IsNamedByItsPath()
    {
        var found = Diff("""{"user":{"devices":[{"enabled":true}]}}""", """{"user":{"devices":[{"enabled":false}]}}""");

        found.Should().ContainSingle().Which.Should().Be(new StepDifference(DifferenceKind.Body, "$.user.devices[0].enabled", "true", "false"));
    }

    [Test]
    public void MissingKeyAndArrayLength_AreDifferences()
    {
        var found = Diff("""{"a":1,"list":[1,2]}""", """{"list":[1]}""");

        found.Select(d => (d.Path, d.A, d.B)).Should().BeEquivalentTo(new[]
        {
            ("$.a", "1", "(absent)"),
            ("$.list", "2 item(s)", "1 item(s)"),
        });
    }

    [Test]
    public void VolatileValuesOfTheSameKind_AreEqual() =>
        Diff("""{"id":"0b8f3c1e-52a4-4c8e-9e0e-7b5d1c2a3f40","at":"2026-01-01T10:00:00Z","createdAt":1767225600000}""",
                """{"id":"9d2e7a61-0f3b-4c11-8a2d-5e6f7a8b9c0d","at":"2026-01-01T10:00:03.5Z","createdAt":1767225603000}""")
            .Should().BeEmpty();

    [Test]
    public void AVolatileValueAgainstAStableOne_StillDiffers() =>
        Diff("""{"at":"2026-01-01T10:00:00Z"}""", """{"at":"soon"}""").Should().ContainSingle().Which.Path.Should().Be("$.at");

    [Test]
    public void IgnoredPaths_AndEverythingUnderThem_AreLeftOut() =>
        Diff("""{"total":3,"meta":{"a":1,"b":2},"keep":1}""", """{"total":4,"meta":{"a":9},"keep":2}""", ["$.total", "$.meta"])
            .Should().ContainSingle().Which.Path.Should().Be("$.keep");

    [Test]
    public void ValuesEachSideCaptured_StandForEachOther() =>
        Diff("""{"owner":"u-1"}""", """{"owner":"u-2"}""", captured: [("u-1", "u-2")]).Should().BeEmpty();

    [Test]
    public void EachTargetsOwnUrl_InLinks_IsNotADifference()
    {
        Diff("""{"next":"http://127.0.0.1:5001/v1/items?offset=2"}""", """{"next":"http://127.0.0.1:5002/v1/items?offset=2"}""",
            rootA: "http://127.0.0.1:5001", rootB: "http://127.0.0.1:5002").Should().BeEmpty();
        Diff("""{"next":"http://127.0.0.1:5001/v1/items?offset=2"}""", """{"next":"http://127.0.0.1:5002/v1/items?offset=3"}""",
            rootA: "http://127.0.0.1:5001", rootB: "http://127.0.0.1:5002").Should().ContainSingle();
    }

    [Test]
    public void AFloodOfDifferences_IsCut()
    {
        var a = new JArray(Enumerable.Range(0, 50).Select(i => new JValue(i)));
        var b = new JArray(Enumerable.Range(100, 50).Select(i => new JValue(i)));

        Diff(a.ToString(), b.ToString()).Should().HaveCount(JsonDiff.MaxDifferences);
    }
}
