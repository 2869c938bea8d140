using System.Globalization;
using Harness.Benchmarks.Load;
using Harness.Benchmarks.Report;
using Harness.Benchmarks.Servers;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace Harness.Benchmarks.Sections;

/// <summary>
/// RSS of a mock in its own process: empty; after N Iterable profiles with a device each plus N Netmera devices
/// (one user each), seeded in chunks through the modules' fixture loaders; then under a sustained load of
/// requests that do not grow the state (so only the bounded journal and garbage could), sampled at fixed counts.
/// </summary>
internal static class MemorySection
{
    private const string Section = "memory";
    private const long TwoGiB = 2L * 1024 * 1024 * 1024;
    private const long OneAndAHalfGiB = 3L * 512 * 1024 * 1024;
    private const double FlatTolerance = 0.10;

    public static async Task RunAsync(BenchOptions options, ILoadDriver driver, Results results, CancellationToken cancellationToken)
    {
        var n = options.MemoryRecords;
        var label = n.ToString("N0", CultureInfo.InvariantCulture);
        await using var child = await MockChild.StartAsync().ConfigureAwait(false);
        using (var http = Http.Client(child.Url))
        {
            await Http.SendAsync(http, "GET", "/__harness/health").ConfigureAwait(false);
        }

        results.Add(new MetricRow(Section, "RSS of an empty mock (own process, after one request)", Format.MiB(child.Rss())));

        AnsiConsole.MarkupLine($"[grey]  seeding {label} Iterable profiles with a device each and {label} Netmera devices in a child process…[/]");
        var iterableMs = double.Parse((await child.CommandAsync($"seed iterable mem-iterable {n}").ConfigureAwait(false))[0], CultureInfo.InvariantCulture);
        var netmeraMs = double.Parse((await child.CommandAsync($"seed netmera mem-netmera {n}").ConfigureAwait(false))[0], CultureInfo.InvariantCulture);
        results.Add(new MetricRow(Section, $"seed {label} profiles + {label} devices in-process (chunks of 50k)",
            $"{iterableMs / 1000:0.0} s + {netmeraMs / 1000:0.0} s"));

        var seeded = child.Rss();
        var full = n >= 1_000_000;
        results.Add(new MetricRow(Section, $"RSS after {label} profiles + {label} devices", $"{Format.MiB(seeded)} (peak while seeding {Format.MiB(child.PeakRss())})",
            full ? new Verdict("≤ 2 GiB", seeded <= TwoGiB) : new Verdict("≤ 2 GiB at 1M + 1M", null, "scaled down by --quick")));
        var gc = await child.CommandAsync("gc").ConfigureAwait(false);
        var collected = child.Rss();
        results.Add(new MetricRow(Section, "… after a forced full compacting GC: RSS / managed heap",
            $"{Format.MiB(collected)} / {Format.MiB(long.Parse(gc[0], CultureInfo.InvariantCulture))}",
            full ? new Verdict("≤ 1.5 GiB", collected <= OneAndAHalfGiB) : new Verdict("≤ 1.5 GiB at 1M + 1M", null, "scaled down by --quick")));

        await SustainedAsync(options, driver, child, n, results, cancellationToken).ConfigureAwait(false);
        await AdminSettingsAsync(child, label, full, results).ConfigureAwait(false);
        await AdminSeedAsync(child, label, full, results).ConfigureAwait(false);
    }

    /// <summary>
    /// The admin settings call into the large tenants: Iterable's keys (a new project type, checked against every
    /// profile, as a change of type must be) and Netmera's. It is all or nothing; it once was so by applying the
    /// settings to a copy of every API's state, and answered with the whole tenant. Target: the size of the
    /// settings, plus the one read-only pass over the profiles the project type needs.
    /// </summary>
    private static async Task AdminSettingsAsync(MockChild child, string label, bool full, Results results)
    {
        const string settings = """
            {"projectType":"hybrid","projectId":4242,"dropUnrecognizedFields":true,
             "deleteUsersEnabled":false,"categories":["Shopping","Promotion"],
             "segments":[{"id":7,"name":"tr","type":"STANDARD","rule":{"attribute":"country","equals":"TR"}}]}
            """;
        using var http = Http.Client(child.Url);
        var profiles = await Http.TimeAsync(http, "PUT", "/__harness/tenants/mem-iterable", settings).ConfigureAwait(false);
        var devices = await Http.TimeAsync(http, "PUT", "/__harness/tenants/mem-netmera", settings).ConfigureAwait(false);
        var met = profiles.Status == 200 && devices.Status == 200 && Math.Max(profiles.Micros, devices.Micros) <= 1_000_000;
        results.Add(new MetricRow(Section, $"admin `PUT /__harness/tenants/K` (Iterable and Netmera settings): into the {label}-profile tenant / into the {label}-device tenant",
            $"{profiles.Micros / 1000:N0} ms / {devices.Micros / 1000:N0} ms (status {profiles.Status} / {devices.Status})",
            full ? new Verdict("≤ 1 s into 1M", met) : new Verdict("≤ 1 s into 1M", null, "scaled down by --quick")));
    }

