using FluentAssertions;
using System.Text;
using Harness.Mock.Server;
using Harness.Mock.State;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.State;

/// <summary>Stored objects kept as text must read back exactly as they were sent: types, order, nesting.</summary>
public sealed class PackedJsonTests
{
    private static JObject Sent(string json) =>
        (JObject)JToken.ReadFrom(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None });

    [TestCase("""{"plan":"gold","visits":7}""")]
    [TestCase("""{"when":"2020-08-19T20:50:04.000Z","day":"2020-08-19"}""")]
    [TestCase("""{"ratio":1.0,"small":1e-7,"big":12345678901234567890123,"negative":-0.5}""")]
    [TestCase("""{"nested":{"deep":{"list":[1,"two",null,{"k":false}]}},"empty":{},"none":[]}""")]
    [TestCase("""{"text":"ü ñ 日本 \ud83d\ude00 \"quoted\" back\\slash \n newline"}""")]
    [TestCase("""{"kept":null}""")]
    public void Unpack_GivesBackTheSameTokens_TypesAndOrderIncluded(string json)
    {
        var sent = Sent(json);

        var back = PackedJson.Pack(sent).Unpack();

        JToken.DeepEquals(back, sent).Should().BeTrue($"{back.ToString(Formatting.None)} should equal {sent.ToString(Formatting.None)}");
        back.Properties().Select(p => p.Name).Should().Equal(sent.Properties().Select(p => p.Name));
        back.Descendants().OfType<JValue>().Select(v => v.Type)
            .Should().Equal(sent.Descendants().OfType<JValue>().Select(v => v.Type), "a date stays text and a fraction stays a double");
    }

    [Test]
    public void CopyPropertiesTo_AppendsAfterWhatIsThere_InStoredOrder()
    {
        var packed = PackedJson.Pack(Sent("""{"b":{"x":1},"a":[2]}"""));
        var into = new JObject { ["first"] = "kept" };

        packed.CopyPropertiesTo(into);

        into.ToString(Formatting.None).Should().Be("""{"first":"kept","b":{"x":1},"a":[2]}""");
    }

    [Test]
    public void AnEmptyObject_PacksAsEmpty_AndReadsBackAsANewEmptyObject()
    {
        var empty = PackedJson.Pack([]);
        var written = PackedJson.Write(0, static (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        });

        empty.IsEmpty.Should().BeTrue();
        written.IsEmpty.Should().BeTrue();
        default(PackedJson).ToString().Should().Be("{}");
        var first = empty.Unpack();
        first.Add("changed", 1);
        empty.Unpack().Should().BeEmpty("each unpack is a new object the caller may change");
    }

    [Test]
    public void Unpack_IsACopy_ChangingItLeavesThePackedValueAsItWas()
    {
        var packed = PackedJson.Pack(Sent("""{"a":{"b":1}}"""));

        var copy = packed.Unpack();
        ((JObject)copy["a"]!)["b"] = 2;

        packed.ToString().Should().Be("""{"a":{"b":1}}""");
    }

    [Test]
    public void DeeplyNestedStoredValues_ReadBack_BeyondTheReadersDefaultDepth()
    {
        var json = string.Concat(Enumerable.Repeat("""{"n":""", 100)) + "1" + new string('}', 100);
        var sent = (JObject)JToken.ReadFrom(new JsonTextReader(new StringReader(json)) { MaxDepth = 200 });

        var back = PackedJson.Pack(sent).Unpack();

        JToken.DeepEquals(back, sent).Should().BeTrue();
    }

    [Test]
    public void AnUnpairedSurrogateEscapeInABody_ReadsBackAsTheRequestParserReadIt()
    {
        var sent = (JObject)PooledJson.Parse(Encoding.UTF8.GetBytes("""{"odd":"a\ud800b","pair":"\ud83d\ude00"}"""), 64);

        var back = PackedJson.Pack(sent).Unpack();

        JToken.DeepEquals(back, sent).Should().BeTrue($"{back.ToString(Formatting.None)} should equal {sent.ToString(Formatting.None)}");
    }
}
