using FluentAssertions;
using Harness.Mock.Apis.Netmera;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>The registration log under getDeviceTokens: removal leaves holes that the next page read closes.</summary>
public sealed class OrderedLogTests
{
    private sealed class Item(string name) : ILogged
    {
        public string Name { get; } = name;
        public int Slot { get; set; }
    }

    [Test]
    public void Page_AfterRemovals_CountsLiveItemsOnly_AndRenumbersSlots()
    {
        var log = new OrderedLog<Item>();
        var items = Enumerable.Range(0, 6).Select(i => new Item($"i{i}")).ToArray();
        foreach (var item in items)
        {
            log.Add(item);
        }

        log.Remove(items[1]);
        log.Remove(items[4]);

        log.Count.Should().Be(4);
        log.Page(1, 2).Select(i => i.Name).Should().Equal("i2", "i3");
        items[5].Slot.Should().Be(3);
        log.All().Select(i => i.Name).Should().Equal("i0", "i2", "i3", "i5");
    }

    [Test]
    public void Remove_Twice_OrAnItemNeverAdded_ChangesNothing()
    {
        var log = new OrderedLog<Item>();
        var kept = new Item("kept");
        var removed = new Item("removed");
        log.Add(kept);
        log.Add(removed);

        log.Remove(removed);
        log.Remove(removed);
        log.Remove(new Item("stranger"));

        log.Count.Should().Be(1);
        log.Page(0, 10).Should().Equal(kept);
    }

    [Test]
    public void Page_BeyondTheEnd_IsEmpty()
    {
        var log = new OrderedLog<Item>();
        log.Add(new Item("a"));
        log.Page(5, 10).Should().BeEmpty();
    }
}
