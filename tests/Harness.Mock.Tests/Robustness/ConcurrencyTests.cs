using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Robustness;

/// <summary>
/// 64 clients writing to the same users, tokens, tags and attributes at once must end in the state the
/// same writes give one by one: no lost update, no duplicate, no torn read.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Clients = 64;
    private const int WritesPerClient = 10;

    // A profile holds at most 500 devices: 64 clients × 7 tokens + the shared one stays below.
    private const int DevicesPerClient = 7;

    [Test]
    public async Task ParallelDeviceRegistrations_OnOneProfile_KeepEveryDevice_WithoutDuplicates()
    {
        var api = ApiClient.Iterable();
        var readsSeen = new List<int>();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            // Torn reads would show a device without its fields or a count that goes backwards.
            while (!stop.IsCancellationRequested)
            {
                var user = await api.Get("/users/getByEmail?email=shared@example.com");
                if (user["$.user.dataFields.devices"] is JArray devices)
                {
                    devices.Should().OnlyContain(d => d["token"] != null && d["platform"] != null && d["endpointEnabled"] != null);
                    readsSeen.Add(devices.Count);
                }
            }
        });

        await Parallel.ForEachAsync(Enumerable.Range(0, Clients), async (client, _) =>
        {
            for (var i = 0; i < DevicesPerClient; i++)
            {
                // Every client also re-registers token 0, which must stay a single entry.
                foreach (var token in new[] { $"tok-{client}-{i}", "tok-shared" })
                {
                    var response = await api.Post("/users/registerDeviceToken", new
                    {
                        email = "shared@example.com",
                        device = new { token, platform = "APNS", applicationName = "app" },
                    });
                    response.Status.Should().Be(200, response.Text);
                }
            }
        });
        await stop.CancelAsync();
        await reader;

        var final = await api.Get("/users/getByEmail?email=shared@example.com");
        var tokens = ((JArray)final["$.user.dataFields.devices"]).Select(d => (string)d["token"]!).ToArray();
        tokens.Should().HaveCount((Clients * DevicesPerClient) + 1).And.OnlyHaveUniqueItems();
        readsSeen.Should().BeInAscendingOrder();
    }

    [Test]
    public async Task ParallelDataFieldUpdates_OnOneProfile_KeepEveryKey()
    {
        var api = ApiClient.Iterable();
        await Parallel.ForEachAsync(Enumerable.Range(0, Clients), async (client, _) =>
        {
            for (var i = 0; i < WritesPerClient; i++)
            {
                var fields = new JObject { [$"k{client}_{i}"] = i, ["nested"] = new JObject { [$"n{client}_{i}"] = true } };
                (await api.Post("/users/update", new JObject
                {
                    ["email"] = "fields@example.com",
                    ["mergeNestedObjects"] = true,
                    ["dataFields"] = fields,
                })).Status.Should().Be(200);
            }
        });

        var user = await api.Get("/users/getByEmail?email=fields@example.com");
        var dataFields = (JObject)user["$.user.dataFields"];
        dataFields.Properties().Count(p => p.Name.StartsWith('k')).Should().Be(Clients * WritesPerClient);
        ((JObject)dataFields["nested"]!).Count.Should().Be(Clients * WritesPerClient);
    }

    [Test]
    public async Task ParallelTagsAndAttributes_OnTheSameNetmeraUsers_EndAsIfSerial()
    {
        var api = ApiClient.Netmera();
        var users = Enumerable.Range(0, 8).Select(i => $"user-{i}").ToArray();
        await Parallel.ForEachAsync(Enumerable.Range(0, Clients), async (client, _) =>
        {
            for (var i = 0; i < WritesPerClient; i++)
            {
                (await api.Post("/tagUsers", new { tag = $"tag-{i % 3}", extIds = users })).Status.Should().Be(200);
                (await api.Post("/setProfileAttributes", new[] { new { extId = users[client % users.Length], profile = new JObject { [$"a{client}_{i}"] = i } } })).Status.Should().Be(200);
                (await api.Post("/pushProfileAttributes", new[] { new { extId = users[0], profile = new JObject { ["log"] = new JArray($"{client}-{i}") } } })).Status.Should().Be(200);
            }
        });

        var first = await api.Get($"/getProfileAttributes?extId={users[0]}");
        ((JArray)first["$.profile.log"]).Select(v => (string)v!).Should().HaveCount(Clients * WritesPerClient).And.OnlyHaveUniqueItems();
        var totalAttributes = 0;
        foreach (var user in users)
        {
            var profile = (JObject)(await api.Get($"/getProfileAttributes?extId={user}"))["$.profile"];
            totalAttributes += profile.Properties().Count(p => p.Name.StartsWith('a'));
        }

        totalAttributes.Should().Be(Clients * WritesPerClient);
        var state = (await api.Admin(HttpMethod.Get, "state")).Text;
        foreach (var tag in new[] { "tag-0", "tag-1", "tag-2" })
        {
            state.Should().Contain(tag);
        }
    }

    [Test]
    public async Task SnapshotTakenUnderLoad_RestoresExactly()
    {
        var api = ApiClient.Iterable();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 16).Select(client => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await api.Post("/users/registerDeviceToken", new
                {
                    email = $"u{client}@example.com",
                    device = new { token = $"t{client}-{i}", platform = "GCM", applicationName = "app" },
                });
            }
        })).ToArray();

        await Task.Delay(300);
        var snapshot = (await api.Admin(HttpMethod.Get, "state")).Json!;
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var copy = ApiClient.Iterable();
        (await copy.Admin(HttpMethod.Put, "state", snapshot)).Status.Should().Be(200);
        JToken.DeepEquals((await copy.Admin(HttpMethod.Get, "state")).Json, snapshot).Should().BeTrue();
        snapshot.ToString().Should().Contain("endpointEnabled");
    }
}
