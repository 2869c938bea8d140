using System.Globalization;
using Harness.Benchmarks.Load;

namespace Harness.Benchmarks.Scenarios;

/// <summary>
/// The vendor requests the issue names. Writes use unique emails and tokens (<c>{run}</c>, <c>{n}</c>) so the
/// state grows during the run; reads and shared-token writes run against tenants seeded beforehand.
/// </summary>
internal static class VendorScenarios
{
    private const string Iterable = "Api-Key";
    private const string Netmera = "X-netmera-api-key";

    public static IReadOnlyList<ThroughputScenario> All(int largeTenant) =>
    [
        new("registerDeviceToken", "new email + new token per request (state grows)",
            RequestTemplate.Post("/api/users/registerDeviceToken",
                """{"email":"r{n}.{run}@bench.example","device":{"token":"tok-{run}-{n}","platform":"APNS","applicationName":"Bench"}}""",
                (Iterable, "bench-register"))),
        new("users/update", "new email per request, two dataFields (state grows)",
            RequestTemplate.Post("/api/users/update",
                """{"email":"w{n}.{run}@bench.example","dataFields":{"plan":"gold","visits":{n}}}""",
                (Iterable, "bench-update"))),
        new("disableDevice", "token held by 1,000 profiles, no email: disables it on all",
            RequestTemplate.Post("/api/users/disableDevice", """{"token":"shared-token"}""", (Iterable, "bench-shared")),
            mock => $"1,000 profiles seeded in {Seeder.SharedToken(mock, "bench-shared", 1000).TotalMilliseconds:0} ms"),
        new("tagUsers", "1,000 extIds per request, 10 tags in turn",
            RequestTemplate.Post("/rest/3.0/tagUsers",
                "{\"tag\":\"t{n%10}\",\"extIds\":[" + string.Join(',', Enumerable.Range(0, 1000).Select(i => $"\"u{i}\"")) + "]}",
                (Netmera, "bench-tags")),
            mock => $"1,000 devices seeded in {Seeder.NetmeraDevices(mock, "bench-tags", 1000).TotalMilliseconds:0} ms"),
        new("getDevices", "one user's devices, 1,000 users in turn",
            RequestTemplate.Get("/rest/3.0/getDevices?extId=u{n%1000}", (Netmera, "bench-devices")),
            mock => $"1,000 devices seeded in {Seeder.NetmeraDevices(mock, "bench-devices", 1000).TotalMilliseconds:0} ms"),
        DeviceTokens("getDeviceTokens@1k", 1000),
        DeviceTokens(largeTenant == 1_000_000 ? "getDeviceTokens@1M" : $"getDeviceTokens@{largeTenant / 1000}k", largeTenant),
    ];

    /// <summary>A page of 10 at a moving offset anywhere in a tenant of <paramref name="devices"/> devices.</summary>
    private static ThroughputScenario DeviceTokens(string name, int devices) =>
        new(name, $"max=10 at offsets across a tenant of {devices.ToString("N0", CultureInfo.InvariantCulture)} devices",
            RequestTemplate.Get($"/rest/3.0/getDeviceTokens?max=10&offset={{n%{devices - 10}}}", (Netmera, $"bench-tokens-{devices}")),
            mock => $"{devices.ToString("N0", CultureInfo.InvariantCulture)} devices seeded in {Seeder.NetmeraDevices(mock, $"bench-tokens-{devices}", devices).TotalSeconds:0.0} s");
}
