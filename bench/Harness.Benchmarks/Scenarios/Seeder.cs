using System.Diagnostics;
using Harness.Mock;
using Newtonsoft.Json.Linq;

namespace Harness.Benchmarks.Scenarios;

/// <summary>
/// Large tenants built in-process, in chunks, through each module's own fixture loader (the format of
/// <c>fixtures/</c>), straight into the tenant's state under its lock. The admin seed call would do the
/// same per chunk, plus a snapshot copy of the whole tenant first (see docs/benchmarks.md).
/// </summary>
internal static class Seeder
{
    public const int Chunk = 50_000;

    /// <summary><paramref name="count"/> email profiles <c>p{i}@seed.example</c>, each with one APNS device <c>ptok-{i}</c>.</summary>
    public static TimeSpan IterableProfiles(HarnessMock mock, string tenant, int count) =>
        InChunks(mock, tenant, "iterable", count, (start, size) => new JObject
        {
            ["users"] = new JArray(Enumerable.Range(start, size).Select(i => new JObject
            {
                ["email"] = $"p{i}@seed.example",
                ["devices"] = new JArray(new JObject { ["token"] = $"ptok-{i}", ["platform"] = "APNS", ["applicationName"] = "Bench" }),
            })),
        });

    /// <summary><paramref name="count"/> email profiles <c>s{i}@seed.example</c> that all hold the device <c>shared-token</c>.</summary>
    public static TimeSpan SharedToken(HarnessMock mock, string tenant, int count) =>
        InChunks(mock, tenant, "iterable", count, (start, size) => new JObject
        {
            ["users"] = new JArray(Enumerable.Range(start, size).Select(i => new JObject
            {
                ["email"] = $"s{i}@seed.example",
                ["devices"] = new JArray(new JObject { ["token"] = "shared-token", ["platform"] = "GCM", ["applicationName"] = "Bench" }),
            })),
        });

    /// <summary><paramref name="count"/> Netmera devices <c>ntok-{i}</c>, each on its own user <c>u{i}</c>, iOS and Android in turn.</summary>
    public static TimeSpan NetmeraDevices(HarnessMock mock, string tenant, int count) => NetmeraDevices(mock.Runtime, tenant, count);

    /// <inheritdoc cref="NetmeraDevices(HarnessMock, string, int)"/>
    public static TimeSpan NetmeraDevices(Harness.Mock.Server.MockRuntime runtime, string tenant, int count) =>
        InChunks(runtime, tenant, "netmera", count, (start, size) => new JObject
        {
            ["devices"] = new JArray(Enumerable.Range(start, size).Select(i => new JObject
            {
                ["extId"] = $"u{i}",
                ["platform"] = i % 2 == 0 ? "IOS" : "ANDROID",
                ["token"] = $"ntok-{i}",
                ["deviceModel"] = i % 2 == 0 ? "iPhone15,2" : "Pixel 8",
            })),
        });

    private static TimeSpan InChunks(HarnessMock mock, string key, string api, int count, Func<int, int, JObject> chunk) =>
        InChunks(mock.Runtime, key, api, count, chunk);

    private static TimeSpan InChunks(Harness.Mock.Server.MockRuntime runtime, string key, string api, int count, Func<int, int, JObject> chunk)
    {
        var started = Stopwatch.GetTimestamp();
        var module = runtime.ModuleFor(api) ?? throw new InvalidOperationException($"the mock has no module for {api}");
        var tenant = runtime.Tenants.GetOrCreate(key);
        for (var start = 0; start < count; start += Chunk)
        {
            var document = chunk(start, Math.Min(Chunk, count - start));
            lock (tenant.Gate)
            {
                module.Seed(tenant.StateOf(module), document, runtime.Clock);
            }
        }

        return Stopwatch.GetElapsedTime(started);
    }
}
