using FluentAssertions;
using Harness.Mock.Apis.Netmera;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>The set that push and pull use must agree with <see cref="JsonValues.Same"/> compared pair by pair.</summary>
public sealed class JsonValueSetTests
{
    private static readonly string[] Pool =
    [
        "1", "1.0", "2", "\"1\"", "\"a\"", "\"A\"", "true", "false", "null", "1.5", "9007199254740993", "9007199254740992",
        "[]", "[1]", "[1.0]", "[\"1\"]", "[1,2]", "[2,1]", "{}", "{\"a\":1}", "{\"a\":1.0}", "{\"a\":1,\"b\":2}", "{\"b\":2,\"a\":1}",
    ];

    [Test]
    public void ContainsAndAdd_AgreeWithSame_ForEveryPairOfThePool()
    {
        var random = new Random(16);
        for (var round = 0; round < 500; round++)
        {
            var held = Enumerable.Range(0, random.Next(0, 8)).Select(_ => JToken.Parse(Pool[random.Next(Pool.Length)])).ToList();
            var set = new JsonValueSet(held);
            foreach (var text in Pool)
            {
                var probe = JToken.Parse(text);
                var expected = held.Exists(h => JsonValues.Same(h, probe));
                set.Contains(probe).Should().Be(expected, $"{text} against [{string.Join(", ", held)}]");
            }
        }
    }

    [Test]
    public void Add_KeepsOneOfSameValues_AndTellsWhetherItAdded()
    {
        var set = new JsonValueSet([]);

        var added = new[] { "1", "1.0", "\"1\"", "{\"a\":1,\"b\":2}", "{\"b\":2,\"a\":1}", "[1]", "[1.0]" }.Select(t => set.Add(JToken.Parse(t))).ToArray();

        added.Should().Equal(true, false, true, true, false, true, false);
    }
}
