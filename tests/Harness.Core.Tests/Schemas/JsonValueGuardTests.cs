using FluentAssertions;
using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Tests.Schemas;

[TestFixture]
public class JsonValueGuardTests
{
    [Test]
    public void Check_IntegerBeyond64Bits_IsReportedAtItsPath()
    {
        var violations = JsonValueGuard.Check(JToken.Parse("{\"a\":[1,99999999999999999999999]}"));

        violations.Select(v => v.ToString()).Should().ContainSingle().Which.Should().StartWith("$.a[1]: number 99999999999999999999999");
    }

    [Test]
    public void Check_NumberBeyondADouble_IsReported()
    {
        JsonValueGuard.Check(JToken.Parse("{\"x\":1e400}")).Should().ContainSingle().Which.Path.Should().Be("$.x");
    }

    [TestCase(0x0000, "U+0000")]
    [TestCase(0x001F, "U+001F")]
    [TestCase(0xD800, "lone surrogate")]
    public void Check_TextThatIsNotText_IsReported(int code, string expected)
    {
        JsonValueGuard.Check(new JObject { ["email"] = $"a{(char)code}b" }).Should().ContainSingle().Which.Message.Should().Contain(expected);
    }

    [TestCase("tab\there, lines\r\n and 😀")]
    [TestCase("plain")]
    public void Check_OrdinaryText_PassesUnremarked(string text)
    {
        JsonValueGuard.Check(new JObject { ["s"] = text, ["n"] = long.MaxValue, ["d"] = 1e300 }).Should().BeEmpty();
    }

    [Test]
    public void Check_ManyProblems_DescribesAtMostTheLimit_AndCountsTheRest()
    {
        var body = new JArray(Enumerable.Range(0, 500).Select(_ => new JValue("\u0001")));

        var violations = JsonValueGuard.Check(body, limit: 100);

        violations.Should().HaveCount(100);
        violations.Omitted.Should().Be(400);
    }

    [TestCase("99999999999999999999999", "$.a[2].b[0].c: number")]
    [TestCase("1e400", "$.a[2].b[0].c: number is too large")]
    [TestCase("\"x\\u0007\"", "$.a[2].b[0].c: text contains the control character U+0007")]
    [TestCase("{\"k\\u0001\":1}", "$.a[2].b[0].c['k\u0001']: property name contains the control character U+0001")]
    public void Check_AProblemDeepInsideAValidDocument_IsFound_AtItsPath(string bad, string expected)
    {
        // The clean scan has to look through objects, arrays and property names at every depth, not only the top.
        var body = JToken.Parse($$"""{"first":"ok","a":[1,{"x":true},{"b":[{"c":{{bad}}},"ok"]}],"last":2.5}""");

        JsonValueGuard.Check(body).Select(v => v.ToString()).Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Test]
    public void Check_ADocumentWithoutProblems_AnswersTheSharedEmptyList()
    {
        var body = JToken.Parse("""{"email":"a@b.example","device":{"token":"t","platform":"APNS"},"ids":[1,2.5,-3,null,true]}""");

        JsonValueGuard.Check(body).Should().BeSameAs(ViolationList.Empty);
    }

    [Test]
    public void InvalidUtf8At_FindsTheFirstBadByte()
    {
        JsonValueGuard.InvalidUtf8At("ab"u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).ToArray()).Should().Be(2);
        JsonValueGuard.InvalidUtf8At("héllo"u8).Should().BeNull();
    }
}
