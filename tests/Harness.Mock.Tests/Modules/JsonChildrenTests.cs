using FluentAssertions;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Modules;

public sealed class JsonChildrenTests
{
    [Test]
    public void Refill_OfAnArray_KeepsTheChosenItemsInTheirOrder_AsChildrenOfTheSameArray()
    {
        var array = JArray.Parse("""[1, "two", {"three": 3}, [4], null]""");
        var kept = new List<JToken> { array[0], array[2], array[4] };

        JsonChildren.Refill(array, kept);

        array.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""[1,{"three":3},null]""");
        array.Children().Should().AllSatisfy(child => child.Parent.Should().BeSameAs(array));
        array[1].Should().BeSameAs(kept[1], "the kept items are moved back, not copied");
    }

    [Test]
    public void Refill_OfAnObject_KeepsTheChosenPropertiesInTheirOrder()
    {
        var json = JObject.Parse("""{"a": 1, "b": null, "c": {"d": 2}, "e": null}""");
        var kept = json.Properties().Where(p => p.Value.Type != JTokenType.Null).ToList();

        JsonChildren.Refill(json, kept);

        json.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"a":1,"c":{"d":2}}""");
        json["c"]!["d"]!.Value<int>().Should().Be(2);
    }
}
