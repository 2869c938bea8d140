using FluentAssertions;
using Harness.Mock.Apis.Iterable;
using Harness.Mock.State;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>
/// The merge streams the stored text into the new one; it must store exactly what merging the two token trees
/// stores (behaviour.md's rules for null, nested objects and order), which a plain in-memory merge states below.
/// </summary>
public sealed class DataFieldsMergeTests
{
    private static readonly string[] Keys = ["a", "b", "c", "d", "signupSource", "itblInternal"];

    [Test]
    public void Apply_StoresWhatMergingTheTreesStores_ForManyGeneratedWrites([Values] bool mergeNestedObjects)
    {
        var random = new Random(16);
        for (var i = 0; i < 3000; i++)
        {
            var stored = RandomObject(random, depth: 0, withNulls: false, withSystemKeys: false);
            var sent = RandomObject(random, depth: 0, withNulls: true, withSystemKeys: true);

            var merged = DataFieldsMerge.Apply(PackedJson.Pack(stored), sent, mergeNestedObjects);

            var expected = Reference(stored, sent, mergeNestedObjects);
            merged.ToString().Should().Be(expected.ToString(Formatting.None),
                $"stored {stored.ToString(Formatting.None)}, sent {sent.ToString(Formatting.None)}, mergeNestedObjects {mergeNestedObjects}");
        }
    }

    [Test]
    public void Apply_KeepsStoredOrder_ReplacesInPlace_AppendsNewKeysInSentOrder()
    {
        var stored = PackedJson.Pack(JObject.Parse("""{"a":1,"b":{"x":1,"y":2},"c":3}"""));
        var sent = JObject.Parse("""{"d":4,"c":null,"b":{"y":null,"z":3},"a":"one","e":5}""");

        DataFieldsMerge.Apply(stored, sent, mergeNestedObjects: true).ToString()
            .Should().Be("""{"a":"one","b":{"x":1,"z":3},"d":4,"e":5}""");
        DataFieldsMerge.Apply(stored, sent, mergeNestedObjects: false).ToString()
            .Should().Be("""{"a":"one","b":{"z":3},"d":4,"e":5}""");
    }

    [Test]
    public void Apply_RemovingEveryStoredKey_LeavesNoFields()
    {
        var stored = PackedJson.Pack(JObject.Parse("""{"a":1}"""));

        DataFieldsMerge.Apply(stored, JObject.Parse("""{"a":null}"""), mergeNestedObjects: false).IsEmpty.Should().BeTrue();
    }

    // The merge of behaviour.md on token trees, as the mock did it before profiles were packed.
    private static JObject Reference(JObject stored, JObject sent, bool mergeNestedObjects)
    {
        var result = (JObject)stored.DeepClone();
        foreach (var property in sent.Properties())
        {
            if (DataFieldsMerge.SystemKeys.Contains(property.Name))
            {
                continue;
            }

            if (property.Value.Type == JTokenType.Null)
            {
                result.Remove(property.Name);
            }
            else if (mergeNestedObjects && property.Value is JObject sentObject && result[property.Name] is JObject storedObject)
            {
                MergeInto(storedObject, sentObject);
            }
            else
            {
                result[property.Name] = WithoutNullKeys(property.Value);
            }
        }

        return result;
    }

    private static void MergeInto(JObject stored, JObject sent)
    {
        foreach (var property in sent.Properties())
        {
            if (property.Value.Type == JTokenType.Null)
            {
                stored.Remove(property.Name);
            }
            else if (property.Value is JObject sentObject && stored[property.Name] is JObject storedObject)
            {
                MergeInto(storedObject, sentObject);
            }
            else
            {
                stored[property.Name] = WithoutNullKeys(property.Value);
            }
        }
    }

    private static JToken WithoutNullKeys(JToken value) => value is JObject json
        ? new JObject(json.Properties().Where(p => p.Value.Type != JTokenType.Null).Select(p => new JProperty(p.Name, WithoutNullKeys(p.Value))))
        : value.DeepClone();

    private static JObject RandomObject(Random random, int depth, bool withNulls, bool withSystemKeys)
    {
        var json = new JObject();
        var count = random.Next(depth == 0 ? 5 : 4);
        for (var i = 0; i < count; i++)
        {
            var key = Keys[random.Next(withSystemKeys && depth == 0 ? Keys.Length : 4)];
            json[key] = RandomValue(random, depth, withNulls);
        }

        return json;
    }

    private static JToken RandomValue(Random random, int depth, bool withNulls) => random.Next(withNulls ? 8 : 7) switch
    {
        0 => random.Next(-5, 5),
        1 => random.Next(10) / 4.0,
        2 => "2020-08-19T20:50:04.000Z",
        3 => "text ü",
        4 => new JArray(1, "two", JValue.CreateNull(), new JObject { ["k"] = JValue.CreateNull() }),
        5 or 6 when depth < 3 => RandomObject(random, depth + 1, withNulls, withSystemKeys: false),
        5 or 6 => true,
        _ => JValue.CreateNull(),
    };
}