    /// <summary>
    /// The admin seed call with one chunk of 10,000 profiles, into an empty tenant and into the large one. It is
    /// all or nothing; it once was so by seeding a copy of the tenant, which made each call cost the size of the
    /// tenant (26 s into 1M) and chunked seeding over HTTP quadratic. Target: the size of the chunk only.
    /// </summary>
    private static async Task AdminSeedAsync(MockChild child, string label, bool full, Results results)
    {
        var chunk = new JObject
        {
            ["iterable"] = new JObject
            {
                ["users"] = new JArray(Enumerable.Range(0, 10_000).Select(i => new JObject { ["email"] = $"admin{i}@seed.example" })),
            },
        }.ToString(Newtonsoft.Json.Formatting.None);
        using var http = Http.Client(child.Url);
        var empty = await Http.TimeAsync(http, "POST", "/__harness/seed?tenant=mem-admin-empty", chunk).ConfigureAwait(false);
        var large = await Http.TimeAsync(http, "POST", "/__harness/seed?tenant=mem-iterable", chunk).ConfigureAwait(false);
        results.Add(new MetricRow(Section, $"admin `POST /__harness/seed` of 10,000 profiles: into an empty tenant / into the {label}-profile tenant",
            $"{empty.Micros / 1000:N0} ms / {large.Micros / 1000:N0} ms (status {empty.Status} / {large.Status})",
            full ? new Verdict("≤ 1 s into 1M", large.Status == 200 && large.Micros <= 1_000_000) : new Verdict("≤ 1 s into 1M", null, "scaled down by --quick")));
    }

    private static async Task SustainedAsync(BenchOptions options, ILoadDriver driver, MockChild child, int seeded, Results results, CancellationToken cancellationToken)
    {
        var total = options.SustainedRequests;
        var templates = new[]
        {
            RequestTemplate.Post("/api/users/update", """{"email":"p{n%1000}@seed.example","dataFields":{"visits":{n}}}""", ("Api-Key", "mem-iterable")),
            RequestTemplate.Post("/api/users/registerDeviceToken",
                """{"email":"p{n%1000}@seed.example","device":{"token":"ptok-{n%1000}","platform":"APNS","applicationName":"Bench"}}""", ("Api-Key", "mem-iterable")),
            RequestTemplate.Get("/rest/3.0/getDevices?extId=u{n%1000}", ("X-netmera-api-key", "mem-netmera")),
            RequestTemplate.Get($"/rest/3.0/getDeviceTokens?max=10&offset={{n%{seeded - 10}}}", ("X-netmera-api-key", "mem-netmera")),
            // Invalid on purpose (dataFields must be an object): journaled with its validation errors, answered 400.
            RequestTemplate.Post("/api/users/update", """{"email":"p{n%1000}@seed.example","dataFields":"visits-{n}"}""", ("Api-Key", "mem-iterable")),
        };
        AnsiConsole.MarkupLine($"[grey]  sustained load: {Format.Count(total)} requests in chunks of {Format.Count(options.SampleEvery)}, RSS after each…[/]");
        var samples = new List<long>();
        var marks = new List<long>();
        long answered = 0;
        long errors = 0;
        var seconds = 0.0;
        while (answered < total)
        {
            var chunk = Math.Min(options.SampleEvery, total - answered);
            var result = await driver.RunCountAsync(child.Url, templates, options.Connections, chunk, answered, cancellationToken).ConfigureAwait(false);
            answered += result.Requests;
            errors += result.Errors;
            seconds += result.Seconds;
            samples.Add(child.Rss());
            marks.Add(answered);
        }

        results.Add(new MetricRow(Section, $"sustained load: {Format.Count(answered)} requests (update, re-register, getDevices, getDeviceTokens, 1 in 5 invalid)",
            $"{Format.PerSecond(answered / seconds)} req/s, {Format.Count(errors)} non-2xx"));
        results.Add(new MetricRow(Section, $"RSS after about every {Format.Count(options.SampleEvery)} requests (requests so far: RSS)",
            string.Join(", ", marks.Zip(samples, (m, s) => $"{m / 1000:N0}k: {s / 1024 / 1024:N0}")) + " MiB"));
        if (samples.Count >= 4)
        {
            // The series is a saw (the GC lets the heap grow, then collects): compare peaks, not single samples.
            var half = samples.Count / 2;
            var early = samples.Take(half).Max();
            var late = samples.Skip(half).Max();
            var growth = (double)(late - early) / early;
            results.Add(new MetricRow(Section, "peak RSS of the second half of the samples against the first half",
                $"{Format.MiB(late)} vs {Format.MiB(early)} ({growth:+0.0%;-0.0%}); process peak so far {Format.MiB(child.PeakRss())}",
                new Verdict($"flat: within {FlatTolerance:0%}", growth <= FlatTolerance)));
        }
    }
}
