using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Robustness;

/// <summary>
/// <c>GET</c>/<c>PUT /__harness/state</c> on the whole state are atomic: under concurrent restores a read
/// sees exactly one snapshot, and two restores never merge. A mock of its own, since a whole-state PUT
/// replaces every tenant.
/// </summary>
public sealed class WholeStateAtomicityTests
{
    private const int Trials = 30;

    // Many small tenants: a restore that put them in one by one would leave a long window half done. Over
    // HTTP fewer, so the end-to-end check stays quick; the store test lines its threads up and needs no luck.
    private const int StoreTenants = 2000;
    private const int HttpTenants = 500;
    private const int HttpTrials = 15;

    /// <summary>A whole state of many tenants, a few with data, as GET writes it.</summary>
    private static async Task<JObject> Canonical(HarnessMock mock, string label, int count)
    {
        var tenants = new JObject();
        for (var i = 0; i < count; i++)
        {
            // Half the keys are shared by both snapshots, with different contents; half are the snapshot's own.
            var key = i % 2 == 0 ? $"shared-key-{i:D2}-0123456789" : $"{label}-key-{i:D2}-0123456789";
            tenants[key] = i >= 4 ? new JObject { ["settings"] = new JObject { ["rateLimits"] = label == "first" } } : new JObject
            {
                ["netmera"] = new JObject { ["users"] = new JArray(Enumerable.Range(0, 20).Select(u => new JObject { ["extId"] = $"{label}-{i}-{u}", ["tags"] = new JArray(label) })) },
                ["iterable"] = new JObject { ["users"] = new JArray(Enumerable.Range(0, 20).Select(u => new JObject { ["email"] = $"{label}{i}.{u}@example.com", ["signupDate"] = "2026-01-01 00:00:00 +00:00" })) },
            };
        }

        (await ApiClient.AdminCall(mock, HttpMethod.Put, "/__harness/state", new JObject { ["tenants"] = tenants })).Status.Should().Be(200);
        return (JObject)(await ApiClient.AdminCall(mock, HttpMethod.Get, "/__harness/state")).Json!;
    }

    [Test]
    public async Task ConcurrentRestores_OfTwoSnapshots_EndInOneOfThemExactly_AndReadsSeeOneWhole()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        var first = await Canonical(mock, "first", HttpTenants);
        var second = await Canonical(mock, "second", HttpTenants);
        JToken.DeepEquals(first, second).Should().BeFalse();

        for (var trial = 0; trial < HttpTrials; trial++)
        {
            (await ApiClient.AdminCall(mock, HttpMethod.Put, "/__harness/state", first)).Status.Should().Be(200);
            var writes = new[]
            {
                Task.Run(() => ApiClient.AdminCall(mock, HttpMethod.Put, "/__harness/state", second)),
                Task.Run(() => ApiClient.AdminCall(mock, HttpMethod.Put, "/__harness/state", first)),
            };
            var reads = Enumerable.Range(0, 4).Select(_ => Task.Run(() => ApiClient.AdminCall(mock, HttpMethod.Get, "/__harness/state"))).ToArray();
            await Task.WhenAll(writes.Concat(reads));

            writes.Should().OnlyContain(w => w.Result.Status == 200);
            foreach (var read in reads)
            {
                var seen = read.Result.Json;
                (JToken.DeepEquals(seen, first) || JToken.DeepEquals(seen, second)).Should().BeTrue($"trial {trial}: a read during two restores saw a mixture");
            }

            var final = (await ApiClient.AdminCall(mock, HttpMethod.Get, "/__harness/state")).Json;
            (JToken.DeepEquals(final, first) || JToken.DeepEquals(final, second)).Should().BeTrue($"trial {trial}: two restores merged");
        }
    }

    /// <summary>
    /// The same promise at the store, where the threads can be lined up on a barrier: two restores and two
    /// readers start together in every trial, the readers reading until both restores are done.
    /// </summary>
    [Test]
    public async Task StoreRestores_StartedTogether_NeverMerge_AndEveryReadIsOneSnapshot()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        var store = mock.Runtime.Tenants;
        var first = await Canonical(mock, "first", StoreTenants);
        var second = await Canonical(mock, "second", StoreTenants);

        for (var trial = 0; trial < Trials; trial++)
        {
            store.RestoreAll(first);
            using var start = new Barrier(4);
            var restoring = 2;
            var torn = 0;
            void Restore(JObject snapshot)
            {
                start.SignalAndWait();
                store.RestoreAll(snapshot);
                Interlocked.Decrement(ref restoring);
            }

            void Read()
            {
                start.SignalAndWait();
                do
                {
                    var seen = store.SnapshotAll();
                    if (!JToken.DeepEquals(seen, first) && !JToken.DeepEquals(seen, second))
                    {
                        Interlocked.Increment(ref torn);
                    }
                }
                while (Volatile.Read(ref restoring) > 0);
            }

            await Task.WhenAll(
                Task.Factory.StartNew(() => Restore(second), TaskCreationOptions.LongRunning),
                Task.Factory.StartNew(() => Restore(first), TaskCreationOptions.LongRunning),
                Task.Factory.StartNew(Read, TaskCreationOptions.LongRunning),
                Task.Factory.StartNew(Read, TaskCreationOptions.LongRunning));

            torn.Should().Be(0, $"trial {trial}: reads during two restores saw a mixture");
            var final = store.SnapshotAll();
            (JToken.DeepEquals(final, first) || JToken.DeepEquals(final, second)).Should().BeTrue($"trial {trial}: two restores merged");
        }
    }
}
