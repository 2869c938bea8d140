using System.Text;
using FluentAssertions;
using Harness.Mock.Journal;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

/// <summary>The journal's ring writes over its slots; what it shows must be the latest request of each, whole.</summary>
public sealed class RequestJournalTests
{
    private static JournalWrite Write(string path, string? requestBody, string? responseBody, params string[] errors) =>
        new(DateTimeOffset.UnixEpoch, "ab…yz", "0123456789ab", "iterable", "updateUser", "POST", path, 200, 0.5,
            errors, [], requestBody is null ? null : Encoding.UTF8.GetBytes(requestBody), responseBody, null, null);

    [Test]
    public void QueryAndHeaders_ReadBackAsSent_AndASlotWrittenOverShowsOnlyTheLatest()
    {
        var journal = new RequestJournal(1);
        journal.Add(Write("/rest/3.0/getDevices", null, "{}") with
        {
            Query = new() { ["extId"] = "u1", ["max"] = "10" },
            Headers = new() { ["X-Trace"] = "ağ" },
        });
        var first = journal.Since().Single();

        journal.Add(Write("/rest/3.0/getDevices", null, "{}") with { Query = new() { ["extId"] = "a-longer-value-than-before" } });
        var second = journal.Since().Single();

        first.Query.Should().BeEquivalentTo(new Dictionary<string, string> { ["extId"] = "u1", ["max"] = "10" });
        first.Headers.Should().BeEquivalentTo(new Dictionary<string, string> { ["X-Trace"] = "ağ" });
        second.Query.Should().BeEquivalentTo(new Dictionary<string, string> { ["extId"] = "a-longer-value-than-before" });
        second.Headers.Should().BeNull();
        journal.Add(Write("/api/users/update", "{}", "{}"));
        journal.Since().Single().Query.Should().BeNull();
        var longValue = new string('v', 10_000);
        journal.Add(Write("/rest/3.0/getDevices", null, "{}") with { Query = new() { ["extId"] = longValue } });
        journal.Since().Single().Query!["extId"].Should().Be(longValue);
        journal.Add(Write("/rest/3.0/getDevices", null, "{}") with { Query = new() { ["extId"] = "u2" } });
        journal.Since().Single().Query!["extId"].Should().Be("u2");
    }

    [Test]
    public void Write_APathTheSlotHeldBefore_KeepsTheEarlierString_AndShowsTheSameText()
    {
        var journal = new RequestJournal(1);
        var first = new string("/api/users/update".AsSpan());
        var second = new string("/api/users/update".AsSpan());
        journal.Add(Write(first, "{}", "{}"));

        journal.Add(Write(second, "{}", "{}"));

        var path = journal.Since().Single().Path;
        path.Should().Be("/api/users/update");
        ReferenceEquals(path, first).Should().BeTrue("a request's own copy of a path the ring already holds is not kept");
    }

    [Test]
    public void Write_ADifferentPath_IsShownAsSent()
    {
        var journal = new RequestJournal(1);
        journal.Add(Write("/api/users/update", "{}", "{}"));

        journal.Add(Write("/api/users/registerDeviceToken", "{}", "{}"));

        journal.Since().Single().Path.Should().Be("/api/users/registerDeviceToken");
    }

    [Test]
    public void Since_AfterTheRingWrapped_ShowsOnlyTheLatestRequests_InOrder()
    {
        var journal = new RequestJournal(3);
        for (var i = 1; i <= 7; i++)
        {
            journal.Add(Write($"/p{i}", $"{{\"n\":{i}}}", "{}"));
        }

        var entries = journal.Since();

        entries.Select(e => e.Id).Should().Equal(5, 6, 7);
        entries.Select(e => e.Path).Should().Equal("/p5", "/p6", "/p7");
        entries.Select(e => e.RequestBody).Should().Equal("{\"n\":5}", "{\"n\":6}", "{\"n\":7}");
        journal.Since(6).Select(e => e.Id).Should().Equal(7);
    }

    [Test]
    public void ASlotWrittenOver_WithAShorterBody_ShowsNothingOfTheLongerOne()
    {
        var journal = new RequestJournal(1);
        journal.Add(Write("/long", new string('L', 3000), new string('R', 3000), "an error"));
        journal.Add(Write("/short", "{}", null));

        var entry = journal.Since().Should().ContainSingle().Subject;

        entry.Path.Should().Be("/short");
        entry.RequestBody.Should().Be("{}");
        entry.ResponseBody.Should().BeNull();
        entry.Errors.Should().BeEmpty();
    }

    [Test]
    public void Bodies_OverFourKilobytes_AreCut_AndNameTheirSize()
    {
        var journal = new RequestJournal(2);
        var response = "é" + new string('x', 5000);
        journal.Add(Write("/big", new string('b', 5000), response));

        var entry = journal.Since().Single();

        entry.RequestBody.Should().Be(new string('b', 4096) + "… (5000 bytes)");
        entry.ResponseBody.Should().Be(response[..4096] + $"… ({response.Length} characters)");
    }

    [Test]
    public void Clear_EmptiesTheRing_AndIdsGoOn()
    {
        var journal = new RequestJournal(4);
        journal.Add(Write("/a", "{}", "{}"));
        journal.Add(Write("/b", "{}", "{}"));

        journal.Clear();
        journal.Since().Should().BeEmpty();
        journal.Add(Write("/c", "{}", ""));

        var entry = journal.Since().Should().ContainSingle().Subject;
        entry.Id.Should().Be(3);
        entry.ResponseBody.Should().Be("");
    }
}
