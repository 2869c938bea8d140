using FluentAssertions;
using Harness.Core.Diagnostics;

namespace Harness.Core.Tests.Diagnostics;

internal sealed class DidYouMeanTests
{
    private static readonly string[] Operations = ["disableDevice", "registerDeviceToken", "getUserByEmail", "getUserByEmailPath"];

    [TestCase("disableDevic", "disableDevice")]
    [TestCase("DisableDevice", "disableDevice")]
    [TestCase("getUserByMail", "getUserByEmail")]
    [TestCase("regsiterDeviceToken", "registerDeviceToken")]
    [TestCase("deleteEverything", null)]
    public void Suggest_FindsTheNearestNameWithinATypo(string word, string? expected) =>
        DidYouMean.Suggest(word, Operations).Should().Be(expected);

    [Test]
    public void Hint_IsASentence() => DidYouMean.Hint("expcet", ["expect", "capture"]).Should().Be("did you mean 'expect'?");

    [TestCase("kitten", "sitting", 3)]
    [TestCase("", "abc", 3)]
    [TestCase("same", "same", 0)]
    public void Distance_IsLevenshtein(string a, string b, int distance) => DidYouMean.Distance(a, b).Should().Be(distance);
}
