using Harness.Runner.Planning;

namespace Harness.Runner.Tests.Planning;

internal sealed class ShardTests
{
    private static readonly string[] Files = ["specs/c.yaml", "specs/a.yaml", "specs/e.yaml", "specs/b.yaml", "specs/d.yaml"];

    [Test]
    public void Shards_AreDisjoint_CoverEveryFile_AndDoNotDependOnInputOrder()
    {
        var slices = Enumerable.Range(1, 3).Select(k => new Shard(k, 3).Select(Files)).ToArray();

        slices.SelectMany(s => s).Should().BeEquivalentTo(Files).And.OnlyHaveUniqueItems();
        slices[0].Should().Equal("specs/a.yaml", "specs/d.yaml");
        new Shard(1, 3).Select(Files.Reverse()).Should().Equal(slices[0]);
    }

    [TestCase("2/4", true)]
    [TestCase("1/1", true)]
    [TestCase("0/4", false)]
    [TestCase("5/4", false)]
    [TestCase("2", false)]
    [TestCase("a/b", false)]
    public void TryParse_AcceptsOnlyKOfN(string text, bool valid)
    {
        Shard.TryParse(text, out _, out var error).Should().Be(valid);
        (error is null).Should().Be(valid);
    }
}
