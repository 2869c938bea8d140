using FluentAssertions;
using Harness.Core.Collections;

namespace Harness.Core.Tests.Collections;

[TestFixture]
public class ScratchSetTests
{
    [Test]
    public void ASetGivenBack_IsLentAgainEmpty_AndANestedRentGetsAnotherOne()
    {
        var first = ScratchSet.Rent<string>();
        first.Add("a");
        var nested = ScratchSet.Rent<string>();
        ScratchSet.Return(nested);
        ScratchSet.Return(first);

        var again = ScratchSet.Rent<string>();

        nested.Should().NotBeSameAs(first);
        again.Should().BeSameAs(first).And.BeEmpty();
        ScratchSet.Return(again);
    }

    [Test]
    public void ASetThatGrewLarge_IsNotKeptForTheThread()
    {
        var large = ScratchSet.Rent<int>();
        large.UnionWith(Enumerable.Range(0, 20_000));
        ScratchSet.Return(large);

        var next = ScratchSet.Rent<int>();

        next.Should().NotBeSameAs(large).And.BeEmpty();
        ScratchSet.Return(next);
    }
}
